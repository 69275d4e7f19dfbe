import { describe, expect, it } from 'vitest';
import { lima, neverOpen } from './business-time.test-fixtures';
import type { Calendar } from './calendar-schema';
import { CHUNK_SECONDS, CompiledCalendar, MAX_CACHED_CHUNKS } from './compiled-calendar';
import type { SlaErrorCode } from './index';
import { addBusinessTime, businessSecondsBetween, compileCalendar, SlaError } from './index';

function codeOf(run: () => unknown): SlaErrorCode | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof SlaError) return error.code;
    throw error;
  }
}

describe('invalid input throws a coded SlaError', () => {
  const cases: Array<{ name: string; run: () => unknown; code: SlaErrorCode }> = [
    { name: 'garbage start', run: () => addBusinessTime(lima, 'yesterday', 60), code: 'sla.bad_instant' },
    {
      name: 'start without offset',
      run: () => addBusinessTime(lima, '2026-03-02T10:00:00', 60),
      code: 'sla.bad_instant',
    },
    {
      name: 'impossible date',
      run: () => addBusinessTime(lima, '2026-02-30T10:00:00Z', 60),
      code: 'sla.bad_instant',
    },
    {
      name: 'hour 24',
      run: () => addBusinessTime(lima, '2026-03-02T24:00:00Z', 60),
      code: 'sla.bad_instant',
    },
    {
      name: 'date only',
      run: () => businessSecondsBetween(lima, '2026-03-02', '2026-03-03T00:00:00Z'),
      code: 'sla.bad_instant',
    },
    {
      name: 'negative seconds',
      run: () => addBusinessTime(lima, '2026-03-02T10:00:00Z', -1),
      code: 'sla.bad_duration',
    },
    {
      name: 'fractional seconds',
      run: () => addBusinessTime(lima, '2026-03-02T10:00:00Z', 1.5),
      code: 'sla.bad_duration',
    },
    {
      name: 'NaN seconds',
      run: () => addBusinessTime(lima, '2026-03-02T10:00:00Z', Number.NaN),
      code: 'sla.bad_duration',
    },
    {
      name: 'infinite seconds',
      run: () => addBusinessTime(lima, '2026-03-02T10:00:00Z', Infinity),
      code: 'sla.bad_duration',
    },
    {
      name: 'absurdly long duration',
      run: () => addBusinessTime(lima, '2026-03-02T10:00:00Z', 1e15),
      code: 'sla.bad_duration',
    },
    {
      name: 'from after to',
      run: () => businessSecondsBetween(lima, '2026-03-03T00:00:00Z', '2026-03-02T00:00:00Z'),
      code: 'sla.range_reversed',
    },
    {
      name: 'reversed pause',
      run: () =>
        addBusinessTime(lima, '2026-03-02T10:00:00Z', 60, {
          pauses: [{ from: '2026-03-02T12:00:00Z', to: '2026-03-02T11:00:00Z' }],
        }),
      code: 'sla.pause_reversed',
    },
    {
      name: 'bad pause instant',
      run: () =>
        businessSecondsBetween(lima, '2026-03-02T10:00:00Z', '2026-03-02T12:00:00Z', {
          pauses: [{ from: 'x', to: '2026-03-02T11:00:00Z' }],
        }),
      code: 'sla.bad_instant',
    },
    {
      name: 'never-open calendar, add',
      run: () => addBusinessTime(neverOpen, '2026-03-02T10:00:00Z', 60),
      code: 'sla.no_business_time',
    },
    {
      name: 'never-open calendar, zero',
      run: () => addBusinessTime(neverOpen, '2026-03-02T10:00:00Z', 0),
      code: 'sla.no_business_time',
    },
    {
      name: 'invalid calendar object',
      run: () =>
        addBusinessTime({ name: 'x', timeZone: 'Mars/Olympus', hours: {} }, '2026-03-02T10:00:00Z', 60),
      code: 'sla.invalid_calendar',
    },
  ];

  it.each(cases)('$name → $code', ({ run, code }) => {
    expect(codeOf(run)).toBe(code);
  });

  it('names the offending field', () => {
    try {
      addBusinessTime(lima, '2026-03-02T10:00:00Z', 60, {
        pauses: [{ from: '2026-03-02T10:00:00Z', to: 'later' }],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SlaError);
      expect((error as SlaError).params).toMatchObject({ field: 'pauses[0].to', value: 'later' });
    }
  });

  it('gives up after the ~3 year horizon when business time only exists later', () => {
    // Open on a single date five years out: not reachable within the horizon.
    const farAway: Calendar = {
      name: 'Rare',
      timeZone: 'UTC',
      hours: {},
      exceptions: { '2031-06-02': [['09:00', '10:00']] },
    };
    expect(codeOf(() => addBusinessTime(farAway, '2026-03-02T10:00:00Z', 60))).toBe('sla.no_business_time');
    expect(codeOf(() => addBusinessTime(farAway, '2026-03-02T10:00:00Z', 0))).toBe('sla.no_business_time');
    // Within the horizon it is found.
    expect(addBusinessTime(farAway, '2030-03-02T10:00:00Z', 60)).toBe('2031-06-02T09:01:00Z');
    // Counting never throws: a closed calendar simply has no business seconds.
    expect(businessSecondsBetween(neverOpen, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(0);
  });
});

describe('compiled calendars', () => {
  it('memoizes per calendar object and accepts the compiled form', () => {
    const compiled = compileCalendar(lima);
    expect(compileCalendar(lima)).toBe(compiled);
    expect(addBusinessTime(compiled, '2026-03-02T13:00:00Z', 3600)).toBe('2026-03-02T14:00:00Z');
    expect(businessSecondsBetween(compiled, '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toBe(9 * 3600);
  });

  it('bounds its chunk cache', () => {
    const compiled = new CompiledCalendar(lima);
    for (let index = 0; index < MAX_CACHED_CHUNKS + 50; index++) compiled.chunk(index);
    // Rebuilt chunks hold the same content as the first build.
    const rebuilt = compiled.chunk(0);
    expect(rebuilt.total).toBe(new CompiledCalendar(lima).chunk(0).total);
    expect(CHUNK_SECONDS % 86400).toBe(0);
  });

  it('answers a long range spanning many cache chunks consistently', () => {
    // 2026-01-01 .. 2036-01-01 in Lima, minus what the per-year sums give.
    let perYear = 0;
    for (let year = 2026; year < 2036; year++) {
      perYear += businessSecondsBetween(lima, `${year}-01-01T00:00:00Z`, `${year + 1}-01-01T00:00:00Z`);
    }
    expect(businessSecondsBetween(lima, '2026-01-01T00:00:00Z', '2036-01-01T00:00:00Z')).toBe(perYear);
  });
});
