/** How a KPI value reads in the reports and the dashboard: locale digits, the unit's suffix, "—" for no data. */
import type { Language } from '../domain/localized-text';
import type { KpiUnit } from '../kpi/index';
import { reportTexts } from './report-texts';

export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(language === 'es' ? 'es-PE' : 'en-US', { maximumFractionDigits: digits }).format(value);
}

export function formatKpiValue(value: number | null, unit: KpiUnit, language: Language): string {
  if (value === null) return '—';
  const suffix = reportTexts(language).unit[unit];
  const digits = unit === 'count' ? 0 : 1;
  const text = formatNumber(value, language, unit === 'count' && !Number.isInteger(value) ? 2 : digits);
  return suffix === '' ? text : unit === 'percent' || unit === 'score' ? `${text}${suffix === '%' ? ' %' : suffix}` : `${text} ${suffix}`;
}

export function formatDelta(delta: number | null, unit: KpiUnit, language: Language): string {
  if (delta === null) return '—';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const body = formatKpiValue(Math.abs(delta), unit, language);
  return `${sign}${unit === 'percent' ? body.replace(' %', ' pp') : body}`;
}
