import type { QueueCounts, QueueFilters, QueueSort, QueueView } from '../../../shared/api/queue-schemas';
import {
  evictFarPages,
  indexOfTicket,
  pagesForRange,
  queryKey,
  rowAt,
  type CachedPage,
  type PageMap,
  type QueueQuery,
} from './page-cache';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

export type FilterName = keyof QueueFilters;

export const EMPTY_FILTERS: QueueFilters = {
  statuses: [],
  priorities: [],
  categoryIds: [],
  channels: [],
  organizationIds: [],
};

export const DEFAULT_QUERY: QueueQuery = {
  view: 'all_open',
  sort: { by: 'priority', direction: 'asc' },
  filters: EMPTY_FILTERS,
};

export interface QueueState {
  /** Rows per `queue.page` request (and per cached page). */
  pageSize: number;
  query: QueueQuery;
  /** queryKey(query): the sparse page cache below belongs to this key only. */
  key: string;
  /** Bumped on every query change or invalidation; late answers of older generations are dropped. */
  generation: number;
  total: number | null;
  pages: PageMap;
  /**
   * The previous query's pages, shown (marked busy) where `pages` has nothing yet until the new
   * query's first page lands: a filter change repaints once, from old rows to new rows, instead of
   * twice through a screen of placeholders. Never read for selection or keyboard moves.
   */
  previous: PageMap | null;
  /** page → generation of the request in flight for it. */
  inflight: Readonly<Record<number, number>>;
  /** Rows [start, end] the list shows (plus overscan). */
  visible: { start: number; end: number };
  counts: QueueCounts | null;
  /** Row index of the selection, for j/k when the selected ticket is not among loaded rows. */
  selectedIndex: number | null;
  error: UiError | null;
}

export interface QueueSlice {
  queue: QueueState;
  setView(view: QueueView): void;
  setSort(sort: QueueSort): void;
  setFilter<K extends FilterName>(name: K, values: QueueFilters[K]): void;
  clearFilters(): void;
  /** Fetches the missing (or stale) pages of rows [start, end]; resolves when they land. */
  ensureRange(start: number, end: number): Promise<void>;
  /** Refetches page 0 of the current query (boot). */
  reloadQueue(): Promise<void>;
  /** `tickets.changed`: drop the cache, keep visible pages on screen as stale, refetch them. */
  invalidateQueue(): Promise<void>;
  loadCounts(): Promise<void>;
  /** Opens the row at `index` (click). */
  selectIndex(index: number): void;
  /** j/k: moves the selection by `delta` rows, loading the row's page if needed. */
  moveSelection(delta: number): Promise<void>;
}

function initialQueueState(query: QueueQuery, pageSize: number): QueueState {
  return {
    pageSize,
    query,
    key: queryKey(query),
    generation: 0,
    total: null,
    pages: {},
    previous: null,
    inflight: {},
    visible: { start: 0, end: 0 },
    counts: null,
    selectedIndex: null,
    error: null,
  };
}

