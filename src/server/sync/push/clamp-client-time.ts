/**
 * The server stamps every mutation with a time it can vouch for (DESIGN.md, SLA: offline time).
 * The device's claim (already corrected by its measured server offset) is kept when it lies between
 * the client's previous acknowledged mutation and the server's now; otherwise it is clamped into
 * that window and marked corrected, so SLA clocks never run on an impossible instant.
 */
export interface ClampedTime {
  /** ISO instant the mutation is stamped with. */
  at: string;
  /** The claim as sent, normalized to ISO UTC. */
  claimed: string;
  corrected: boolean;
}

export function clampClientTime(
  claimedIso: string,
  previousAckedIso: string | null,
  serverNowMs: number,
): ClampedTime {
  const claimedMs = Date.parse(claimedIso);
  const lowerMs = previousAckedIso === null ? Number.NEGATIVE_INFINITY : Date.parse(previousAckedIso);
  const upperMs = Math.max(serverNowMs, lowerMs);
  const atMs = Number.isNaN(claimedMs) ? serverNowMs : Math.min(Math.max(claimedMs, lowerMs), upperMs);
  const claimed = Number.isNaN(claimedMs) ? claimedIso : new Date(claimedMs).toISOString();
  return { at: new Date(atMs).toISOString(), claimed, corrected: atMs !== claimedMs };
}
