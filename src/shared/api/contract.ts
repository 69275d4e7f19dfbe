import { z } from 'zod';
import { CategorySchema } from '../domain/category';
import { LanguageSchema } from '../domain/localized-text';
import { AgentSchema, AreaSchema, GroupSchema, OrganizationSchema, RequesterSchema } from '../domain/people';
import { PriorityMatrixSchema } from '../domain/priority';
import { TicketCommentSchema, TicketSchema } from '../domain/ticket';
import { TicketEventSchema } from '../domain/ticket-event';
import { MutationRequestSchema } from './mutation-request';
import {
  QueueCountsSchema,
  QueueFiltersSchema,
  QueuePageInputSchema,
  QueuePageSchema,
  QueueViewSchema,
  SearchHitSchema,
  SearchInputSchema,
} from './queue-schemas';
import { SyncIssueSchema, SyncLoginInputSchema, SyncStatusSchema } from './sync-schemas';
import { slaApiEvents, slaApiMethods } from './sla-contract';
import { workflowApiMethods } from './workflow-contract';
import { phoneApiMethods } from './phone-contract';
import { mailApiMethods } from './mail-contract';
import { chatApiEvents, chatApiMethods } from './chat-contract';
import { dashboardApiMethods } from './dashboard-contract';

const Empty = z.strictObject({});

/**
 * The one contract between the renderer and the main process. Main registers exactly one handler
 * per method; the preload and the browser host forward only these names.
 */
export const apiMethods = {
  'session.get': {
    input: Empty,
    output: z.object({ agent: AgentSchema, deviceId: z.string(), language: LanguageSchema }),
  },
  'settings.setLanguage': { input: z.strictObject({ language: LanguageSchema }), output: Empty },
  'reference.get': {
    input: Empty,
    output: z.object({
      organizations: z.array(OrganizationSchema),
      areas: z.array(AreaSchema),
      agents: z.array(AgentSchema),
      groups: z.array(GroupSchema),
      categories: z.array(CategorySchema),
      priorityMatrix: PriorityMatrixSchema,
    }),
  },
  'requesters.search': {
    input: z.strictObject({
      query: z.string().trim().max(100),
      organizationId: z.string().min(1).nullable().default(null),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    output: z.array(RequesterSchema),
  },
  'queue.page': { input: QueuePageInputSchema, output: QueuePageSchema },
  'queue.counts': {
    input: z.strictObject({ filters: QueueFiltersSchema }),
    output: QueueCountsSchema,
  },
  'ticket.get': {
    input: z.strictObject({ id: z.string().min(1) }),
    output: z.object({
      ticket: TicketSchema,
      requester: RequesterSchema.nullable(),
      comments: z.array(TicketCommentSchema),
      events: z.array(TicketEventSchema),
    }),
  },
  'ticket.search': { input: SearchInputSchema, output: z.array(SearchHitSchema) },
  'mutation.apply': {
    input: MutationRequestSchema,
    output: z.object({ ticketIds: z.array(z.string()), mutationId: z.number().int() }),
  },
  'sync.status': { input: Empty, output: SyncStatusSchema },
  'sync.login': { input: SyncLoginInputSchema, output: SyncStatusSchema },
  'sync.logout': { input: Empty, output: Empty },
  'sync.listIssues': { input: Empty, output: z.array(SyncIssueSchema) },
  'sync.reapply': {
    input: z.strictObject({ mutationId: z.number().int().positive() }),
    output: z.object({ mutationId: z.number().int(), ticketIds: z.array(z.string()) }),
  },
  'sync.dismiss': { input: z.strictObject({ mutationId: z.number().int().positive() }), output: Empty },
  ...slaApiMethods,
  ...workflowApiMethods,
  ...phoneApiMethods,
  ...mailApiMethods,
  ...dashboardApiMethods,
  ...chatApiMethods,
} as const;

/** Events main pushes to the renderer. */
export const apiEvents = {
  'tickets.changed': z.object({ ticketIds: z.array(z.string()), views: z.array(QueueViewSchema) }),
  'session.changed': z.object({ language: LanguageSchema }),
  'sync.changed': SyncStatusSchema,
  ...slaApiEvents,
  ...chatApiEvents,
} as const;

export type ApiMethods = typeof apiMethods;
export type ApiMethodName = keyof ApiMethods;
export type ApiInput<M extends ApiMethodName> = z.input<ApiMethods[M]['input']>;
export type ApiParsedInput<M extends ApiMethodName> = z.output<ApiMethods[M]['input']>;
export type ApiOutput<M extends ApiMethodName> = z.output<ApiMethods[M]['output']>;

export type ApiEvents = typeof apiEvents;
export type ApiEventName = keyof ApiEvents;
export type ApiEventPayload<E extends ApiEventName> = z.output<ApiEvents[E]>;

export const API_METHOD_NAMES = Object.keys(apiMethods) as ApiMethodName[];
export const API_EVENT_NAMES = Object.keys(apiEvents) as ApiEventName[];

export function isApiMethodName(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && Object.hasOwn(apiMethods, name);
}

export function isApiEventName(name: unknown): name is ApiEventName {
  return typeof name === 'string' && Object.hasOwn(apiEvents, name);
}
