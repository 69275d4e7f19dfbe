import type { Transaction } from 'kysely';
import { CategorySchema } from '../../shared/domain/category';
import { AgentSchema, AreaSchema, GroupSchema, OrganizationSchema, RequesterSchema } from '../../shared/domain/people';
import { TicketCommentSchema, TicketSchema } from '../../shared/domain/ticket';
import { TicketEventSchema } from '../../shared/domain/ticket-event';
import type { Database } from '../store/schema';
import { commentToRow, eventToRow, ticketToRow } from '../store/ticket-rows';
import { applyWorkflowReferenceChange } from './apply-workflow-reference';
import type { SyncChange } from './sync-protocol';

type Trx = Transaction<Database>;

/**
 * Writes one server row into the local copy. Rows are parsed with the shared domain schemas first
 * (server events carry clientAt/timeCorrected too). Tickets are upserted (their local `seq`, the
 * search rowid, is kept); comments and events are immutable, so an existing id is left as it is.
 * A change marked not visible (the ticket left our scopes) is still written: the ticket keeps its
 * new group/assignee, so it leaves "mine" and the group queue, and its history stays readable.
 */
export async function applyServerChange(trx: Trx, change: SyncChange): Promise<string | null> {
  if (change.op !== 'upsert' || change.row === null) return null;
  const row = change.row;
  switch (change.table) {
    case 'organizations': {
      const o = OrganizationSchema.parse(row);
      const values = { id: o.id, name: o.name, domains_json: JSON.stringify(o.domains) };
      await trx.insertInto('organizations').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
      return null;
    }
    case 'areas': {
      const a = AreaSchema.parse(row);
      const values = { id: a.id, organization_id: a.organizationId, name: a.name };
      await trx.insertInto('areas').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
      return null;
    }
    case 'requesters': {
      const r = RequesterSchema.parse(row);
      const values = {
        id: r.id,
        organization_id: r.organizationId,
        area_id: r.areaId,
        name: r.name,
        email: r.email,
        phone: r.phone,
        language: r.language,
      };
      await trx.insertInto('requesters').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
      return null;
    }
    case 'groups': {
      const g = GroupSchema.parse(row);
      const values = { id: g.id, name: g.name, level: g.level };
      await trx.insertInto('groups').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
      return null;
    }
    case 'agents': {
      const a = AgentSchema.parse(row);
      const values = { id: a.id, name: a.name, email: a.email, role: a.role, level: a.level, language: a.language };
      await trx.insertInto('agents').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
      await trx.deleteFrom('agent_groups').where('agent_id', '=', a.id).execute();
      if (a.groupIds.length > 0) {
        await trx
          .insertInto('agent_groups')
          .values(a.groupIds.map((group_id) => ({ agent_id: a.id, group_id })))
          .execute();
      }
      return null;
    }
    case 'categories': {
      const c = CategorySchema.parse(row);
      const values = {
        id: c.id,
        parent_id: c.parentId,
        name_es: c.name.es,
        name_en: c.name.en,
        default_type: c.defaultType,
        active: c.active ? 1 : 0,
      };
      await trx.insertInto('categories').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
      return null;
    }
    case 'tickets': {
      const values = ticketToRow(TicketSchema.parse(row));
      const { id: _id, ...update } = values;
      await trx.insertInto('tickets').values(values).onConflict((oc) => oc.column('id').doUpdateSet(update)).execute();
      return values.id;
    }
    case 'comments': {
      const c = TicketCommentSchema.parse(row);
      await trx.insertInto('comments').values(commentToRow(c)).onConflict((oc) => oc.column('id').doNothing()).execute();
      return c.ticketId;
    }
    case 'ticket_events': {
      const e = TicketEventSchema.parse(row);
      await trx.insertInto('ticket_events').values(eventToRow(e)).onConflict((oc) => oc.column('id').doNothing()).execute();
      return e.ticketId;
    }
    case 'checklist_templates':
    case 'resolution_codes':
      await applyWorkflowReferenceChange(trx, change.table, row);
      return null;
  }
}
