/**
 * Codes the server sends that src/shared/errors.ts does not list yet (proposed for it in the
 * report). They travel exactly like MesaError codes: a stable code plus parameters, never a sentence.
 */
export const SERVER_ERROR_CODES = [
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
  'ticket.already_taken',
  'server.not_ready',
  'server.unavailable',
] as const;
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
