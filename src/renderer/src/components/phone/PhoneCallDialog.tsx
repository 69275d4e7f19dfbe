import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requester } from '../../../../shared/domain/people';
import { CALL_DIRECTIONS } from '../../../../shared/telephony/call-model';
import { useAction } from '../../hooks/use-action';
import { useApi } from '../../hooks/use-api';
import { useNow } from '../../hooks/use-now';
import { translateError } from '../../i18n/translate-error';
import { EnumSelect } from '../EnumSelect';
import { Modal } from '../Modal';
import { RequesterPicker } from '../RequesterPicker';
import {
  answerCall,
  callLogArgs,
  callPhase,
  callTimerSeconds,
  formatCallTime,
  hangUpCall,
  type CallSession,
} from './call-session';
import { RecentCalls } from './RecentCalls';

export interface CallDraft {
  requester: Requester | null;
  queue: string;
  notes: string;
  ticket: { id: string; number: string } | null;
}

interface Props {
  session: CallSession;
  draft: CallDraft;
  onSession(session: CallSession): void;
  onDraft(draft: CallDraft): void;
  onCreateTicket(): void;
  onClose(): void;
}

/** The call being logged: a running timer (answer → hang up), the caller, notes and its ticket. */
export function PhoneCallDialog({ session, draft, onSession, onDraft, onCreateTicket, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useAction();
  const now = useNow(1000);
  const ids = { requester: useId(), direction: useId(), queue: useId(), notes: useId() };
  const phase = callPhase(session);
  const seconds = callTimerSeconds(session, now);

  const onSave = async (): Promise<void> => {
    const ok = await save.run(async () => {
      const args = callLogArgs(session, Date.now(), {
        ticketId: draft.ticket?.id ?? null,
        queue: draft.queue,
        notes: draft.notes,
      });
      await api.invoke('mutation.apply', { name: 'call.log', args });
    });
    if (ok) onClose();
  };

  return (
    <Modal title={t('phone.dialogTitle')} onClose={onClose} testId="log-call-dialog" className="modal--wide">
      <div className="form" data-testid="log-call-form">
        {save.error && (
          <p className="banner banner--error" role="alert" data-error-code={save.error.code}>
            {translateError(t, save.error)}
          </p>
        )}
        <section className="call-timer" aria-live="polite">
          <span className="call-timer__phase" data-testid="call-phase" data-phase={phase}>
            {t(`phone.phase.${phase}`)}
          </span>
          <time
            className="call-timer__clock"
            data-testid="call-timer"
            aria-label={t('phone.timerLabel', { time: formatCallTime(seconds) })}
          >
            {formatCallTime(seconds)}
          </time>
          {session.answeredAt !== null && (
            <span className="muted">
              {t('phone.answeredAfter', {
                seconds: Math.round((session.answeredAt - session.startedAt) / 1000),
              })}
            </span>
          )}
          <span className="call-timer__actions">
            <button
              type="button"
              className="btn btn--primary"
              data-testid="call-answer"
              disabled={phase !== 'ringing'}
              onClick={() => onSession(answerCall(session, Date.now()))}
            >
              {t('phone.answer')}
            </button>
            <button
              type="button"
              className="btn"
              data-testid="call-hang-up"
              disabled={phase === 'ended'}
              onClick={() => onSession(hangUpCall(session, Date.now()))}
            >
              {t('phone.hangUp')}
            </button>
          </span>
        </section>
        <div className="form__grid">
          <div className="field span-2">
            <label className="field__label" htmlFor={ids.requester}>
              {t('phone.caller')}
            </label>
            <RequesterPicker
              inputId={ids.requester}
              organizationId=""
              selected={draft.requester}
              onSelect={(requester) => onDraft({ ...draft, requester })}
              invalid={false}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.direction}>
              {t('phone.direction')}
            </label>
            <EnumSelect
              id={ids.direction}
              data-testid="call-direction"
              values={CALL_DIRECTIONS}
              value={session.direction}
              label={(d) => t(`phone.directions.${d}`)}
              onValue={(direction) => onSession({ ...session, direction })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.queue}>
              {t('phone.queue')}
            </label>
            <input
              id={ids.queue}
              className="input"
              data-testid="call-queue"
              maxLength={200}
              value={draft.queue}
              onChange={(e) => onDraft({ ...draft, queue: e.target.value })}
            />
          </div>
          <div className="field span-2">
            <label className="field__label" htmlFor={ids.notes}>
              {t('phone.notes')}
            </label>
            <textarea
              id={ids.notes}
              className="textarea"
              data-testid="call-notes"
              rows={3}
              maxLength={4000}
              value={draft.notes}
              onChange={(e) => onDraft({ ...draft, notes: e.target.value })}
            />
          </div>
          <p className="span-2" data-testid="call-ticket">
            {draft.ticket ? t('phone.ticketLinked', { number: draft.ticket.number }) : t('phone.noTicket')}
          </p>
        </div>
        <footer className="form__actions">
          <button type="button" className="btn btn--ghost" data-testid="call-discard" onClick={onClose}>
            {t('phone.discard')}
          </button>
          {!draft.ticket && (
            <button type="button" className="btn" data-testid="call-create-ticket" onClick={onCreateTicket}>
              {t('phone.createTicket')}
            </button>
          )}
          <button
            type="button"
            className="btn btn--primary"
            data-testid="call-save"
            disabled={save.pending}
            onClick={() => void onSave()}
          >
            {save.pending ? t('phone.saving') : t('phone.save')}
          </button>
        </footer>
        <RecentCalls />
      </div>
    </Modal>
  );
}
