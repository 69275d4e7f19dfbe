import { useEffect, useRef, useState } from 'react';
import { CHAT_MESSAGE_MAX } from '../../../shared/chat/chat-protocol';
import { formatDateTime, useI18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useChatConnection } from './use-chat-connection';

/**
 * The chat: in the portal (signed-in requesters are identified by their session) or framed by the
 * widget on an intranet page (`?embed=1`: the visitor gives name and email).
 */
export function ChatPage({ embedded }: { embedded: boolean }) {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const me = session.status === 'signed-in' ? session.me : null;
  const chat = useChatConnection(embedded ? 'widget' : 'portal');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [text, setText] = useState('');
  const log = useRef<HTMLOListElement>(null);
  const { state } = chat;

  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [state.messages.length]);

  const started = state.phase !== 'idle';
  const statusText =
    state.status === 'ended'
      ? state.ticketNumber
        ? t('portal.chat.endedTicket', { number: state.ticketNumber })
        : t('portal.chat.ended')
      : state.phase === 'disconnected'
        ? t('portal.chat.disconnected')
        : state.status === 'active'
          ? t('portal.chat.active', { name: state.agentName ?? '' })
          : state.phase === 'connecting'
            ? t('portal.chat.connecting')
            : t('portal.chat.waiting');

  return (
    <section className={embedded ? 'chat chat--embedded' : 'chat card narrow'} aria-labelledby="chat-heading" data-testid="chat">
      <div className="chat__head">
        <h1 id="chat-heading" className={embedded ? 'h3' : undefined}>{t('portal.chat.heading')}</h1>
        {embedded && <LanguageSwitch />}
      </div>
      {!started && (
        <form
          className="form"
          data-testid="chat-start-form"
          onSubmit={(e) => {
            e.preventDefault();
            chat.start(me?.name ?? name, me?.email ?? email, language);
          }}
        >
          <p className="muted">{t('portal.chat.intro')}</p>
          {!me && (
            <>
              <div className="field">
                <label htmlFor="chat-name">{t('portal.chat.name')}</label>
                <input id="chat-name" data-testid="chat-name" required maxLength={100} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="chat-email">{t('portal.chat.email')}</label>
                <input id="chat-email" data-testid="chat-email" type="email" required autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
              </div>
            </>
          )}
          <button type="submit" className="btn btn--primary" data-testid="chat-start">{t('portal.chat.start')}</button>
        </form>
      )}
      {started && (
        <>
          <p className="chat__status" role="status" data-testid="chat-status" data-status={state.status ?? state.phase}>
            {statusText}
          </p>
          <ol className="chat__log" ref={log} aria-label={t('portal.chat.transcript')} aria-live="polite" data-testid="chat-log">
            {state.messages.map((m) => (
              <li key={m.id} className={`bubble bubble--${m.author === 'visitor' ? 'you' : 'desk'}`} data-testid="chat-line" data-author={m.author}>
                <p className="bubble__meta">
                  <strong>{m.author === 'visitor' ? t('portal.chat.you') : (m.agentName ?? t('portal.chat.system'))}</strong>
                  <time dateTime={m.at}> · {formatDateTime(language, m.at)}</time>
                </p>
                <p className="bubble__body">{m.body}</p>
              </li>
            ))}
          </ol>
          {state.error && <p className="notice notice--error" role="alert">{t(`errors.${state.error}`)}</p>}
          {state.status !== 'ended' ? (
            <form
              className="chat__compose"
              onSubmit={(e) => {
                e.preventDefault();
                if (text.trim() === '') return;
                chat.say(text.trim());
                setText('');
              }}
            >
              <label htmlFor="chat-text" className="visually-hidden">{t('portal.chat.messageLabel')}</label>
              <input id="chat-text" data-testid="chat-text" maxLength={CHAT_MESSAGE_MAX} autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} disabled={state.phase !== 'open'} />
              <button type="submit" className="btn btn--primary" data-testid="chat-send" disabled={state.phase !== 'open'}>{t('portal.chat.send')}</button>
              <button type="button" className="btn btn--quiet" data-testid="chat-end" onClick={chat.end} disabled={state.phase !== 'open'}>{t('portal.chat.end')}</button>
            </form>
          ) : (
            <button type="button" className="btn btn--secondary" data-testid="chat-new" onClick={chat.reset}>{t('portal.chat.newChat')}</button>
          )}
        </>
      )}
    </section>
  );
}
