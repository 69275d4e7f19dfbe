import { useTranslation } from 'react-i18next';
import { isTerminalStatus } from '../../../shared/domain/lifecycle';
import { useAction } from '../hooks/use-action';
import { translateError } from '../i18n/translate-error';
import type { TicketDetail } from '../store/ticket-slice';
import { useAppStore } from '../store/use-app-store';
import { RecategorizeControl } from './RecategorizeControl';
import { ReprioritizeControl } from './ReprioritizeControl';
import { StatusControl } from './StatusControl';

export function TicketActions({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const me = useAppStore((s) => s.session.info?.agent.id);
  const assignToMe = useAppStore((s) => s.assignToMe);
  const assign = useAction();
  const { ticket } = detail;
  const editable = !isTerminalStatus(ticket.status);
  const mine = ticket.assigneeId !== null && ticket.assigneeId === me;

  return (
    <section className="detail__section detail__actions" aria-label={t('detail.actions')}>
      <StatusControl key={`s-${ticket.id}-${ticket.status}`} ticket={ticket} />
      {editable && (
        <div className="action">
          <button
            type="button"
            className="btn"
            data-testid="assign-to-me"
            disabled={mine || assign.pending}
            onClick={() => void assign.run(assignToMe)}
          >
            {mine ? t('detail.assignedToMe') : t('detail.assignToMe')}
          </button>
          {assign.error && (
            <p className="action__error" role="alert">
              {translateError(t, assign.error)}
            </p>
          )}
        </div>
      )}
      {editable && <RecategorizeControl key={`c-${ticket.id}`} ticket={ticket} />}
      {editable && <ReprioritizeControl key={`p-${ticket.id}`} ticket={ticket} />}
    </section>
  );
}
