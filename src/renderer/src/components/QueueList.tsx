import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/use-now';
import { useCategoryPath, useReference } from '../hooks/use-reference';
import { translateError } from '../i18n/translate-error';
import { rowAt } from '../store/page-cache';
import { useAppStore } from '../store/use-app-store';
import { QueueRowPlaceholder, QueueRowView } from './QueueRowView';

export const ROW_HEIGHT = 56;
/** Rows rendered beyond the viewport on each side: enough to hide a frame's scroll, few enough to mount cheaply. */
const OVERSCAN = 6;
/** Pages are requested at most this often while the list scrolls (trailing edge included). */
const FETCH_THROTTLE_MS = 80;
/**
 * Rows beyond the window whose pages are fetched ahead: the next page lands while it is still off
 * screen, so scrolling shows rows instead of placeholders and a landing page mounts nothing.
 */
const PREFETCH_ROWS = 40;

interface RowWindow {
  /** First and last row index to render (overscan included); last < first when there are none. */
  first: number;
  last: number;
}

/**
 * Fixed-height windowing: the rows to render are arithmetic on scrollTop, so nothing is measured
 * and nothing is proportional to the number of rows. (A general virtualizer keeps one measurement
 * object per row: 60k objects rebuilt whenever a filter changes the total, several ms per change.)
 * Scroll events only set state when the window actually moves; React batches the render.
 */
function useRowWindow(scrollRef: RefObject<HTMLDivElement | null>, count: number, rowHeight: number, overscan: number) {
  const viewport = useRef(0);
  const compute = useCallback((): RowWindow => {
    const el = scrollRef.current;
    if (!el || count === 0) return { first: 0, last: -1 };
    const top = el.scrollTop;
    const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
    const last = Math.min(count - 1, Math.ceil((top + viewport.current) / rowHeight) + overscan);
    return { first, last };
  }, [scrollRef, count, rowHeight, overscan]);
  const [range, setRange] = useState<RowWindow>({ first: 0, last: -1 });
  const update = useCallback(() => {
    const next = compute();
    setRange((w) => (w.first === next.first && w.last === next.last ? w : next));
  }, [compute]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    viewport.current = el.clientHeight;
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver((entries) => {
      viewport.current = entries[0]?.contentRect.height ?? el.clientHeight;
      update();
    });
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scrollRef, update]);

  const scrollToOffset = useCallback(
    (top: number) => {
      const el = scrollRef.current;
      if (el && el.scrollTop !== top) el.scrollTop = top;
    },
    [scrollRef],
  );
  /** Brings row `index` into view with the least scrolling (already visible: no scroll). */
  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + viewport.current) el.scrollTop = top + rowHeight - viewport.current;
    },
    [scrollRef, rowHeight],
  );
  return { ...range, totalSize: count * rowHeight, scrollToOffset, scrollToIndex };
}

function indexes(first: number, last: number): number[] {
  const list: number[] = [];
  for (let i = first; i <= last; i++) list.push(i);
  return list;
}

/** The virtualized queue: only visible rows exist in the DOM; their pages load as they come into view. */
export function QueueList() {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastFetch = useRef(0);
  const total = useAppStore((s) => s.queue.total);
  const pages = useAppStore((s) => s.queue.pages);
  const previous = useAppStore((s) => s.queue.previous);
  const key = useAppStore((s) => s.queue.key);
  const error = useAppStore((s) => s.queue.error);
  const selectedId = useAppStore((s) => s.ticket.selectedId);
  const selectedIndex = useAppStore((s) => s.queue.selectedIndex);
  const ensureRange = useAppStore((s) => s.ensureRange);
  const selectIndex = useAppStore((s) => s.selectIndex);
  const pageSize = useAppStore((s) => s.queue.pageSize);
  const language = useAppStore((s) => s.session.language);
  const reference = useReference();
  const pathOf = useCategoryPath();
  const now = useNow();

  const rows = useRowWindow(scrollRef, total ?? 0, ROW_HEIGHT, OVERSCAN);
  const { first, scrollToOffset, scrollToIndex } = rows;
  const last = Math.max(first, rows.last);

  useEffect(() => {
    const wait = Math.max(0, FETCH_THROTTLE_MS - (performance.now() - lastFetch.current));
    const timer = setTimeout(() => {
      lastFetch.current = performance.now();
      void ensureRange(Math.max(0, first - PREFETCH_ROWS), last + PREFETCH_ROWS);
    }, wait);
    return () => clearTimeout(timer);
  }, [first, last, key, total, ensureRange]);

  useEffect(() => {
    scrollToOffset(0);
  }, [key, scrollToOffset]);

  useEffect(() => {
    if (selectedIndex === null) return;
    scrollToIndex(selectedIndex);
    const list = scrollRef.current;
    if (list?.contains(document.activeElement) && document.activeElement !== list) {
      requestAnimationFrame(() =>
        list.querySelector<HTMLElement>(`[data-index="${selectedIndex}"] button`)?.focus(),
      );
    }
  }, [selectedIndex, scrollToIndex]);

  if (error && total === null) {
    return (
      <p className="queue__message" role="alert">
        {t('queue.error', { message: translateError(t, error) })}
      </p>
    );
  }
  if (total === 0) return <p className="queue__message muted">{t('queue.empty')}</p>;

  return (
    <div ref={scrollRef} className="queue__scroll" data-testid="queue-list" tabIndex={-1}>
      <div
        role="list"
        aria-label={t('queue.label')}
        aria-busy={previous !== null}
        className="queue__rows"
        style={{ height: rows.totalSize }}
      >
        {indexes(first, rows.last).map((index) => {
          const row = rowAt(pages, index, pageSize) ?? (previous ? rowAt(previous, index, pageSize) : undefined);
          return (
            <div
              key={index}
              role="listitem"
              data-index={index}
              aria-setsize={total ?? -1}
              aria-posinset={index + 1}
              className="queue__slot"
              style={{ height: ROW_HEIGHT, transform: `translateY(${index * ROW_HEIGHT}px)` }}
            >
              {row ? (
                <QueueRowView
                  row={row}
                  index={index}
                  selected={row.id === selectedId}
                  categoryPath={pathOf(row.categoryId)}
                  organizationName={reference?.organizationsById.get(row.organizationId)?.name ?? ''}
                  now={now}
                  language={language}
                  t={t}
                  onSelect={selectIndex}
                />
              ) : (
                <QueueRowPlaceholder />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
