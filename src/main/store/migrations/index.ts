import type { Migration } from 'kysely/migration';
import * as m20261126T2200 from './20261126T2200-initial';
import * as m20261126T2300 from './20261126T2300-queue-covering-indexes';
import * as m20261126T2300Sla from './20261126T2300-sla';

/**
 * Every migration, bundled statically (no directory scan at run time, so the packaged app and
 * the tests run the same list). Names sort in the order they must run.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261126T2200-initial': m20261126T2200,
  '20261126T2300-queue-covering-indexes': m20261126T2300,
  '20261126T2300-sla': m20261126T2300Sla,
};
