/**
 * Table-driven cases for the two primitives. Every expected value is worked out by hand in the comment
 * beside it (local time → UTC with the zone's offset on that date).
 * Offsets: Lima −5 all year; Madrid CET +1 / CEST +2 (2026-03-29 01:00Z spring forward, 2026-10-25 01:00Z
 * fall back); Santiago −3 / −4 (2026-04-05 00:00 −03 falls back to 04-04 23:00 −04 at 03:00Z; 2026-09-06
 * 00:00 −04 springs to 01:00 −03 at 04:00Z — both read from luxon); Mexico City −6 all year (no DST since
 * 2022); Tokyo +9 all year.
 */
import { describe, expect, it } from 'vitest';
import {
  lima,
  madrid24x7,
  madridOffice,
  madridSunday,
  mexicoCityOffice,
  santiagoOffice,
  santiagoOnly,
  tokyoOffice,
  utc24x7,
} from './business-time.test-fixtures';
import type { Calendar } from './calendar-schema';
import type { Pause } from './pauses';
import { addBusinessTime, businessSecondsBetween } from './index';

const H = 3600;
const M = 60;

interface AddCase {
  name: string;
  calendar: Calendar;
  start: string;
  seconds: number;
  pauses?: Pause[];
  expected: string;
}

const addCases: AddCase[] = [
  // ---- Lima: ordinary days, lunch break, nights, weekends --------------------------------------------
  // Mon 08:00 local = 13:00Z; +1h → 09:00 local = 14:00Z.
  {
    name: 'inside hours',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: H,
    expected: '2026-03-02T14:00:00Z',
  },
  // Mon 09:00 (14:00Z) + 4h → exactly 13:00 local, the lunch closing = 18:00Z (closing time, not 14:00).
  {
    name: 'runs out at closing time',
    calendar: lima,
    start: '2026-03-02T14:00:00Z',
    seconds: 4 * H,
    expected: '2026-03-02T18:00:00Z',
  },
  // Same + 1s → lunch skipped: 14:00:01 local = 19:00:01Z.
  {
    name: 'one second past lunch closing',
    calendar: lima,
    start: '2026-03-02T14:00:00Z',
    seconds: 4 * H + 1,
    expected: '2026-03-02T19:00:01Z',
  },
  // Mon 12:30 (17:30Z) + 1h → 30 min to 13:00, lunch, 30 min from 14:00 → 14:30 local = 19:30Z.
  {
    name: 'across lunch break',
    calendar: lima,
    start: '2026-03-02T17:30:00Z',
    seconds: H,
    expected: '2026-03-02T19:30:00Z',
  },
  // Mon 06:00 local (11:00Z) + 30 min → opens 08:00 → 08:30 local = 13:30Z.
  {
    name: 'start before opening',
    calendar: lima,
    start: '2026-03-02T11:00:00Z',
    seconds: 30 * M,
    expected: '2026-03-02T13:30:00Z',
  },
  // Mon 20:00 local (Tue 01:00Z) + 1h → Tue 08:00 + 1h = 09:00 local = Tue 14:00Z.
  {
    name: 'start after closing',
    calendar: lima,
    start: '2026-03-03T01:00:00Z',
    seconds: H,
    expected: '2026-03-03T14:00:00Z',
  },
  // Mon 17:00 (22:00Z) + 2h → 1h Mon until 18:00, night, Tue 08:00 + 1h = 09:00 local = Tue 14:00Z.
  {
    name: 'across the night',
    calendar: lima,
    start: '2026-03-02T22:00:00Z',
    seconds: 2 * H,
    expected: '2026-03-03T14:00:00Z',
  },
  // Fri 03-13 17:00 (22:00Z) + 2h → 1h Fri; Sat/Sun closed; Mon 03-16 08:00 + 1h = 09:00 local = 14:00Z.
  {
    name: 'across a weekend',
    calendar: lima,
    start: '2026-03-13T22:00:00Z',
    seconds: 2 * H,
    expected: '2026-03-16T14:00:00Z',
  },
  // Fri 03-06 17:00 (22:00Z) + 2h → 1h Fri; Sat 03-07 exception 09–11 → 09:00 + 1h = 10:00 local = 15:00Z.
  {
    name: 'exception opens a Saturday',
    calendar: lima,
    start: '2026-03-06T22:00:00Z',
    seconds: 2 * H,
    expected: '2026-03-07T15:00:00Z',
  },
  // Fri 17:00 + 4h → 1h Fri, 2h Sat (09–11), Mon 03-09 08:00 + 1h = 09:00 local = 14:00Z.
  {
    name: 'exception Saturday used up',
    calendar: lima,
    start: '2026-03-06T22:00:00Z',
    seconds: 4 * H,
    expected: '2026-03-09T14:00:00Z',
  },
  // Mon 07-27 17:00 (22:00Z) + 2h → 1h Mon; Tue 28 + Wed 29 holidays; Thu 30 08:00 + 1h = 09:00 = 14:00Z.
  {
    name: 'across two holidays (string and object form)',
    calendar: lima,
    start: '2026-07-27T22:00:00Z',
    seconds: 2 * H,
    expected: '2026-07-30T14:00:00Z',
  },
  // Starts on holiday Tue 07-28 10:00 (15:00Z), zero → first opening Thu 30 08:00 local = 13:00Z.
  {
    name: 'zero seconds on a holiday',
    calendar: lima,
    start: '2026-07-28T15:00:00Z',
    seconds: 0,
    expected: '2026-07-30T13:00:00Z',
  },
  // Thu 12-24 11:00 (16:00Z) + 2h → 1h until exception close 12:00; Fri 25 holiday; weekend;
  // Mon 12-28 08:00 + 1h = 09:00 local = 14:00Z.
  {
    name: 'short exception day then holiday',
    calendar: lima,
    start: '2026-12-24T16:00:00Z',
    seconds: 2 * H,
    expected: '2026-12-28T14:00:00Z',
  },
  // Thu 12-24 08:00 (13:00Z) + 4h → exactly the exception's 12:00 close = 17:00Z.
  {
    name: 'runs out at exception closing time',
    calendar: lima,
    start: '2026-12-24T13:00:00Z',
    seconds: 4 * H,
    expected: '2026-12-24T17:00:00Z',
  },
  // Wed 12-30 17:00 (22:00Z) + 2h → 1h Wed; Thu 31 closed by exception []; Fri 01-01 holiday; weekend;
  // Mon 2027-01-04 08:00 + 1h = 09:00 local = 14:00Z.
  {
    name: 'empty exception closes a weekday',
    calendar: lima,
    start: '2026-12-30T22:00:00Z',
    seconds: 2 * H,
    expected: '2027-01-04T14:00:00Z',
  },
  // Mon 10:00 local (15:00Z) is business time: zero → itself.
  {
    name: 'zero seconds inside hours',
    calendar: lima,
    start: '2026-03-02T15:00:00Z',
    seconds: 0,
    expected: '2026-03-02T15:00:00Z',
  },
  // Mon 13:00 local (18:00Z) is a closing instant, not business: zero → 14:00 local = 19:00Z.
  {
    name: 'zero seconds at closing time',
    calendar: lima,
    start: '2026-03-02T18:00:00Z',
    seconds: 0,
    expected: '2026-03-02T19:00:00Z',
  },
  // Mon 08:00 local (13:00Z), the opening instant, is business: zero → itself.
  {
    name: 'zero seconds at opening time',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: 0,
    expected: '2026-03-02T13:00:00Z',
  },
  // Fri 03-13 18:00 local (23:00Z), zero → Mon 03-16 08:00 local = 13:00Z.
  {
    name: 'zero seconds at Friday close',
    calendar: lima,
    start: '2026-03-13T23:00:00Z',
    seconds: 0,
    expected: '2026-03-16T13:00:00Z',
  },
  // Mon 03-09 08:00 (13:00Z) + 5 × 9h → Fri 03-13 18:00 local = 23:00Z (closing time).
  {
    name: 'a whole working week',
    calendar: lima,
    start: '2026-03-09T13:00:00Z',
    seconds: 45 * H,
    expected: '2026-03-13T23:00:00Z',
  },
  // Offset input: 08:00−05:00 is 13:00Z; +1h → 14:00Z.
  {
    name: 'start given with an offset',
    calendar: lima,
    start: '2026-03-02T08:00:00-05:00',
    seconds: H,
    expected: '2026-03-02T14:00:00Z',
  },
  // Fractions are truncated: 13:00:00.999Z → 13:00:00; +60s → 13:01:00Z.
  {
    name: 'fractional start truncated',
    calendar: lima,
    start: '2026-03-02T13:00:00.999Z',
    seconds: 60,
    expected: '2026-03-02T13:01:00Z',
  },
  // 1 second, second precision: 13:00:00Z → 13:00:01Z.
  {
    name: 'one second',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: 1,
    expected: '2026-03-02T13:00:01Z',
  },

  // ---- Lima: pauses ------------------------------------------------------------------------------------
  // Mon 08:00 + 2h, pause 09–10 local (14:00Z–15:00Z) → 08–09, paused, 10–11 → 11:00 local = 16:00Z.
  {
    name: 'pause inside hours',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: 2 * H,
    pauses: [{ from: '2026-03-02T14:00:00Z', to: '2026-03-02T15:00:00Z' }],
    expected: '2026-03-02T16:00:00Z',
  },
  // Mon 12:00 + 2h, pause over lunch only (13–14 local) → 12–13, 14–15 → 15:00 local = 20:00Z.
  {
    name: 'pause during lunch changes nothing',
    calendar: lima,
    start: '2026-03-02T17:00:00Z',
    seconds: 2 * H,
    pauses: [{ from: '2026-03-02T18:00:00Z', to: '2026-03-02T19:00:00Z' }],
    expected: '2026-03-02T20:00:00Z',
  },
  // Mon 12:00 + 2h, pause 12:30–14:30 local → 30 min, resume 14:30 + 1h30 → 16:00 local = 21:00Z.
  {
    name: 'pause straddling lunch',
    calendar: lima,
    start: '2026-03-02T17:00:00Z',
    seconds: 2 * H,
    pauses: [{ from: '2026-03-02T17:30:00Z', to: '2026-03-02T19:30:00Z' }],
    expected: '2026-03-02T21:00:00Z',
  },
  // Mon 08:00 + 3h, pauses 08:30–09:00 and 10:00–10:30 local → 08–08:30 (0.5), 09–10 (1), 10:30–12:00 (1.5)
  // → 12:00 local = 17:00Z.
  {
    name: 'several pauses',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: 3 * H,
    pauses: [
      { from: '2026-03-02T15:00:00Z', to: '2026-03-02T15:30:00Z' },
      { from: '2026-03-02T13:30:00Z', to: '2026-03-02T14:00:00Z' },
    ],
    expected: '2026-03-02T17:00:00Z',
  },
  // Mon 08:00 + 2h, pauses 09–10 and 09:30–10:30 local merge into 09–10:30 → 08–09, 10:30–11:30 → 16:30Z.
  {
    name: 'overlapping pauses',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: 2 * H,
    pauses: [
      { from: '2026-03-02T14:00:00Z', to: '2026-03-02T15:00:00Z' },
      { from: '2026-03-02T14:30:00Z', to: '2026-03-02T15:30:00Z' },
    ],
    expected: '2026-03-02T16:30:00Z',
  },
  // Mon 09:00 (14:00Z) + 1h, pause 07:00–10:00 local began before the start → 10–11 local = 16:00Z.
  {
    name: 'pause starting before the start',
    calendar: lima,
    start: '2026-03-02T14:00:00Z',
    seconds: H,
    pauses: [{ from: '2026-03-02T12:00:00Z', to: '2026-03-02T15:00:00Z' }],
    expected: '2026-03-02T16:00:00Z',
  },
  // Mon 09:00 (14:00Z), zero, inside pause 08:30–09:30 local → 09:30 local = 14:30Z.
  {
    name: 'zero seconds inside a pause',
    calendar: lima,
    start: '2026-03-02T14:00:00Z',
    seconds: 0,
    pauses: [{ from: '2026-03-02T13:30:00Z', to: '2026-03-02T14:30:00Z' }],
    expected: '2026-03-02T14:30:00Z',
  },
  // Mon 12:00 (17:00Z), zero, pause 11:00–13:00 local ends at the lunch close → 14:00 local = 19:00Z.
  {
    name: 'zero seconds, pause ends at closing',
    calendar: lima,
    start: '2026-03-02T17:00:00Z',
    seconds: 0,
    pauses: [{ from: '2026-03-02T16:00:00Z', to: '2026-03-02T18:00:00Z' }],
    expected: '2026-03-02T19:00:00Z',
  },
  // Fri 03-13 17:00 + 2h, pause Fri 17:30 → Mon 09:00 local → 30 min Fri; Mon 09:00 + 1h30 → 10:30 = 15:30Z.
  {
    name: 'pause across a weekend',
    calendar: lima,
    start: '2026-03-13T22:00:00Z',
    seconds: 2 * H,
    pauses: [{ from: '2026-03-13T22:30:00Z', to: '2026-03-16T14:00:00Z' }],
    expected: '2026-03-16T15:30:00Z',
  },
  // Mon 08:00 + 1h, pause begins 09:00 local: time runs out exactly as the pause starts → 09:00 = 14:00Z.
  {
    name: 'runs out at the start of a pause',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: H,
    pauses: [{ from: '2026-03-02T14:00:00Z', to: '2026-03-02T15:00:00Z' }],
    expected: '2026-03-02T14:00:00Z',
  },
  // Mon 17:00 + 2h, pause only at night (19:00 → 07:00 local) → same as without: Tue 09:00 = 14:00Z.
  {
    name: 'pause outside business hours',
    calendar: lima,
    start: '2026-03-02T22:00:00Z',
    seconds: 2 * H,
    pauses: [{ from: '2026-03-03T00:00:00Z', to: '2026-03-03T12:00:00Z' }],
    expected: '2026-03-03T14:00:00Z',
  },
  // Mon 08:00 + 1h, touching pauses 08:00–08:30 and 08:30–09:00 local → clock from 09:00 → 10:00 = 15:00Z.
  {
    name: 'touching pauses',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: H,
    pauses: [
      { from: '2026-03-02T13:00:00Z', to: '2026-03-02T13:30:00Z' },
      { from: '2026-03-02T13:30:00Z', to: '2026-03-02T14:00:00Z' },
    ],
    expected: '2026-03-02T15:00:00Z',
  },
  // Empty pause (from = to) is ignored: 08:00 + 1h → 09:00 local = 14:00Z.
  {
    name: 'empty pause',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: H,
    pauses: [{ from: '2026-03-02T13:30:00Z', to: '2026-03-02T13:30:00Z' }],
    expected: '2026-03-02T14:00:00Z',
  },
  // Pause given with offsets: 09:00−05:00..10:00−05:00 = 14:00Z..15:00Z → as 'pause inside hours' = 16:00Z.
  {
    name: 'pause given with offsets',
    calendar: lima,
    start: '2026-03-02T13:00:00Z',
    seconds: 2 * H,
    pauses: [{ from: '2026-03-02T09:00:00-05:00', to: '2026-03-02T10:00:00-05:00' }],
    expected: '2026-03-02T16:00:00Z',
  },

  // ---- 24×7 --------------------------------------------------------------------------------------------
  // 24×7 in UTC is plain elapsed time: +3 days.
  {
    name: '24x7 three days',
    calendar: utc24x7,
    start: '2026-03-02T10:00:00Z',
    seconds: 3 * 24 * H,
    expected: '2026-03-05T10:00:00Z',
  },
  // 10:00Z + 1h with pause 10:15–10:45 → 11:30Z.
  {
    name: '24x7 with a pause',
    calendar: utc24x7,
    start: '2026-03-02T10:00:00Z',
    seconds: H,
    pauses: [{ from: '2026-03-02T10:15:00Z', to: '2026-03-02T10:45:00Z' }],
    expected: '2026-03-02T11:30:00Z',
  },
  // Midnight is no closing time in 24×7: 23:59:59Z + 2s → 00:00:01Z.
  {
    name: '24x7 across midnight',
    calendar: utc24x7,
    start: '2026-03-02T23:59:59Z',
    seconds: 2,
    expected: '2026-03-03T00:00:01Z',
  },
  // 32-day cache chunks must not show: 2026-01-01 + 400 days of seconds → 2027-02-05 (365 + 31 + 4).
  {
    name: '24x7 over a year',
    calendar: utc24x7,
    start: '2026-01-01T00:00:00Z',
    seconds: 400 * 24 * H,
    expected: '2027-02-05T00:00:00Z',
  },

  // ---- Europe/Madrid DST -------------------------------------------------------------------------------
  // 24×7 Madrid, 01:30 CET (00:30Z) + 1h real time → 01:30Z (= 03:30 CEST; the clock jumped).
  {
    name: 'Madrid spring forward, 24x7',
    calendar: madrid24x7,
    start: '2026-03-29T00:30:00Z',
    seconds: H,
    expected: '2026-03-29T01:30:00Z',
  },
  // 24×7 Madrid, 02:30 CEST (00:30Z) + 1h → 01:30Z (= 02:30 CET, the repeated hour).
  {
    name: 'Madrid fall back, 24x7',
    calendar: madrid24x7,
    start: '2026-10-25T00:30:00Z',
    seconds: H,
    expected: '2026-10-25T01:30:00Z',
  },
  // Sunday 01:00–04:00 on 03-29: 01:00 CET = 00:00Z, 04:00 CEST = 02:00Z → 2h; +2h from 00:00Z ends at the
  // close 02:00Z.
  {
    name: 'Madrid spring forward night shift',
    calendar: madridSunday([['01:00', '04:00']]),
    start: '2026-03-29T00:00:00Z',
    seconds: 2 * H,
    expected: '2026-03-29T02:00:00Z',
  },
  // Sunday 01:00–04:00 on 10-25: 01:00 CEST = 10-24 23:00Z; +3h real → 02:00Z (= 03:00 CET after 02:00–03:00 twice).
  {
    name: 'Madrid fall back night shift',
    calendar: madridSunday([['01:00', '04:00']]),
    start: '2026-10-24T23:00:00Z',
    seconds: 3 * H,
    expected: '2026-10-25T02:00:00Z',
  },
  // Opening 02:30 does not exist on 03-29 → 03:30 CEST = 01:30Z; zero from 00:00Z → 01:30Z.
  {
    name: 'Madrid opening in the spring gap moves forward',
    calendar: madridSunday([['02:30', '05:00']]),
    start: '2026-03-29T00:00:00Z',
    seconds: 0,
    expected: '2026-03-29T01:30:00Z',
  },
  // 02:00–03:00 on 10-25: opens at the first 02:00 (CEST, 00:00Z), closes at 03:00 CET (02:00Z): 2h.
  // +1h30 from 00:00Z → 01:30Z (02:30 CET, second pass of the repeated hour).
  {
    name: 'Madrid repeated hour counts twice',
    calendar: madridSunday([['02:00', '03:00']]),
    start: '2026-10-25T00:00:00Z',
    seconds: 90 * M,
    expected: '2026-10-25T01:30:00Z',
  },
  // Office Fri 03-27 17:00 CET (16:00Z) + 2h → 1h Fri to 18:00 CET; Mon 03-30 09:00 CEST = 07:00Z + 1h → 08:00Z.
  {
    name: 'Madrid office across spring-forward weekend',
    calendar: madridOffice,
    start: '2026-03-27T16:00:00Z',
    seconds: 2 * H,
    expected: '2026-03-30T08:00:00Z',
  },
  // Office Fri 10-23 17:00 CEST (15:00Z) + 2h → Mon 10-26 09:00 CET = 08:00Z + 1h → 09:00Z.
  {
    name: 'Madrid office across fall-back weekend',
    calendar: madridOffice,
    start: '2026-10-23T15:00:00Z',
    seconds: 2 * H,
    expected: '2026-10-26T09:00:00Z',
  },
  // Office Mon 03-30 13:30 CEST (11:30Z) + 1h → 30 min to 14:00, lunch, 15:00 + 30 min = 15:30 CEST = 13:30Z.
  {
    name: 'Madrid office lunch in summer time',
    calendar: madridOffice,
    start: '2026-03-30T11:30:00Z',
    seconds: H,
    expected: '2026-03-30T13:30:00Z',
  },

  // ---- America/Santiago DST ------------------------------------------------------------------------------
  // Sat 04-04 22:00–24:00: 22:00 −03 = 04-05 01:00Z; 24:00 = 04-05 00:00 −04 = 04:00Z (23:00 repeats) → 3h,
  // all used from 01:00Z → the close, 04:00Z.
  {
    name: 'Santiago fall back, late shift',
    calendar: santiagoOnly('sat', [['22:00', '24:00']]),
    start: '2026-04-05T01:00:00Z',
    seconds: 3 * H,
    expected: '2026-04-05T04:00:00Z',
  },
  // Sun 09-06 00:00–02:00: 00:00 does not exist → 01:00 −03 = 04:00Z; zero from 00:00Z → 04:00Z.
  {
    name: 'Santiago spring forward, midnight opening moves to 01:00',
    calendar: santiagoOnly('sun', [['00:00', '02:00']]),
    start: '2026-09-06T00:00:00Z',
    seconds: 0,
    expected: '2026-09-06T04:00:00Z',
  },
  // Office Fri 04-03 17:00 −03 (20:00Z) + 2h → 1h Fri; Mon 04-06 09:00 −04 = 13:00Z + 1h → 14:00Z.
  {
    name: 'Santiago office across fall-back weekend',
    calendar: santiagoOffice,
    start: '2026-04-03T20:00:00Z',
    seconds: 2 * H,
    expected: '2026-04-06T14:00:00Z',
  },
  // Office Fri 09-04 17:00 −04 (21:00Z) + 2h → 1h Fri; Mon 09-07 09:00 −03 = 12:00Z + 1h → 13:00Z.
  {
    name: 'Santiago office across spring-forward weekend',
    calendar: santiagoOffice,
    start: '2026-09-04T21:00:00Z',
    seconds: 2 * H,
    expected: '2026-09-07T13:00:00Z',
  },

  // ---- America/Mexico_City (no DST since 2022) -----------------------------------------------------------
  // Fri 04-03 17:00 −06 (23:00Z) + 2h → Mon 04-06 (old DST start was 04-05) 09:00 −06 = 15:00Z + 1h → 16:00Z.
  {
    name: 'Mexico City keeps −06 in April',
    calendar: mexicoCityOffice,
    start: '2026-04-03T23:00:00Z',
    seconds: 2 * H,
    expected: '2026-04-06T16:00:00Z',
  },
  // Fri 10-23 17:00 −06 (23:00Z) + 2h → Mon 10-26 10:00 −06 = 16:00Z.
  {
    name: 'Mexico City keeps −06 in October',
    calendar: mexicoCityOffice,
    start: '2026-10-23T23:00:00Z',
    seconds: 2 * H,
    expected: '2026-10-26T16:00:00Z',
  },
  // Mid-July (would have been CDT before 2022): Mon 07-06 09:00 −06 = 15:00Z; zero from 12:00Z → 15:00Z.
  {
    name: 'Mexico City summer is −06',
    calendar: mexicoCityOffice,
    start: '2026-07-06T12:00:00Z',
    seconds: 0,
    expected: '2026-07-06T15:00:00Z',
  },

  // ---- Asia/Tokyo ----------------------------------------------------------------------------------------
  // Fri 03-06 16:00 JST (07:00Z) + 2h → 1h30 to 17:30 (08:30Z); Mon 03-09 09:00 JST = 00:00Z + 30 min → 00:30Z.
  {
    name: 'Tokyo across a weekend',
    calendar: tokyoOffice,
    start: '2026-03-06T07:00:00Z',
    seconds: 2 * H,
    expected: '2026-03-09T00:30:00Z',
  },
  // Sun 03-08 23:00Z is already Mon 08:00 JST; zero → Mon 09:00 JST = 03-09 00:00Z (local date ≠ UTC date).
  {
    name: 'Tokyo local date ahead of UTC',
    calendar: tokyoOffice,
    start: '2026-03-08T23:00:00Z',
    seconds: 0,
    expected: '2026-03-09T00:00:00Z',
  },
  // Mon 03-09 09:00 JST (00:00Z) + 8h30 → 17:30 JST close = 08:30Z.
  {
    name: 'Tokyo full day to closing',
    calendar: tokyoOffice,
    start: '2026-03-09T00:00:00Z',
    seconds: 8 * H + 30 * M,
    expected: '2026-03-09T08:30:00Z',
  },
];

