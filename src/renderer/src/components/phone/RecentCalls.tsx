import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentCall } from '../../../../shared/api/phone-contract';
import { useApi } from '../../hooks/use-api';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store/use-app-store';
import { formatCallTime } from './call-session';

/** The agent's last logged calls, for a glance while taking the next one. */
export function RecentCalls() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useAppStore((s) => s.session.language);
  const [calls, setCalls] = useState<RecentCall[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.invoke('phone.recentCalls', { limit: 5 }).then(
      (found) => !cancelled && setCalls(found),
      () => !cancelled && setCalls([]),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  return (
    <section aria-labelledby="recent-calls-title" data-testid="recent-calls">
      <h3 id="recent-calls-title" className="detail__section-title">
        {t('phone.recent')}
      </h3>
      {calls?.length === 0 && <p className="muted">{t('phone.recentEmpty')}</p>}
      <ul className="plain-list">
        {(calls ?? []).map((c) => (
          <li key={c.eventId}>
            {t('phone.recentItem', {
              at: formatDateTime(c.startedAt, language),
              number: c.ticketNumber,
              title: c.ticketTitle,
              talk: formatCallTime(c.talkSeconds),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
