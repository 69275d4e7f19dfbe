import type { QueueFilters, QueueRow, QueueSort, QueueView } from '../../../shared/api/queue-schemas';

export const PAGE_SIZE = 100;
/** Pages kept in memory; the ones farthest from the visible range go first. */
export const MAX_CACHED_PAGES = 40;

export interface QueueQuery {
  view: QueueView;
  sort: QueueSort;
  filters: QueueFilters;
}

export interface CachedPage {
  rows: QueueRow[];
  /** Kept on screen after a `tickets.changed` until its refetch lands. */
  stale: boolean;
}

export type PageMap = Readonly<Record<number, CachedPage>>;

/** Stable key of a query: filter lists are sorted so the same selection gives the same key. */
export function queryKey(query: QueueQuery): string {
  const f = query.filters;
  const sorted = (list: readonly string[]): string[] => [...list].sort();
  return JSON.stringify([
    query.view,
    query.sort.by,
    query.sort.direction,
    sorted(f.statuses),
    sorted(f.priorities),
    sorted(f.categoryIds),
    sorted(f.channels),
    sorted(f.organizationIds),
  ]);
}

/** Page indexes covering rows [start, end] (inclusive), clamped to the known total. */
export function pagesForRange(start: number, end: number, pageSize: number, total: number | null): number[] {
  const last = total === null ? end : Math.min(end, total - 1);
  const first = Math.max(0, start);
  if (last < first) return total === null || total > 0 ? [Math.floor(first / pageSize)] : [];
  const pages: number[] = [];
  for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) pages.push(p);
  return pages;
}

export function rowAt(pages: PageMap, index: number, pageSize = PAGE_SIZE): QueueRow | undefined {
  return pages[Math.floor(index / pageSize)]?.rows[index % pageSize];
}

/** Index of a ticket among the loaded rows, or -1. */
export function indexOfTicket(pages: PageMap, ticketId: string, pageSize = PAGE_SIZE): number {
  for (const [key, page] of Object.entries(pages)) {
    const i = page.rows.findIndex((r) => r.id === ticketId);
    if (i >= 0) return Number(key) * pageSize + i;
  }
  return -1;
}

/** Drops the pages farthest from `center` until at most `max` remain. */
export function evictFarPages(pages: PageMap, center: number, max = MAX_CACHED_PAGES): PageMap {
  const keys = Object.keys(pages).map(Number);
  if (keys.length <= max) return pages;
  keys.sort((a, b) => Math.abs(a - center) - Math.abs(b - center));
  const kept: Record<number, CachedPage> = {};
  for (const k of keys.slice(0, max)) kept[k] = pages[k] as CachedPage;
  return kept;
}
