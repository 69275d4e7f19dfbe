import { useTranslation } from 'react-i18next';
import { isTerminalStatus } from '../../../shared/domain/lifecycle';
import type { Agent } from '../../../shared/domain/people';
import { useAction } from '../hooks/use-action';
import { translateError } from '../i18n/translate-error';
import type { TicketDetail } from '../store/ticket-slice';
import type { UiError } from '../store/ui-error';
import { useAppStore } from '../store/use-app-store';
import { RecategorizeControl } from './RecategorizeControl';
import { ReprioritizeControl } from './ReprioritizeControl';
import { StatusControl } from './StatusControl';

/** A local claim refusal knows the holder's id; the name comes from the reference data. */
function withHolderName(error: UiError, agents: ReadonlyMap<string, Agent> | undefined): UiError {
  const holderId = error.params.holderId;
  if (error.code !== 'ticket.already_taken' || error.params.holderName || typeof holderId !== 'string') return error;
  return { ...error, params: { ...error.params, holderName: agents?.get(holderId)?.name ?? holderId } };
}

export function TicketActions({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const me = useAppStore((s) => s.session.info?.agent.id);
  const assignToMe = useAppStore((s) => s.assignToMe);
  const assign = useAction();
  const agents = useAppStore((s) => s.session.reference?.agentsById);
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
            <p className="action__error" role="alert" data-testid="assign-error">
              {translateError(t, withHolderName(assign.error, agents))}
            </p>
          )}
        </div>
      )}
      {editable && <RecategorizeControl key={`c-${ticket.id}`} ticket={ticket} />}
      {editable && <ReprioritizeControl key={`p-${ticket.id}`} ticket={ticket} />}
    </section>
  );
}
