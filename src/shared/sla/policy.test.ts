import { describe, expect, it } from 'vitest';
import type { PolicyTicket, SlaPolicy, SlaPolicyInput } from './index';
import { DEFAULT_THRESHOLDS, parsePolicies, parsePolicy, selectPolicy } from './index';

const targets = { firstResponseMinutes: 60, resolutionMinutes: 480 };

function policy(id: string, match: SlaPolicy['match']): SlaPolicy {
  return { id, name: `Policy ${id}`, match, targets, thresholds: DEFAULT_THRESHOLDS, calendarId: 'lima' };
}

const catchAll = policy('p-default', {});
const acme = policy('p-acme', { organizationId: 'acme' });
const acmeP1 = policy('p-acme-p1', { organizationId: 'acme', priority: 'P1' });
const networkP1 = policy('p-network-p1', { areaId: 'network', priority: 'P1' });
const acmeContract = policy('p-acme-gold', { contractId: 'gold' });
const incidents = policy('p-incident', { ticketType: 'incident' });
const printers = policy('p-printers', { categoryId: 'printers' });
const all = [catchAll, acme, acmeP1, networkP1, acmeContract, incidents, printers];

describe('selectPolicy', () => {
  it.each<[string, SlaPolicy[], PolicyTicket, string | null, string]>([
    ['nothing applies', [acme], { organizationId: 'globex' }, null, ''],
    [
      'only the catch-all applies',
      all,
      { organizationId: 'globex' },
      'p-default',
      'policy.reason.only_match',
    ],
    [
      'organization beats catch-all (more fields)',
      all,
      { organizationId: 'acme', priority: 'P3' },
      'p-acme',
      'policy.reason.more_fields',
    ],
    [
      'two fields beat one',
      all,
      { organizationId: 'acme', priority: 'P1' },
      'p-acme-p1',
      'policy.reason.more_fields',
    ],
    // acme-p1 and network-p1 both match 2 fields: organization ranks above area.
    [
      'organization outranks area on a tie',
      all,
      { organizationId: 'acme', areaId: 'network', priority: 'P1' },
      'p-acme-p1',
      'policy.reason.field_precedence',
    ],
    // gold contract vs acme organization, 1 field each: contract ranks first.
    [
      'contract outranks organization on a tie',
      all,
      { organizationId: 'acme', contractId: 'gold' },
      'p-acme-gold',
      'policy.reason.field_precedence',
    ],
    // category vs ticket type, 1 field each: category ranks above type.
    [
      'category outranks ticket type on a tie',
      all,
      { ticketType: 'incident', categoryId: 'printers' },
      'p-printers',
      'policy.reason.field_precedence',
    ],
    [
      'a null field never matches',
      [acme, catchAll],
      { organizationId: null },
      'p-default',
      'policy.reason.only_match',
    ],
  ])('%s', (_name, policies, ticket, expectedId, expectedCode) => {
    const selection = selectPolicy(policies, ticket);
    expect(selection?.policy.id ?? null).toBe(expectedId);
    if (selection) expect(selection.reason.code).toBe(expectedCode);
  });

  it('breaks a full tie by the lowest id, regardless of list order', () => {
    const b = policy('b', { priority: 'P2' });
    const a = policy('a', { priority: 'P2' });
    for (const list of [
      [a, b],
      [b, a],
    ]) {
      const selection = selectPolicy(list, { priority: 'P2' });
      expect(selection?.policy.id).toBe('a');
      expect(selection?.reason).toMatchObject({
        code: 'policy.reason.lowest_id',
        runnerUp: { id: 'b', matchedFields: ['priority'] },
      });
    }
  });

  it('explains the choice with structured, translatable data', () => {
    const selection = selectPolicy(all, {
      organizationId: 'acme',
      areaId: 'network',
      priority: 'P1',
      ticketType: 'incident',
    });
    expect(selection?.reason).toEqual({
      code: 'policy.reason.field_precedence',
      matchedFields: ['organizationId', 'priority'],
      candidateCount: 5, // default, acme, acme-p1, network-p1, incident
      runnerUp: { id: 'p-network-p1', matchedFields: ['areaId', 'priority'] },
      decidingField: 'organizationId',
      params: {
        policyId: 'p-acme-p1',
        fields: 'organizationId, priority',
        fieldCount: 2,
        candidateCount: 5,
        runnerUpId: 'p-network-p1',
        decidingField: 'organizationId',
      },
    });
  });

  it('lists matched fields in precedence order', () => {
    const full = policy('full', {
      ticketType: 'incident',
      priority: 'P1',
      categoryId: 'printers',
      areaId: 'network',
      organizationId: 'acme',
      contractId: 'gold',
    });
    const ticket = {
      ticketType: 'incident',
      priority: 'P1',
      categoryId: 'printers',
      areaId: 'network',
      organizationId: 'acme',
      contractId: 'gold',
    };
    expect(selectPolicy([full], ticket)?.reason.matchedFields).toEqual([
      'contractId',
      'organizationId',
      'areaId',
      'categoryId',
      'priority',
      'ticketType',
    ]);
  });
});

describe('parsePolicy', () => {
  const input: SlaPolicyInput = {
    id: 'p1',
    name: 'Gold',
    match: { organizationId: 'acme' },
    targets,
    calendarId: 'lima',
  };

  it('fills default thresholds', () => {
    const result = parsePolicy(input);
    expect(result).toEqual({ ok: true, policy: { ...input, thresholds: { warning: 0.75, critical: 0.9 } } });
  });

  it.each<[string, unknown, { path: string; code: string }]>([
    [
      'negative target',
      { ...input, targets: { ...targets, resolutionMinutes: -5 } },
      { path: 'targets.resolutionMinutes', code: 'policy.target_invalid' },
    ],
    [
      'missing target',
      { ...input, targets: { firstResponseMinutes: 30 } },
      { path: 'targets.resolutionMinutes', code: 'policy.target_invalid' },
    ],
    [
      'zero target',
      { ...input, targets: { ...targets, firstResponseMinutes: 0 } },
      { path: 'targets.firstResponseMinutes', code: 'policy.target_invalid' },
    ],
    [
      'fractional optional target',
      { ...input, targets: { ...targets, nextUpdateMinutes: 1.5 } },
      { path: 'targets.nextUpdateMinutes', code: 'policy.target_invalid' },
    ],
    [
      'warning above critical',
      { ...input, thresholds: { warning: 0.95, critical: 0.9 } },
      { path: 'thresholds.warning', code: 'policy.threshold_invalid' },
    ],
    [
      'threshold above 1',
      { ...input, thresholds: { warning: 0.5, critical: 1.5 } },
      { path: 'thresholds.critical', code: 'policy.threshold_invalid' },
    ],
    ['blank name', { ...input, name: '  ' }, { path: 'name', code: 'policy.required' }],
    [
      'missing calendar',
      { ...input, calendarId: undefined },
      { path: 'calendarId', code: 'policy.required' },
    ],
    [
      'unknown match field',
      { ...input, match: { customer: 'acme' } },
      { path: 'match.customer', code: 'policy.unknown_field' },
    ],
  ])('%s', (_name, value, expected) => {
    const result = parsePolicy(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining(expected));
  });

  it('parsePolicies prefixes paths with the index and flags duplicate ids', () => {
    const result = parsePolicies([
      input,
      { ...input, targets: { ...targets, resolutionMinutes: -1 } },
      input,
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        { path: '[1].targets.resolutionMinutes', code: 'policy.target_invalid', params: {} },
        { path: '[2].id', code: 'policy.duplicate_id', params: { id: 'p1', otherIndex: 0 } },
      ]);
    }
  });
});
