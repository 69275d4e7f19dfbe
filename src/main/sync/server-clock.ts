import type { Clock } from '../services/clock';

/**
 * The server's clock as seen from this device. Measured at each connection from the `Date` header
 * of a server answer: that header has one-second resolution, so the true server time lies in
 * [date, date + 1 s); we take the middle and compare it with the middle of our request's round
 * trip. Error ≤ 0.5 s + half the round trip, plenty for SLA minutes; the server clamps anyway.
 */
export function measureOffsetMs(sentAtMs: number, receivedAtMs: number, serverDateHeader: string | null): number | null {
  if (!serverDateHeader) return null;
  const serverMs = Date.parse(serverDateHeader);
  if (Number.isNaN(serverMs)) return null;
  const localMiddle = (sentAtMs + receivedAtMs) / 2;
  return Math.round(serverMs + 500 - localMiddle);
}

/** Device time corrected by the last measured offset, as the ISO instant mutations are stamped with. */
export function correctedNowIso(clock: Clock, offsetMs: number): string {
  return new Date(clock.now().getTime() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
