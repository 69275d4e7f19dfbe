import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket';
import { allowedTransitions } from '../../../shared/domain/lifecycle';
import type { TicketStatus } from '../../../shared/domain/ticket-enums';
import { useAction } from '../hooks/use-action';
import { translateError } from '../i18n/translate-error';
import { useAppStore } from '../store/use-app-store';

/** Statuses that need a written reason (waiting on someone, or cancelling). */
const NEEDS_REASON: readonly TicketStatus[] = ['pending_requester', 'pending_third_party', 'cancelled'];

/**
 * Change status: only what the state machine allows (closing is the requester's, so not offered).
 * The parent keys it by ticket and status, so a change resets the choice.
 */
export function StatusControl({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const menuTick = useAppStore((s) => s.ui.statusMenuTick);
  const changeStatus = useAppStore((s) => s.changeStatus);
  const action = useAction();
  const [to, setTo] = useState<TicketStatus | ''>('');
  const [reason, setReason] = useState('');
  const options = allowedTransitions(ticket.status).filter((s) => s !== 'closed');

  useEffect(() => {
    const select = selectRef.current;
    if (menuTick === 0 || !select) return;
    select.focus();
    try {
      select.showPicker();
    } catch {
      /* showPicker needs a user gesture; focus alone is fine */
    }
  }, [menuTick]);

  if (options.length === 0) return <p className="muted action">{t('detail.noTransitions')}</p>;
  const needsReason = to !== '' && NEEDS_REASON.includes(to);

  return (
    <form
      className="action action--status"
      onSubmit={(e) => {
        e.preventDefault();
        if (to === '') return;
        void action.run(() => changeStatus(to, reason.trim() || null));
      }}
    >
      <label htmlFor={id} className="action__label">
        {t('detail.changeStatus')}
      </label>
      <div className="action__row">
        <select
          id={id}
          ref={selectRef}
          className="select"
          data-testid="status-select"
          aria-keyshortcuts="S"
          value={to}
          onChange={(e) => setTo(options.find((s) => s === e.target.value) ?? '')}
        >
          <option value="">{t('detail.chooseStatus')}</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="btn btn--primary"
          data-testid="status-apply"
          disabled={to === '' || action.pending}
        >
          {t('common.apply')}
        </button>
      </div>
      {needsReason && (
        <label className="action__reason">
          <span className="action__label">{t('detail.reason')}</span>
          <input
            className="input"
            data-testid="status-reason"
            placeholder={t('detail.reasonPlaceholder')}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      )}
      {action.error && (
        <p className="action__error" role="alert" data-testid="status-error">
          {translateError(t, action.error)}
        </p>
      )}
    </form>
  );
}
