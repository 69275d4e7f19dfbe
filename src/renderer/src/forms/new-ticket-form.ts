import type { Channel, Impact, TicketType, Urgency } from '../../../shared/domain/ticket-enums';
import type { ErrorCode, FieldError } from '../../../shared/errors';
import { TicketCreateArgsSchema, type TicketCreateArgs } from '../../../shared/sync/mutators/ticket-create';
import { toFieldErrors } from '../../../shared/validation';
import type { UiError } from '../store/ui-error';

/** Form fields carry the names of `ticket.create` args, so server field errors map by path. */
export const NEW_TICKET_FIELDS = [
  'requesterId',
  'organizationId',
  'areaId',
  'channel',
  'type',
  'title',
  'description',
  'categoryId',
  'impact',
  'urgency',
] as const;
export type NewTicketField = (typeof NEW_TICKET_FIELDS)[number];

export interface NewTicketValues {
  requesterId: string;
  organizationId: string;
  /** '' = no area. */
  areaId: string;
  channel: Channel;
  type: TicketType;
  title: string;
  description: string;
  categoryId: string | null;
  impact: Impact;
  urgency: Urgency;
}

/** An inline error: either a zod issue (`validation.*`) or a MesaError code (`errors.*`). */
export type InlineError =
  | { kind: 'validation'; error: FieldError }
  | { kind: 'error'; code: ErrorCode; params: FieldError['params'] };
export type FieldErrorMap = Partial<Record<NewTicketField, InlineError>>;

export function emptyNewTicket(): NewTicketValues {
  return {
    requesterId: '',
    organizationId: '',
    areaId: '',
    channel: 'phone',
    type: 'incident',
    title: '',
    description: '',
    categoryId: null,
    impact: 'medium',
    urgency: 'medium',
  };
}

export function toCreateArgs(values: NewTicketValues, id: string): TicketCreateArgs {
  return {
    id,
    type: values.type,
    title: values.title,
    description: values.description,
    requesterId: values.requesterId,
    organizationId: values.organizationId,
    areaId: values.areaId || null,
    channel: values.channel,
    categoryId: values.categoryId,
    impact: values.impact,
    urgency: values.urgency,
    tags: [],
  };
}

function isField(name: string): name is NewTicketField {
  return (NEW_TICKET_FIELDS as readonly string[]).includes(name);
}

/** Zod/server field errors → one error per form field (the first wins); the rest are returned apart. */
export function mapFieldErrors(fieldErrors: readonly FieldError[]): {
  byField: FieldErrorMap;
  unmapped: FieldError[];
} {
  const byField: FieldErrorMap = {};
  const unmapped: FieldError[] = [];
  for (const fe of fieldErrors) {
    const head = fe.path.split('.')[0] ?? '';
    if (isField(head)) byField[head] ??= { kind: 'validation', error: fe };
    else unmapped.push(fe);
  }
  return { byField, unmapped };
}

export type NewTicketValidation = { ok: true; args: TicketCreateArgs } | { ok: false; errors: FieldErrorMap };

/** Client-side check with the mutation's own schema, before anything is sent. */
export function validateNewTicket(values: NewTicketValues, id: string): NewTicketValidation {
  const args = toCreateArgs(values, id);
  const parsed = TicketCreateArgsSchema.safeParse(args);
  if (parsed.success) return { ok: true, args };
  return { ok: false, errors: mapFieldErrors(toFieldErrors(parsed.error)).byField };
}

/** Reference errors the server raises about one field are shown next to it. */
const FIELD_OF_ERROR: Partial<Record<ErrorCode, NewTicketField>> = {
  'reference.unknown_requester': 'requesterId',
  'reference.requester_organization_mismatch': 'requesterId',
  'reference.unknown_organization': 'organizationId',
  'reference.unknown_area': 'areaId',
  'reference.unknown_category': 'categoryId',
};

/** A failed submit: field errors inline; anything else goes to the banner (`banner` non-null). */
export function mapSubmitError(error: UiError): { errors: FieldErrorMap; banner: UiError | null } {
  const { byField, unmapped } = mapFieldErrors(error.fieldErrors);
  const field = FIELD_OF_ERROR[error.code];
  if (field) {
    byField[field] ??= { kind: 'error', code: error.code, params: error.params };
    return { errors: byField, banner: null };
  }
  if (Object.keys(byField).length > 0 && unmapped.length === 0) return { errors: byField, banner: null };
  return { errors: byField, banner: error };
}
