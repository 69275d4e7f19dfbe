import type { Kysely } from 'kysely';
import { newId } from '../../../../shared/domain/ids';
import type { Language } from '../../../../shared/domain/localized-text';
import type { Requester } from '../../../../shared/domain/people';
import { requesterFromRow } from '../../../db/rows/reference-rows';
import type { ServerDatabase } from '../../../db/schema';
import type { ChangeRecorder } from '../../../sync/change-log/change-recorder';
import { STAFF } from '../../../sync/scopes';

/** The organization whose `domains` claim the address (sub-domains included), or null. */
export async function organizationForAddress(
  db: Kysely<ServerDatabase>,
  address: string,
): Promise<string | null> {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  if (!domain) return null;
  const orgs = await db.selectFrom('organizations').select(['id', 'domains_json']).orderBy('id').execute();
  for (const org of orgs) {
    const domains = (JSON.parse(org.domains_json) as string[]).map((d) => d.toLowerCase());
    if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return org.id;
  }
  return null;
}

export async function findRequesterByEmail(
  db: Kysely<ServerDatabase>,
  address: string,
): Promise<Requester | null> {
  const row = await db
    .selectFrom('requesters')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', address.toLowerCase()))
    .orderBy('id')
    .executeTakeFirst();
  return row ? requesterFromRow(row) : null;
}

export interface NewSender {
  address: string;
  name: string;
  language: Language;
  defaultOrganizationId: string | null;
}

/**
 * The requester behind a sender: an existing one by address, or a new one in the organization that
 * claims the domain (else the configured default). Null when neither exists: such mail is recorded
 * and not ticketed. A new requester is reference data every desk user receives (scope `staff`).
 */
export async function resolveRequester(
  trx: Kysely<ServerDatabase>,
  recorder: ChangeRecorder,
  sender: NewSender,
): Promise<Requester | null> {
  const known = await findRequesterByEmail(trx, sender.address);
  if (known) return known;
  const organizationId = (await organizationForAddress(trx, sender.address)) ?? sender.defaultOrganizationId;
  if (!organizationId) return null;
  const requester: Requester = {
    id: newId(),
    organizationId,
    areaId: null,
    name: (sender.name || sender.address.split('@')[0] || sender.address).slice(0, 200),
    email: sender.address,
    phone: null,
    language: sender.language,
  };
  await trx
    .insertInto('requesters')
    .values({
      id: requester.id,
      organization_id: requester.organizationId,
      area_id: null,
      name: requester.name,
      email: requester.email,
      phone: null,
      language: requester.language,
    })
    .execute();
  recorder.record({
    table: 'requesters',
    pk: requester.id,
    op: 'upsert',
    row: requester,
    scopes: [STAFF],
    currentScopes: [STAFF],
  });
  return requester;
}
