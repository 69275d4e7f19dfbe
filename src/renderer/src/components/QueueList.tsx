import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
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

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // Rows have a fixed height: nothing to measure. Scroll updates render in React's normal batch
    // instead of a flushSync inside the scroll event.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    const wait = Math.max(0, FETCH_THROTTLE_MS - (performance.now() - lastFetch.current));
    const timer = setTimeout(() => {
      lastFetch.current = performance.now();
      void ensureRange(first, last);
    }, wait);
    return () => clearTimeout(timer);
  }, [first, last, key, total, ensureRange]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [key, virtualizer]);

  useEffect(() => {
    if (selectedIndex === null) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    const list = scrollRef.current;
    if (list?.contains(document.activeElement) && document.activeElement !== list) {
      requestAnimationFrame(() =>
        list.querySelector<HTMLElement>(`[data-index="${selectedIndex}"] button`)?.focus(),
      );
    }
  }, [selectedIndex, virtualizer]);

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
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rowAt(pages, item.index, pageSize) ?? (previous ? rowAt(previous, item.index, pageSize) : undefined);
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              aria-setsize={total ?? -1}
              aria-posinset={item.index + 1}
              className="queue__slot"
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              {row ? (
                <QueueRowView
                  row={row}
                  index={item.index}
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
