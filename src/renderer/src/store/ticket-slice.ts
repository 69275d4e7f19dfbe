import type { ApiOutput } from '../../../shared/api/contract';
import type { MutationRequest } from '../../../shared/api/mutation-request';
import { newId } from '../../../shared/domain/ids';
import type { CommentVisibility, Impact, TicketStatus, Urgency } from '../../../shared/domain/ticket-enums';
import type { TicketCreateArgs } from '../../../shared/sync/mutators/ticket-create';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

export type TicketDetail = ApiOutput<'ticket.get'>;

export interface TicketState {
  selectedId: string | null;
  detail: TicketDetail | null;
  loading: boolean;
  error: UiError | null;
}

export interface TicketSlice {
  ticket: TicketState;
  openTicket(id: string): Promise<void>;
  reloadTicket(): Promise<void>;
  closeTicket(): void;
  /** Applies a mutation; throws the MesaError so forms can map it. Refreshes detail and queue. */
  mutate(request: MutationRequest): Promise<void>;
  createTicket(args: TicketCreateArgs): Promise<void>;
  changeStatus(to: TicketStatus, reason: string | null): Promise<void>;
  categorize(categoryId: string | null): Promise<void>;
  prioritize(impact: Impact, urgency: Urgency): Promise<void>;
  assignToMe(): Promise<void>;
  addComment(body: string, visibility: CommentVisibility): Promise<void>;
}

export const createTicketSlice: SliceCreator<TicketSlice> =
  ({ api }) =>
  (set, get) => {
    const current = (): TicketDetail => {
      const detail = get().ticket.detail;
      if (!detail) throw new Error('no ticket open');
      return detail;
    };

    return {
      ticket: { selectedId: null, detail: null, loading: false, error: null },

      async openTicket(id) {
        const same = get().ticket.selectedId === id;
        set((s) => ({
          ticket: { selectedId: id, detail: same ? s.ticket.detail : null, loading: true, error: null },
        }));
        try {
          const detail = await api.invoke('ticket.get', { id });
          if (get().ticket.selectedId !== id) return;
          set({ ticket: { selectedId: id, detail, loading: false, error: null } });
        } catch (error) {
          if (get().ticket.selectedId !== id) return;
          set((s) => ({ ticket: { ...s.ticket, loading: false, error: toUiError(error) } }));
        }
      },

      async reloadTicket() {
        const id = get().ticket.selectedId;
        if (id) await get().openTicket(id);
      },

      closeTicket() {
        set({ ticket: { selectedId: null, detail: null, loading: false, error: null } });
      },

      async mutate(request) {
        await api.invoke('mutation.apply', request);
        await Promise.all([get().reloadTicket(), get().invalidateQueue()]);
      },

      async createTicket(args) {
        await api.invoke('mutation.apply', { name: 'ticket.create', args });
        set((s) => ({ queue: { ...s.queue, selectedIndex: null } }));
        await Promise.all([get().openTicket(args.id), get().invalidateQueue()]);
      },

      async changeStatus(to, reason) {
        const { ticket } = current();
        await get().mutate({ name: 'ticket.setStatus', args: { ticketId: ticket.id, to, reason } });
      },

      async categorize(categoryId) {
        const { ticket } = current();
        await get().mutate({ name: 'ticket.categorize', args: { ticketId: ticket.id, categoryId } });
      },

      async prioritize(impact, urgency) {
        const { ticket } = current();
        await get().mutate({
          name: 'ticket.prioritize',
          args: { ticketId: ticket.id, impact, urgency, baseVersion: ticket.version },
        });
      },

      async assignToMe() {
        const { ticket } = current();
        // A claim names the holder the agent saw: if someone else got there first, it is refused
        // ("already taken by …") instead of silently taking the ticket from them.
        await get().mutate({
          name: 'ticket.claim',
          args: { ticketId: ticket.id, expectedAssigneeId: ticket.assigneeId },
        });
      },

      async addComment(body, visibility) {
        const { ticket } = current();
        await get().mutate({
          name: 'ticket.comment',
          args: { ticketId: ticket.id, commentId: newId(), body, visibility },
        });
      },
    };
  };
