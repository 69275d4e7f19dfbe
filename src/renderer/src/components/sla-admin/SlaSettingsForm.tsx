import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaSettings } from '../../../../shared/api/sla-schemas';
import { useApi } from '../../hooks/use-api';
import { translateError, translateFieldError } from '../../i18n/translate-error';
import { toUiError, type UiError } from '../../store/ui-error';

type Draft = Record<'warningPercent' | 'criticalPercent' | 'repeatIntervalMinutes', string> & {
  doNotDisturb: boolean;
};

/** Default thresholds, repeat interval and do-not-disturb of this workstation's SLA alerts. */
export function SlaSettingsForm() {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [saved, setSaved] = useState(false);

  const load = (s: SlaSettings): void =>
    setDraft({
      warningPercent: String(s.warningPercent),
      criticalPercent: String(s.criticalPercent),
      repeatIntervalMinutes: String(s.repeatIntervalMinutes),
      doNotDisturb: s.doNotDisturb,
    });
  useEffect(() => {
    void api.invoke('sla.settings.get', {}).then(load);
  }, [api]);
  if (!draft) return null;

  const save = async (): Promise<void> => {
    setFailure(null);
    setSaved(false);
    try {
      load(
        await api.invoke('sla.settings.set', {
          warningPercent: Number(draft.warningPercent),
          criticalPercent: Number(draft.criticalPercent),
          repeatIntervalMinutes: Number(draft.repeatIntervalMinutes),
          doNotDisturb: draft.doNotDisturb,
        }),
      );
      setSaved(true);
    } catch (error) {
      setFailure(toUiError(error));
    }
  };
  const fieldError = (path: string) => failure?.fieldErrors.find((e) => e.path === path);
  const field = (key: 'warningPercent' | 'criticalPercent' | 'repeatIntervalMinutes', label: string) => {
    const error = fieldError(key);
    return (
      <label className="sla-form__field">
        <span>{label}</span>
        <input
          className="input"
          inputMode="numeric"
          data-testid={`settings-${key}`}
          value={draft[key]}
          aria-invalid={error !== undefined}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        />
        {error && (
          <span className="field__error" data-testid="sla-field-error" data-path={key}>
            {t('slaUi.admin.fieldError', { field: label, message: translateFieldError(t, error) })}
          </span>
        )}
      </label>
    );
  };

  return (
    <form
      className="sla-form"
      data-testid="sla-settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {failure && failure.fieldErrors.length === 0 && <p role="alert">{translateError(t, failure)}</p>}
      {failure && failure.fieldErrors.length > 0 && <p role="alert">{t('slaUi.admin.fixErrors')}</p>}
      {saved && (
        <p className="sla-form__ok" role="status">
          {t('slaUi.admin.saved')}
        </p>
      )}
      <div className="sla-form__grid">
        {field('warningPercent', t('slaUi.settings.warningPercent'))}
        {field('criticalPercent', t('slaUi.settings.criticalPercent'))}
        {field('repeatIntervalMinutes', t('slaUi.settings.repeat'))}
      </div>
      <p className="muted">{t('slaUi.settings.hint')}</p>
      <label className="sla-form__check">
        <input
          type="checkbox"
          data-testid="settings-dnd"
          checked={draft.doNotDisturb}
          onChange={(e) => setDraft({ ...draft, doNotDisturb: e.target.checked })}
        />
        {t('slaUi.settings.dnd')}
      </label>
      <div className="sla-form__actions">
        <button type="submit" className="btn btn--primary" data-testid="settings-save">
          {t('slaUi.admin.save')}
        </button>
      </div>
    </form>
  );
}
