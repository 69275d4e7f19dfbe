/** Loads the KPI benchmark month (bench/kpi-data.ts) into a migrated server database, in batches. */
import type { Kysely } from 'kysely';
import type { KpiInput } from '../src/shared/kpi/index';
import type { ServerDatabase } from '../src/server/db/schema';
import { reportsDb } from '../src/server/reports/report-tables';

const BATCH = 400;

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function loadBenchMonth(db: Kysely<ServerDatabase>, input: KpiInput): Promise<void> {
  const orgs = [...new Set(input.tickets.map((t) => t.organizationId))];
  const areas = new Map(input.tickets.filter((t) => t.areaId).map((t) => [t.areaId!, t.organizationId]));
  const requesters = new Map(input.tickets.map((t) => [t.requesterId, t.organizationId]));
  await db.insertInto('organizations').values(orgs.map((id) => ({ id, name: id.toUpperCase(), domains_json: '[]' }))).execute();
  await insertAll([...areas], (b) => db.insertInto('areas').values(b.map(([id, org]) => ({ id, organization_id: org, name: id }))).execute());
  await insertAll([...requesters], (b) =>
    db.insertInto('requesters').values(b.map(([id, org]) => ({ id, organization_id: org, area_id: null, name: id, email: null, phone: null, language: 'es' }))).execute(),
  );
  await insertAll(input.categories.slice(), (b) =>
    db.insertInto('categories').values(b.map((c) => ({ id: c.id, parent_id: c.parentId, name_es: c.id, name_en: c.id, default_type: null, active: 1 }))).execute(),
  );
  const agents = new Set<string>();
  for (const t of input.tickets) if (t.assigneeId) agents.add(t.assigneeId);
  await insertAll([...agents], (b) => db.insertInto('agents').values(b.map((id) => ({ id, name: id, email: `${id}@bench`, role: 'agent', level: 'N1', language: 'es' }))).execute());
  await db.transaction().execute(async (trx) => {
    await insertAll(input.tickets.slice(), (b) =>
      trx.insertInto('tickets').values(b.map((t, i) => ({
        id: t.id, number: `MS-${t.id}`, provisional_number: `~${i}`, type: t.type, title: t.id, description: '', requester_id: t.requesterId,
        organization_id: t.organizationId, area_id: t.areaId, channel: t.channel, category_id: t.categoryId, impact: 'medium', urgency: 'medium',
        priority: t.priority, status: t.status, assignee_id: t.assigneeId, group_id: t.groupId, level: 'N1', problem_id: t.problemId, tags_json: '[]',
        created_at: t.createdAt, updated_at: t.createdAt, resolved_at: t.resolvedAt, closed_at: t.closedAt, sla_due_at: null, version: 1,
      }))).execute(),
    );
    const events = input.tickets.flatMap((t) => [
      ...t.events.map((e) => ({ id: e.id, ticket_id: t.id, actor_id: e.actorId, device_id: 'dev', at: e.at, offline: 0, kind: e.data.kind, data_json: JSON.stringify(e.data), client_at: null, time_corrected: 0, staff_only: 0 })),
      ...t.slaTargets.filter((s) => s.state === 'breached').map((s, k) => ({
        id: `${t.id}-b${k}`, ticket_id: t.id, actor_id: 'system', device_id: 'dev', at: s.breachedAt!, offline: 0, kind: 'sla_alert',
        data_json: JSON.stringify({ kind: 'sla_alert', alertId: `${t.id}-${s.target}`, target: s.target, level: 'breach', repeat: 0, thresholdAt: s.breachedAt, dueAt: s.breachedAt }),
        client_at: null, time_corrected: 0, staff_only: 0,
      })),
    ]);
    await insertAll(events, (b) => trx.insertInto('ticket_events').values(b).execute());
    await insertAll(input.calls.slice(), (b) =>
      reportsDb(trx).insertInto('calls').values(b.map((c) => ({
        call_id: c.id, queue: c.queueId, source: 'webhook', direction: 'inbound', caller_id: null, entered_at: c.enteredQueueAt, answered_at: c.answeredAt,
        abandoned_at: c.abandonedAt, ended_at: c.endedAt, wait_seconds: 0, talk_seconds: 0, outcome: null, short_abandon: 0, ring_attempts: 0,
        agent_name: null, agent_id: c.agentId, group_id: c.groupId, ticket_id: null, notes: null, created_at: c.enteredQueueAt, updated_at: c.enteredQueueAt,
      } as never))).execute(),
    );
  });
}
