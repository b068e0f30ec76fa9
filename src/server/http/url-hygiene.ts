// Path parameters and query strings reach SQL too: a percent-encoded NUL (%00) in the URL is refused
// with a 400 before any route runs, since PostgreSQL text cannot hold it (it would be a 500).
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';

export function installUrlHygiene(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url) || request.url.includes('\u0000'))
      throw new ApiError(400, 'nul_character', 'errors.badRequest', 'the address contains a NUL character');
  });
}
