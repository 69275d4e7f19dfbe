import { useTranslation } from 'react-i18next';
import { PRIORITIES, TICKET_TYPES } from '../../../../shared/domain/ticket-enums';
import { useCategoryPath, useReference } from '../../hooks/use-reference';
import { MATCH_FIELDS, type MatchField } from '../../lib/policy-form';

interface Props {
  values: Record<MatchField, string>;
  onChange(values: Record<MatchField, string>): void;
  idPrefix: string;
}

/** The ticket attributes a policy matches on (and the tester asks about); empty = any. */
export function MatchFields({ values, onChange, idPrefix }: Props) {
  const { t } = useTranslation();
  const reference = useReference();
  const pathOf = useCategoryPath();
  const options: Record<MatchField, Array<[string, string]>> = {
    organizationId: (reference?.organizations ?? []).map((o) => [o.id, o.name]),
    contractId: [],
    ticketType: TICKET_TYPES.map((type) => [type, t(`type.${type}`)]),
    priority: PRIORITIES.map((p) => [p, t(`priority.${p}`)]),
    areaId: (reference?.areas ?? [])
      .filter((a) => !values.organizationId || a.organizationId === values.organizationId)
      .map((a) => [a.id, a.name]),
    categoryId: (reference?.categories ?? [])
      .map((c) => [c.id, pathOf(c.id) ?? c.id] as [string, string])
      .sort((a, b) => a[1].localeCompare(b[1])),
  };
  return (
    <div className="sla-form__grid">
      {MATCH_FIELDS.map((field) => (
        <label key={field} className="sla-form__field">
          <span>{t(`slaUi.policy.matchFields.${field}`)}</span>
          {field === 'contractId' ? (
            <input
              className="input"
              data-testid={`${idPrefix}-${field}`}
              value={values[field]}
              placeholder={t('slaUi.admin.any')}
              onChange={(e) => onChange({ ...values, [field]: e.target.value })}
            />
          ) : (
            <select
              className="input"
              data-testid={`${idPrefix}-${field}`}
              value={values[field]}
              onChange={(e) => onChange({ ...values, [field]: e.target.value })}
            >
              <option value="">{t('slaUi.admin.any')}</option>
              {options[field].map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </label>
      ))}
    </div>
  );
}
