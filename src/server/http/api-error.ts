// Every refusal is a 4xx with a JSON body `{ error, reason, detail? }`: `error` a stable machine code,
// `reason` an i18n key (errors.*) the phone or the province screens show in plain Vietnamese.
import type { FastifyError, FastifyInstance } from 'fastify';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    readonly detail?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(`${error}: ${detail ?? reason}`);
  }
}

export const badRequest = (detail?: string) => new ApiError(400, 'bad_request', 'errors.badRequest', detail);

/** Maps Fastify's own errors (body limits, media types, JSON syntax) onto the same shape. */
function fromFastify(err: FastifyError): ApiError {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'body_too_large', 'errors.bodyTooLarge', err.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'errors.badRequest', err.message);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return badRequest(err.message);
    default:
      if (err.statusCode === 404) return new ApiError(404, 'not_found', 'errors.notFound', err.message);
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
        return new ApiError(err.statusCode, 'bad_request', 'errors.badRequest', err.message);
      return new ApiError(500, 'server_error', 'errors.server');
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const api = err instanceof ApiError ? err : fromFastify(err);
    if (api.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ error: api.error, detail: api.detail }, 'request refused');
    void reply.status(api.status).send({
      error: api.error,
      reason: api.reason,
      ...(api.detail !== undefined ? { detail: api.detail } : {}),
      ...api.extra,
    });
  });
}
