import type { TicketStatus } from '../../../shared/domain/ticket-enums';
import { useI18n } from '../lib/i18n';

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--${status}`} data-testid="status-badge" data-status={status}>
      {t(`portal.status.${status}`)}
    </span>
  );
}
