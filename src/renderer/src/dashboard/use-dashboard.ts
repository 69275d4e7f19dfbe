import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { DashboardSnapshot } from '../../../shared/reports/dashboard-types';
import type { ReportDelivery } from './types';

/**
 * The live picture: loaded once, then reloaded (coalesced, at most every 250 ms) on every
 * `tickets.changed` and SLA alert from main — a synced change shows within a second. The last
 * snapshot stays on screen when a reload fails.
 */
export function useDashboard(api: ApiClient) {
  const [snapshot, setSnapshot] = useState<DashboardSnapshot | null>(null);
  const [deliveries, setDeliveries] = useState<ReportDelivery[]>([]);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef(false);
  const again = useRef(false);

  const load = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        setSnapshot(await api.invoke('dashboard.snapshot', {}));
      } while (again.current);
    } catch {
      // Keep the last picture.
    } finally {
      running.current = false;
    }
  }, [api]);

  useEffect(() => {
    const first = setTimeout(() => void load(), 0);
    const schedule = (): void => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        void load();
      }, 250);
    };
    const offChanged = api.on('tickets.changed', schedule);
    const offAlert = api.on('sla.alert', schedule);
    const refreshDeliveries = (): void => {
      api.invoke('dashboard.reportDeliveries', {}).then(setDeliveries, () => undefined);
    };
    refreshDeliveries();
    // Time moves even without changes (breaches, "due in"): a slow heartbeat.
    const timer = setInterval(() => {
      schedule();
      refreshDeliveries();
    }, 30_000);
    return () => {
      offChanged();
      offAlert();
      clearInterval(timer);
      clearTimeout(first);
      if (pending.current) clearTimeout(pending.current);
    };
  }, [api, load]);

  return { snapshot, deliveries, reload: load };
}
