import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { useApi } from '../../hooks/use-api';
import { translateError } from '../../i18n/translate-error';
import { formToCalendar, type CalendarFormState } from '../../lib/calendar-form';
import { toUiError, type UiError } from '../../store/ui-error';
import { CalendarHoursEditor } from './CalendarHoursEditor';
import { CalendarWeekPreview } from './CalendarWeekPreview';
import { HolidaysEditor } from './HolidaysEditor';
import { SlaFieldErrors } from './SlaFieldErrors';

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

interface Props {
  initial: CalendarFormState;
  isNew: boolean;
  usedBy: string[];
  onSaved(id: string): void;
  onDeleted(): void;
}

/** One calendar as a form over its JSON: zone, weekly hours, holidays (+ .ics), exceptions, preview. */
export function CalendarForm({ initial, isNew, usedBy, onSaved, onDeleted }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZones(form.timeZone), [form.timeZone]);
  const update = (change: Partial<CalendarFormState>): void => {
    setForm((f) => ({ ...f, ...change }));
    setSaved(false);
  };

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
  const save = (): Promise<void> =>
    run(async () => {
      await api.invoke('sla.calendars.save', { id: form.id, calendar: formToCalendar(form) });
      setSaved(true);
      onSaved(form.id);
    });
  const remove = (): Promise<void> =>
    run(async () => {
      await api.invoke('sla.calendars.delete', { id: form.id });
      onDeleted();
    });

  return (
    <form
      className="sla-form"
      data-testid="calendar-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {failure && (
        <div className="sla-form__failure" role="alert" data-testid="sla-form-error">
          <p>
            {failure.code === 'sla.invalid_config' || failure.code === 'bridge.invalid_input'
              ? t('slaUi.admin.fixErrors')
              : translateError(t, failure)}
          </p>
          <SlaFieldErrors errors={errors} />
        </div>
      )}
      {saved && (
        <p className="sla-form__ok" role="status">
          {t('slaUi.admin.saved')}
        </p>
      )}
      <div className="sla-form__row">
        <label className="sla-form__field">
          <span>{t('slaUi.admin.id')}</span>
          <input
            className="input"
            data-testid="calendar-id"
            value={form.id}
            disabled={!isNew}
            onChange={(e) => update({ id: e.target.value })}
          />
        </label>
        <label className="sla-form__field">
          <span>{t('slaUi.admin.name')}</span>
          <input
            className="input"
            data-testid="calendar-name"
            value={form.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        </label>
        <label className="sla-form__field">
          <span>{t('slaUi.calendar.timeZone')}</span>
          <select
            className="input"
            data-testid="calendar-timezone"
            value={form.timeZone}
            onChange={(e) => update({ timeZone: e.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CalendarHoursEditor hours={form.hours} errors={errors} onChange={(hours) => update({ hours })} />
      <HolidaysEditor
        holidays={form.holidays}
        errors={errors}
        onChange={(holidays) => update({ holidays })}
      />
      <fieldset className="sla-form__group">
        <legend>{t('slaUi.calendar.exceptions')}</legend>
        {form.exceptions.map((exception, index) => (
          <div key={index} className="sla-form__row">
            <input
              type="date"
              className="input"
              aria-label={t('slaUi.calendar.holidayDate')}
              value={exception.date}
              onChange={(e) =>
                update({
                  exceptions: form.exceptions.map((x, i) =>
                    i === index ? { ...x, date: e.target.value } : x,
                  ),
                })
              }
            />
            <input
              className="input"
              aria-label={t('slaUi.calendar.exceptionHours')}
              placeholder={t('slaUi.calendar.exceptionHours')}
              value={exception.hours}
              onChange={(e) =>
                update({
                  exceptions: form.exceptions.map((x, i) =>
                    i === index ? { ...x, hours: e.target.value } : x,
                  ),
                })
              }
            />
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => update({ exceptions: form.exceptions.filter((_, i) => i !== index) })}
            >
              {t('slaUi.admin.remove')}
            </button>
          </div>
        ))}
        <SlaFieldErrors errors={errors} prefix="exceptions" />
        <button
          type="button"
          className="btn btn--small"
          onClick={() => update({ exceptions: [...form.exceptions, { date: '', hours: '' }] })}
        >
          {t('slaUi.calendar.addException')}
        </button>
      </fieldset>
      <CalendarWeekPreview form={form} />
      {usedBy.length > 0 && <p className="muted">{t('slaUi.calendar.usedBy', { ids: usedBy.join(', ') })}</p>}
      <div className="sla-form__actions">
        <button type="submit" className="btn btn--primary" data-testid="calendar-save">
          {t('slaUi.admin.save')}
        </button>
        {!isNew && (
          <button type="button" className="btn" data-testid="calendar-delete" onClick={() => void remove()}>
            {t('slaUi.admin.delete')}
          </button>
        )}
      </div>
    </form>
  );
}
