import type { StateCreator } from 'zustand/vanilla';
import type { ApiClient } from '../../../shared/api/client';
import type { QueueSlice } from './queue-slice';
import type { SessionSlice } from './session-slice';
import type { SlaSlice } from './sla-slice';
import type { TicketSlice } from './ticket-slice';
import type { UiSlice } from './ui-slice';
import type { ChecklistSlice } from './checklist-slice';
import type { WorkflowSlice } from './workflow-slice';

export type AppState = SessionSlice & QueueSlice & TicketSlice & UiSlice & SlaSlice & ChecklistSlice & WorkflowSlice;

export interface StoreDeps {
  api: ApiClient;
  /** Rows per `queue.page` request. */
  pageSize: number;
}

/** Each slice sees the whole state (to call the others' actions) and the injected deps. */
export type SliceCreator<T> = (deps: StoreDeps) => StateCreator<AppState, [], [], T>;
