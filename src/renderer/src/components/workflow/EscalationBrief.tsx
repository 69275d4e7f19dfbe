import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistRunView } from '../../../../shared/api/workflow-schemas';
import type { TicketEvent } from '../../../../shared/domain/ticket-event';
import { useApi } from '../../hooks/use-api';
import { useReference } from '../../hooks/use-reference';
import { formatDateTime } from '../../lib/format';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';

type Escalated = TicketEvent & { data: Extract<TicketEvent['data'], { kind: 'escalated' }> };

/**
 * What the next level reads first on an escalated ticket: who escalated, why, and the diagnosis
 * checklist's answers and outcome, so nobody asks the requester the same questions again.
 */
export function EscalationBrief({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useAppStore((s) => s.session.language);
  const reference = useReference();
  const escalation = [...detail.events].reverse().find((e): e is Escalated => e.data.kind === 'escalated');
  const [run, setRun] = useState<ChecklistRunView | null>(null);
  const ticketId = detail.ticket.id;
  const eventCount = detail.events.length;

  useEffect(() => {
    let live = true;
    if (!escalation) return;
    void api.invoke('checklist.runs', { ticketId }).then((runs) => {
      const latest = runs.reduce<ChecklistRunView | null>((a, r) => (a === null || r.lastActivityAt >= a.lastActivityAt ? r : a), null);
      if (live) setRun(latest);
    });
    return () => {
      live = false;
    };
  }, [api, ticketId, eventCount, escalation]);

  if (!escalation) return null;
  const d = escalation.data;
  return (
    <section className="brief" data-testid="escalation-brief" data-kind={d.escalation}>
      <h3 className="brief__title">{d.escalation === 'functional' ? t('wf.brief.title') : t('wf.brief.titleHierarchical')}</h3>
      <p className="muted">
        {t('wf.brief.by', { name: reference?.agentsById.get(escalation.actorId)?.name ?? escalation.actorId, at: formatDateTime(escalation.at, language) })}
      </p>
      <p data-testid="escalation-brief-reason">{t('wf.brief.reason', { reason: d.reason })}</p>
      {run && (
        <div className="brief__checklist" data-testid="escalation-brief-checklist">
          <h4 className="field__label">
            {t('wf.brief.checklist')}: {run.summary.title} (v{run.summary.templateVersion})
          </h4>
          <ol className="runner__path">
            {run.summary.entries.map((e) => (
              <li key={e.stepId}>
                <span className="runner__prompt">{e.prompt}</span>
                <span className="runner__answer">{e.answerText}</span>
              </li>
            ))}
          </ol>
          {run.summary.outcome && <p className="brief__outcome">{run.summary.outcome.text}</p>}
        </div>
      )}
    </section>
  );
}
