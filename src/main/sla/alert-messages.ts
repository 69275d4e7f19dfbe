/** Texts of the SLA desktop notifications, in the workstation's language. */
import type { SlaAlertLevel, SlaTargetKind } from '../../shared/domain/ticket-event';

export type AlertLanguage = 'es' | 'en';

const TARGET_NAMES: Record<AlertLanguage, Record<SlaTargetKind, string>> = {
  es: { first_response: 'primera respuesta', next_update: 'siguiente actualización', resolution: 'resolución' },
  en: { first_response: 'first response', next_update: 'next update', resolution: 'resolution' },
};

const TITLES: Record<AlertLanguage, Record<SlaAlertLevel, string>> = {
  es: { warning: 'SLA en riesgo', critical: 'SLA a punto de vencer', breach: 'SLA incumplido' },
  en: { warning: 'SLA at risk', critical: 'SLA about to breach', breach: 'SLA breached' },
};

export interface AlertText {
  level: SlaAlertLevel;
  target: SlaTargetKind;
  displayNumber: string;
  title: string;
  priority: string;
  dueAt: string | null;
  repeat: number;
}

// The workstation's own time zone: the agent reads the notification where they sit.
function time(language: AlertLanguage, iso: string | null): string {
  if (iso === null) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

export function alertTitle(language: AlertLanguage, text: AlertText): string {
  const repeat = text.repeat > 0 ? (language === 'es' ? ' (recordatorio)' : ' (reminder)') : '';
  return `${TITLES[language][text.level]}: ${text.displayNumber} ${text.priority}${repeat}`;
}

export function alertBody(language: AlertLanguage, text: AlertText): string {
  const target = TARGET_NAMES[language][text.target];
  if (language === 'es') {
    const verb = text.level === 'breach' ? 'venció' : 'vence';
    return `${text.title} — ${target}: ${verb} ${time(language, text.dueAt)}`;
  }
  const verb = text.level === 'breach' ? 'was due' : 'due';
  return `${text.title} — ${target}: ${verb} ${time(language, text.dueAt)}`;
}
