import { MesaError, type FieldError } from '../../errors';
import { toFieldErrors } from '../../validation';
import { validateChecklistGraph, type ChecklistGraphContext, type ChecklistGraphError } from './checklist-graph';
import { ChecklistTemplateSchema, type ChecklistTemplate } from './checklist-schema';

/** Graph errors as translatable field errors: `validation.checklist.<code>`, with the node named. */
export function graphErrorsToFieldErrors(errors: readonly ChecklistGraphError[]): FieldError[] {
  return errors.map((e) => ({
    path: `nodes.${e.nodeId}`,
    code: `checklist.${e.code}`,
    params: { nodeId: e.nodeId, ...e.params },
  }));
}

export type ChecklistTemplateParse =
  | { ok: true; template: ChecklistTemplate }
  | { ok: false; error: MesaError };

/**
 * What the template editor and the admin save path run: the schema first, then the graph. A refusal
 * is one `checklist.invalid_template` error whose field errors name every faulty step.
 */
export function parseChecklistTemplate(input: unknown, context: ChecklistGraphContext): ChecklistTemplateParse {
  const parsed = ChecklistTemplateSchema.safeParse(input);
  const templateId = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '';
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    return { ok: false, error: new MesaError('checklist.invalid_template', { templateId, count: fieldErrors.length }, fieldErrors) };
  }
  const graphErrors = validateChecklistGraph(parsed.data, context);
  if (graphErrors.length > 0) {
    const fieldErrors = graphErrorsToFieldErrors(graphErrors);
    return { ok: false, error: new MesaError('checklist.invalid_template', { templateId, count: fieldErrors.length }, fieldErrors) };
  }
  return { ok: true, template: parsed.data };
}

/** Same as parseChecklistTemplate, throwing the MesaError. */
export function assertValidChecklistTemplate(input: unknown, context: ChecklistGraphContext): ChecklistTemplate {
  const result = parseChecklistTemplate(input, context);
  if (!result.ok) throw result.error;
  return result.template;
}
