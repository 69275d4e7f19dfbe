/** What the supervisor dashboard window shows (computed in main from the local replica, docs/kpis.md). */
import type { Id } from '../domain/ids';
import type { Channel } from '../domain/ticket-enums';
import type { KpiAgentRow, KpiValue } from '../kpi/index';

export interface CountRow {
  key: string | null;
  count: number;
}

export interface DashboardTicketRef {
  id: Id;
  number: string;
  title: string;
  status: string;
  priority: string;
  assigneeId: Id | null;
  organizationId: Id;
  createdAt: string;
  slaDueAt: string | null;
}

export interface DashboardAlert {
  eventId: Id;
  ticketId: Id;
  number: string;
  at: string;
  actorId: Id;
  kind: 'sla_alert' | 'escalated';
  /** sla_alert */
  alertId: string | null;
  target: string | null;
  level: string | null;
  acknowledged: boolean;
  /** escalated */
  escalation: 'functional' | 'hierarchical' | null;
  reason: string | null;
}

export interface DashboardAgentRow extends KpiAgentRow {
  name: string;
  availability: string | null;
  /** Open tickets assigned now (the live load, not the period's). */
  liveLoad: number;
}

export interface DashboardSnapshot {
  computedAt: string;
  /** ms spent computing (shown in the footer; the benchmark reads it too). */
  computeMs: number;
  queues: {
    open: number;
    byStatus: CountRow[];
    byPriority: CountRow[];
    byGroup: CountRow[];
    byOrganization: CountRow[];
    byArea: CountRow[];
    oldest: DashboardTicketRef[];
  };
  sla: {
    atRisk: DashboardTicketRef[];
    breachedToday: number;
    complianceToday: KpiValue;
    complianceWeek: KpiValue;
    complianceMonth: KpiValue;
    /** Breaches decided this month per organization (contract) × area. */
    heatmap: Array<{ organizationId: Id; areaId: Id | null; count: number }>;
  };
  agents: DashboardAgentRow[];
  calls: { hasData: boolean; kpis: KpiValue[]; longestWaitSeconds: number | null };
  alerts: DashboardAlert[];
  trends: {
    days: string[];
    volume: Record<Channel, number[]>;
    backlog: number[];
    reopenRate: Array<number | null>;
  };
  /** The month so far: every KPI (tiles with definitions). */
  month: KpiValue[];
  today: KpiValue[];
  names: Record<Id, string>;
}
