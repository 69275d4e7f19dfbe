import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaAlertEvent } from '../../../../shared/api/sla-schemas';
import { useAction } from '../../hooks/use-action';
import { useReference } from '../../hooks/use-reference';
import { translateError } from '../../i18n/translate-error';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store/use-app-store';

type Step = 'choose' | 'functional' | 'hierarchical' | 'snooze';
const SNOOZE_MINUTES = [15, 30, 60, 120];

/** One SLA alert for the agent: escalate (group / supervisor), take it now, or snooze — with a reason. */
export function EscalationCard({ alert }: { alert: SlaAlertEvent }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const answer = useAppStore((s) => s.answerPrompt);
  const dismiss = useAppStore((s) => s.dismissPrompt);
  const openTicket = useAppStore((s) => s.openTicket);
  const reference = useReference();
  const action = useAction();
  const [step, setStep] = useState<Step>('choose');
  const [groupId, setGroupId] = useState(alert.suggestedGroupId ?? '');
  const [minutes, setMinutes] = useState(30);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const groups = reference?.groups ?? [];

  const confirm = (): void => {
    if (step !== 'choose' && reason.trim() === '') {
      setMissingReason(true);
      return;
    }
    const text = reason.trim();
    void action.run(() => {
      if (step === 'functional') {
        const level = reference?.groupsById.get(groupId)?.level ?? alert.suggestedLevel;
        return answer(alert.alertId, {
          kind: 'functional',
          toGroupId: groupId,
          toLevel: level ?? null,
          reason: text,
        });
      }
      if (step === 'hierarchical') return answer(alert.alertId, { kind: 'hierarchical', reason: text });
      return answer(alert.alertId, { kind: 'snooze', minutes, reason: text });
    });
  };

  const groupName = (id: string): string => reference?.groupsById.get(id)?.name ?? id;

  return (
    <article
      className={`escalation escalation--${alert.level}`}
      data-testid="escalation-prompt"
      data-ticket-id={alert.ticketId}
      data-alert-id={alert.alertId}
      data-level={alert.level}
      aria-labelledby={`esc-${alert.alertId}`}
    >
      <header className="escalation__header">
        <h4 id={`esc-${alert.alertId}`} className="escalation__title">
          {t(`slaUi.prompt.title.${alert.level}`)}
        </h4>
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          data-testid="prompt-dismiss"
          aria-label={t('slaUi.prompt.dismiss')}
          title={t('slaUi.prompt.dismiss')}
          onClick={() => dismiss(alert.alertId)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <button type="button" className="escalation__ticket" onClick={() => void openTicket(alert.ticketId)}>
        <span className="mono">{alert.displayNumber}</span> {alert.title}
      </button>
      <p className="escalation__body muted">
        {t('slaUi.prompt.body', {
          target: t(`slaTarget.${alert.target}`),
          due: alert.dueAt ? formatDateTime(alert.dueAt, language) : t('timeline.none'),
        })}
      </p>
      {step === 'choose' ? (
        <div className="escalation__choices">
          <button
            type="button"
            className="btn btn--small"
            data-testid="prompt-escalate"
            onClick={() => setStep('functional')}
          >
            {t('slaUi.prompt.escalateGroup')}
          </button>
          <button
            type="button"
            className="btn btn--small"
            data-testid="prompt-supervisor"
            onClick={() => setStep('hierarchical')}
          >
            {t('slaUi.prompt.askSupervisor')}
          </button>
          <button
            type="button"
            className="btn btn--small btn--primary"
            data-testid="prompt-take"
            disabled={action.pending}
            onClick={() => void action.run(() => answer(alert.alertId, { kind: 'take' }))}
          >
            {t('slaUi.prompt.takeNow')}
          </button>
          <button
            type="button"
            className="btn btn--small"
            data-testid="prompt-snooze"
            onClick={() => setStep('snooze')}
          >
            {t('slaUi.prompt.snooze')}
          </button>
        </div>
      ) : (
        <div className="escalation__form">
          {step === 'functional' && (
            <label className="escalation__field">
              <span>{t('slaUi.prompt.group')}</span>
              <select data-testid="prompt-group" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.id === alert.suggestedGroupId
                      ? t('slaUi.prompt.suggested', { group: groupName(g.id) })
                      : `${g.name} (${g.level})`}
                  </option>
                ))}
              </select>
            </label>
          )}
          {step === 'snooze' && (
            <label className="escalation__field">
              <span>{t('slaUi.prompt.minutes')}</span>
              <select
                data-testid="prompt-minutes"
                value={minutes}
                onChange={(e) => setMinutes(Number(e.target.value))}
              >
                {SNOOZE_MINUTES.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="escalation__field">
            <span>{t('slaUi.prompt.reason')}</span>
            <textarea
              data-testid="prompt-reason"
              rows={2}
              value={reason}
              aria-invalid={missingReason}
              placeholder={t('slaUi.prompt.reasonPlaceholder')}
              onChange={(e) => {
                setReason(e.target.value);
                setMissingReason(false);
              }}
            />
          </label>
          {missingReason && (
            <p className="action__error" role="alert" data-testid="prompt-error">
              {t('slaUi.prompt.reasonRequired')}
            </p>
          )}
          <div className="escalation__choices">
            <button
              type="button"
              className="btn btn--small"
              data-testid="prompt-back"
              onClick={() => setStep('choose')}
            >
              {t('slaUi.prompt.back')}
            </button>
            <button
              type="button"
              className="btn btn--small btn--primary"
              data-testid="prompt-confirm"
              disabled={action.pending}
              onClick={confirm}
            >
              {t('slaUi.prompt.confirm')}
            </button>
          </div>
        </div>
      )}
      {action.error && (
        <p className="action__error" role="alert">
          {translateError(t, action.error)}
        </p>
      )}
    </article>
  );
}
