/** The workstation's SLA settings (thresholds for new policies, repeat interval, DND) in `sync_meta`. */
import type { Kysely } from 'kysely';
import { DEFAULT_SLA_SETTINGS, SlaSettingsSchema, type SlaSettings } from '../../shared/api/sla-schemas';
import { readMeta, writeMeta } from '../store/queries';
import type { Database } from '../store/schema';

const KEY = 'settings.sla';

/** A missing or hand-broken value falls back to the defaults rather than stopping the engine. */
export async function readSlaSettings(db: Kysely<Database>): Promise<SlaSettings> {
  const stored = await readMeta(db, KEY);
  if (!stored) return { ...DEFAULT_SLA_SETTINGS };
  try {
    const parsed = SlaSettingsSchema.safeParse({
      ...DEFAULT_SLA_SETTINGS,
      ...(JSON.parse(stored) as object),
    });
    return parsed.success ? parsed.data : { ...DEFAULT_SLA_SETTINGS };
  } catch {
    return { ...DEFAULT_SLA_SETTINGS };
  }
}

export async function writeSlaSettings(db: Kysely<Database>, settings: SlaSettings): Promise<void> {
  await writeMeta(db, KEY, JSON.stringify(settings));
}
