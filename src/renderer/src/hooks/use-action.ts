import { useCallback, useState } from 'react';
import { toUiError, type UiError } from '../store/ui-error';

/** Runs one async action at a time, keeping its pending flag and its (translatable) error. */
export function useAction(): {
  run(fn: () => Promise<void>): Promise<boolean>;
  pending: boolean;
  error: UiError | null;
  clearError(): void;
} {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<UiError | null>(null);
  const run = useCallback(async (fn: () => Promise<void>) => {
    setPending(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(toUiError(e));
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
