import { useEffect, useMemo, useRef } from 'react';
import { createDocumentationTimer } from '../lib/documentation-timer';
import { useAppStore } from '../store/use-app-store';

/**
 * Measures the agent's active editing in a ticket's editors and records it on the ticket
 * (`ticket.recordDocumentationTime`) when the editor loses focus or the ticket changes.
 * Spread the returned handlers on the textarea.
 */
export function useDocumentationTimer(ticketId: string) {
  const record = useAppStore((s) => s.recordDocumentationTime);
  const timer = useRef(createDocumentationTimer());
  useEffect(() => {
    const current = timer.current;
    return () => {
      const seconds = current.take();
      if (seconds > 0) void record(ticketId, seconds).catch(() => undefined);
    };
  }, [ticketId, record]);
  return useMemo(
    () => ({
      onFocus: () => timer.current.focus(),
      onInput: () => timer.current.input(),
      onBlur: () => {
        timer.current.blur();
        const seconds = timer.current.take();
        if (seconds > 0) void record(ticketId, seconds).catch(() => undefined);
      },
    }),
    [ticketId, record],
  );
}
