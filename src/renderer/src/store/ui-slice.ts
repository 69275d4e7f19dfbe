import type { SearchHit } from '../../../shared/api/queue-schemas';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

export type DialogName = 'newTicket' | 'shortcuts';

export interface SearchState {
  query: string;
  hits: SearchHit[];
  loading: boolean;
  /** The query `hits` answer (results of older queries are dropped). */
  answered: string;
}

export interface UiState {
  dialog: DialogName | null;
  banner: UiError | null;
  search: SearchState;
  /** Bumped to ask a component to take focus (keyboard shortcuts); components watch the number. */
  focusSearchTick: number;
  statusMenuTick: number;
}

export interface UiSlice {
  ui: UiState;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
  showError(error: unknown): void;
  dismissBanner(): void;
  setSearchQuery(query: string): void;
  runSearch(query: string): Promise<void>;
  clearSearch(): void;
  requestFocusSearch(): void;
  requestStatusMenu(): void;
}

const EMPTY_SEARCH: SearchState = { query: '', hits: [], loading: false, answered: '' };

export const createUiSlice: SliceCreator<UiSlice> =
  ({ api }) =>
  (set, get) => ({
    ui: { dialog: null, banner: null, search: EMPTY_SEARCH, focusSearchTick: 0, statusMenuTick: 0 },

    openDialog(dialog) {
      set((s) => ({ ui: { ...s.ui, dialog } }));
    },
    closeDialog() {
      set((s) => ({ ui: { ...s.ui, dialog: null } }));
    },
    showError(error) {
      set((s) => ({ ui: { ...s.ui, banner: toUiError(error) } }));
    },
    dismissBanner() {
      set((s) => ({ ui: { ...s.ui, banner: null } }));
    },

    setSearchQuery(query) {
      set((s) => ({ ui: { ...s.ui, search: { ...s.ui.search, query } } }));
    },

    async runSearch(query) {
      const trimmed = query.trim();
      if (!trimmed) {
        set((s) => ({ ui: { ...s.ui, search: { ...s.ui.search, hits: [], loading: false, answered: '' } } }));
        return;
      }
      set((s) => ({ ui: { ...s.ui, search: { ...s.ui.search, loading: true } } }));
      try {
        const hits = await api.invoke('ticket.search', { query: trimmed.slice(0, 200), limit: 50 });
        if (get().ui.search.query.trim() !== trimmed) return;
        set((s) => ({
          ui: { ...s.ui, search: { ...s.ui.search, hits, loading: false, answered: trimmed } },
        }));
      } catch (error) {
        if (get().ui.search.query.trim() !== trimmed) return;
        set((s) => ({
          ui: { ...s.ui, search: { ...s.ui.search, hits: [], loading: false, answered: trimmed } },
        }));
        get().showError(error);
      }
    },

    clearSearch() {
      set((s) => ({ ui: { ...s.ui, search: EMPTY_SEARCH } }));
    },
    requestFocusSearch() {
      set((s) => ({ ui: { ...s.ui, focusSearchTick: s.ui.focusSearchTick + 1 } }));
    },
    requestStatusMenu() {
      set((s) => ({ ui: { ...s.ui, statusMenuTick: s.ui.statusMenuTick + 1 } }));
    },
  });
