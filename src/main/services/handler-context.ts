import type { Kysely } from 'kysely';
import type { IdGenerator } from '../../shared/domain/ids';
import type { PriorityMatrix } from '../../shared/domain/priority';
import type { ApiEventBus } from '../api/event-bus';
import type { SlaService } from '../sla/sla-service';
import type { Database } from '../store/schema';
import type { SyncService } from '../sync/sync-service';
import type { ServerAccess } from '../dashboard/server-reports-client';
import type { Clock } from './clock';
import type { Notifier } from './notifier';
import type { Session } from './session';

/** What every bridge handler may use; built once at start-up by createMainServices. */
export interface HandlerContext {
  db: Kysely<Database>;
  clock: Clock;
  newId: IdGenerator;
  events: ApiEventBus;
  notifier: Notifier;
  session: Session;
  priorityMatrix: PriorityMatrix;
  /** The SLA engine and its settings. */
  sla: SlaService;
  /** The sync client; null when no server is configured (the workstation works locally only). */
  sync: SyncService | null;
  /** The central server with the session token (report PDFs and deliveries); absent when local-only. */
  serverAccess?: ServerAccess | null;
}
