import { useTranslation } from 'react-i18next';
import { canTransition, isTerminalStatus } from '../../../../shared/domain/lifecycle';
import { displayNumber } from '../../../../shared/domain/ticket';
import { useAction } from '../../hooks/use-action';
import { useApi } from '../../hooks/use-api';
import { translateError } from '../../i18n/translate-error';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';

/** Resolve, escalate, create a problem, assign by the group's strategy. */
export function WorkflowActions({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.openWorkflowDialog);
  const reload = useAppStore((s) => s.reloadTicket);
  const api = useApi();
  const assign = useAction();
  const { ticket } = detail;
  if (isTerminalStatus(ticket.status)) return null;

  return (
    <div className="workflow-actions" data-testid="workflow-actions">
      {canTransition(ticket.status, 'resolved') && (
        <button
          type="button"
          className="btn"
          data-testid="open-resolve"
          onClick={() => open({ name: 'resolve', draft: { resolutionCode: null, solution: '', firstContact: true } })}
        >
          {t('wf.resolve.open')}
        </button>
      )}
      <button
        type="button"
        className="btn"
        data-testid="open-escalate"
        onClick={() => open({ name: 'escalate', draft: { kind: 'functional', toGroupId: null, toLevel: null, reason: '' } })}
      >
        {t('wf.escalate.open')}
      </button>
      {ticket.type === 'incident' && ticket.problemId === null && (
        <button
          type="button"
          className="btn"
          data-testid="open-create-problem"
          onClick={() => open({ name: 'createProblem', incidents: [{ id: ticket.id, displayNumber: displayNumber(ticket), title: ticket.title }] })}
        >
          {t('wf.problem.create')}
        </button>
      )}
      {ticket.groupId && ticket.assigneeId === null && (
        <button
          type="button"
          className="btn btn--ghost"
          data-testid="assign-by-strategy"
          disabled={assign.pending}
          onClick={() =>
            void assign.run(async () => {
              await api.invoke('assignment.assignByStrategy', { ticketId: ticket.id });
              await reload();
            })
          }
        >
          {t('wf.assign.byStrategy')}
        </button>
      )}
      {assign.error && (
        <p className="action__error" role="alert">
          {translateError(t, assign.error)}
        </p>
      )}
    </div>
  );
}
