import type { Language } from '../../../shared/domain/localized-text';
import { formatKpiValue } from '../../../shared/reports/format-kpi';
import type { KpiValue } from '../../../shared/kpi/index';

export const lang = (language: string): Language => (language === 'en' ? 'en' : 'es');

export function kpiText(value: KpiValue | undefined, language: string): string {
  return value ? formatKpiValue(value.value, value.unit, lang(language)) : '—';
}

/** "1 h 20 min" / "-15 min" style spans for due times. */
export function span(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const text = minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
  return ms < 0 ? `-${text}` : text;
}
