import type { Migration } from 'kysely/migration';
import * as m20261126T2200 from './20261126T2200-initial';
import * as m20261126T2300 from './20261126T2300-queue-covering-indexes';
import * as m20261126T2300Sla from './20261126T2300-sla';
import * as m20261127T0000QueueFacets from './20261127T0000-queue-facets';
import * as m20261127T0100Sync from './20261127T0100-sync';
import * as m20261127T0200Workflow from './20261127T0200-workflow';
import * as m20261128T1200WorkflowUi from './20261128T1200-workflow-ui';
import * as m20261128T1210EscalationsIndex from './20261128T1210-escalations-index';

/**
 * Every migration, bundled statically (no directory scan at run time, so the packaged app and
 * the tests run the same list). Names sort in the order they must run.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261126T2200-initial': m20261126T2200,
  '20261126T2300-queue-covering-indexes': m20261126T2300,
  '20261126T2300-sla': m20261126T2300Sla,
  '20261127T0000-queue-facets': m20261127T0000QueueFacets,
  '20261127T0100-sync': m20261127T0100Sync,
  '20261127T0200-workflow': m20261127T0200Workflow,
  '20261128T1200-workflow-ui': m20261128T1200WorkflowUi,
  '20261128T1210-escalations-index': m20261128T1210EscalationsIndex,
};
