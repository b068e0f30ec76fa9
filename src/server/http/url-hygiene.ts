// Path parameters and query strings reach SQL too: a percent-encoded NUL (%00) in the URL is refused
// with a 400 before any route runs, since PostgreSQL text cannot hold it (it would be a 500). A path the
// router cannot decode (invalid UTF-8, a lone surrogate) gets the same error shape as every refusal.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error';

/** Fastify's `frameworkErrors`: errors raised before any hook (an undecodable URL) in our shape. */
export function frameworkErrors(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).send({ error: 'bad_url', reason: 'errors.badRequest', detail: error.message });
}

export function installUrlHygiene(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url) || request.url.includes('\u0000'))
      throw new ApiError(400, 'nul_character', 'errors.badRequest', 'the address contains a NUL character');
  });
}
