import { DEFAULT_ANSWER_THRESHOLD_SECONDS, type CallOutcome } from './call-model';

/** What the figures need of a call (a CallRecord, or a `calls` row mapped to this shape). */
export interface CallForFigures {
  direction: 'inbound' | 'outbound';
  outcome: CallOutcome | null;
  waitSeconds: number;
  talkSeconds: number;
  shortAbandon: boolean;
}

export interface CallFigures {
  /** Inbound calls that reached an outcome, short abandons excluded (they are reported apart). */
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  timedOut: number;
  emptyQueue: number;
  /** Calls answered within the threshold (wait ≤ thresholdSeconds). */
  answeredWithinThreshold: number;
  thresholdSeconds: number;
  /** Percentages of `offered` (0–100), null when nothing was offered. */
  abandonedPercent: number | null;
  answeredWithinThresholdPercent: number | null;
  /** Average speed of answer: queue entry → answered, over answered calls. */
  averageAnswerSeconds: number | null;
  longestAnswerSeconds: number | null;
  /** The longest time any offered call waited, answered or not. */
  longestWaitSeconds: number | null;
  averageTalkSeconds: number | null;
}

/**
 * The phone KPIs of DESIGN.md: average / longest answer time, abandoned calls % (short abandons
 * under the threshold reported apart) and answered within threshold % (default 20 s), all over
 * inbound calls offered to a queue. Outbound calls and calls still waiting do not count.
 */
export function computeCallFigures(
  calls: Iterable<CallForFigures>,
  thresholdSeconds = DEFAULT_ANSWER_THRESHOLD_SECONDS,
): CallFigures {
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let shortAbandoned = 0;
  let timedOut = 0;
  let emptyQueue = 0;
  let within = 0;
  let answerSum = 0;
  let talkSum = 0;
  let longestAnswer: number | null = null;
  let longestWait: number | null = null;
  for (const c of calls) {
    if (c.direction !== 'inbound' || c.outcome === null) continue;
    if (c.outcome === 'abandoned' && c.shortAbandon) {
      shortAbandoned += 1;
      continue;
    }
    offered += 1;
    longestWait = Math.max(longestWait ?? 0, c.waitSeconds);
    switch (c.outcome) {
      case 'answered':
      case 'transferred':
        answered += 1;
        answerSum += c.waitSeconds;
        talkSum += c.talkSeconds;
        longestAnswer = Math.max(longestAnswer ?? 0, c.waitSeconds);
        if (c.waitSeconds <= thresholdSeconds) within += 1;
        break;
      case 'abandoned':
        abandoned += 1;
        break;
      case 'timeout':
        timedOut += 1;
        break;
      case 'empty':
        emptyQueue += 1;
        break;
    }
  }
  const percent = (n: number): number | null => (offered === 0 ? null : (n * 100) / offered);
  return {
    offered,
    answered,
    abandoned,
    shortAbandoned,
    timedOut,
    emptyQueue,
    answeredWithinThreshold: within,
    thresholdSeconds,
    abandonedPercent: percent(abandoned),
    answeredWithinThresholdPercent: percent(within),
    averageAnswerSeconds: answered === 0 ? null : answerSum / answered,
    longestAnswerSeconds: longestAnswer,
    longestWaitSeconds: longestWait,
    averageTalkSeconds: answered === 0 ? null : talkSum / answered,
  };
}
