import { describe, expect, it } from 'vitest';
import { importHolidaysFromIcs } from './index';

const ics = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mesa//Test//ES', ...events, 'END:VCALENDAR', ''].join('\r\n');

const allDay = (uid: string, date: string, summary: string, extra: string[] = []) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${date}`,
    `SUMMARY:${summary}`,
    ...extra,
    'END:VEVENT',
  ].join('\r\n');

function holidaysOf(text: string, options = {}) {
  const result = importHolidaysFromIcs(text, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('importHolidaysFromIcs', () => {
  it('imports single all-day events sorted by date', () => {
    const result = holidaysOf(
      ics(
        allDay('a', '20261225', 'Navidad'),
        allDay('b', '20260728', 'Fiestas Patrias', ['DTEND;VALUE=DATE:20260729']),
      ),
    );
    expect(result.holidays).toEqual([
      { date: '2026-07-28', name: 'Fiestas Patrias' },
      { date: '2026-12-25', name: 'Navidad' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('expands a multi-day event (DTEND is exclusive)', () => {
    const result = holidaysOf(ics(allDay('a', '20261224', 'Fiestas', ['DTEND;VALUE=DATE:20261227'])));
    expect(result.holidays.map((h) => h.date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']);
  });

  it('expands yearly RRULEs over the requested years, honouring EXDATE', () => {
    const text = ics(
      allDay('xmas', '20200101', 'Año Nuevo', ['RRULE:FREQ=YEARLY', 'EXDATE;VALUE=DATE:20270101']),
    );
    const result = holidaysOf(text, { years: { from: 2026, to: 2028 } });
    expect(result.holidays).toEqual([
      { date: '2026-01-01', name: 'Año Nuevo' },
      { date: '2028-01-01', name: 'Año Nuevo' },
    ]);
  });

  it('expands rule-based dates such as the 4th Thursday of November', () => {
    const text = ics(allDay('tg', '20201126', 'Thanksgiving', ['RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH']));
    expect(holidaysOf(text, { years: { from: 2026, to: 2027 } }).holidays.map((h) => h.date)).toEqual([
      '2026-11-26',
      '2027-11-25',
    ]);
  });

  it('applies RECURRENCE-ID overrides to the occurrence they replace', () => {
    const text = ics(
      allDay('m', '20240501', 'Día del Trabajo', ['RRULE:FREQ=YEARLY']),
      allDay('m', '20260504', 'Día del Trabajo (trasladado)', ['RECURRENCE-ID;VALUE=DATE:20260501']),
    );
    expect(holidaysOf(text, { years: { from: 2026, to: 2027 } }).holidays).toEqual([
      { date: '2026-05-04', name: 'Día del Trabajo (trasladado)' },
      { date: '2027-05-01', name: 'Día del Trabajo' },
    ]);
  });

  it('without a year range keeps only the first occurrence and warns', () => {
    const result = holidaysOf(ics(allDay('x', '20261225', 'Navidad', ['RRULE:FREQ=YEARLY'])));
    expect(result.holidays).toEqual([{ date: '2026-12-25', name: 'Navidad' }]);
    expect(result.warnings).toEqual([{ code: 'ics.recurrence_not_expanded', params: { name: 'Navidad' } }]);
  });

  it('skips timed and cancelled events', () => {
    const timed = [
      'BEGIN:VEVENT',
      'UID:t',
      'DTSTAMP:20260101T000000Z',
      'DTSTART:20260310T090000Z',
      'DTEND:20260310T100000Z',
      'SUMMARY:Reunión',
      'END:VEVENT',
    ].join('\r\n');
    const result = holidaysOf(
      ics(
        timed,
        allDay('c', '20260311', 'Cancelado', ['STATUS:CANCELLED']),
        allDay('k', '20260312', 'Feriado'),
      ),
    );
    expect(result.holidays).toEqual([{ date: '2026-03-12', name: 'Feriado' }]);
    expect(result.warnings).toEqual([{ code: 'ics.not_all_day', params: { name: 'Reunión' } }]);
  });

  it('keeps one holiday per date (the first name seen)', () => {
    const result = holidaysOf(
      ics(allDay('a', '20261208', 'Inmaculada'), allDay('b', '20261208', 'Otro nombre')),
    );
    expect(result.holidays).toEqual([{ date: '2026-12-08', name: 'Inmaculada' }]);
  });

  it('accepts LF line endings and a byte-order mark', () => {
    const text = '\uFEFF' + ics(allDay('a', '20261225', 'Navidad')).replace(/\r\n/g, '\n');
    expect(holidaysOf(text).holidays).toHaveLength(1);
  });

  it.each([
    ['plain text', 'Holidays: 25 December'],
    ['JSON', '{"holidays":["2026-12-25"]}'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\nEND:VCARD\r\n'],
    [
      'a truncated calendar',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n',
    ],
    ['an empty string', ''],
  ])('refuses %s with ics.not_icalendar', (_name, text) => {
    expect(importHolidaysFromIcs(text)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'ics.not_icalendar', params: {} }],
    });
  });

  it('refuses text over the size bound', () => {
    const text = ics(allDay('a', '20261225', 'Navidad'));
    expect(importHolidaysFromIcs(text, { maxBytes: 100 })).toEqual({
      ok: false,
      errors: [{ path: '', code: 'ics.too_large', params: { maxBytes: 100 } }],
    });
    // Multi-byte characters count as UTF-8 bytes: 40 × "ñ" is 80 bytes.
    const accented = ics(allDay('a', '20261225', 'ñ'.repeat(40)));
    expect(importHolidaysFromIcs(accented, { maxBytes: accented.length + 39 }).ok).toBe(false);
    expect(importHolidaysFromIcs(accented, { maxBytes: accented.length + 40 }).ok).toBe(true);
  });

  it('refuses more events than the bound, counted in the file and after expansion', () => {
    const three = ics(
      allDay('a', '20260101', 'A'),
      allDay('b', '20260102', 'B'),
      allDay('c', '20260103', 'C'),
    );
    expect(importHolidaysFromIcs(three, { maxEvents: 2 })).toEqual({
      ok: false,
      errors: [{ path: '', code: 'ics.too_many_events', params: { maxEvents: 2, count: 3 } }],
    });
    const daily = ics(allDay('d', '20260101', 'Daily', ['RRULE:FREQ=DAILY']));
    const result = importHolidaysFromIcs(daily, { maxEvents: 100, years: { from: 2026, to: 2026 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('ics.too_many_events');
  });

  it('refuses a bad year range', () => {
    const result = importHolidaysFromIcs(ics(), { years: { from: 2030, to: 2026 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('ics.bad_year_range');
  });

  it('accepts a calendar with no events', () => {
    expect(importHolidaysFromIcs(ics())).toEqual({ ok: true, holidays: [], warnings: [] });
  });
});
