import { describe, expect, it } from 'vitest';
import type { ValidationError } from './index';
import { parseCalendar } from './index';

const valid = {
  name: 'Lima office',
  timeZone: 'America/Lima',
  hours: {
    mon: [
      ['08:00', '13:00'],
      ['14:00', '18:00'],
    ],
    tue: [],
    wed: [],
    thu: [],
    fri: [],
    sat: [],
    sun: [],
  },
  holidays: ['2026-12-25', { date: '2026-07-28', name: 'Fiestas Patrias' }],
  exceptions: { '2026-12-24': [['08:00', '12:00']] },
};

function errorsOf(input: unknown): ValidationError[] {
  const result = parseCalendar(input);
  if (result.ok) throw new Error('expected the calendar to be invalid');
  return result.errors;
}

const withHours = (hours: unknown) => ({ ...valid, hours });

describe('parseCalendar accepts', () => {
  it('the DESIGN.md example', () => {
    const result = parseCalendar(valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.calendar).toEqual(valid);
  });

  it.each([
    ['24x7 with 24:00 as an end', withHours({ mon: [['00:00', '24:00']] })],
    [
      'touching intervals',
      withHours({
        mon: [
          ['08:00', '13:00'],
          ['13:00', '18:00'],
        ],
      }),
    ],
    ['no days at all (closed calendar)', withHours({})],
    [
      'intervals out of order',
      withHours({
        mon: [
          ['14:00', '18:00'],
          ['08:00', '13:00'],
        ],
      }),
    ],
    ['a closing exception', { ...valid, exceptions: { '2026-12-31': [] } }],
    ['no holidays and exceptions keys', { name: 'x', timeZone: 'UTC', hours: { sat: [['10:00', '11:00']] } }],
    ['a leap day', { ...valid, holidays: ['2028-02-29'] }],
  ])('%s', (_name, input) => {
    expect(parseCalendar(input).ok).toBe(true);
  });
});

describe('parseCalendar rejects with coded, field-named errors', () => {
  it.each<[string, unknown, ValidationError]>([
    [
      'reversed interval',
      withHours({
        mon: [
          ['08:00', '13:00'],
          ['18:00', '14:00'],
        ],
      }),
      { path: 'hours.mon[1]', code: 'calendar.interval_reversed', params: { start: '18:00', end: '14:00' } },
    ],
    [
      'empty interval',
      withHours({ tue: [['09:00', '09:00']] }),
      { path: 'hours.tue[0]', code: 'calendar.interval_empty', params: { start: '09:00', end: '09:00' } },
    ],
    [
      'overlap',
      withHours({
        wed: [
          ['08:00', '13:00'],
          ['12:00', '18:00'],
        ],
      }),
      {
        path: 'hours.wed[1]',
        code: 'calendar.interval_overlap',
        params: { otherIndex: 0, otherPosition: 1 },
      },
    ],
    [
      'overlap listed out of order',
      withHours({
        wed: [
          ['12:00', '18:00'],
          ['08:00', '13:00'],
        ],
      }),
      {
        path: 'hours.wed[1]',
        code: 'calendar.interval_overlap',
        params: { otherIndex: 0, otherPosition: 1 },
      },
    ],
    [
      '24:00 as a start',
      withHours({ fri: [['24:00', '24:00']] }),
      { path: 'hours.fri[0][0]', code: 'calendar.bad_time', params: { value: '24:00' } },
    ],
    [
      'hour 25',
      withHours({ fri: [['08:00', '25:00']] }),
      { path: 'hours.fri[0][1]', code: 'calendar.bad_time', params: { value: '25:00' } },
    ],
    [
      'single-digit hour',
      withHours({ fri: [['8:00', '12:00']] }),
      { path: 'hours.fri[0][0]', code: 'calendar.bad_time', params: { value: '8:00' } },
    ],
    [
      'minutes 60',
      withHours({ fri: [['08:60', '12:00']] }),
      { path: 'hours.fri[0][0]', code: 'calendar.bad_time', params: { value: '08:60' } },
    ],
    [
      'unknown time zone',
      { ...valid, timeZone: 'America/Atlantis' },
      { path: 'timeZone', code: 'calendar.unknown_time_zone', params: { value: 'America/Atlantis' } },
    ],
    [
      'impossible holiday',
      { ...valid, holidays: ['2026-02-30'] },
      { path: 'holidays[0]', code: 'calendar.bad_date', params: { value: '2026-02-30' } },
    ],
    [
      'malformed holiday object date',
      { ...valid, holidays: [{ date: '26-7-28', name: 'x' }] },
      { path: 'holidays[0].date', code: 'calendar.bad_date', params: { value: '26-7-28' } },
    ],
    [
      'malformed exception key',
      { ...valid, exceptions: { '2026/12/24': [] } },
      { path: 'exceptions.2026/12/24', code: 'calendar.bad_date', params: { value: '2026/12/24' } },
    ],
    [
      'reversed exception interval',
      { ...valid, exceptions: { '2026-12-24': [['12:00', '08:00']] } },
      {
        path: 'exceptions.2026-12-24[0]',
        code: 'calendar.interval_reversed',
        params: { start: '12:00', end: '08:00' },
      },
    ],
    [
      'misspelled weekday',
      withHours({ monday: [['08:00', '13:00']] }),
      { path: 'hours.monday', code: 'calendar.unknown_field', params: { field: 'monday' } },
    ],
    [
      'missing time zone',
      { name: 'x', hours: {} },
      { path: 'timeZone', code: 'calendar.required', params: {} },
    ],
    [
      'interval with three times',
      withHours({ mon: [['08:00', '12:00', '13:00']] }),
      { path: 'hours.mon[0]', code: 'calendar.invalid_value', params: {} },
    ],
    [
      'time as a number',
      withHours({ mon: [[8, '12:00']] }),
      { path: 'hours.mon[0][0]', code: 'calendar.invalid_type', params: { expected: 'string' } },
    ],
  ])('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toContainEqual(expected);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({
      name: 'x',
      timeZone: 'Nowhere/Place',
      hours: {
        mon: [
          ['08:00', '13:00'],
          ['12:00', '14:00'],
        ],
        tue: [['9', '10:00']],
      },
      holidays: ['2026-13-01'],
    });
    expect(errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual([
      'holidays[0] calendar.bad_date',
      'hours.mon[1] calendar.interval_overlap',
      'hours.tue[0][0] calendar.bad_time',
      'timeZone calendar.unknown_time_zone',
    ]);
  });

  it('rejects non-objects', () => {
    expect(errorsOf('not a calendar')[0]).toMatchObject({ path: '', code: 'calendar.invalid_type' });
    expect(errorsOf(null)[0]).toMatchObject({ path: '', code: 'calendar.invalid_type' });
  });
});