export const createQueueSlice: SliceCreator<QueueSlice> =
  ({ api, pageSize }) =>
  (set, get) => {
    const fetchPage = async (page: number, generation: number): Promise<void> => {
      const { query } = get().queue;
      set((s) => ({ queue: { ...s.queue, inflight: { ...s.queue.inflight, [page]: generation } } }));
      try {
        const result = await api.invoke('queue.page', { ...query, offset: page * pageSize, limit: pageSize });
        if (get().queue.generation !== generation) return;
        set((s) => {
          const pages: Record<number, CachedPage> = {
            ...s.queue.pages,
            [page]: { rows: result.rows, stale: false },
          };
          const inflight = { ...s.queue.inflight };
          delete inflight[page];
          const center = Math.floor(s.queue.visible.start / pageSize);
          return {
            queue: {
              ...s.queue,
              pages: evictFarPages(pages, center),
              previous: null,
              inflight,
              total: result.total,
              error: null,
            },
          };
        });
      } catch (error) {
        if (get().queue.generation !== generation) return;
        set((s) => {
          const inflight = { ...s.queue.inflight };
          delete inflight[page];
          const total = s.queue.previous ? null : s.queue.total; // the old query's total is not this one's
          return { queue: { ...s.queue, inflight, previous: null, total, error: toUiError(error) } };
        });
      }
    };

    /** Fetches the missing or stale pages of rows [start, end] without moving the visible range. */
    const fetchMissing = async (start: number, end: number): Promise<void> => {
      const { pages, inflight, generation, total } = get().queue;
      const wanted = pagesForRange(start, end, pageSize, total).filter(
        (p) => (!pages[p] || pages[p].stale) && inflight[p] !== generation,
      );
      await Promise.all(wanted.map((p) => fetchPage(p, generation)));
    };

    const changeQuery = (query: QueueQuery): void => {
      const key = queryKey(query);
      const previous = get().queue.query;
      if (key === get().queue.key) return;
      set((s) => ({
        queue: {
          ...s.queue,
          query,
          key,
          generation: s.queue.generation + 1,
          pages: {},
          // Rows already on screen stay there (busy) until the new first page replaces them.
          previous: Object.keys(s.queue.pages).length > 0 ? s.queue.pages : s.queue.previous,
          inflight: {},
          visible: { start: 0, end: 0 },
          selectedIndex: null,
          error: null,
        },
      }));
      const page = get().reloadQueue();
      // The page first, the badge counts after it: both go down one bridge, and the counts (four
      // totals) must not delay the rows the agent is waiting for.
      if (JSON.stringify(previous.filters) !== JSON.stringify(query.filters)) void page.then(() => get().loadCounts());
    };

    return {
      queue: initialQueueState(DEFAULT_QUERY, pageSize),

      setView(view) {
        changeQuery({ ...get().queue.query, view });
      },
      setSort(sort) {
        changeQuery({ ...get().queue.query, sort });
      },
      setFilter(name, values) {
        const q = get().queue.query;
        changeQuery({ ...q, filters: { ...q.filters, [name]: values } });
      },
      clearFilters() {
        changeQuery({ ...get().queue.query, filters: EMPTY_FILTERS });
      },

      async ensureRange(start, end) {
        const { visible } = get().queue;
        if (visible.start !== start || visible.end !== end) {
          set((s) => ({ queue: { ...s.queue, visible: { start, end } } }));
        }
        await fetchMissing(start, end);
      },

      async reloadQueue() {
        const { visible } = get().queue;
        await get().ensureRange(visible.start, visible.end);
      },

      async invalidateQueue() {
        set((s) => {
          const { visible } = s.queue;
          const keep = new Set(pagesForRange(visible.start, visible.end, pageSize, s.queue.total));
          const pages: Record<number, CachedPage> = {};
          for (const p of keep) {
            const cached = s.queue.pages[p];
            if (cached) pages[p] = { rows: cached.rows, stale: true };
          }
          return { queue: { ...s.queue, generation: s.queue.generation + 1, pages, inflight: {} } };
        });
        await Promise.all([get().reloadQueue(), get().loadCounts()]);
      },

      async loadCounts() {
        const { filters } = get().queue.query;
        try {
          const counts = await api.invoke('queue.counts', { filters });
          if (get().queue.query.filters !== filters) return;
          set((s) => ({ queue: { ...s.queue, counts } }));
        } catch (error) {
          get().showError(error);
        }
      },

      selectIndex(index) {
        const row = rowAt(get().queue.pages, index, pageSize);
        set((s) => ({ queue: { ...s.queue, selectedIndex: index } }));
        if (row) void get().openTicket(row.id);
      },

      async moveSelection(delta) {
        const { queue, ticket } = get();
        if (!queue.total) return;
        const loadedIndex = ticket.selectedId ? indexOfTicket(queue.pages, ticket.selectedId, pageSize) : -1;
        const current = loadedIndex >= 0 ? loadedIndex : queue.selectedIndex;
        const next =
          current === null
            ? delta > 0
              ? 0
              : queue.total - 1
            : Math.min(Math.max(current + delta, 0), queue.total - 1);
        set((s) => ({ queue: { ...s.queue, selectedIndex: next } }));
        let row = rowAt(get().queue.pages, next, pageSize);
        if (!row) {
          await fetchMissing(next, next);
          if (get().queue.selectedIndex !== next) return;
          row = rowAt(get().queue.pages, next, pageSize);
        }
        if (row && row.id !== get().ticket.selectedId) await get().openTicket(row.id);
      },
    };
  };
