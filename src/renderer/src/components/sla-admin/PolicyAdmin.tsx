import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../shared/api/contract';
import { useApi } from '../../hooks/use-api';
import { emptyPolicyForm, policyToForm } from '../../lib/policy-form';
import { PolicyForm } from './PolicyForm';
import { PolicyTester } from './PolicyTester';

type Entry = ApiOutput<'sla.policies.list'>[number];

/** Policies in the order they are stored, the chosen one's form, and the tester. */
export function PolicyAdmin() {
  const { t } = useTranslation();
  const api = useApi();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [calendarIds, setCalendarIds] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const [loads, setLoads] = useState(0);
  const reload = (): void => setLoads((n) => n + 1);
  useEffect(() => {
    let live = true;
    void Promise.all([api.invoke('sla.policies.list', {}), api.invoke('sla.calendars.list', {})]).then(
      ([policies, calendars]) => {
        if (!live) return;
        setEntries(policies);
        setCalendarIds(calendars.map((c) => c.id));
      },
    );
    return () => {
      live = false;
    };
  }, [api, loads]);

  const entry = entries.find((e) => e.id === selected);
  return (
    <div className="sla-admin__split">
      <nav className="sla-admin__list" aria-label={t('slaUi.policy.list')}>
        <button
          type="button"
          className="btn btn--small"
          data-testid="policy-new"
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
                data-testid="policy-item"
                data-id={e.id}
                onClick={() => setSelected(e.id)}
              >
                {e.name} <span className="muted mono">{e.id}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sla-admin__main">
        {selected !== null && (
          <PolicyForm
            key={`${selected}-${version}`}
            initial={entry ? policyToForm(entry.policy) : emptyPolicyForm(calendarIds[0] ?? '')}
            isNew={!entry}
            calendarIds={calendarIds}
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
        <PolicyTester />
      </div>
    </div>
  );
}
