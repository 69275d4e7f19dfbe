import type { ApiClient } from '../../../shared/api/client';
import type {
  ApiEventName,
  ApiEventPayload,
  ApiInput,
  ApiMethodName,
  ApiOutput,
} from '../../../shared/api/contract';
import type { QueueRow } from '../../../shared/api/queue-schemas';

type Handler<M extends ApiMethodName> = (input: ApiInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>>;
export type FakeHandlers = { [M in ApiMethodName]?: Handler<M> };

export interface FakeApi extends ApiClient {
  calls: { method: ApiMethodName; input: unknown }[];
  callsOf<M extends ApiMethodName>(method: M): ApiInput<M>[];
  emit<E extends ApiEventName>(event: E, payload: ApiEventPayload<E>): void;
}

/** An in-memory ApiClient for store tests: records every call, answers from `handlers`. */
export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeApi['calls'] = [];
  return {
    calls,
    callsOf(method) {
      return calls.filter((c) => c.method === method).map((c) => c.input) as never;
    },
    async invoke(method, input) {
      calls.push({ method, input });
      const handler = handlers[method] as Handler<typeof method> | undefined;
      if (!handler) throw new Error(`fake api: no handler for ${method}`);
      return (await handler(input as never)) as never;
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    emit(event, payload) {
      for (const l of listeners.get(event) ?? []) l(payload);
    },
  };
}

export function fakeRow(index: number, tag = ''): QueueRow {
  return {
    id: `t${tag}${index}`,
    displayNumber: `MS-${10000 + index}`,
    title: `Ticket ${index}${tag}`,
    type: 'incident',
    status: 'new',
    priority: 'P3',
    channel: 'email',
    categoryId: null,
    organizationId: 'org1',
    requesterName: 'Rosa',
    assigneeId: null,
    groupId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    slaDueAt: null,
  };
}

/** A queue of `total` rows answered by offset/limit, like the real `queue.page`. */
export function pagedQueue(total: number, tag = ''): Handler<'queue.page'> {
  return (input) => {
    const rows: QueueRow[] = [];
    for (let i = input.offset; i < Math.min(total, input.offset + input.limit); i++)
      rows.push(fakeRow(i, tag));
    return { total, offset: input.offset, rows };
  };
}
