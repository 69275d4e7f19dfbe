import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTerminalStatus } from '../../../../shared/domain/lifecycle';
import { translateError } from '../../i18n/translate-error';
import { formatDateTime } from '../../lib/format';
import { useReference } from '../../hooks/use-reference';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';
import { ChecklistRunner } from './ChecklistRunner';

/** Diagnosis in the ticket: the category's checklists to start, runs to resume, and the runner. */
export function ChecklistPanel({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const state = useAppStore((s) => s.checklist);
  const load = useAppStore((s) => s.loadChecklists);
  const start = useAppStore((s) => s.startChecklist);
  const resume = useAppStore((s) => s.resumeChecklist);
  const reference = useReference();
  const { ticket, events } = detail;
  const editable = !isTerminalStatus(ticket.status);

  useEffect(() => {
    void load(ticket.id);
  }, [load, ticket.id, ticket.categoryId, events.length]);

  const ready = state.ticketId === ticket.id;
  const active = ready ? state.active : null;
  return (
    <section className="detail__section checklist" aria-labelledby="checklist-title" data-testid="checklist-panel">
      <h3 id="checklist-title" className="detail__section-title">
        {t('wf.checklist.title')}
      </h3>
      {state.error && ready && (
        <p className="action__error" role="alert">
          {translateError(t, state.error)}
        </p>
      )}
      {active ? (
        <ChecklistRunner active={active} />
      ) : (
        <>
          {ready &&
            state.runs.map((r) => (
              <div key={r.runId} className="checklist__run" data-testid="checklist-run" data-complete={r.summary.complete}>
                <span>
                  <strong>{r.summary.title}</strong>{' '}
                  <span className="muted">
                    {r.summary.complete ? t('wf.checklist.completed') : t('wf.checklist.paused')} ·{' '}
                    {t('wf.checklist.startedBy', {
                      name: reference?.agentsById.get(r.startedBy)?.name ?? r.startedBy,
                      at: formatDateTime(r.startedAt, language),
                    })}
                  </span>
                </span>
                <button type="button" className="btn btn--small" data-testid="checklist-resume" onClick={() => resume(r.runId)}>
                  {t('wf.checklist.resume')}
                </button>
              </div>
            ))}
          {editable &&
            ready &&
            state.templates.map((tpl) => (
              <button
                key={tpl.id}
                type="button"
                className="btn"
                data-testid="checklist-start"
                data-template-id={tpl.id}
                onClick={() => void start(tpl)}
              >
                {t('wf.checklist.start', { title: tpl.title[language] })}
              </button>
            ))}
          {ready && !state.loading && state.templates.length === 0 && state.runs.length === 0 && (
            <p className="muted">{t('wf.checklist.none')}</p>
          )}
        </>
      )}
    </section>
  );
}
