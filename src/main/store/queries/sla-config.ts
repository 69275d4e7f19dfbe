/**
 * Reading and writing SLA configuration. Everything is validated with the shared parsers before it is
 * written and again when it is read back (a file edited by hand must not crash the engine).
 */
import type { Kysely } from 'kysely';
import type { SlaContract } from '../../../shared/sla/clock-types';
import type { Calendar, CompiledCalendar, SlaPolicy, ThirdPartyResponsibility } from '../../../shared/sla/index';
import { compileCalendar, parseCalendar, parsePolicies, parsePolicy } from '../../../shared/sla/index';
import type { ValidationError } from '../../../shared/sla/index';
import type { Database } from '../schema';
import { slaStore } from './sla-tables';

export interface SlaConfig {
  calendars: ReadonlyMap<string, CompiledCalendar>;
  policies: readonly SlaPolicy[];
  contractsByOrganization: ReadonlyMap<string, SlaContract>;
  /** Stored rows that failed validation: skipped, reported for the admin screen. */
  problems: Array<{ table: string; id: string; errors: ValidationError[] | string }>;
}

export async function loadSlaConfig(db: Kysely<Database>): Promise<SlaConfig> {
  const store = slaStore(db);
  const problems: SlaConfig['problems'] = [];
  const calendars = new Map<string, CompiledCalendar>();
  for (const row of await store.selectFrom('sla_calendars').selectAll().orderBy('id').execute()) {
    const parsed = parseCalendar(JSON.parse(row.calendar_json));
    if (parsed.ok) calendars.set(row.id, compileCalendar(parsed.calendar));
    else problems.push({ table: 'sla_calendars', id: row.id, errors: parsed.errors });
  }
  const policies: SlaPolicy[] = [];
  for (const row of await store.selectFrom('sla_policies').selectAll().orderBy('position').orderBy('id').execute()) {
    const parsed = parsePolicy(JSON.parse(row.policy_json));
    if (parsed.ok) policies.push(parsed.policy);
    else problems.push({ table: 'sla_policies', id: row.id, errors: parsed.errors });
  }
  const contractsByOrganization = new Map<string, SlaContract>();
  for (const row of await store.selectFrom('sla_contracts').selectAll().execute()) {
    contractsByOrganization.set(row.organization_id, {
      id: row.id,
      organizationId: row.organization_id,
      name: row.name,
      thirdPartyResponsibility: row.third_party_responsibility as ThirdPartyResponsibility,
    });
  }
  return { calendars, policies, contractsByOrganization, problems };
}

export async function saveSlaCalendar(db: Kysely<Database>, id: string, calendar: Calendar, now: string): Promise<void> {
  const parsed = parseCalendar(calendar);
  if (!parsed.ok) throw new Error(`invalid calendar ${id}: ${JSON.stringify(parsed.errors)}`);
  const values = { id, name: parsed.calendar.name, calendar_json: JSON.stringify(parsed.calendar), updated_at: now };
  await slaStore(db)
    .insertInto('sla_calendars')
    .values(values)
    .onConflict((c) => c.column('id').doUpdateSet(values))
    .execute();
}

export async function saveSlaPolicies(db: Kysely<Database>, policies: readonly unknown[], now: string): Promise<void> {
  const parsed = parsePolicies(policies);
  if (!parsed.ok) throw new Error(`invalid policies: ${JSON.stringify(parsed.errors)}`);
  await slaStore(db)
    .transaction()
    .execute(async (trx) => {
      for (const [position, policy] of parsed.policies.entries()) {
        const values = { id: policy.id, name: policy.name, position, policy_json: JSON.stringify(policy), updated_at: now };
        await trx
          .insertInto('sla_policies')
          .values(values)
          .onConflict((c) => c.column('id').doUpdateSet(values))
          .execute();
      }
    });
}

export async function saveSlaContract(
  db: Kysely<Database>,
  contract: SlaContract & { terms?: Record<string, unknown> },
  now: string,
): Promise<void> {
  const values = {
    id: contract.id,
    organization_id: contract.organizationId,
    name: contract.name ?? contract.id,
    third_party_responsibility: contract.thirdPartyResponsibility ?? 'provider',
    terms_json: JSON.stringify(contract.terms ?? {}),
    updated_at: now,
  };
  await slaStore(db)
    .insertInto('sla_contracts')
    .values(values)
    .onConflict((c) => c.column('id').doUpdateSet(values))
    .execute();
}
