/**
 * Which pending statuses stop the SLA clock. The clock pauses while the wait is the requester's or the
 * client's responsibility, never while it is ours (DESIGN.md "SLA model").
 */
import type { SlaPolicy } from './policy-schema';

export type ThirdPartyResponsibility = 'provider' | 'client' | 'shared';

/** The contract terms that matter here; a missing contract or field counts as 'provider'. */
export interface ContractPausingTerms {
  thirdPartyResponsibility?: ThirdPartyResponsibility | null;
}

export const PENDING_REQUESTER = 'pending_requester';
export const PENDING_THIRD_PARTY = 'pending_third_party';

/**
 * - A policy with `pausingStatuses` overrides everything: exactly those statuses pause.
 * - Otherwise `pending_requester` pauses, and `pending_third_party` pauses only when the contract makes
 *   the third party the client's responsibility ('provider' and 'shared' keep the clock running).
 * - Any other status runs the clock.
 */
export function isPausingStatus(
  status: string,
  policy: Pick<SlaPolicy, 'pausingStatuses'> | null | undefined,
  contract: ContractPausingTerms | null | undefined,
): boolean {
  if (policy?.pausingStatuses !== undefined) return policy.pausingStatuses.includes(status);
  if (status === PENDING_REQUESTER) return true;
  if (status === PENDING_THIRD_PARTY) return contract?.thirdPartyResponsibility === 'client';
  return false;
}
