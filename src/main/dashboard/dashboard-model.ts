/**
 * The dashboard's live model over the local replica: loads the relevant tickets once, then on every
 * `tickets.changed` reloads only the changed tickets (two indexed queries) and rebuilds their KPI facts
 * (LiveKpis); a snapshot folds the cached facts. Works offline: it only reads the local store.
 */
import type { Kysely } from 'kysely';
import type { Id } from '../../shared/domain/ids';
import type { KpiCall, KpiTicket } from '../../shared/kpi/index';
import { groupEvents, kpiTicketOf, type KpiTicketRow } from '../../shared/reports/kpi-source';
import type { TicketEvent } from '../../shared/domain/ticket-event';
import { LiveKpis } from '../../shared/reports/live-kpis';
import type { DashboardSnapshot } from '../../shared/reports/dashboard-types';
import type { Database } from '../store/schema';
import type { Clock } from '../services/clock';
import { callsFromLoggedEvents, loadLocalRows, type LocalRows } from './local-kpi-source';
import { livePeriods } from './dashboard-periods';
import { computeSnapshot } from './dashboard-snapshot';

export interface CachedTicket {
  row: KpiTicketRow;
  kpi: KpiTicket;
  history: TicketEvent[];
  calls: KpiCall[];
}

export class DashboardModel {
  readonly tickets = new Map<Id, CachedTicket>();
  readonly live = new LiveKpis();
  private loadedSince: string | null = null;
  private readonly dirty = new Set<Id>();
  private loading: Promise<void> | null = null;

  constructor(
    readonly db: Kysely<Database>,
    readonly clock: Clock,
    readonly timeZone: string,
  ) {}

  /** Called with every `tickets.changed`: the next snapshot reloads these. */
  markChanged(ticketIds: readonly Id[]): void {
    for (const id of ticketIds) this.dirty.add(id);
  }

  private apply(rows: LocalRows, replaceIds: readonly Id[] = []): void {
    const history = groupEvents(rows.events);
    const callRows = new Map<Id, LocalRows['callEvents']>();
    for (const e of rows.callEvents) callRows.set(e.ticketId, [...(callRows.get(e.ticketId) ?? []), e]);
    const rowById = new Map(rows.tickets.map((r) => [r.id, r]));
    for (const id of replaceIds) {
      if (rowById.has(id)) continue;
      this.tickets.delete(id);
      this.live.delete(id);
    }
    for (const row of rows.tickets) {
      const events = history.get(row.id) ?? [];
      const kpi = kpiTicketOf(row, events);
      const calls = callsFromLoggedEvents(callRows.get(row.id) ?? [], rowById);
      this.tickets.set(row.id, { row, kpi, history: events, calls });
      this.live.put(kpi);
    }
  }

  async refresh(): Promise<void> {
    while (this.loading) await this.loading;
    const since = livePeriods(this.clock.now().getTime(), this.timeZone).sinceIso;
    const work = async (): Promise<void> => {
      if (this.loadedSince === null || since.slice(0, 10) !== this.loadedSince.slice(0, 10)) {
        this.tickets.clear();
        for (const f of [...this.live.allFacts()]) this.live.delete(f.ticket.id);
        this.dirty.clear();
        this.apply(await loadLocalRows(this.db, { sinceIso: since }));
        this.loadedSince = since;
        return;
      }
      if (this.dirty.size === 0) return;
      const ids = [...this.dirty];
      this.dirty.clear();
      this.apply(await loadLocalRows(this.db, { ids }), ids);
    };
    this.loading = work().finally(() => (this.loading = null));
    await this.loading;
  }

  allCalls(): KpiCall[] {
    const calls: KpiCall[] = [];
    for (const t of this.tickets.values()) for (const c of t.calls) calls.push(c);
    return calls;
  }

  async snapshot(): Promise<DashboardSnapshot> {
    const started = performance.now();
    await this.refresh();
    return computeSnapshot(this, started);
  }
}
