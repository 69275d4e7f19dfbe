import type { Migration } from 'kysely/migration';
import * as m20261127T0900 from './20261127T0900-server-initial';
import * as m20261127T1000Workflow from './20261127T1000-server-workflow';
import * as m20261128T0900Mail from './20261128T0900-server-mail';
import * as m20261128T1100Phone from './20261128T1100-server-phone';
import * as m20261128T1300PortalChat from './20261128T1300-server-portal-chat';
import * as m20261129T0900Reports from './20261129T0900-server-reports';
import * as m20261130T0900SyncAcks from './20261130T0900-server-sync-acks';

/**
 * Every server migration, bundled statically (no directory scan at run time). Names sort in the
 * order they run. The same list runs on SQLite and PostgreSQL.
 */
export const SERVER_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261127T0900-server-initial': m20261127T0900,
  '20261127T1000-server-workflow': m20261127T1000Workflow,
  '20261128T0900-server-mail': m20261128T0900Mail,
  '20261128T1100-server-phone': m20261128T1100Phone,
  '20261128T1300-server-portal-chat': m20261128T1300PortalChat,
  '20261129T0900-server-reports': m20261129T0900Reports,
  '20261130T0900-server-sync-acks': m20261130T0900SyncAcks,
};
