import { useCallback, useEffect, useState } from 'react';
import { PortalError } from '../api/portal-client';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: PortalError };

export function toPortalError(error: unknown): PortalError {
  return error instanceof PortalError ? error : new PortalError(0, 'internal');
}

async function settle<T>(load: () => Promise<T>): Promise<AsyncState<T>> {
  try {
    return { status: 'ready', value: await load() };
  } catch (error) {
    return { status: 'error', error: toPortalError(error) };
  }
}

/** Loads on mount and when `key` changes; `reload` fetches again (after an action). */
export function useAsync<T>(load: () => Promise<T>, key: string): [AsyncState<T>, () => Promise<void>] {
  const [state, setState] = useState<{ key: string; value: AsyncState<T> } | null>(null);
  useEffect(() => {
    let live = true;
    void settle(load).then((value) => live && setState({ key, value }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what `load` fetches
  }, [key]);
  const reload = useCallback(async () => {
    const value = await settle(load);
    setState({ key, value });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names what `load` fetches
  }, [key]);
  return [state && state.key === key ? state.value : { status: 'loading' }, reload];
}

/** A form submission: busy flag and the last refusal. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PortalError | null>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(toPortalError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}
