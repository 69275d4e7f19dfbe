import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../../shared/api/client';
import type { Language } from '../../../shared/domain/localized-text';
import { PAGE_SIZE } from './page-cache';
import { createQueueSlice } from './queue-slice';
import { createSessionSlice } from './session-slice';
import { createSlaSlice } from './sla-slice';
import { createTicketSlice } from './ticket-slice';
import type { AppState, StoreDeps } from './types';
import { createUiSlice } from './ui-slice';
import { createChecklistSlice } from './checklist-slice';
import { createWorkflowSlice } from './workflow-slice';

export type AppStore = StoreApi<AppState>;

export interface CreateAppStoreOptions {
  api: ApiClient;
  initialLanguage?: Language;
  pageSize?: number;
}

/** One vanilla store from four slices; works outside React (tests, event wiring). */
export function createAppStore(options: CreateAppStoreOptions): AppStore {
  const deps: StoreDeps = { api: options.api, pageSize: options.pageSize ?? PAGE_SIZE };
  return createStore<AppState>()((...a) => ({
    ...createSessionSlice(options.initialLanguage ?? 'es')(deps)(...a),
    ...createQueueSlice(deps)(...a),
    ...createTicketSlice(deps)(...a),
    ...createUiSlice(deps)(...a),
    ...createSlaSlice(deps)(...a),
    ...createChecklistSlice(deps)(...a),
    ...createWorkflowSlice(deps)(...a),
  }));
}

/** Main's pushes: changed tickets refresh visible pages, counts and the open ticket; language follows. */
export function bindApiEvents(store: AppStore, api: ApiClient): () => void {
  const offTickets = api.on('tickets.changed', (payload) => {
    const state = store.getState();
    void state.invalidateQueue();
    const open = state.ticket.selectedId;
    if (open && payload.ticketIds.includes(open)) void state.reloadTicket();
    if (state.workflow.escalatedView) void state.loadEscalated();
  });
  const offSession = api.on('session.changed', (payload) => {
    store.getState().languageChanged(payload.language);
  });
  return () => {
    offTickets();
    offSession();
  };
}
