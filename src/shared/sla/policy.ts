/**
 * Choosing the SLA policy of a ticket. A policy applies when every field in its `match` equals the
 * ticket's value (an empty `match` is a catch-all). Among applicable policies the most specific wins:
 *   1. more matched fields;
 *   2. then field precedence: contract > organization > area > category > priority > ticket type
 *      (a contract is narrower than its organization, so it ranks above it) — the first field in this
 *      order that one policy matches and the other does not decides;
 *   3. then the lowest id (plain code-unit string order), so the choice never depends on list order.
 */
import type { PolicyMatchField, SlaPolicy } from './policy-schema';

export {
  DEFAULT_THRESHOLDS,
  parsePolicies,
  parsePolicy,
  POLICY_ERROR_CODES,
  policySchema,
} from './policy-schema';
export type {
  PolicyErrorCode,
  PolicyMatch,
  PolicyMatchField,
  SlaPolicy,
  SlaPolicyInput,
} from './policy-schema';

export const MATCH_FIELD_PRECEDENCE: readonly PolicyMatchField[] = [
  'contractId',
  'organizationId',
  'areaId',
  'categoryId',
  'priority',
  'ticketType',
];

/** The ticket attributes policies match on; absent or null never matches a policy that names the field. */
export type PolicyTicket = Partial<Record<PolicyMatchField, string | null>>;

export const POLICY_REASON_CODES = [
  'policy.reason.only_match',
  'policy.reason.more_fields',
  'policy.reason.field_precedence',
  'policy.reason.lowest_id',
] as const;
export type PolicyReasonCode = (typeof POLICY_REASON_CODES)[number];

export interface PolicySelectionReason {
  /** Why this policy beat the runner-up (translatable, see messages.ts). */
  code: PolicyReasonCode;
  /** Fields of the ticket the chosen policy matched, in precedence order; [] for a catch-all. */
  matchedFields: PolicyMatchField[];
  candidateCount: number;
  runnerUp: { id: string; matchedFields: PolicyMatchField[] } | null;
  /** For `field_precedence`: the field the winner matched and the runner-up did not. */
  decidingField: PolicyMatchField | null;
  /** Flat interpolation params for the message. */
  params: Record<string, string | number>;
}

export interface PolicySelection<P extends SlaPolicy = SlaPolicy> {
  policy: P;
  reason: PolicySelectionReason;
}

/** The most specific applicable policy, or null when none applies (no catch-all configured). */
export function selectPolicy<P extends SlaPolicy>(
  policies: readonly P[],
  ticket: PolicyTicket,
): PolicySelection<P> | null {
  const candidates = policies
    .map((policy) => ({ policy, fields: matchedFields(policy, ticket) }))
    .filter((candidate): candidate is { policy: P; fields: PolicyMatchField[] } => candidate.fields !== null)
    .sort(compareCandidates);
  const [winner, runnerUp] = candidates;
  if (!winner) return null;
  const decision = decide(winner, runnerUp);
  return {
    policy: winner.policy,
    reason: {
      code: decision.code,
      matchedFields: winner.fields,
      candidateCount: candidates.length,
      runnerUp: runnerUp ? { id: runnerUp.policy.id, matchedFields: runnerUp.fields } : null,
      decidingField: decision.field,
      params: {
        policyId: winner.policy.id,
        fields: winner.fields.join(', '),
        fieldCount: winner.fields.length,
        candidateCount: candidates.length,
        runnerUpId: runnerUp?.policy.id ?? '',
        decidingField: decision.field ?? '',
      },
    },
  };
}

interface Candidate {
  policy: SlaPolicy;
  fields: PolicyMatchField[];
}

/** Matched fields in precedence order, or null when some named field differs from the ticket. */
function matchedFields(policy: SlaPolicy, ticket: PolicyTicket): PolicyMatchField[] | null {
  const fields: PolicyMatchField[] = [];
  for (const field of MATCH_FIELD_PRECEDENCE) {
    const wanted = policy.match[field];
    if (wanted === undefined) continue;
    if (ticket[field] !== wanted) return null;
    fields.push(field);
  }
  return fields;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.fields.length !== b.fields.length) return b.fields.length - a.fields.length;
  const field = firstDifferingField(a, b);
  if (field !== null) return a.fields.includes(field) ? -1 : 1;
  if (a.policy.id === b.policy.id) return 0;
  return a.policy.id < b.policy.id ? -1 : 1;
}

function firstDifferingField(a: Candidate, b: Candidate): PolicyMatchField | null {
  for (const field of MATCH_FIELD_PRECEDENCE) {
    if (a.fields.includes(field) !== b.fields.includes(field)) return field;
  }
  return null;
}

function decide(
  winner: Candidate,
  runnerUp: Candidate | undefined,
): { code: PolicyReasonCode; field: PolicyMatchField | null } {
  if (!runnerUp) return { code: 'policy.reason.only_match', field: null };
  if (winner.fields.length !== runnerUp.fields.length)
    return { code: 'policy.reason.more_fields', field: null };
  const field = firstDifferingField(winner, runnerUp);
  if (field !== null) return { code: 'policy.reason.field_precedence', field };
  return { code: 'policy.reason.lowest_id', field: null };
}
