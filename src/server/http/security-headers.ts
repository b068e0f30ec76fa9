// Security headers on every reply, app and API alike, from @fastify/helmet (a maintained plugin, not
// hand-written headers): a Content-Security-Policy that allows scripts from this origin only — no inline
// script, no eval — so an injected <script> or on* attribute cannot run and cannot read the session
// token; frame-ancestors 'none' (no clickjacking); nosniff; no referrer; same-origin opener and resources.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // The service worker and Workbox load from this origin only.
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  // The enrolment QR code is an SVG data: URL.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      // No upgrade-insecure-requests: a commune office may reach the server over plain HTTP on its LAN.
      directives: CONTENT_SECURITY_POLICY,
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
}
