import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../shared/domain/ticket-enums';

export function StatusPill({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  const label = t(`status.${status}`);
  return (
    <span className={`status status--${status}`} data-status={status} title={label}>
      {label}
    </span>
  );
}
