import type { Migration } from 'kysely/migration';
import * as m20261126T2200 from './20261126T2200-initial';

/**
 * Every migration, bundled statically (no directory scan at run time, so the packaged app and
 * the tests run the same list). Names sort in the order they must run.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261126T2200-initial': m20261126T2200,
};
