import { useMemo } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import { useAppStore } from '../store/use-app-store';

/** The typed bridge client, for screens whose data is not worth keeping in the store (SLA admin). */
export function useApi(): Pick<ApiClient, 'invoke'> {
  const invoke = useAppStore((s) => s.invokeApi);
  return useMemo(() => ({ invoke }), [invoke]);
}
