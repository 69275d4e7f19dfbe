import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SyncState, SyncStore } from './sync-store';

export const SyncStoreContext = createContext<SyncStore | null>(null);

export function useSyncStore<T>(selector: (state: SyncState) => T): T {
  const store = useContext(SyncStoreContext);
  if (!store) throw new Error('SyncStoreContext is missing');
  return useStore(store, selector);
}
