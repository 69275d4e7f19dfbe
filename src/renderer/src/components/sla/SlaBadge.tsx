import type { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/localized-text';
import { useSlaTicker } from '../../hooks/use-sla-ticker';
import { formatDateTime } from '../../lib/format';
import { badgeState, formatDuration } from '../../lib/sla-format';
import { useAppStore } from '../../store/use-app-store';

interface Props {
  ticketId: string;
  dueAt: string | null;
  status: string;
  language: Language;
  /** The list's translator (queue rows do not subscribe to i18n themselves). */
  t: ReturnType<typeof useTranslation>['t'];
}

/**
 * Live countdown to a row's next SLA due time, coloured by state. Ticks with the one shared 1 s ticker
 * (not a timer per row); only the badge re-renders each second, never the row.
 */
export function SlaBadge({ ticketId, dueAt, status, language, t }: Props) {
  const now = useSlaTicker();
  const level = useAppStore((s) => s.sla.levels[ticketId]);
  if (dueAt === null) return null;
  const state = badgeState(dueAt, status, now, level);
  const remaining = Date.parse(dueAt) - now;
  const text =
    state === 'paused'
      ? t('slaUi.badge.paused')
      : t(remaining < 0 ? 'slaUi.badge.overdue' : 'slaUi.badge.remaining', {
          time: formatDuration(t, remaining),
        });
  return (
    <span
      className={`sla-badge sla-badge--${state}`}
      data-testid="sla-badge"
      data-state={state}
      title={t('slaUi.badge.title', {
        due: formatDateTime(dueAt, language),
        state: t(`slaUi.state.${state}`),
      })}
    >
      <span className="sla-badge__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
