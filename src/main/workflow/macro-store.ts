import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DEMO_MACROS } from '../../shared/demo/macros';
import { MacroSchema, type Macro } from '../../shared/workflow/macros';
import { readMeta, writeMeta } from '../store/queries';
import type { Database } from '../store/schema';

const KEY = 'settings.macros';

/** The desk's canned answers (reference data of this device, `sync_meta`). */
export async function saveMacros(db: Kysely<Database>, macros: readonly Macro[]): Promise<void> {
  await writeMeta(db, KEY, JSON.stringify(macros));
}

/** Stored macros; the demo set when none were stored (a desk signed in to a server gets them too). */
export async function loadMacros(db: Kysely<Database>): Promise<Macro[]> {
  const stored = await readMeta(db, KEY);
  if (!stored) return DEMO_MACROS.map((m) => ({ ...m }));
  const parsed = z.array(MacroSchema).safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : DEMO_MACROS.map((m) => ({ ...m }));
}
