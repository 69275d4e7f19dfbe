import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ServerDatabase } from '../../db/schema';
import { mailDb } from '../email/mail-tables';

/** The moments a requester may be told about (DESIGN.md: requesters kept informed). */
export const NOTIFICATION_KINDS = [
  'created',
  'assigned',
  'agent_reply',
  'waiting',
  'resolved',
  'closed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationRulesSchema = z.strictObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<
    NotificationKind,
    z.ZodBoolean
  >,
);
export type NotificationRules = z.infer<typeof NotificationRulesSchema>;

/** Everything on: ITIL's "keep the user informed". An organization (or `*`, every one) turns kinds off. */
export const DEFAULT_RULES: NotificationRules = {
  created: true,
  assigned: true,
  agent_reply: true,
  waiting: true,
  resolved: true,
  closed: true,
};

/** The row that applies to organizations without their own. */
export const ALL_ORGANIZATIONS = '*';

export async function rulesFor(
  db: Kysely<ServerDatabase>,
  organizationId: string,
): Promise<NotificationRules> {
  const rows = await mailDb(db)
    .selectFrom('mail_notification_rules')
    .selectAll()
    .where('organization_id', 'in', [organizationId, ALL_ORGANIZATIONS])
    .execute();
  const own = rows.find((r) => r.organization_id === organizationId);
  const fallback = rows.find((r) => r.organization_id === ALL_ORGANIZATIONS);
  const chosen = own ?? fallback;
  return chosen
    ? { ...DEFAULT_RULES, ...(JSON.parse(chosen.rules_json) as Partial<NotificationRules>) }
    : DEFAULT_RULES;
}

export async function setRules(
  db: Kysely<ServerDatabase>,
  organizationId: string,
  rules: NotificationRules,
  nowIso: string,
): Promise<void> {
  const rulesJson = JSON.stringify(NotificationRulesSchema.parse(rules));
  await mailDb(db)
    .insertInto('mail_notification_rules')
    .values({ organization_id: organizationId, rules_json: rulesJson, updated_at: nowIso })
    .onConflict((oc) =>
      oc.column('organization_id').doUpdateSet({ rules_json: rulesJson, updated_at: nowIso }),
    )
    .execute();
}
