import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../store/ticket-slice';
import { ProblemLinker } from './ProblemLinker';
import { ProblemRecordForm } from './ProblemRecordForm';

/** Problems in the ticket: an incident's link, or a problem's own record. */
export function ProblemPanel({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const { ticket } = detail;
  if (ticket.type !== 'incident' && ticket.type !== 'problem') return null;
  return (
    <section className="detail__section" aria-labelledby="problem-title" data-testid="problem-panel">
      <h3 id="problem-title" className="detail__section-title">
        {t('wf.problem.title')}
      </h3>
      {ticket.type === 'problem' ? <ProblemRecordForm detail={detail} /> : <ProblemLinker incidentId={ticket.id} problemId={ticket.problemId} />}
    </section>
  );
}
