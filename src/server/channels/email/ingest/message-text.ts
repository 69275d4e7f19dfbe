import type { Attachment } from 'mailparser';
import type { Language } from '../../../../shared/domain/localized-text';
import { COMMENT_MAX } from '../../../../shared/sync/mutators/ticket-comment';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../../../shared/sync/mutators/ticket-create';
import { titleFromSubject } from '../parse/subject-tag';

const NO_SUBJECT: Record<Language, string> = { es: '(sin asunto)', en: '(no subject)' };
const EMPTY_BODY: Record<Language, string> = { es: '(mensaje sin texto)', en: '(message without text)' };

function attachmentLines(attachments: readonly Attachment[]): string {
  const names = attachments
    .filter((a) => !a.related)
    .map((a) => `📎 ${a.filename ?? a.contentType}`)
    .slice(0, 50);
  return names.length > 0 ? `\n\n${names.join('\n')}` : '';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function ticketTitle(subject: string, text: string, language: Language): string {
  const fromSubject = titleFromSubject(subject);
  const firstLine =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return clip(fromSubject || clip(firstLine, 80) || NO_SUBJECT[language], TITLE_MAX);
}

/** A ticket description or comment: the text, the attachment names, never empty. */
export function ticketBody(
  text: string,
  attachments: readonly Attachment[],
  language: Language,
  kind: 'description' | 'comment',
): string {
  const body = `${text.trim()}${attachmentLines(attachments)}`.trim() || EMPTY_BODY[language];
  return clip(body, kind === 'comment' ? COMMENT_MAX : DESCRIPTION_MAX);
}

export function languageOf(contentLanguage: string | undefined, fallback: Language): Language {
  const code = contentLanguage?.trim().slice(0, 2).toLowerCase();
  return code === 'es' || code === 'en' ? code : fallback;
}
