import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error';

function fastifyStatus(error: FastifyError): number | undefined {
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/**
 * One error body for every route: { code, params, fieldErrors }. Framework refusals (oversized or
 * unparsable bodies, wrong content type) are mapped to Mesa codes; anything unexpected is a 500
 * whose details stay in the log.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpError) return reply.status(error.statusCode).send(error.toJSON());
  const status = fastifyStatus(error);
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send(new HttpError(413, 'http.body_too_large').toJSON());
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return reply
      .status(status)
      .send(new HttpError(status, 'http.invalid_body', { reason: error.code ?? 'bad_request' }).toJSON());
  }
  request.log.error({ err: error }, 'request failed');
  return reply.status(500).send({ code: 'internal', params: {}, fieldErrors: [] });
}
