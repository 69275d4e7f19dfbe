import type { Ticket } from '../../shared/domain/ticket';

/**
 * Scopes decide who receives what (DESIGN.md, Sync). A row carries the scopes of everyone who may see
 * it; a user holds a set of scopes; a row reaches a user when the two sets meet.
 *
 *   ticket  → group:<groupId>? agent:<assigneeId>? org:<organizationId> requester:<requesterId>
 *             team:all, and `unassigned` while it has neither group nor assignee (the N1 pool)
 *   agent (first line) → group:<each of their groups>, agent:<self>, unassigned, staff
 *   specialist (N2/N3) → group:<each of their groups>, agent:<self>, staff — they work what is
 *                        escalated to their group, not the first-line pool
 *   supervisor / admin → team:all, staff
 *   requester → requester:<self>
 *
 * `staff` carries reference data (organizations, people, groups, categories) to desk users.
 */
export type Scope = string;

export const TEAM_ALL = 'team:all';
export const UNASSIGNED = 'unassigned';
export const STAFF = 'staff';

export const groupScope = (id: string): Scope => `group:${id}`;
export const agentScope = (id: string): Scope => `agent:${id}`;
export const orgScope = (id: string): Scope => `org:${id}`;
export const requesterScope = (id: string): Scope => `requester:${id}`;

type ScopedTicket = Pick<Ticket, 'groupId' | 'assigneeId' | 'organizationId' | 'requesterId'>;

export function ticketScopes(ticket: ScopedTicket): Scope[] {
  const scopes: Scope[] = [TEAM_ALL, orgScope(ticket.organizationId), requesterScope(ticket.requesterId)];
  if (ticket.groupId) scopes.push(groupScope(ticket.groupId));
  if (ticket.assigneeId) scopes.push(agentScope(ticket.assigneeId));
  if (!ticket.groupId && !ticket.assigneeId) scopes.push(UNASSIGNED);
  return scopes;
}

/** Rows requesters must not see (internal comments and their events) keep only the desk's scopes. */
export function withoutRequesterScopes(scopes: readonly Scope[]): Scope[] {
  return scopes.filter((s) => !s.startsWith('requester:'));
}

export type UserRole = 'agent' | 'specialist' | 'supervisor' | 'admin' | 'requester';

export interface ScopeSubject {
  role: UserRole;
  agentId: string | null;
  requesterId: string | null;
  groupIds: readonly string[];
}

export function userScopes(subject: ScopeSubject): Scope[] {
  switch (subject.role) {
    case 'supervisor':
    case 'admin':
      return [TEAM_ALL, STAFF];
    case 'agent':
    case 'specialist': {
      const scopes = [...subject.groupIds.map(groupScope), STAFF];
      if (subject.role === 'agent') scopes.push(UNASSIGNED);
      if (subject.agentId) scopes.push(agentScope(subject.agentId));
      return scopes;
    }
    case 'requester':
      return subject.requesterId ? [requesterScope(subject.requesterId)] : [];
  }
}

export function scopesMeet(a: readonly Scope[], b: ReadonlySet<Scope>): boolean {
  return a.some((s) => b.has(s));
}

export function unionScopes(...lists: ReadonlyArray<readonly Scope[]>): Scope[] {
  return [...new Set(lists.flat())].sort();
}