interface BetweenCase {
  name: string;
  calendar: Calendar;
  from: string;
  to: string;
  pauses?: Pause[];
  expected: number;
}

const betweenCases: BetweenCase[] = [
  // Same instant → 0.
  {
    name: 'empty range',
    calendar: lima,
    from: '2026-03-02T15:00:00Z',
    to: '2026-03-02T15:00:00Z',
    expected: 0,
  },
  // 03-02 00:00Z..03-03 00:00Z = Sun 19:00 → Mon 19:00 local: all of Monday, 9h.
  {
    name: 'a UTC day covers one Lima workday',
    calendar: lima,
    from: '2026-03-02T00:00:00Z',
    to: '2026-03-03T00:00:00Z',
    expected: 9 * H,
  },
  // 18:00Z–19:00Z is the 13–14 lunch → 0.
  {
    name: 'inside lunch',
    calendar: lima,
    from: '2026-03-02T18:00:00Z',
    to: '2026-03-02T19:00:00Z',
    expected: 0,
  },
  // 12:00–15:00 local → 12–13 + 14–15 = 2h.
  {
    name: 'across lunch',
    calendar: lima,
    from: '2026-03-02T17:00:00Z',
    to: '2026-03-02T20:00:00Z',
    expected: 2 * H,
  },
  // Local week Mon 03-02 00:00 → Mon 03-09 00:00: 5 × 9h + Saturday exception 2h = 47h.
  {
    name: 'week with an exception Saturday',
    calendar: lima,
    from: '2026-03-02T05:00:00Z',
    to: '2026-03-09T05:00:00Z',
    expected: 47 * H,
  },
  // Week of 07-27: Mon, (Tue, Wed holidays), Thu, Fri → 3 × 9h = 27h.
  {
    name: 'week with two holidays',
    calendar: lima,
    from: '2026-07-27T05:00:00Z',
    to: '2026-08-03T05:00:00Z',
    expected: 27 * H,
  },
  // 12-24 00:00 → 12-29 00:00 local: Thu exception 4h, Fri holiday, weekend, Mon 9h → 13h.
  {
    name: 'Christmas week',
    calendar: lima,
    from: '2026-12-24T05:00:00Z',
    to: '2026-12-29T05:00:00Z',
    expected: 13 * H,
  },
  // One second.
  {
    name: 'one second',
    calendar: lima,
    from: '2026-03-02T13:00:00Z',
    to: '2026-03-02T13:00:01Z',
    expected: 1,
  },
  // 08:00–18:00 local (9h), pauses 09–11 and 10–12 local merge to 09–12 (3h) → 6h.
  {
    name: 'overlapping pauses',
    calendar: lima,
    from: '2026-03-02T13:00:00Z',
    to: '2026-03-02T23:00:00Z',
    pauses: [
      { from: '2026-03-02T14:00:00Z', to: '2026-03-02T16:00:00Z' },
      { from: '2026-03-02T15:00:00Z', to: '2026-03-02T17:00:00Z' },
    ],
    expected: 6 * H,
  },
  // 10:00–18:00 local = 3h + 4h = 7h; pause 07:00–11:00 local started before `from`, overlaps 10–11 → 6h.
  {
    name: 'pause starting before from',
    calendar: lima,
    from: '2026-03-02T15:00:00Z',
    to: '2026-03-02T23:00:00Z',
    pauses: [{ from: '2026-03-02T12:00:00Z', to: '2026-03-02T16:00:00Z' }],
    expected: 6 * H,
  },
  // 08:00–18:00 (9h); pause 12:30–14:30 local hides 12:30–13:00 + 14:00–14:30 = 1h → 8h.
  {
    name: 'pause straddling lunch',
    calendar: lima,
    from: '2026-03-02T13:00:00Z',
    to: '2026-03-02T23:00:00Z',
    pauses: [{ from: '2026-03-02T17:30:00Z', to: '2026-03-02T19:30:00Z' }],
    expected: 8 * H,
  },
  // 08:00–10:00 local (2h); pause from 09:00 to days later → 1h.
  {
    name: 'pause running past to',
    calendar: lima,
    from: '2026-03-02T13:00:00Z',
    to: '2026-03-02T15:00:00Z',
    pauses: [{ from: '2026-03-02T14:00:00Z', to: '2026-03-05T00:00:00Z' }],
    expected: H,
  },
  // 24×7 UTC day minus pauses {03-01 20:00–03-02 00:30, 01:00–02:00, 01:30–03:00} → 00:00–00:30 and 01:00–03:00
  // paused = 2h30 → 21h30.
  {
    name: '24x7 day with pauses',
    calendar: utc24x7,
    from: '2026-03-02T00:00:00Z',
    to: '2026-03-03T00:00:00Z',
    pauses: [
      { from: '2026-03-02T01:00:00Z', to: '2026-03-02T02:00:00Z' },
      { from: '2026-03-02T01:30:00Z', to: '2026-03-02T03:00:00Z' },
      { from: '2026-03-01T20:00:00Z', to: '2026-03-02T00:30:00Z' },
    ],
    expected: 21 * H + 30 * M,
  },
  // Local 03-29 is 23h long in Madrid (00:00 CET = 03-28 23:00Z → 24:00 CEST = 03-29 22:00Z).
  {
    name: 'Madrid spring-forward day is 23h',
    calendar: madrid24x7,
    from: '2026-03-28T23:00:00Z',
    to: '2026-03-29T22:00:00Z',
    expected: 23 * H,
  },
  // Local 10-25 is 25h (00:00 CEST = 10-24 22:00Z → 24:00 CET = 10-25 23:00Z).
  {
    name: 'Madrid fall-back day is 25h',
    calendar: madrid24x7,
    from: '2026-10-24T22:00:00Z',
    to: '2026-10-25T23:00:00Z',
    expected: 25 * H,
  },
  // Sunday-only 00:00–24:00 over a wide window still gives exactly the 25h Sunday.
  {
    name: 'Madrid fall-back Sunday in a wider window',
    calendar: madridSunday([['00:00', '24:00']]),
    from: '2026-10-23T00:00:00Z',
    to: '2026-10-28T00:00:00Z',
    expected: 25 * H,
  },
  // 01:00–04:00 on 03-29: 01:00 CET = 00:00Z → 04:00 CEST = 02:00Z → 2h.
  {
    name: 'Madrid night shift on spring-forward Sunday',
    calendar: madridSunday([['01:00', '04:00']]),
    from: '2026-03-28T12:00:00Z',
    to: '2026-03-29T12:00:00Z',
    expected: 2 * H,
  },
  // 01:00–04:00 on 10-25: 01:00 CEST = 10-24 23:00Z → 04:00 CET = 03:00Z → 4h.
  {
    name: 'Madrid night shift on fall-back Sunday',
    calendar: madridSunday([['01:00', '04:00']]),
    from: '2026-10-24T12:00:00Z',
    to: '2026-10-25T12:00:00Z',
    expected: 4 * H,
  },
  // 02:30–05:00 on 03-29: 02:30 → 03:30 CEST = 01:30Z; 05:00 CEST = 03:00Z → 1h30.
  {
    name: 'Madrid interval opening in the gap',
    calendar: madridSunday([['02:30', '05:00']]),
    from: '2026-03-29T00:00:00Z',
    to: '2026-03-29T06:00:00Z',
    expected: 90 * M,
  },
  // Same calendar on the ordinary Sunday 03-22: 02:30 CET = 01:30Z → 05:00 CET = 04:00Z → 2h30.
  {
    name: 'Madrid same interval on an ordinary Sunday',
    calendar: madridSunday([['02:30', '05:00']]),
    from: '2026-03-22T00:00:00Z',
    to: '2026-03-22T06:00:00Z',
    expected: 150 * M,
  },
  // 02:30–03:15 on 03-29: both ends map into 03:30/03:15 CEST → end before start → collapses to 0.
  {
    name: 'Madrid interval swallowed by the gap',
    calendar: madridSunday([['02:30', '03:15']]),
    from: '2026-03-29T00:00:00Z',
    to: '2026-03-29T06:00:00Z',
    expected: 0,
  },
  // 01:00–02:30 on 10-25: 01:00 CEST = 10-24 23:00Z → last 02:30 = 02:30 CET = 01:30Z → 2h30.
  {
    name: 'Madrid interval closing in the repeated hour',
    calendar: madridSunday([['01:00', '02:30']]),
    from: '2026-10-24T12:00:00Z',
    to: '2026-10-25T12:00:00Z',
    expected: 150 * M,
  },
  // 02:00–03:00 on the ordinary Sunday 10-18 (CEST): 00:00Z → 01:00Z → 1h.
  {
    name: 'Madrid 02:00–03:00 on an ordinary Sunday',
    calendar: madridSunday([['02:00', '03:00']]),
    from: '2026-10-18T00:00:00Z',
    to: '2026-10-18T06:00:00Z',
    expected: H,
  },
  // Saturday-only 00:00–24:00 on 04-04: 00:00 −03 = 03:00Z → 24:00 = 04-05 00:00 −04 = 04:00Z → 25h.
  {
    name: 'Santiago fall-back Saturday is 25h',
    calendar: santiagoOnly('sat', [['00:00', '24:00']]),
    from: '2026-04-03T00:00:00Z',
    to: '2026-04-06T00:00:00Z',
    expected: 25 * H,
  },
  // Sunday-only on 09-06: 00:00 → 01:00 −03 = 04:00Z → 24:00 = 09-07 00:00 −03 = 03:00Z → 23h.
  {
    name: 'Santiago spring-forward Sunday is 23h',
    calendar: santiagoOnly('sun', [['00:00', '24:00']]),
    from: '2026-09-05T00:00:00Z',
    to: '2026-09-08T00:00:00Z',
    expected: 23 * H,
  },
  // Office week Mon 04-06 .. Fri 04-10, all at −04: 5 × 9h = 45h between Mon 00:00 −04 and Sat 00:00 −04.
  {
    name: 'Santiago office week after fall back',
    calendar: santiagoOffice,
    from: '2026-04-06T04:00:00Z',
    to: '2026-04-11T04:00:00Z',
    expected: 45 * H,
  },
  // Mon 07-06 local 09:00–18:00 −06 = 15:00Z–24:00Z, inside 07-06 00:00Z..07-07 00:00Z → 9h.
  {
    name: 'Mexico City Monday in July',
    calendar: mexicoCityOffice,
    from: '2026-07-06T00:00:00Z',
    to: '2026-07-07T00:00:00Z',
    expected: 9 * H,
  },
  // Tokyo Mon 09:00 JST (03-09 00:00Z) → Sat 09:00 JST (03-14 00:00Z): 5 × 8h30 = 42h30.
  {
    name: 'Tokyo working week',
    calendar: tokyoOffice,
    from: '2026-03-09T00:00:00Z',
    to: '2026-03-14T00:00:00Z',
    expected: 42 * H + 30 * M,
  },
];

describe('addBusinessTime', () => {
  it.each(addCases)('$name', ({ calendar, start, seconds, pauses, expected }) => {
    expect(addBusinessTime(calendar, start, seconds, { pauses })).toBe(expected);
  });

  // The due time always lies exactly `seconds` of unpaused business time after the start.
  it.each(addCases)(
    'round-trips through businessSecondsBetween: $name',
    ({ calendar, start, seconds, pauses }) => {
      const due = addBusinessTime(calendar, start, seconds, { pauses });
      expect(businessSecondsBetween(calendar, start, due, { pauses })).toBe(seconds);
    },
  );
});

describe('businessSecondsBetween', () => {
  it.each(betweenCases)('$name', ({ calendar, from, to, pauses, expected }) => {
    expect(businessSecondsBetween(calendar, from, to, { pauses })).toBe(expected);
  });
});
