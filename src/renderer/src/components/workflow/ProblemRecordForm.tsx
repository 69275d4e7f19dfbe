import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemRecordView } from '../../../../shared/api/workflow-schemas';
import { useAction } from '../../hooks/use-action';
import { useApi } from '../../hooks/use-api';
import { translateError } from '../../i18n/translate-error';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';

/** A problem's ITIL record (root cause, workaround, known error) and its incidents. */
export function ProblemRecordForm({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const update = useAppStore((s) => s.updateProblem);
  const unlink = useAppStore((s) => s.unlinkProblem);
  const openTicket = useAppStore((s) => s.openTicket);
  const action = useAction();
  const [record, setRecord] = useState<ProblemRecordView | null>(null);
  const [rootCause, setRootCause] = useState('');
  const [workaround, setWorkaround] = useState('');
  const [knownError, setKnownError] = useState(false);
  const problemId = detail.ticket.id;
  const eventCount = detail.events.length;

  useEffect(() => {
    let live = true;
    void api.invoke('problems.get', { problemId }).then((r) => {
      if (!live) return;
      setRecord(r);
      setRootCause(r.rootCause ?? '');
      setWorkaround(r.workaround ?? '');
      setKnownError(r.knownError);
    });
    return () => {
      live = false;
    };
  }, [api, problemId, eventCount]);

  return (
    <div className="problem-record" data-testid="problem-record">
      <label className="field">
        <span className="field__label">{t('wf.problem.rootCause')}</span>
        <textarea className="textarea" data-testid="problem-root-cause" rows={2} value={rootCause} onChange={(e) => setRootCause(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('wf.problem.workaround')}</span>
        <textarea className="textarea" data-testid="problem-workaround" rows={2} value={workaround} onChange={(e) => setWorkaround(e.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" data-testid="problem-known-error" checked={knownError} onChange={(e) => setKnownError(e.target.checked)} />
        {t('wf.problem.knownError')}
      </label>
      <button type="button" className="btn btn--small" data-testid="problem-save" disabled={action.pending} onClick={() => void action.run(() => update({ problemId, rootCause, workaround, knownError }))}>
        {t('wf.problem.save')}
      </button>
      {action.error && <p className="action__error" role="alert">{translateError(t, action.error)}</p>}
      <h4 className="field__label">{t('wf.problem.incidents', { count: record?.incidents.length ?? 0 })}</h4>
      {record && record.incidents.length === 0 && <p className="muted">{t('wf.problem.noIncidents')}</p>}
      <ul className="problem__incidents" data-testid="problem-incident-list">
        {record?.incidents.map((i) => (
          <li key={i.id} data-testid="problem-linked-incident" data-ticket-id={i.id}>
            <button type="button" className="btn btn--link" onClick={() => void openTicket(i.id)}>
              <span className="mono">{i.displayNumber}</span> {i.title}
            </button>
            <button type="button" className="btn btn--link" onClick={() => void action.run(() => unlink(problemId, i.id))}>
              {t('wf.problem.unlink')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
