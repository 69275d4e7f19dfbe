import type { ApiEventName, ApiEventPayload } from '../../shared/api/contract';

type Listener = (event: ApiEventName, payload: unknown) => void;

/** Main-process events fanned out to every window or browser-host socket that listens. */
export interface ApiEventBus {
  emit<E extends ApiEventName>(event: E, payload: ApiEventPayload<E>): void;
  subscribe(listener: Listener): () => void;
}

export function createApiEventBus(): ApiEventBus {
  const listeners = new Set<Listener>();
  return {
    emit(event, payload) {
      for (const l of listeners) l(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
