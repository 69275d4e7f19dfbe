import { describe, expect, it } from 'vitest';
import type { ContractPausingTerms } from './index';
import { isPausingStatus } from './index';

const client: ContractPausingTerms = { thirdPartyResponsibility: 'client' };
const provider: ContractPausingTerms = { thirdPartyResponsibility: 'provider' };
const shared: ContractPausingTerms = { thirdPartyResponsibility: 'shared' };
const noOverride = { pausingStatuses: undefined };

describe('isPausingStatus', () => {
  it.each<[string, string, { pausingStatuses?: string[] } | null, ContractPausingTerms | null, boolean]>([
    ['requester wait pauses', 'pending_requester', noOverride, provider, true],
    ['requester wait pauses without contract', 'pending_requester', null, null, true],
    ['third party pauses when the client is responsible', 'pending_third_party', noOverride, client, true],
    ['third party runs when the provider is responsible', 'pending_third_party', noOverride, provider, false],
    ['third party runs when responsibility is shared', 'pending_third_party', noOverride, shared, false],
    ['third party runs without a contract', 'pending_third_party', null, null, false],
    ['in progress runs', 'in_progress', noOverride, client, false],
    [
      'policy override makes third party pause',
      'pending_third_party',
      { pausingStatuses: ['pending_requester', 'pending_third_party'] },
      provider,
      true,
    ],
    [
      'policy override can stop requester waits pausing',
      'pending_requester',
      { pausingStatuses: [] },
      client,
      false,
    ],
    [
      'policy override adds a custom status',
      'pending_change_window',
      { pausingStatuses: ['pending_change_window'] },
      null,
      true,
    ],
  ])('%s', (_name, status, policy, contract, expected) => {
    expect(isPausingStatus(status, policy, contract)).toBe(expected);
  });
});
