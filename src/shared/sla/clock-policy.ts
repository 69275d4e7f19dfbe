/**
 * The policy in force for a clock, and the history of policy switches for the explanation.
 *
 * The policy in force is the one `selectPolicy` picks for the ticket's CURRENT attributes. Selections are
 * memoized per policy list (treat the list as immutable, like calendars): a desk has a limited number of
 * attribute combinations, so recomputing 100k clocks selects each combination once.
 */
import type { TicketEvent } from '../domain/ticket-event';
import type { SlaClockTicket, SlaContract, SlaPolicySwitch } from './clock-types';
import type { PolicySelection, PolicyTicket } from './policy';
import { selectPolicy } from './policy';
import type { PolicyMatchField, SlaPolicy } from './policy-schema';

type SelectionCache = Map<string, unknown>;
const selectionsByList = new WeakMap<readonly SlaPolicy[], SelectionCache>();

export function policyTicketOf(ticket: SlaClockTicket, contract: SlaContract | null | undefined): PolicyTicket {
  return {
    contractId: contract?.id ?? null,
    organizationId: ticket.organizationId,
    areaId: ticket.areaId,
    categoryId: ticket.categoryId,
    priority: ticket.priority,
    ticketType: ticket.type,
  };
}

/**
 * `selectPolicy` for the ticket's current attributes, cached in a trie keyed by each attribute in turn:
 * the lookups reuse the strings' cached hashes and allocate nothing on a hit (this runs per clock).
 */
export function selectPolicyForTicket(
  policies: readonly SlaPolicy[],
  ticket: SlaClockTicket,
  contract: SlaContract | null | undefined,
): PolicySelection | null {
  let node = selectionsByList.get(policies);
  if (node === undefined) {
    node = new Map();
    selectionsByList.set(policies, node);
  }
  node = child(node, contract?.id ?? '');
  node = child(node, ticket.organizationId);
  node = child(node, ticket.areaId ?? '');
  node = child(node, ticket.categoryId ?? '');
  node = child(node, ticket.priority);
  const cached = node.get(ticket.type) as PolicySelection | null | undefined;
  if (cached !== undefined) return cached;
  const selection = selectPolicy(policies, policyTicketOf(ticket, contract));
  node.set(ticket.type, selection);
  return selection;
}

function child(node: SelectionCache, key: string): SelectionCache {
  let next = node.get(key) as SelectionCache | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(key, next);
  }
  return next;
}

function selectUncached(policies: readonly SlaPolicy[], attributes: PolicyTicket): string | null {
  return selectPolicy(policies, attributes)?.policy.id ?? null;
}

/**
 * Replays the attribute changes recorded in the history (priority, category) and lists every time the
 * selected policy changed. Starts from the attributes at creation, rebuilt from the first change of each
 * field (its `from`); type, organization and area have no change events and count as constant.
 */
export function policySwitches(
  policies: readonly SlaPolicy[],
  ticket: SlaClockTicket,
  contract: SlaContract | null | undefined,
  events: readonly TicketEvent[],
): SlaPolicySwitch[] {
  const attributes = { ...policyTicketOf(ticket, contract) };
  const changes: Array<{ event: TicketEvent; field: PolicyMatchField; from: string | null; to: string | null }> =
    [];
  for (const event of events) {
    const data = event.data;
    if (data.kind === 'prioritized') {
      changes.push({ event, field: 'priority', from: data.from.priority, to: data.to.priority });
    } else if (data.kind === 'categorized') {
      changes.push({ event, field: 'categoryId', from: data.from, to: data.to });
    }
  }
  const seen = new Set<PolicyMatchField>();
  for (const change of changes) {
    if (seen.has(change.field)) continue;
    seen.add(change.field);
    attributes[change.field] = change.from;
  }
  const switches: SlaPolicySwitch[] = [];
  let current = selectUncached(policies, attributes);
  for (const change of changes) {
    attributes[change.field] = change.to;
    const next = selectUncached(policies, attributes);
    if (next !== current) {
      switches.push({
        at: change.event.at,
        fromPolicyId: current,
        toPolicyId: next,
        field: change.field,
        fromValue: change.from,
        toValue: change.to,
        actorId: change.event.actorId,
      });
      current = next;
    }
  }
  return switches;
}
