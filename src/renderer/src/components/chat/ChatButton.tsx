import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatPanel } from './ChatPanel';
import { useChats } from './use-chats';
import './chat.css';

/** Header entry to the incoming chats: shows how many wait, opens the panel. */
export function ChatButton() {
  const { t } = useTranslation();
  const chats = useChats();
  const [open, setOpen] = useState(false);
  const waiting = chats.filter((c) => c.status === 'waiting').length;
  return (
    <>
      <button
        type="button"
        className={waiting > 0 ? 'btn btn--ghost chat-button chat-button--waiting' : 'btn btn--ghost chat-button'}
        data-testid="chat-button"
        data-waiting={waiting}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {waiting > 0 ? t('chatDesk.buttonWaiting', { count: waiting }) : t('chatDesk.button')}
      </button>
      {open && <ChatPanel chats={chats} onClose={() => setOpen(false)} />}
    </>
  );
}
