import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const QUEUE_LOG_FILE = path.join(FIXTURES, 'queue_log');
export const QUEUE_MAP_FILE = path.join(FIXTURES, 'queue_log-map.json');
export const queueLogText = (): string => readFileSync(QUEUE_LOG_FILE, 'utf8');

/** The fixture's malformed lines, by line number (counted by hand in tests/channels/fixtures/queue_log). */
export const EXPECTED_REFUSALS = [
  { line: 15, reason: 'too_few_fields' },
  { line: 22, reason: 'bad_time', field: 'time' },
  { line: 28, reason: 'bad_number', field: 'data1' },
  { line: 32, reason: 'missing_call_id', field: 'callid' },
  { line: 36, reason: 'bad_event', field: 'event' },
];
export const FIXTURE_LINES = 44;
/** QUEUESTART, ADDMEMBER, AGENTLOGIN, PAUSE, UNPAUSE, CONFIGRELOAD. */
export const FIXTURE_IGNORED = 6;

/**
 * Every ended call of the fixture, worked out by hand: outcome, wait and talk seconds, raw agent.
 * 1767261600 is 2026-01-01T10:00:00Z.
 */
export const EXPECTED_CALLS = {
  '1767261700.1': { queue: 'soporte', outcome: 'answered', wait: 8, talk: 120, agent: 'SIP/8001', rings: 1 },
  '1767261800.3': {
    queue: 'soporte',
    outcome: 'answered',
    wait: 35,
    talk: 100,
    agent: 'Agent/1002',
    rings: 0,
  },
  '1767261900.5': { queue: 'soporte', outcome: 'abandoned', wait: 3, talk: 0, agent: null, short: true },
  '1767262000.6': { queue: 'soporte', outcome: 'abandoned', wait: 50, talk: 0, agent: null },
  '1767262100.7': { queue: 'soporte', outcome: 'timeout', wait: 60, talk: 0, agent: null },
  '1767262200.8': { queue: 'redes', outcome: 'empty', wait: 0, talk: 0, agent: null },
  '1767262300.9': { queue: 'soporte', outcome: 'transferred', wait: 12, talk: 40, agent: 'SIP/8001' },
  '1767262400.11': { queue: 'soporte', outcome: 'answered', wait: 20, talk: 60, agent: 'SIP/8001-0000000a' },
  '1767262500.13': { queue: 'soporte', outcome: 'abandoned', wait: 15, talk: 0, agent: null },
  '1767262600.14': {
    queue: 'redes',
    outcome: 'transferred',
    wait: 5,
    talk: 30,
    agent: 'PJSIP/marco-00000b1c',
  },
  '1767262800.18': { queue: 'soporte', outcome: 'transferred', wait: 6, talk: 10, agent: 'Agent/1002' },
  '1767263000.23': { queue: 'soporte', outcome: 'timeout', wait: 10, talk: 0, agent: null },
} as const;
/** 1767262700.16 was answered but the log ends before it does. */
export const FIXTURE_UNFINISHED = 1;

/**
 * The call figures of the fixture by hand (threshold 20 s, short abandon < 5 s):
 * 12 ended calls, 1 short abandon apart → 11 offered; answered (incl. transferred) 6 with waits
 * 8, 35, 12, 20, 5, 6; abandoned 2 (50 s, 15 s); timeouts 2; empty 1.
 */
export const EXPECTED_FIGURES = {
  offered: 11,
  answered: 6,
  abandoned: 2,
  shortAbandoned: 1,
  timedOut: 2,
  emptyQueue: 1,
  answeredWithinThreshold: 5, // 8, 12, 20, 5, 6 (≤ 20 s)
  thresholdSeconds: 20,
  abandonedPercent: (2 * 100) / 11, // 18.18 %
  answeredWithinThresholdPercent: (5 * 100) / 11, // 45.45 %
  averageAnswerSeconds: 86 / 6, // (8+35+12+20+5+6)/6 = 14.33 s
  longestAnswerSeconds: 35,
  longestWaitSeconds: 60,
  averageTalkSeconds: 60, // (120+100+40+60+30+10)/6
};
