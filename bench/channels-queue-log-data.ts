import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrng, type Prng } from '../src/shared/demo/prng';
import type { QueueMap } from '../src/shared/telephony/queue-map';

/**
 * A fixed-seed Asterisk queue_log for the import benchmark: calls arriving through a working day
 * after day in 4 queues with 40 agents, the real event mix (answered, transfers, abandons short and
 * long, timeouts, empty queues, exit by key, ring-no-answers), agent pauses, and 1 malformed line in
 * 10 000. Byte-identical for the same seed and size; cached under bench/.data.
 */
const QUEUES = ['soporte', 'redes', 'aplicaciones', 'vip'] as const;
const AGENTS = Array.from({ length: 40 }, (_, i) => `SIP/${8001 + i}`);
const START = 1767254400; // 2026-01-01T08:00:00Z

export const BENCH_QUEUE_MAP: QueueMap = {
  queues: { soporte: 'g-n1', redes: 'g-net', aplicaciones: 'g-apps', vip: 'g-vip' },
  agents: Object.fromEntries(AGENTS.map((a, i) => [a, `a-${i + 1}`])),
};

type Line = [number, string];

function callLines(prng: Prng, n: number, at: number, out: Line[]): void {
  const id = `${at}.${n}`;
  const queue = prng.pick(QUEUES);
  const agent = prng.pick(AGENTS);
  const line = (t: number, who: string, event: string, data: string) =>
    out.push([t, `${t}|${id}|${queue}|${who}|${event}|${data}`]);
  line(at, 'NONE', 'ENTERQUEUE', `|5115${String(n % 1_000_000).padStart(6, '0')}|${prng.int(1, 6)}`);
  const wait = prng.int(0, 90);
  const outcome = prng.weighted([
    ['answered', 70],
    ['transfer', 5],
    ['abandon', 15],
    ['timeout', 5],
    ['empty', 2],
    ['key', 3],
  ] as const);
  const rings = outcome === 'empty' ? 0 : prng.int(0, 2);
  for (let r = 1; r <= rings; r++)
    line(at + Math.min(wait, r * 15), prng.pick(AGENTS), 'RINGNOANSWER', '15000');
  const end = at + wait;
  switch (outcome) {
    case 'answered':
    case 'transfer': {
      const talk = prng.int(20, 900);
      line(end, agent, 'CONNECT', `${wait}|${id}.b|${prng.int(1, 10)}`);
      if (outcome === 'answered')
        line(end + talk, agent, prng.chance(0.5) ? 'COMPLETEAGENT' : 'COMPLETECALLER', `${wait}|${talk}|1`);
      else line(end + talk, agent, 'TRANSFER', `8100|from-internal|${wait}|${talk}|1`);
      break;
    }
    case 'abandon':
      line(end, 'NONE', 'ABANDON', `1|1|${wait}`);
      break;
    case 'timeout':
      line(end, 'NONE', 'EXITWITHTIMEOUT', `1|1|${wait}`);
      break;
    case 'empty':
      line(at, 'NONE', 'EXITEMPTY', '1|1|0');
      break;
    case 'key':
      line(end, 'NONE', 'EXITWITHKEY', `1|1|1|${wait}`);
      break;
  }
}

export function generateQueueLog(seed: number, minLines: number): string {
  const prng = createPrng(seed);
  const lines: Line[] = [];
  let at = START;
  let n = 0;
  while (lines.length < minLines) {
    at += prng.int(1, 6);
    n += 1;
    callLines(prng, n, at, lines);
    if (prng.chance(0.02))
      lines.push([
        at,
        `${at}|NONE|${prng.pick(QUEUES)}|${prng.pick(AGENTS)}|${prng.chance(0.5) ? 'PAUSE' : 'UNPAUSE'}|`,
      ]);
    if (prng.chance(0.00005)) lines.push([at, `${at}|broken line`]);
  }
  // Stable sort by time: a call's own lines keep their order within one second.
  lines.sort((a, b) => a[0] - b[0]);
  return lines.map((l) => l[1]).join('\n') + '\n';
}

/** The generated log's path, written once per seed and size. */
export function queueLogBenchFile(seed: number, minLines: number): string {
  const dir = path.resolve(import.meta.dirname, '.data');
  const file = path.join(dir, `queue_log-seed${seed}-${minLines}.log`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, generateQueueLog(seed, minLines));
  renameSync(`${file}.tmp`, file);
  return file;
}
