import { useSyncExternalStore } from 'react';

/**
 * One 1 s ticker shared by every visible SLA badge (not one timer per row): it runs only while some
 * badge is subscribed and each tick re-renders just the subscribed badges.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const snapshot = (): number => now;

/** Current time in ms, updated once a second for all subscribers together. */
export function useSlaTicker(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** Test hook: how many components listen (1 interval regardless). */
export function tickerListenerCount(): number {
  return listeners.size;
}
