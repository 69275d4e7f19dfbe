import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../../shared/api/client';
import type { SyncIssue, SyncStatus } from '../../../shared/api/sync-schemas';
import type { AppStore } from './create-app-store';
import { indexReference } from './session-slice';

export interface SyncState {
  status: SyncStatus | null;
  issues: SyncIssue[];
  panelOpen: boolean;
  refresh(): Promise<SyncStatus>;
  statusChanged(status: SyncStatus): void;
  loadIssues(): Promise<void>;
  login(input: { serverUrl?: string; email: string; password: string }): Promise<void>;
  logout(): Promise<void>;
  dismiss(mutationId: number): Promise<void>;
  reapply(mutationId: number): Promise<void>;
  openPanel(): void;
  closePanel(): void;
}

export type SyncStore = StoreApi<SyncState>;

/** Whether the workstation must show the sign-in form before anything else. */
export function needsSignIn(status: SyncStatus | null): boolean {
  return status !== null && status.mode === 'server' && (!status.signedIn || !status.ready);
}

/** The sync indicator, the Sync panel and the sign-in form read this small store (apart from the app's). */
export function createSyncStore(api: ApiClient): SyncStore {
  return createStore<SyncState>()((set, get) => ({
    status: null,
    issues: [],
    panelOpen: false,
    async refresh() {
      const status = await api.invoke('sync.status', {});
      set({ status });
      return status;
    },
    statusChanged(status) {
      set({ status });
      if (get().panelOpen) void get().loadIssues();
    },
    async loadIssues() {
      set({ issues: await api.invoke('sync.listIssues', {}) });
    },
    async login(input) {
      const status = await api.invoke('sync.login', input);
      set({ status });
    },
    async logout() {
      await api.invoke('sync.logout', {});
      await get().refresh();
    },
    async dismiss(mutationId) {
      await api.invoke('sync.dismiss', { mutationId });
      await get().loadIssues();
    },
    async reapply(mutationId) {
      await api.invoke('sync.reapply', { mutationId });
      await get().loadIssues();
    },
    openPanel() {
      set({ panelOpen: true });
      void get().loadIssues();
    },
    closePanel() {
      set({ panelOpen: false });
    },
  }));
}

/**
 * Main's `sync.changed`: the indicator follows; when a sync round ends, reference data (agents,
 * groups, categories) may have arrived, so the workstation reloads it together with the queue.
 */
export function bindSyncEvents(sync: SyncStore, app: AppStore, api: ApiClient): () => void {
  return api.on('sync.changed', (status) => {
    const before = sync.getState().status;
    sync.getState().statusChanged(status);
    const roundEnded = before?.progress !== null && before?.progress !== undefined && status.progress === null;
    if (roundEnded && app.getState().session.status === 'ready') void reloadReference(app, api);
  });
}

async function reloadReference(app: AppStore, api: ApiClient): Promise<void> {
  try {
    const reference = indexReference(await api.invoke('reference.get', {}));
    app.setState((s) => ({ session: { ...s.session, reference } }));
  } catch {
    // The next round tries again; the workstation keeps the reference data it has.
  }
}
