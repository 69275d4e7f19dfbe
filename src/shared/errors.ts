/**
 * Errors that cross a boundary (bridge, HTTP, sync) carry a stable code and parameters, never a
 * sentence: each side translates `errors.<code>` in the user's language.
 */
export const ERROR_CODES = [
  'bridge.unknown_method',
  'bridge.invalid_input',
  'bridge.invalid_output',
  'bridge.forbidden_sender',
  'bridge.disconnected',
  'mutation.unknown',
  'mutation.invalid_args',
  'ticket.not_found',
  'ticket.already_exists',
  'ticket.invalid_transition',
  'ticket.close_requires_requester',
  'ticket.closed',
  'ticket.version_mismatch',
  'reference.unknown_category',
  'reference.unknown_requester',
  'reference.unknown_organization',
  'reference.unknown_area',
  'reference.unknown_agent',
  'reference.unknown_group',
  'reference.requester_organization_mismatch',
  'ticket.already_taken',
  'store.unknown_migrations',
  'sla.invalid_config',
  'sla.config_in_use',
  'sla.not_found',
  // Sent by the central server (HTTP answers and recorded sync rejections).
  'auth.invalid_credentials',
  'auth.throttled',
  'auth.unauthorized',
  'auth.forbidden',
  'http.invalid_body',
  'http.body_too_large',
  'http.not_found',
  'sync.client_forbidden',
  'sync.mutation_gap',
  'sync.cursor_invalid',
  'sync.cursor_from_future',
  'sync.out_of_scope',
  'sync.forbidden_mutation',
  'sync.constraint_violation',
  // Desktop sync client.
  'sync.no_secure_storage',
  'sync.not_configured',
  'sync.signed_out',
  'sync.unreachable',
  'sync.cannot_reapply',
  'sync.desk_account_required',
  'server.not_ready',
  'server.unavailable',
  // First-line workflow (checklists, resolution, problems).
  'checklist.invalid_template',
  'checklist.template_not_found',
  'checklist.run_not_found',
  'checklist.run_exists',
  'checklist.unknown_step',
  'checklist.step_not_current',
  'checklist.invalid_answer',
  'checklist.wrong_template_version',
  'resolution.unknown_code',
  'problem.not_a_problem',
  'problem.not_an_incident',
  'problem.incident_already_linked',
  'problem.incident_not_linked',
  'problem.known_error_needs_workaround',
  // Email channel and requester action links (docs/channels.md).
  'mail.header_injection',
  'action.invalid_token',
  'action.expired',
  'action.used',
  'action.not_allowed',
  'rating.requester_only',
  'rating.not_closed',
  'rating.already_rated',
  // Phone channel (docs/channels.md).
  'phone.bad_signature',
  'phone.stale_signature',
  'phone.replayed_event',
  'call.invalid_times',
  // Requester portal and chat (docs/channels.md).
  'portal.csrf',
  'portal.unsafe_next',
  'portal.link_invalid',
  'portal.link_expired',
  'portal.link_used',
  'portal.attachment_too_large',
  'portal.attachment_type',
  'portal.too_many_attachments',
  'portal.read_only',
  'chat.not_found',
  'chat.ended',
  'chat.already_taken',
  'chat.not_accepted',
  'chat.rate_limited',
  'chat.unknown_requester',
  'chat.bad_message',
  'chat.already_converted',
  // KPI reports (docs/kpis.md, Reports).
  'report.bad_period',
  'report.unknown_organization',
  'report.unknown_area',
  'report.unknown_agent',
  'report.agent_out_of_scope',
  'report.needs_server',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | boolean | null>;

export interface FieldError {
  /** Dotted path of the field, e.g. "title" or "hours.mon.1". */
  path: string;
  /** Key under `validation.` in the catalogs. */
  code: string;
  params: ErrorParams;
}

export interface SerializedMesaError {
  code: ErrorCode;
  params: ErrorParams;
  fieldErrors: FieldError[];
}

export class MesaError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly fieldErrors: FieldError[];

  constructor(code: ErrorCode, params: ErrorParams = {}, fieldErrors: FieldError[] = []) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'MesaError';
    this.code = code;
    this.params = params;
    this.fieldErrors = fieldErrors;
  }

  toJSON(): SerializedMesaError {
    return { code: this.code, params: this.params, fieldErrors: this.fieldErrors };
  }

  static fromJSON(value: SerializedMesaError): MesaError {
    return new MesaError(value.code, value.params, value.fieldErrors);
  }
}

export function isMesaError(value: unknown): value is MesaError {
  return value instanceof MesaError;
}
