/**
 * Instants on the clock's hot path. Stored instants are always `YYYY-MM-DDTHH:MM:SSZ`; reading and
 * writing that one shape digit by digit is several times faster than the general parser/formatter
 * (instant.ts), which stays the fallback for every other shape and for error reporting.
 */
import { civilFromDays, daysFromCivil, daysInMonth, SECONDS_PER_DAY } from './civil-date';
import { parseInstant } from './instant';

const ZERO = 48;

/** The digit at `at`, or -1000 when it is not a digit (which fails every range check below). */
function digit(text: string, at: number): number {
  const value = text.charCodeAt(at) - ZERO;
  return value >= 0 && value <= 9 ? value : -1000;
}

/** Epoch seconds of an ISO instant; throws `sla.bad_instant` naming `field` when it is not one. */
export function epochSecondsOf(text: string, field: string): number {
  if (
    text.length === 20 &&
    text.charCodeAt(19) === 90 /* Z */ &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    text.charCodeAt(13) === 58 &&
    text.charCodeAt(16) === 58
  ) {
    const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    const month = digit(text, 5) * 10 + digit(text, 6);
    const day = digit(text, 8) * 10 + digit(text, 9);
    const hour = digit(text, 11) * 10 + digit(text, 12);
    const minute = digit(text, 14) * 10 + digit(text, 15);
    const second = digit(text, 17) * 10 + digit(text, 18);
    // Anything odd (a non-digit, day 31 in a 30-day month, hour 24…) goes to the strict parser.
    if (
      year >= 0 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      (day <= 28 || day <= daysInMonth(year, month)) &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59
    ) {
      return daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second;
    }
  }
  return parseInstant(text, field);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const dayPrefixes = new Map<number, string>();
const MAX_CACHED_DAYS = 4096;

/** `YYYY-MM-DDTHH:MM:SSZ`, the same text as formatInstant, with the date part cached per day. */
export function formatEpochSeconds(epochSeconds: number): string {
  const dayNumber = Math.floor(epochSeconds / SECONDS_PER_DAY);
  let prefix = dayPrefixes.get(dayNumber);
  if (prefix === undefined) {
    const { year, month, day } = civilFromDays(dayNumber);
    prefix = `${String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T`;
    if (dayPrefixes.size >= MAX_CACHED_DAYS) dayPrefixes.clear();
    dayPrefixes.set(dayNumber, prefix);
  }
  const secondOfDay = epochSeconds - dayNumber * SECONDS_PER_DAY;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  return `${prefix}${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[secondOfDay % 60]}Z`;
}
