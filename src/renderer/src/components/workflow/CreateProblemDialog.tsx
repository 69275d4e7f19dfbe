import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../../hooks/use-action';
import { translateError } from '../../i18n/translate-error';
import type { IncidentRef } from '../../store/workflow-slice';
import { useAppStore } from '../../store/use-app-store';
import { Modal } from '../Modal';
import { IncidentSearch } from './IncidentSearch';

/** A problem from one or several incidents: all linked in the same mutation. */
export function CreateProblemDialog({ initial }: { initial: IncidentRef[] }) {
  const { t } = useTranslation();
  const close = useAppStore((s) => s.closeWorkflowDialog);
  const createProblem = useAppStore((s) => s.createProblem);
  const openTicket = useAppStore((s) => s.openTicket);
  const action = useAction();
  const [incidents, setIncidents] = useState<IncidentRef[]>(initial);
  const [title, setTitle] = useState(initial[0]?.title ?? '');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (title.trim() === '' || incidents.length === 0) return;
    void action.run(async () => {
      const id = await createProblem({ title: title.trim(), description, incidentIds: incidents.map((i) => i.id) });
      await openTicket(id);
    });
  };

  return (
    <Modal title={t('wf.problem.createTitle')} onClose={close} testId="create-problem-dialog" className="modal--wide">
      <form className="form" noValidate onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('wf.problem.titleField')}</span>
          <input className="input" data-testid="problem-title" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          {tried && title.trim() === '' && <span className="field__error">{t('wf.problem.needTitle')}</span>}
        </label>
        <label className="field">
          <span className="field__label">{t('wf.problem.description')}</span>
          <textarea className="textarea" data-testid="problem-description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <div className="field">
          <span className="field__label">{t('wf.problem.incidentsField')}</span>
          <ul className="problem__incidents" data-testid="problem-incidents">
            {incidents.map((i) => (
              <li key={i.id} data-testid="problem-incident" data-ticket-id={i.id}>
                <span className="mono">{i.displayNumber}</span> {i.title}
                <button type="button" className="btn btn--link" onClick={() => setIncidents((list) => list.filter((x) => x.id !== i.id))}>
                  {t('wf.problem.remove')}
                </button>
              </li>
            ))}
          </ul>
          <IncidentSearch exclude={incidents.map((i) => i.id)} onPick={(ref) => setIncidents((list) => [...list, ref])} />
        </div>
        {action.error && (
          <p className="banner banner--error" role="alert">
            {translateError(t, action.error)}
          </p>
        )}
        <footer className="form__actions">
          <button type="button" className="btn btn--ghost" onClick={close}>
            {t('wf.problem.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="problem-submit" disabled={action.pending}>
            {action.pending ? t('wf.problem.submitting') : t('wf.problem.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
