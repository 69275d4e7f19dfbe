/**
 * Who may ask for which report (docs/kpis.md, Reports): supervisors and admins only; an organization,
 * area or agent must exist; a supervisor who belongs to groups sees the agents of those groups only
 * (without groups: the whole team, like their sync scope). Refusals carry translated codes.
 */
import type { Kysely } from 'kysely';
import { MesaError } from '../../shared/errors';
import type { Language } from '../../shared/domain/localized-text';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { ServerDatabase } from '../db/schema';
import { HttpError } from '../http/http-error';

export interface ReportTarget {
  organizationIds?: string[];
  areaIds?: string[];
  agentIds?: string[];
}

export async function assertReportTarget(
  db: Kysely<ServerDatabase>,
  target: ReportTarget,
  user: AuthenticatedUser | null,
): Promise<void> {
  if (user !== null && user.role !== 'supervisor' && user.role !== 'admin') throw new HttpError(403, 'auth.forbidden');
  for (const organizationId of target.organizationIds ?? []) {
    const row = await db.selectFrom('organizations').select('id').where('id', '=', organizationId).executeTakeFirst();
    if (!row) throw new MesaError('report.unknown_organization', { organizationId });
  }
  for (const areaId of target.areaIds ?? []) {
    const row = await db.selectFrom('areas').select('id').where('id', '=', areaId).executeTakeFirst();
    if (!row) throw new MesaError('report.unknown_area', { areaId });
  }
  for (const agentId of target.agentIds ?? []) {
    const row = await db.selectFrom('agents').select('id').where('id', '=', agentId).executeTakeFirst();
    if (!row) throw new MesaError('report.unknown_agent', { agentId });
    if (user && user.role === 'supervisor' && user.groupIds.length > 0) {
      const shared = await db
        .selectFrom('agent_groups')
        .select('agent_id')
        .where('agent_id', '=', agentId)
        .where('group_id', 'in', user.groupIds)
        .executeTakeFirst();
      if (!shared) throw new MesaError('report.agent_out_of_scope', { agentId });
    }
  }
}

/** Display names for everything a report mentions, in one query per table. */
export async function loadReportNames(db: Kysely<ServerDatabase>, language: Language): Promise<Record<string, string>> {
  const [orgs, areas, agents, categories, groups] = await Promise.all([
    db.selectFrom('organizations').select(['id', 'name']).execute(),
    db.selectFrom('areas').select(['id', 'name']).execute(),
    db.selectFrom('agents').select(['id', 'name']).execute(),
    db.selectFrom('categories').select(['id', 'name_es', 'name_en']).execute(),
    db.selectFrom('groups').select(['id', 'name']).execute(),
  ]);
  const names: Record<string, string> = {};
  for (const r of [...orgs, ...areas, ...agents, ...groups]) names[r.id] = r.name;
  for (const c of categories) names[c.id] = language === 'en' ? c.name_en : c.name_es;
  return names;
}
