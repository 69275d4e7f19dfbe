import type { ApiClient } from '../../../shared/api/client';
import type { SlaAlertEvent, SlaForTicket } from '../../../shared/api/sla-schemas';
import { canTransition } from '../../../shared/domain/lifecycle';
import type { Level } from '../../../shared/domain/ticket-enums';
import type { SlaAlertLevel } from '../../../shared/domain/ticket-event';
import type { AppStore } from './create-app-store';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

/** How the agent answers an escalation prompt; every choice is a mutation (and an event). */
export type EscalationChoice =
  | { kind: 'functional'; toGroupId: string; toLevel: Level | null; reason: string }
  | { kind: 'hierarchical'; reason: string }
  | { kind: 'take' }
  | { kind: 'snooze'; minutes: number; reason: string };

export interface SlaPanelState {
  ticketId: string | null;
  data: SlaForTicket | null;
  loading: boolean;
  error: UiError | null;
}

export interface SlaState {
  /** Escalation prompts waiting for the agent, newest first (one per ticket). */
  prompts: SlaAlertEvent[];
  /** Highest alert level heard this session per ticket: colours the queue badges. */
  levels: Record<string, SlaAlertLevel>;
  panel: SlaPanelState;
  adminOpen: boolean;
}

export interface SlaSlice {
  sla: SlaState;
  receiveAlert(alert: SlaAlertEvent): void;
  dismissPrompt(alertId: string): void;
  answerPrompt(alertId: string, choice: EscalationChoice): Promise<void>;
  acknowledgeAlert(alertId: string): Promise<void>;
  loadSla(ticketId: string): Promise<void>;
  openSlaAdmin(): void;
  closeSlaAdmin(): void;
  /** Plain bridge calls for the SLA admin screens (their data lives in the screens). */
  invokeApi: ApiClient['invoke'];
}

const RANK: Record<SlaAlertLevel, number> = { warning: 1, critical: 2, breach: 3 };
const MAX_PROMPTS = 5;

export const createSlaSlice: SliceCreator<SlaSlice> =
  ({ api }) =>
  (set, get) => {
    const patch = (change: Partial<SlaState>): void => set((s) => ({ sla: { ...s.sla, ...change } }));

    async function takeNow(alert: SlaAlertEvent): Promise<void> {
      const { ticket } = await api.invoke('ticket.get', { id: alert.ticketId });
      if (ticket.status !== 'in_progress' && canTransition(ticket.status, 'in_progress')) {
        await api.invoke('mutation.apply', {
          name: 'ticket.setStatus',
          args: { ticketId: ticket.id, to: 'in_progress', reason: null },
        });
      }
    }

    return {
      sla: {
        prompts: [],
        levels: {},
        panel: { ticketId: null, data: null, loading: false, error: null },
        adminOpen: false,
      },

      receiveAlert(alert) {
        const { sla, session } = get();
        const known = sla.levels[alert.ticketId];
        const levels =
          !known || RANK[alert.level] >= RANK[known]
            ? { ...sla.levels, [alert.ticketId]: alert.level }
            : sla.levels;
        // Prompts are for the agent holding the ticket, on the first notification (repeats stay desktop
        // notifications); the rest only colour the queue.
        const mine = alert.assigneeId !== null && alert.assigneeId === session.info?.agent.id;
        const prompts =
          mine && alert.repeat === 0
            ? [alert, ...sla.prompts.filter((p) => p.ticketId !== alert.ticketId)].slice(0, MAX_PROMPTS)
            : sla.prompts;
        patch({ levels, prompts });
        if (sla.panel.ticketId === alert.ticketId) void get().loadSla(alert.ticketId);
      },

      dismissPrompt(alertId) {
        patch({ prompts: get().sla.prompts.filter((p) => p.alertId !== alertId) });
      },

      async answerPrompt(alertId, choice) {
        const alert = get().sla.prompts.find((p) => p.alertId === alertId);
        if (!alert) return;
        if (choice.kind === 'snooze') {
          await api.invoke('sla.snooze', { alertId, minutes: choice.minutes, reason: choice.reason });
        } else {
          if (choice.kind === 'take') await takeNow(alert);
          else {
            await api.invoke('mutation.apply', {
              name: 'ticket.escalate',
              args:
                choice.kind === 'functional'
                  ? {
                      ticketId: alert.ticketId,
                      kind: 'functional',
                      toGroupId: choice.toGroupId,
                      ...(choice.toLevel ? { toLevel: choice.toLevel } : {}),
                      reason: choice.reason,
                    }
                  : { ticketId: alert.ticketId, kind: 'hierarchical', reason: choice.reason },
            });
          }
          await api.invoke('sla.acknowledge', { alertId });
        }
        get().dismissPrompt(alertId);
        await Promise.all([get().invalidateQueue(), get().openTicket(alert.ticketId)]);
      },

      async acknowledgeAlert(alertId) {
        await api.invoke('sla.acknowledge', { alertId });
        get().dismissPrompt(alertId);
        const ticketId = get().sla.panel.ticketId;
        if (ticketId) await get().loadSla(ticketId);
      },

      async loadSla(ticketId) {
        const current = get().sla.panel;
        patch({
          panel: {
            ticketId,
            data: current.ticketId === ticketId ? current.data : null,
            loading: true,
            error: null,
          },
        });
        try {
          const data = await api.invoke('sla.forTicket', { id: ticketId });
          if (get().sla.panel.ticketId !== ticketId) return;
          patch({ panel: { ticketId, data, loading: false, error: null } });
        } catch (error) {
          if (get().sla.panel.ticketId !== ticketId) return;
          patch({ panel: { ...get().sla.panel, loading: false, error: toUiError(error) } });
        }
      },

      openSlaAdmin() {
        patch({ adminOpen: true });
      },
      closeSlaAdmin() {
        patch({ adminOpen: false });
      },
      invokeApi: (method, input) => api.invoke(method, input),
    };
  };

/** Main's SLA pushes: alerts become prompts and badge colours; a clicked notification opens its ticket. */
export function bindSlaEvents(store: AppStore, api: ApiClient): () => void {
  const offAlert = api.on('sla.alert', (alert) => store.getState().receiveAlert(alert));
  const offOpen = api.on('ticket.openRequested', ({ ticketId }) => {
    store.getState().closeSlaAdmin();
    void store.getState().openTicket(ticketId);
  });
  return () => {
    offAlert();
    offOpen();
  };
}
