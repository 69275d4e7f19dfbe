import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAIL_INLINE_IMAGE_TYPES,
  type MailAttachmentSummary,
  type MailMessageSummary,
} from '../../../../shared/api/mail-contract';
import { useApi } from '../../hooks/use-api';
import { translateError } from '../../i18n/translate-error';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store/use-app-store';
import { toUiError, type UiError } from '../../store/ui-error';
import { MailHtmlFrame } from './MailHtmlFrame';
import { fill, useMailTexts } from './mail-texts';

const isInlineImage = (type: string) => (MAIL_INLINE_IMAGE_TYPES as readonly string[]).includes(type);

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** One attachment: always "Save" (a Blob download); raster images may also be shown as <img data:>. */
function AttachmentRow({ attachment }: { attachment: MailAttachmentSummary }) {
  const { t } = useTranslation();
  const x = useMailTexts();
  const api = useApi();
  const [image, setImage] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const label = fill(x.attachmentItem, {
    name: attachment.name,
    size: Math.max(1, Math.round(attachment.size / 1024)),
    type: attachment.type,
  });

  const fetchFile = () => api.invoke('mail.attachment', { attachmentId: attachment.id });
  const save = async () => {
    setError(null);
    try {
      const file = await fetchFile();
      // Downloaded as opaque bytes: never opened or rendered by the app.
      const url = URL.createObjectURL(new Blob([base64Bytes(file.base64)], { type: 'application/octet-stream' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(toUiError(e));
    }
  };
  const show = async () => {
    setError(null);
    try {
      const file = await fetchFile();
      // Only the server-confirmed type counts: SVG/HTML come back as application/octet-stream.
      if (isInlineImage(file.type)) setImage(`data:${file.type};base64,${file.base64}`);
    } catch (e) {
      setError(toUiError(e));
    }
  };

  return (
    <li data-testid="mail-attachment">
      <span>{label}</span>{' '}
      {attachment.refused ? (
        <span className="muted">{x.refused}</span>
      ) : (
        <>
          <button type="button" onClick={() => void save()}>
            {x.save}
          </button>
          {isInlineImage(attachment.type) && !image && (
            <button type="button" onClick={() => void show()}>
              {x.show}
            </button>
          )}
        </>
      )}
      {image && <img className="mail__image" src={image} alt={fill(x.imageAlt, { name: attachment.name })} />}
      {error && <p role="alert">{translateError(t, error)}</p>}
    </li>
  );
}

/** The opened message: sanitized HTML in the sandboxed frame, or its plain text. */
function OpenMessage({ message }: { message: MailMessageSummary }) {
  const { t } = useTranslation();
  const x = useMailTexts();
  const api = useApi();
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);

  useEffect(() => {
    if (!message.hasHtml) return;
    let cancelled = false;
    api.invoke('mail.html', { messageId: message.id }).then(
      (found) => !cancelled && setHtml(found),
      (e: unknown) => !cancelled && setError(toUiError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, message.id, message.hasHtml]);

  const plain = <pre className="mail__text">{message.text || x.noText}</pre>;
  return (
    <div className="mail__open" data-testid="mail-open">
      {message.to.length > 0 && <p className="muted">{fill(x.to, { to: message.to.join(', ') })}</p>}
      {message.hasHtml && html !== null && !error ? (
        <MailHtmlFrame html={html} title={x.frameTitle} />
      ) : message.hasHtml && !error ? (
        <p className="muted">{x.loadingHtml}</p>
      ) : (
        <>
          {error && (
            <p role="alert">
              {translateError(t, error)} {x.plainFallback}
            </p>
          )}
          {plain}
        </>
      )}
      {message.attachments.length > 0 && (
        <>
          <h4>{x.attachments}</h4>
          <ul className="plain-list">
            {message.attachments.map((a) => (
              <AttachmentRow key={a.id} attachment={a} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The email channel on the ticket: its mail messages, read from the central server through main. */
export function MailMessages({ ticketId }: { ticketId: string }) {
  // Keyed by ticket: another ticket starts from a clean list (nothing open, nothing stale).
  return <MailList key={ticketId} ticketId={ticketId} />;
}

function MailList({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const x = useMailTexts();
  const api = useApi();
  const language = useAppStore((s) => s.session.language);
  const [messages, setMessages] = useState<MailMessageSummary[] | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api.invoke('mail.forTicket', { ticketId }).then(
      (found) => !cancelled && setMessages(found),
      (e: unknown) => !cancelled && setError(toUiError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, ticketId]);

  return (
    <section className="detail__section" aria-labelledby="mail-title" data-testid="mail-messages">
      <h3 id="mail-title" className="detail__section-title">
        {x.title}
      </h3>
      {error && <p role="alert">{translateError(t, error)}</p>}
      {!error && messages === null && <p className="muted">{x.loading}</p>}
      {messages?.length === 0 && <p className="muted">{x.empty}</p>}
      <ul className="plain-list">
        {(messages ?? []).map((m) => (
          <li key={m.id} data-testid="mail-message">
            <strong>{m.subject}</strong>{' '}
            <span className="muted">
              {fill(x.item, {
                direction: x.direction[m.direction],
                date: formatDateTime(m.date, language),
                from: m.from,
              })}
            </span>{' '}
            <button type="button" aria-expanded={openId === m.id} onClick={() => setOpenId(openId === m.id ? null : m.id)}>
              {openId === m.id ? x.close : x.open}
            </button>
            {openId === m.id && <OpenMessage message={m} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
