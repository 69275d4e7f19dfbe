import { describe, expect, it } from 'vitest';
import {
  CALENDAR_ERROR_CODES,
  formatSlaMessage,
  ICS_ERROR_CODES,
  ICS_WARNING_CODES,
  POLICY_ERROR_CODES,
  POLICY_REASON_CODES,
  SLA_ERROR_CODES,
  SLA_MESSAGES,
} from './index';

const allCodes = [
  ...CALENDAR_ERROR_CODES,
  ...SLA_ERROR_CODES,
  ...ICS_ERROR_CODES,
  ...ICS_WARNING_CODES,
  ...POLICY_ERROR_CODES,
  ...POLICY_REASON_CODES,
];

describe('messages', () => {
  it.each(allCodes)('%s has Spanish and English text', (code) => {
    expect(SLA_MESSAGES.es[code]).toBeTruthy();
    expect(SLA_MESSAGES.en[code]).toBeTruthy();
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(SLA_MESSAGES.en) as Array<keyof typeof SLA_MESSAGES.en>) {
      expect(placeholders(SLA_MESSAGES.es[code]), code).toEqual(placeholders(SLA_MESSAGES.en[code]));
    }
  });

  it('interpolates params and leaves unknown ones visible', () => {
    expect(formatSlaMessage('en', 'calendar.bad_time', { value: '25:00' })).toBe(
      'Invalid time "25:00": use HH:MM (00:00–23:59; 24:00 only as a closing time).',
    );
    expect(formatSlaMessage('es', 'calendar.interval_overlap', { otherPosition: 2 })).toBe(
      'Este intervalo se solapa con el intervalo n.º 2 del mismo día.',
    );
    expect(formatSlaMessage('en', 'calendar.bad_date')).toContain('{{value}}');
    expect(formatSlaMessage('en', 'something.unknown')).toBe('something.unknown');
  });
});
