import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { WEEKDAYS, type Weekday } from '../../../../shared/sla/calendar-schema';
import type { Interval } from '../../lib/calendar-form';
import { SlaFieldErrors } from './SlaFieldErrors';

interface Props {
  hours: Record<Weekday, Interval[]>;
  errors: readonly FieldError[];
  onChange(hours: Record<Weekday, Interval[]>): void;
}

/** Opening intervals per weekday; an empty day is closed. */
export function CalendarHoursEditor({ hours, errors, onChange }: Props) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, intervals: Interval[]): void => onChange({ ...hours, [day]: intervals });
  return (
    <fieldset className="sla-form__group">
      <legend>{t('slaUi.calendar.hours')}</legend>
      {WEEKDAYS.map((day) => (
        <div key={day} className="sla-hours__day" data-testid={`hours-${day}`}>
          <span className="sla-hours__name">{t(`slaUi.weekday.${day}`)}</span>
          <div className="sla-hours__intervals">
            {hours[day].length === 0 && <span className="muted">{t('slaUi.calendar.closedDay')}</span>}
            {hours[day].map(([start, end], index) => (
              <span key={index} className="sla-hours__interval">
                <input
                  className="input input--time"
                  aria-label={`${t(`slaUi.weekday.${day}`)} ${index + 1}`}
                  data-testid={`hours-${day}-${index}-start`}
                  value={start}
                  onChange={(e) =>
                    setDay(
                      day,
                      hours[day].map((iv, i) => (i === index ? [e.target.value, iv[1]] : iv)),
                    )
                  }
                />
                –
                <input
                  className="input input--time"
                  aria-label={`${t(`slaUi.weekday.${day}`)} ${index + 1}`}
                  data-testid={`hours-${day}-${index}-end`}
                  value={end}
                  onChange={(e) =>
                    setDay(
                      day,
                      hours[day].map((iv, i) => (i === index ? [iv[0], e.target.value] : iv)),
                    )
                  }
                />
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  onClick={() =>
                    setDay(
                      day,
                      hours[day].filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('slaUi.admin.remove')}
                </button>
              </span>
            ))}
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => setDay(day, [...hours[day], ['09:00', '18:00']])}
            >
              {t('slaUi.calendar.addInterval')}
            </button>
          </div>
          <SlaFieldErrors errors={errors} prefix={`hours.${day}`} />
        </div>
      ))}
    </fieldset>
  );
}
