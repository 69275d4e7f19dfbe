import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/domain/ids';
import type { Requester } from '../../../../shared/domain/people';
import { provisionalNumberFor } from '../../../../shared/sync/mutators/ticket-helpers';
import { NewTicketDialog } from '../NewTicketDialog';
import { startCall, type CallSession } from './call-session';
import { PhoneCallDialog, type CallDraft } from './PhoneCallDialog';

interface OpenCall {
  session: CallSession;
  draft: CallDraft;
  /** The ticket form is open on top of the call (the call keeps timing). */
  creatingTicket: boolean;
}

/**
 * Header entry to "Log a call": a dialog that times the call, and the New ticket form prefilled
 * with channel phone and the caller; saving records `call.log` on the ticket with the times.
 */
export function LogCallButton() {
  const { t } = useTranslation();
  const [call, setCall] = useState<OpenCall | null>(null);

  const open = (): void =>
    setCall({
      session: startCall(newId(), Date.now()),
      draft: { requester: null, queue: '', notes: '', ticket: null },
      creatingTicket: false,
    });
  const patch = (next: Partial<OpenCall>): void => setCall((c) => (c ? { ...c, ...next } : c));
  const onRequester = (requester: Requester | null): void =>
    setCall((c) => (c ? { ...c, draft: { ...c.draft, requester } } : c));

  return (
    <>
      <button
        type="button"
        className="btn btn--ghost"
        data-testid="log-call-button"
        onClick={open}
        disabled={call !== null}
      >
        {t('phone.logCall')}
      </button>
      {call && !call.creatingTicket && (
        <PhoneCallDialog
          session={call.session}
          draft={call.draft}
          onSession={(session) => patch({ session })}
          onDraft={(draft) => patch({ draft })}
          onCreateTicket={() => patch({ creatingTicket: true })}
          onClose={() => setCall(null)}
        />
      )}
      {call?.creatingTicket && (
        <NewTicketDialog
          initialValues={{ channel: 'phone', description: call.draft.notes }}
          initialRequester={call.draft.requester}
          onRequesterChange={onRequester}
          onClose={() => patch({ creatingTicket: false })}
          onCreated={(ticketId) =>
            setCall((c) =>
              c
                ? {
                    ...c,
                    creatingTicket: false,
                    draft: { ...c.draft, ticket: { id: ticketId, number: provisionalNumberFor(ticketId) } },
                  }
                : c,
            )
          }
        />
      )}
    </>
  );
}
