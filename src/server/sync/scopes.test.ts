import { describe, expect, it } from 'vitest';
import { scopesMeet, ticketScopes, userScopes, withoutRequesterScopes } from './scopes';

const base = { organizationId: 'org-1', requesterId: 'req-1' };

describe('scopes', () => {
  it('puts an untouched ticket in the unassigned pool', () => {
    expect(ticketScopes({ ...base, groupId: null, assigneeId: null }).sort()).toEqual(
      ['org:org-1', 'requester:req-1', 'team:all', 'unassigned'].sort(),
    );
  });

  it('gives a grouped, assigned ticket to its group and assignee, not to the pool', () => {
    const scopes = ticketScopes({ ...base, groupId: 'g-net', assigneeId: 'a-1' });
    expect(scopes).toContain('group:g-net');
    expect(scopes).toContain('agent:a-1');
    expect(scopes).not.toContain('unassigned');
  });

  it('lets an agent see their groups, themselves and the pool, but not another group', () => {
    const agent = new Set(
      userScopes({ role: 'agent', agentId: 'a-1', requesterId: null, groupIds: ['g-n1'] }),
    );
    expect(scopesMeet(ticketScopes({ ...base, groupId: 'g-n1', assigneeId: null }), agent)).toBe(true);
    expect(scopesMeet(ticketScopes({ ...base, groupId: 'g-net', assigneeId: 'a-1' }), agent)).toBe(true);
    expect(scopesMeet(ticketScopes({ ...base, groupId: 'g-net', assigneeId: 'a-2' }), agent)).toBe(false);
  });

  it('keeps specialists out of the first-line pool', () => {
    const specialist = new Set(
      userScopes({ role: 'specialist', agentId: 'a-2', requesterId: null, groupIds: ['g-net'] }),
    );
    expect(scopesMeet(ticketScopes({ ...base, groupId: null, assigneeId: null }), specialist)).toBe(false);
    expect(scopesMeet(ticketScopes({ ...base, groupId: 'g-net', assigneeId: null }), specialist)).toBe(true);
  });

  it('gives supervisors everything and requesters only theirs', () => {
    const supervisor = new Set(
      userScopes({ role: 'supervisor', agentId: 's', requesterId: null, groupIds: [] }),
    );
    const requester = new Set(
      userScopes({ role: 'requester', agentId: null, requesterId: 'req-1', groupIds: [] }),
    );
    const other = ticketScopes({ ...base, requesterId: 'req-2', groupId: 'g-net', assigneeId: 'a-2' });
    expect(scopesMeet(other, supervisor)).toBe(true);
    expect(scopesMeet(other, requester)).toBe(false);
    expect(scopesMeet(ticketScopes({ ...base, groupId: null, assigneeId: null }), requester)).toBe(true);
  });

  it('keeps internal rows away from requesters', () => {
    const scopes = withoutRequesterScopes(ticketScopes({ ...base, groupId: null, assigneeId: null }));
    expect(scopes.some((s) => s.startsWith('requester:'))).toBe(false);
  });
});
