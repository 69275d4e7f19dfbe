import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { useApi } from '../../hooks/use-api';
import { translateError } from '../../i18n/translate-error';
import { formToPolicy, type PolicyFormState } from '../../lib/policy-form';
import { toUiError, type UiError } from '../../store/ui-error';
import { MatchFields } from './MatchFields';
import { SlaFieldErrors } from './SlaFieldErrors';

interface Props {
  initial: PolicyFormState;
  isNew: boolean;
  calendarIds: string[];
  onSaved(id: string): void;
  onDeleted(): void;
}

/** One policy: what it matches, its targets, thresholds and calendar. Invalid input saves nothing. */
export function PolicyForm({ initial, isNew, calendarIds, onSaved, onDeleted }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<UiError | null>(null);
  const update = (change: Partial<PolicyFormState>): void => setForm((f) => ({ ...f, ...change }));

  const run = async (work: () => Promise<void>): Promise<void> => {
    setErrors([]);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      const ui = toUiError(error);
      setFailure(ui);
      setErrors(ui.fieldErrors);
    }
  };
  const numberField = (
    key: 'firstResponse' | 'nextUpdate' | 'resolution' | 'warning' | 'critical',
    label: string,
    path: string,
  ) => (
    <label className="sla-form__field">
      <span>{label}</span>
      <input
        className="input"
        inputMode="numeric"
        data-testid={`policy-${key}`}
        value={form[key]}
        onChange={(e) => update({ [key]: e.target.value })}
        aria-invalid={errors.some((e) => e.path === path)}
      />
    </label>
  );

  return (
    <form
      className="sla-form"
      data-testid="policy-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () =>
          onSaved((await api.invoke('sla.policies.save', { policy: formToPolicy(form) })).id),
        );
      }}
    >
      {failure && (
        <div className="sla-form__failure" role="alert" data-testid="sla-form-error">
          <p>
            {failure.code === 'sla.invalid_config' ? t('slaUi.admin.fixErrors') : translateError(t, failure)}
          </p>
          <SlaFieldErrors errors={errors} />
        </div>
      )}
      <div className="sla-form__row">
        <label className="sla-form__field">
          <span>{t('slaUi.admin.id')}</span>
          <input
            className="input"
            data-testid="policy-id"
            value={form.id}
            disabled={!isNew}
            onChange={(e) => update({ id: e.target.value })}
          />
        </label>
        <label className="sla-form__field">
          <span>{t('slaUi.admin.name')}</span>
          <input
            className="input"
            data-testid="policy-name"
            value={form.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        </label>
        <label className="sla-form__field">
          <span>{t('slaUi.policy.calendar')}</span>
          <select
            className="input"
            data-testid="policy-calendar"
            value={form.calendarId}
            onChange={(e) => update({ calendarId: e.target.value })}
          >
            <option value="">—</option>
            {calendarIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="sla-form__group">
        <legend>{t('slaUi.policy.match')}</legend>
        <MatchFields idPrefix="policy-match" values={form.match} onChange={(match) => update({ match })} />
      </fieldset>
      <fieldset className="sla-form__group">
        <legend>{t('slaUi.policy.targets')}</legend>
        <div className="sla-form__grid">
          {numberField('firstResponse', t('slaUi.policy.firstResponse'), 'targets.firstResponseMinutes')}
          {numberField('nextUpdate', t('slaUi.policy.nextUpdate'), 'targets.nextUpdateMinutes')}
          {numberField('resolution', t('slaUi.policy.resolution'), 'targets.resolutionMinutes')}
          {numberField('warning', t('slaUi.policy.warning'), 'thresholds.warning')}
          {numberField('critical', t('slaUi.policy.critical'), 'thresholds.critical')}
        </div>
      </fieldset>
      <div className="sla-form__actions">
        <button type="submit" className="btn btn--primary" data-testid="policy-save">
          {t('slaUi.admin.save')}
        </button>
        {!isNew && (
          <button
            type="button"
            className="btn"
            data-testid="policy-delete"
            onClick={() =>
              void run(async () => {
                await api.invoke('sla.policies.delete', { id: form.id });
                onDeleted();
              })
            }
          >
            {t('slaUi.admin.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
