import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekPreview } from '../../../../shared/api/sla-schemas';
import { useApi } from '../../hooks/use-api';
import { formToCalendar, mondayOf, type CalendarFormState } from '../../lib/calendar-form';

/** The business hours of one week of the calendar being edited (unsaved changes included). */
export function CalendarWeekPreview({ form }: { form: CalendarFormState }) {
  const { t } = useTranslation();
  const api = useApi();
  const [weekStart, setWeekStart] = useState(() => mondayOf(new Date()));
  const [preview, setPreview] = useState<WeekPreview | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api
        .invoke('sla.calendars.preview', { calendar: formToCalendar(form), weekStart })
        .then((result) => live && setPreview(result))
        .catch(() => live && setPreview(null));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, form, weekStart]);

  return (
    <section className="sla-preview" data-testid="calendar-preview">
      <h4>{t('slaUi.calendar.preview')}</h4>
      <label className="sla-form__inline">
        <span>{t('slaUi.calendar.weekOf')}</span>
        <input
          type="date"
          className="input"
          value={weekStart}
          onChange={(e) => e.target.value && setWeekStart(e.target.value)}
        />
      </label>
      {preview && (
        <ol className="sla-preview__days">
          {preview.days.map((day) => (
            <li key={day.date} className="sla-preview__day" data-testid="preview-day" data-date={day.date}>
              <strong>{t(`slaUi.weekday.${day.weekday as 'mon'}`)}</strong>{' '}
              <span className="muted">{day.date}</span>
              {day.holiday !== null && (
                <span className="sla-tag">{day.holiday || t('slaUi.calendar.holiday')}</span>
              )}
              {day.exception && <span className="sla-tag">{t('slaUi.calendar.exception')}</span>}
              <div className="sla-preview__hours">
                {day.intervals.length === 0 ? (
                  <span className="muted">{t('slaUi.calendar.closedDay')}</span>
                ) : (
                  day.intervals.map(([a, b]) => (
                    <span key={a} className="sla-preview__interval">{`${a}–${b}`}</span>
                  ))
                )}
              </div>
              <span className="muted">{t('slaUi.calendar.businessMinutes', { n: day.businessMinutes })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
