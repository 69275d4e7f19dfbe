/** Calendars shared by the business-time tests. Only imported by *.test.ts files. */
import type { BusinessHoursInterval, Calendar } from './calendar-schema';

const weekdays = (hours: BusinessHoursInterval[]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});
const allDay: BusinessHoursInterval[] = [['00:00', '24:00']];

/** UTC−5 all year. Mon–Fri 08–13 + 14–18 (9 h/day), i.e. 13:00Z–18:00Z and 19:00Z–23:00Z. */
export const lima: Calendar = {
  name: 'Lima office',
  timeZone: 'America/Lima',
  hours: weekdays([
    ['08:00', '13:00'],
    ['14:00', '18:00'],
  ]),
  holidays: ['2026-07-28', { date: '2026-07-29', name: 'Fiestas Patrias' }, '2026-12-25', '2027-01-01'],
  exceptions: {
    '2026-03-07': [['09:00', '11:00']], // a Saturday opened exceptionally
    '2026-12-24': [['08:00', '12:00']],
    '2026-12-31': [],
  },
};

export const utc24x7: Calendar = {
  name: 'UTC 24x7',
  timeZone: 'UTC',
  hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
};

export const madrid24x7: Calendar = { ...utc24x7, name: 'Madrid 24x7', timeZone: 'Europe/Madrid' };

/** Mon–Fri 09–14 + 15–18 (8 h/day). */
export const madridOffice: Calendar = {
  name: 'Madrid office',
  timeZone: 'Europe/Madrid',
  hours: weekdays([
    ['09:00', '14:00'],
    ['15:00', '18:00'],
  ]),
};

/** Sunday-only calendars to probe the DST nights (2026-03-29 and 2026-10-25 are Sundays). */
export const madridSunday = (hours: BusinessHoursInterval[]): Calendar => ({
  name: 'Madrid Sunday',
  timeZone: 'Europe/Madrid',
  hours: { sun: hours },
});

export const santiagoOffice: Calendar = {
  name: 'Santiago office',
  timeZone: 'America/Santiago',
  hours: weekdays([['09:00', '18:00']]),
};

export const santiagoOnly = (day: 'sat' | 'sun', hours: BusinessHoursInterval[]): Calendar => ({
  name: `Santiago ${day}`,
  timeZone: 'America/Santiago',
  hours: { [day]: hours },
});

export const mexicoCityOffice: Calendar = {
  name: 'CDMX office',
  timeZone: 'America/Mexico_City',
  hours: weekdays([['09:00', '18:00']]),
};

export const tokyoOffice: Calendar = {
  name: 'Tokyo office',
  timeZone: 'Asia/Tokyo',
  hours: weekdays([['09:00', '17:30']]),
};

export const neverOpen: Calendar = { name: 'Closed', timeZone: 'UTC', hours: {} };
