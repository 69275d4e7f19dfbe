import { useTranslation } from 'react-i18next';
import {
  computePriority,
  DEFAULT_PRIORITY_MATRIX,
  type PriorityMatrix,
} from '../../../shared/domain/priority';
import { IMPACTS, URGENCIES, type Impact, type Urgency } from '../../../shared/domain/ticket-enums';
import type { FieldErrorMap } from '../forms/new-ticket-form';
import { useReference } from '../hooks/use-reference';
import { EnumSelect } from './EnumSelect';
import { FormField } from './FormField';
import { PriorityBadge } from './PriorityBadge';

interface Props {
  impact: Impact;
  urgency: Urgency;
  errors: FieldErrorMap;
  onImpact(value: Impact): void;
  onUrgency(value: Urgency): void;
}

/** Impact × urgency with the resulting priority shown live from the desk's matrix. */
export function PriorityFields({ impact, urgency, errors, onImpact, onUrgency }: Props) {
  const { t } = useTranslation();
  const reference = useReference();
  const matrix = (reference?.priorityMatrix as PriorityMatrix | undefined) ?? DEFAULT_PRIORITY_MATRIX;
  const priority = computePriority(matrix, impact, urgency);
  return (
    <>
      <FormField name="impact" label={t('newTicket.impact')} error={errors.impact}>
        {(f) => (
          <EnumSelect
            id={f.id}
            data-testid="field-impact"
            aria-invalid={f.invalid || undefined}
            aria-describedby={f.describedBy}
            values={IMPACTS}
            value={impact}
            label={(v) => t(`impact.${v}`)}
            onValue={onImpact}
          />
        )}
      </FormField>
      <FormField name="urgency" label={t('newTicket.urgency')} error={errors.urgency}>
        {(f) => (
          <EnumSelect
            id={f.id}
            data-testid="field-urgency"
            aria-invalid={f.invalid || undefined}
            aria-describedby={f.describedBy}
            values={URGENCIES}
            value={urgency}
            label={(v) => t(`urgency.${v}`)}
            onValue={onUrgency}
          />
        )}
      </FormField>
      <div className="field span-2 priority-preview" aria-live="polite">
        <span className="field__label">{t('newTicket.priority')}</span>
        <span data-testid="priority-preview" data-priority={priority}>
          <PriorityBadge priority={priority} long />
        </span>
      </div>
    </>
  );
}
