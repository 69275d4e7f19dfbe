import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../shared/api/contract';
import { useApi } from '../../hooks/use-api';
import { calendarToForm, emptyCalendarForm } from '../../lib/calendar-form';
import { CalendarForm } from './CalendarForm';

type Entry = ApiOutput<'sla.calendars.list'>[number];

/** Calendar list on the left, the chosen (or a new) calendar's form on the right. */
export function CalendarAdmin() {
  const { t } = useTranslation();
  const api = useApi();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const [loads, setLoads] = useState(0);
  const reload = (): void => setLoads((n) => n + 1);
  useEffect(() => {
    let live = true;
    void api.invoke('sla.calendars.list', {}).then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [api, loads]);

  const entry = entries.find((e) => e.id === selected);
  return (
    <div className="sla-admin__split">
      <nav className="sla-admin__list" aria-label={t('slaUi.calendar.list')}>
        <button
          type="button"
          className="btn btn--small"
          data-testid="calendar-new"
          onClick={() => {
            setSelected('');
            setVersion((v) => v + 1);
          }}
        >
          {t('slaUi.admin.create')}
        </button>
        <ul>
          {entries.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                className={`sla-admin__item${e.id === selected ? ' sla-admin__item--current' : ''}`}
                data-testid="calendar-item"
                data-id={e.id}
                onClick={() => setSelected(e.id)}
              >
                {e.name} <span className="muted mono">{e.id}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {selected !== null && (
        <CalendarForm
          key={`${selected}-${version}`}
          initial={entry ? calendarToForm(entry.id, entry.calendar) : emptyCalendarForm()}
          isNew={!entry}
          usedBy={entry?.usedBy ?? []}
          onSaved={(id) => {
            reload();
            setSelected(id);
          }}
          onDeleted={() => {
            setSelected(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
