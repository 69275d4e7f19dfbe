import type { Language } from '../../../shared/domain/localized-text';
import type { NotificationKind } from './notification-rules';

/** What a template may say. Links are present only for the kinds that carry them. */
export interface TemplateParams {
  number: string;
  title: string;
  requesterName: string;
  deskName: string;
  /** The agent's public reply (agent_reply) or the reason given (waiting). */
  message: string | null;
  confirmUrl: string | null;
  rejectUrl: string | null;
  /** One link per score, 1 … 5: the survey is one click from the mail. */
  surveyUrls: string[] | null;
}

interface Wording {
  subject: string;
  greeting: string;
  lines: string[];
  confirm?: string;
  reject?: string;
  survey?: string;
  signOff: string;
}

type Catalog = Record<NotificationKind, (p: TemplateParams) => Wording>;

const ES: Catalog = {
  created: (p) => ({
    subject: `Recibimos su solicitud: ${p.title}`,
    greeting: `Hola ${p.requesterName}:`,
    lines: [
      `Registramos su solicitud con el número ${p.number}.`,
      'Responda a este correo para agregar información.',
    ],
    signOff: p.deskName,
  }),
  assigned: (p) => ({
    subject: `Su solicitud está siendo atendida: ${p.title}`,
    greeting: `Hola ${p.requesterName}:`,
    lines: [`Un especialista ya está trabajando en su solicitud ${p.number}.`],
    signOff: p.deskName,
  }),
  agent_reply: (p) => ({
    subject: `Nueva respuesta: ${p.title}`,
    greeting: `Hola ${p.requesterName}:`,
    lines: [p.message ?? '', '', 'Puede responder a este correo.'],
    signOff: p.deskName,
  }),
  waiting: (p) => ({
    subject: `Necesitamos su respuesta: ${p.title}`,
    greeting: `Hola ${p.requesterName}:`,
    lines: [
      `Para continuar con la solicitud ${p.number} necesitamos información de su parte.`,
      p.message ?? '',
    ],
    signOff: p.deskName,
  }),
  resolved: (p) => ({
    subject: `Su solicitud fue resuelta: ${p.title}`,
    greeting: `Hola ${p.requesterName}:`,
    lines: [`Dimos por resuelta la solicitud ${p.number}. ¿Quedó solucionado?`],
    confirm: 'Sí, confirmar y cerrar',
    reject: 'No, sigue el problema',
    signOff: p.deskName,
  }),
  closed: (p) => ({
    subject: `Solicitud cerrada: ${p.title}`,
    greeting: `Hola ${p.requesterName}:`,
    lines: [
      `La solicitud ${p.number} quedó cerrada. ¿Cómo valora la atención recibida? (1 = muy mala, 5 = excelente)`,
    ],
    survey: 'Valorar la atención',
    signOff: p.deskName,
  }),
};

const EN: Catalog = {
  created: (p) => ({
    subject: `We received your request: ${p.title}`,
    greeting: `Hello ${p.requesterName},`,
    lines: [`Your request is registered as ${p.number}.`, 'Reply to this email to add information.'],
    signOff: p.deskName,
  }),
  assigned: (p) => ({
    subject: `Your request is being handled: ${p.title}`,
    greeting: `Hello ${p.requesterName},`,
    lines: [`A specialist is now working on your request ${p.number}.`],
    signOff: p.deskName,
  }),
  agent_reply: (p) => ({
    subject: `New reply: ${p.title}`,
    greeting: `Hello ${p.requesterName},`,
    lines: [p.message ?? '', '', 'You can reply to this email.'],
    signOff: p.deskName,
  }),
  waiting: (p) => ({
    subject: `We need your answer: ${p.title}`,
    greeting: `Hello ${p.requesterName},`,
    lines: [`To go on with request ${p.number} we need information from you.`, p.message ?? ''],
    signOff: p.deskName,
  }),
  resolved: (p) => ({
    subject: `Your request was resolved: ${p.title}`,
    greeting: `Hello ${p.requesterName},`,
    lines: [`We consider request ${p.number} resolved. Is the problem solved?`],
    confirm: 'Yes, confirm and close',
    reject: 'No, the problem persists',
    signOff: p.deskName,
  }),
  closed: (p) => ({
    subject: `Request closed: ${p.title}`,
    greeting: `Hello ${p.requesterName},`,
    lines: [`Request ${p.number} is closed. How do you rate the service? (1 = very poor, 5 = excellent)`],
    survey: 'Rate the service',
    signOff: p.deskName,
  }),
};

export const TEMPLATES: Record<Language, Catalog> = { es: ES, en: EN };

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function links(w: Wording, p: TemplateParams): Array<{ label: string; url: string }> {
  const list: Array<{ label: string; url: string }> = [];
  if (w.confirm && p.confirmUrl) list.push({ label: w.confirm, url: p.confirmUrl });
  if (w.reject && p.rejectUrl) list.push({ label: w.reject, url: p.rejectUrl });
  if (w.survey && p.surveyUrls)
    p.surveyUrls.forEach((url, i) => list.push({ label: `${w.survey} ${i + 1}/5`, url }));
  return list;
}

/** Plain text (always) and a minimal HTML alternative; the subject is the caller's to tag. */
export function renderNotification(
  kind: NotificationKind,
  language: Language,
  params: TemplateParams,
): RenderedMail {
  const wording = TEMPLATES[language][kind](params);
  const actionLinks = links(wording, params);
  const text = [
    wording.greeting,
    '',
    ...wording.lines,
    ...(actionLinks.length ? ['', ...actionLinks.map((l) => `${l.label}: ${l.url}`)] : []),
    '',
    '--',
    wording.signOff,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(wording.greeting)}</p>`,
    ...wording.lines.filter(Boolean).map((l) => `<p>${escapeHtml(l).replace(/\n/g, '<br>')}</p>`),
    ...actionLinks.map((l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></p>`),
    `<p>—<br>${escapeHtml(wording.signOff)}</p>`,
  ].join('\n');
  return { subject: wording.subject, text, html };
}
