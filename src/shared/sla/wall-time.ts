/** Wall-clock "HH:MM" times of the calendar JSON, as minutes since local midnight. */

const START_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const MINUTES_PER_DAY = 1440;

/** Minutes of a valid opening time (00:00–23:59), or null. */
export function parseStartTime(text: string): number | null {
  const match = START_TIME.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes of a valid closing time: an opening time or "24:00" (end of the day). */
export function parseEndTime(text: string): number | null {
  return text === '24:00' ? MINUTES_PER_DAY : parseStartTime(text);
}
