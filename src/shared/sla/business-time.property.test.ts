/**
 * Property tests (fast-check, fixed seed) for the primitives: round trip, monotonicity, pauses never
 * bringing a due time forward, additivity, and agreement with a naive minute-by-minute luxon oracle on
 * random calendars.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { lima, madrid24x7, madridOffice, santiagoOffice, tokyoOffice } from './business-time.test-fixtures';
import type { BusinessHoursInterval, Calendar, Weekday } from './calendar-schema';
import { WEEKDAYS } from './calendar-schema';
import { addBusinessTime, businessSecondsBetween, formatInstant, parseInstant } from './index';
import type { Pause } from './pauses';

const SEED = 20260302;
const params = { seed: SEED, numRuns: 300 };

const calendars = [lima, madridOffice, madrid24x7, santiagoOffice, tokyoOffice];
// 2026 including both Madrid and Santiago transitions.
const YEAR_START = parseInstant('2026-01-01T00:00:00Z', 't');
const YEAR_END = parseInstant('2027-01-01T00:00:00Z', 't');

const calendarArb = fc.constantFrom(...calendars);
const instantArb = fc.integer({ min: YEAR_START, max: YEAR_END });
const durationArb = fc.integer({ min: 0, max: 30 * 24 * 3600 });
const pausesArb = fc.array(
  fc
    .tuple(instantArb, fc.integer({ min: 0, max: 5 * 24 * 3600 }))
    .map(([from, length]): Pause => ({ from: formatInstant(from), to: formatInstant(from + length) })),
  { maxLength: 4 },
);

describe('business-time properties', () => {
  it('businessSecondsBetween(s, addBusinessTime(s, x)) === x, with and without pauses', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, pausesArb, (calendar, start, seconds, pauses) => {
        const startIso = formatInstant(start);
        const due = addBusinessTime(calendar, startIso, seconds, { pauses });
        expect(businessSecondsBetween(calendar, startIso, due, { pauses })).toBe(seconds);
        const dueNoPause = addBusinessTime(calendar, startIso, seconds);
        expect(businessSecondsBetween(calendar, startIso, dueNoPause)).toBe(seconds);
      }),
      params,
    );
  });

  it('is monotonic in the duration', () => {
    fc.assert(
      fc.property(
        calendarArb,
        instantArb,
        durationArb,
        durationArb,
        pausesArb,
        (calendar, start, a, b, pauses) => {
          const startIso = formatInstant(start);
          const [shorter, longer] = a <= b ? [a, b] : [b, a];
          const early = parseInstant(addBusinessTime(calendar, startIso, shorter, { pauses }), 'early');
          const late = parseInstant(addBusinessTime(calendar, startIso, longer, { pauses }), 'late');
          expect(early).toBeLessThanOrEqual(late);
          if (shorter < longer) expect(early).toBeLessThan(late);
        },
      ),
      params,
    );
  });

  it('pauses never bring the due time forward', () => {
    fc.assert(
      fc.property(calendarArb, instantArb, durationArb, pausesArb, (calendar, start, seconds, pauses) => {
        const startIso = formatInstant(start);
        const plain = parseInstant(addBusinessTime(calendar, startIso, seconds), 'plain');
        const paused = parseInstant(addBusinessTime(calendar, startIso, seconds, { pauses }), 'paused');
        expect(paused).toBeGreaterThanOrEqual(plain);
      }),
      params,
    );
  });

  it('is additive over adjacent ranges and over chained durations', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.array(instantArb, { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 20 * 24 * 3600 }),
        fc.integer({ min: 1, max: 20 * 24 * 3600 }),
        (calendar, instants, x, y) => {
          const [a, b, c] = instants.sort((p, q) => p - q).map(formatInstant) as [string, string, string];
          expect(businessSecondsBetween(calendar, a, b) + businessSecondsBetween(calendar, b, c)).toBe(
            businessSecondsBetween(calendar, a, c),
          );
          const chained = addBusinessTime(calendar, addBusinessTime(calendar, a, x), y);
          expect(chained).toBe(addBusinessTime(calendar, a, x + y));
        },
      ),
      params,
    );
  });
});

// ---- Oracle: minute-by-minute membership test with luxon, on random calendars ---------------------------
// On days without an offset change "business time" is simply the instants whose local wall time lies in
// an interval of that local date, so a naive scan is an independent reference. The window (2026-05-04 to
// 2026-08-23) has no transition in any zone used.

const ORACLE_ZONES = [
  'America/Lima',
  'Europe/Madrid',
  'America/Santiago',
  'Asia/Tokyo',
  'America/Mexico_City',
];
const ORACLE_FROM = parseInstant('2026-05-04T00:00:00Z', 't');
const ORACLE_TO = parseInstant('2026-08-23T00:00:00Z', 't');

const hhmm = (minutes: number) =>
  minutes === 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** 0–3 disjoint intervals on a 15-minute grid. */
const dayHoursArb = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const intervals: BusinessHoursInterval[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2)
    intervals.push([hhmm(sorted[i]! * 15), hhmm(sorted[i + 1]! * 15)]);
  return intervals;
});

const oracleDateArb = fc
  .integer({ min: 0, max: 110 })
  .map((offset) => DateTime.fromSeconds(ORACLE_FROM, { zone: 'UTC' }).plus({ days: offset }).toISODate()!);

const randomCalendarArb = fc.record({
  name: fc.constant('random'),
  timeZone: fc.constantFrom(...ORACLE_ZONES),
  hours: fc.record(
    Object.fromEntries(WEEKDAYS.map((day) => [day, dayHoursArb])) as Record<Weekday, typeof dayHoursArb>,
  ),
  holidays: fc.uniqueArray(oracleDateArb, { maxLength: 5 }),
  exceptions: fc.dictionary(oracleDateArb, dayHoursArb, { maxKeys: 4 }),
}) as fc.Arbitrary<Calendar>;

function oracleBusinessSeconds(calendar: Calendar, from: number, to: number): number {
  let total = 0;
  for (let t = from; t < to; t += 60) {
    const local = DateTime.fromSeconds(t, { zone: calendar.timeZone });
    const date = local.toISODate()!;
    const day = WEEKDAYS[local.weekday - 1]!;
    const holiday = (calendar.holidays ?? []).some((h) => (typeof h === 'string' ? h : h.date) === date);
    const hours = calendar.exceptions?.[date] ?? (holiday ? [] : (calendar.hours[day] ?? []));
    const minute = local.hour * 60 + local.minute;
    const open = hours.some(([start, end]) => {
      const [sh, sm] = start.split(':').map(Number) as [number, number];
      const [eh, em] = end.split(':').map(Number) as [number, number];
      return minute >= sh * 60 + sm && minute < eh * 60 + em;
    });
    if (open) total += 60;
  }
  return total;
}

describe('agreement with a naive luxon oracle', () => {
  it('businessSecondsBetween matches a minute-by-minute scan', () => {
    const minuteArb = fc
      .integer({ min: ORACLE_FROM / 60, max: (ORACLE_TO - 10 * 86400) / 60 })
      .map((m) => m * 60);
    fc.assert(
      fc.property(
        randomCalendarArb,
        minuteArb,
        fc.integer({ min: 0, max: 6 * 1440 }),
        (calendar, from, minutes) => {
          const to = from + minutes * 60;
          expect(businessSecondsBetween(calendar, formatInstant(from), formatInstant(to))).toBe(
            oracleBusinessSeconds(calendar, from, to),
          );
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});
