import type { Id } from '../../domain/ids';
import { MesaError } from '../../errors';
import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import type { MutationTx } from '../mutation-tx';

export async function loadChecklistTemplate(tx: MutationTx, templateId: Id, version: number): Promise<ChecklistTemplate> {
  const template = await tx.getChecklistTemplate(templateId, version);
  if (!template) throw new MesaError('checklist.template_not_found', { templateId, version });
  return template;
}
