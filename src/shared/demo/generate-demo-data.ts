import type { Category } from '../domain/category';
import { createSeededIdGenerator } from '../domain/ids';
import type { Agent, Area, Group, Organization, Requester } from '../domain/people';
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from '../domain/priority';
import type { Level } from '../domain/ticket-enums';
import { buildDemoCatalog } from './catalog';
import { buildDemoPeople } from './demo-people';
import { buildTicketBundle, type TicketBundle } from './demo-ticket-bundle';
import { planDemoTicket, type PlanContext } from './demo-ticket-plan';
import { createPrng, deriveSeed } from './prng';

export interface DemoDataOptions {
  seed: number;
  ticketCount: number;
  /** ISO instant; every ticket and event happens before it. */
  now: string;
  /** Mean comments per ticket (each also leaves a `commented` event). Default 2. */
  commentsPerTicket?: number;
  /**
   * Mean non-comment history events per ticket. The natural story (created, assigned, status moves)
   * gives ≈3–4; larger values add transfers inside the desk. Default 4.
   */
  eventsPerTicket?: number;
  /** Default: one requester per 50 tickets, between 40 and 2000. */
  requesterCount?: number;
  /** How far back the oldest ticket was created. Default 180 days. */
  historyDays?: number;
  priorityMatrix?: PriorityMatrix;
}

export interface DemoReferenceData {
  organizations: Organization[];
  areas: Area[];
  requesters: Requester[];
  groups: Group[];
  agents: Agent[];
  /** Parents before children. */
  categories: Category[];
}

export interface DemoData {
  reference: DemoReferenceData;
  ticketCount: number;
  /** Each iteration starts over and yields the same bundles, one at a time (100k never sit in memory). */
  tickets: Iterable<TicketBundle>;
}

// Independent PRNG streams: changing how tickets are drawn never reshuffles the people.
const PEOPLE_STREAM = 1;
const TICKET_STREAM = 2;
const DEMO_DEVICE_ID = 'device-demo-seed';

/** Deterministic demo/bench data: same options → same rows, byte for byte. */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const { seed, ticketCount } = options;
  const nowMs = Date.parse(options.now);
  if (!Number.isFinite(nowMs)) throw new Error(`generateDemoData: invalid now "${options.now}"`);
  const requesterCount = options.requesterCount ?? Math.min(2000, Math.max(40, Math.ceil(ticketCount / 50)));
  const historyMs = (options.historyDays ?? 180) * 24 * 3600_000;
  const catalog = buildDemoCatalog();
  const people = buildDemoPeople(
    createPrng(deriveSeed(seed, PEOPLE_STREAM)),
    createSeededIdGenerator(deriveSeed(seed, PEOPLE_STREAM), nowMs - historyMs - 86_400_000),
    requesterCount,
  );
  const reference: DemoReferenceData = { ...people, categories: catalog.categories };
  const groupLevels = new Map<string, Level>(people.groups.map((g) => [g.id, g.level]));

  function* tickets(): Generator<TicketBundle> {
    const prng = createPrng(deriveSeed(seed, TICKET_STREAM));
    const planContext: PlanContext = {
      prng,
      requesters: people.requesters,
      leaves: catalog.leaves,
      agents: people.agents,
      groupLevels,
      commentsPerTicket: options.commentsPerTicket ?? 2,
      eventsPerTicket: options.eventsPerTicket ?? 4,
    };
    const bundleContext = {
      prng,
      newId: createSeededIdGenerator(seed, nowMs - historyMs),
      priorityMatrix: options.priorityMatrix ?? DEFAULT_PRIORITY_MATRIX,
      nowMs,
      deviceId: DEMO_DEVICE_ID,
    };
    const step = historyMs / Math.max(1, ticketCount);
    for (let i = 0; i < ticketCount; i += 1) {
      // Numbers follow creation order, as the server hands them out.
      const createdMs = nowMs - historyMs + (i + prng.next() * 0.9) * step;
      const plan = planDemoTicket(planContext, (i + 0.5) / ticketCount);
      yield buildTicketBundle(bundleContext, plan, 10001 + i, Math.min(createdMs, nowMs - 120_000));
    }
  }

  return { reference, ticketCount, tickets: { [Symbol.iterator]: tickets } };
}
