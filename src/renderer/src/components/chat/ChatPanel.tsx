import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatView } from '../../../../shared/chat/chat-protocol';
import { useAction } from '../../hooks/use-action';
import { translateError } from '../../i18n/translate-error';
import { chatApi } from './use-chats';

function formatTime(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso));
}

/** The incoming chats: pick one, take it, answer, turn it into a ticket, end it. */
export function ChatPanel({ chats, onClose }: { chats: ChatView[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const action = useAction();
  const selected = chats.find((c) => c.id === selectedId) ?? chats.find((c) => c.status !== 'ended') ?? null;
  const api = chatApi();
  const run = (work: () => Promise<unknown>) => action.run(async () => void (await work()));

  return (
    <aside className="chat-panel" role="dialog" aria-label={t('chatDesk.panelTitle')} data-testid="chat-panel">
      <header className="chat-panel__head">
        <h2>{t('chatDesk.panelTitle')}</h2>
        <button type="button" className="btn btn--ghost btn--icon" aria-label={t('chatDesk.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {chats.length === 0 && <p className="muted chat-panel__empty">{t('chatDesk.empty')}</p>}
      <ul className="chat-panel__list">
        {chats.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={c.id === selected?.id ? 'chat-item is-selected' : 'chat-item'}
              data-testid="chat-item"
              data-status={c.status}
              onClick={() => setSelectedId(c.id)}
            >
              <span className="chat-item__name">{c.visitorName}</span>
              <span className={`chat-item__status chat-item__status--${c.status}`}>{t(`chatDesk.status.${c.status}`)}</span>
              <span className="muted small">
                {c.waitSeconds !== null
                  ? t('chatDesk.answeredIn', { seconds: c.waitSeconds })
                  : t('chatDesk.waitingFor', { time: formatTime(i18n.language, c.createdAt) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {selected && api && (
        <section className="chat-thread" data-testid="chat-thread" data-chat-id={selected.id}>
          <p className="muted small">
            {selected.visitorEmail} · {t('chatDesk.from', { origin: selected.origin })}
            {selected.agentName && ` · ${t('chatDesk.by', { name: selected.agentName })}`}
            {selected.ticketNumber && (
              <strong data-testid="chat-ticket"> · {t('chatDesk.ticket', { number: selected.ticketNumber })}</strong>
            )}
          </p>
          <ol className="chat-thread__log">
            {selected.messages.map((m) => (
              <li key={m.id} className={`chat-line chat-line--${m.author}`} data-testid="desk-chat-line" data-author={m.author}>
                <span className="chat-line__who">{m.author === 'visitor' ? selected.visitorName : (m.agentName ?? '')}</span>
                <span className="chat-line__body">{m.body}</span>
              </li>
            ))}
          </ol>
          {action.error && (
            <p className="chat-thread__error" role="alert">
              {translateError(t, action.error)}
            </p>
          )}
          <div className="chat-thread__actions">
            {selected.status === 'waiting' && (
              <button type="button" className="btn btn--primary" data-testid="chat-accept" onClick={() => void run(() => api.invoke('chat.accept', { chatId: selected.id }))}>
                {t('chatDesk.accept')}
              </button>
            )}
            {!selected.ticketId && (
              <button type="button" className="btn" data-testid="chat-convert" onClick={() => void run(() => api.invoke('chat.convert', { chatId: selected.id }))}>
                {t('chatDesk.convert')}
              </button>
            )}
            {selected.status !== 'ended' && (
              <button type="button" className="btn btn--ghost" data-testid="chat-end" onClick={() => void run(() => api.invoke('chat.end', { chatId: selected.id }))}>
                {t('chatDesk.end')}
              </button>
            )}
          </div>
          {selected.status === 'active' && (
            <form
              className="chat-thread__compose"
              onSubmit={(e) => {
                e.preventDefault();
                const body = text.trim();
                if (!body) return;
                void run(() => api.invoke('chat.send', { chatId: selected.id, text: body })).then((ok) => ok && setText(''));
              }}
            >
              <label htmlFor="chat-reply" className="visually-hidden">{t('chatDesk.reply')}</label>
              <input id="chat-reply" data-testid="chat-reply" value={text} maxLength={1000} onChange={(e) => setText(e.target.value)} placeholder={t('chatDesk.reply')} />
              <button type="submit" className="btn btn--primary" data-testid="chat-reply-send">{t('chatDesk.send')}</button>
            </form>
          )}
        </section>
      )}
    </aside>
  );
}
