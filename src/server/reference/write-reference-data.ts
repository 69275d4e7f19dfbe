import type { Kysely } from 'kysely';
import type { Category } from '../../shared/domain/category';
import type { Agent, Area, Group, Organization, Requester } from '../../shared/domain/people';
import type { ServerDatabase } from '../db/schema';
import { ChangeRecorder } from '../sync/change-log/change-recorder';
import { STAFF } from '../sync/scopes';

export interface ReferenceData {
  organizations?: Organization[];
  areas?: Area[];
  requesters?: Requester[];
  groups?: Group[];
  agents?: Agent[];
  categories?: Category[];
}

/**
 * Upserts reference data (seed, admin tools) in one transaction and logs every row with scope
 * `staff`, so desk clients receive it through the same pull as tickets. Parents first: callers may
 * pass rows in any order within a table, but tables are written in dependency order.
 */
export async function writeReferenceData(
  db: Kysely<ServerDatabase>,
  data: ReferenceData,
  nowMs: number = Date.now(),
): Promise<number | null> {
  const recorder = new ChangeRecorder();
  const log = (table: Parameters<ChangeRecorder['record']>[0]['table'], pk: string, row: unknown) =>
    recorder.record({ table, pk, op: 'upsert', row, scopes: [STAFF], currentScopes: [STAFF] });
  const flushed = await db.transaction().execute(async (trx) => {
    for (const o of data.organizations ?? []) {
      const row = { id: o.id, name: o.name, domains_json: JSON.stringify(o.domains) };
      await trx
        .insertInto('organizations')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      log('organizations', o.id, o);
    }
    for (const a of data.areas ?? []) {
      const row = { id: a.id, organization_id: a.organizationId, name: a.name };
      await trx
        .insertInto('areas')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      log('areas', a.id, a);
    }
    for (const r of data.requesters ?? []) {
      const row = {
        id: r.id,
        organization_id: r.organizationId,
        area_id: r.areaId,
        name: r.name,
        email: r.email,
        phone: r.phone,
        language: r.language,
      };
      await trx
        .insertInto('requesters')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      log('requesters', r.id, r);
    }
    for (const g of data.groups ?? []) {
      const row = { id: g.id, name: g.name, level: g.level };
      await trx
        .insertInto('groups')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      log('groups', g.id, g);
    }
    for (const a of data.agents ?? []) {
      const row = {
        id: a.id,
        name: a.name,
        email: a.email,
        role: a.role,
        level: a.level,
        language: a.language,
      };
      await trx
        .insertInto('agents')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      await trx.deleteFrom('agent_groups').where('agent_id', '=', a.id).execute();
      if (a.groupIds.length > 0) {
        await trx
          .insertInto('agent_groups')
          .values(a.groupIds.map((groupId) => ({ agent_id: a.id, group_id: groupId })))
          .execute();
      }
      log('agents', a.id, a);
    }
    for (const c of data.categories ?? []) {
      const row = {
        id: c.id,
        parent_id: c.parentId,
        name_es: c.name.es,
        name_en: c.name.en,
        default_type: c.defaultType,
        active: c.active ? 1 : 0,
      };
      await trx
        .insertInto('categories')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      log('categories', c.id, c);
    }
    return recorder.flush(trx, new Date(nowMs).toISOString());
  });
  return flushed?.lastSeq ?? null;
}
