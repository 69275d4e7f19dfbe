import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { useAction } from '../../hooks/use-action';
import { useApi } from '../../hooks/use-api';
import { toUiError } from '../../store/ui-error';
import { SlaFieldErrors } from './SlaFieldErrors';

type Holiday = { date: string; name: string };

interface Props {
  holidays: Holiday[];
  errors: readonly FieldError[];
  onChange(holidays: Holiday[]): void;
}

/** Holidays (date + optional name), with import from an iCalendar (.ics) file. */
export function HolidaysEditor({ holidays, errors, onChange }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const action = useAction();
  const [imported, setImported] = useState<number | null>(null);
  const [importErrors, setImportErrors] = useState<FieldError[]>([]);

  const importFile = async (file: File): Promise<void> => {
    setImported(null);
    setImportErrors([]);
    try {
      const result = await api.invoke('sla.calendars.importIcs', { text: await file.text() });
      const known = new Set(holidays.map((h) => h.date));
      onChange(
        [...holidays, ...result.holidays.filter((h) => !known.has(h.date))].sort((a, b) =>
          a.date.localeCompare(b.date),
        ),
      );
      setImported(result.holidays.length);
    } catch (error) {
      setImportErrors(toUiError(error).fieldErrors);
    }
  };

  return (
    <fieldset className="sla-form__group">
      <legend>{t('slaUi.calendar.holidays')}</legend>
      {holidays.map((holiday, index) => (
        <div key={index} className="sla-form__row" data-testid="holiday-row">
          <input
            type="date"
            className="input"
            aria-label={t('slaUi.calendar.holidayDate')}
            value={holiday.date}
            onChange={(e) =>
              onChange(holidays.map((h, i) => (i === index ? { ...h, date: e.target.value } : h)))
            }
          />
          <input
            className="input"
            aria-label={t('slaUi.calendar.holidayName')}
            placeholder={t('slaUi.calendar.holidayName')}
            value={holiday.name}
            onChange={(e) =>
              onChange(holidays.map((h, i) => (i === index ? { ...h, name: e.target.value } : h)))
            }
          />
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => onChange(holidays.filter((_, i) => i !== index))}
          >
            {t('slaUi.admin.remove')}
          </button>
        </div>
      ))}
      <SlaFieldErrors errors={errors} prefix="holidays" />
      <div className="sla-form__row">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => onChange([...holidays, { date: '', name: '' }])}
        >
          {t('slaUi.calendar.addHoliday')}
        </button>
        <label className="btn btn--small">
          {t('slaUi.calendar.importIcs')}
          <input
            type="file"
            accept=".ics,text/calendar"
            className="visually-hidden"
            data-testid="ics-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void action.run(() => importFile(file));
            }}
          />
        </label>
      </div>
      {imported !== null && (
        <p className="muted" role="status" data-testid="ics-imported">
          {t('slaUi.calendar.imported', { n: imported })}
        </p>
      )}
      <SlaFieldErrors errors={importErrors} />
    </fieldset>
  );
}
