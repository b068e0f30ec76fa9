// Security headers on every reply, app and API alike, from @fastify/helmet (a maintained plugin, not
// hand-written headers): a Content-Security-Policy that allows scripts from this origin only — no inline
// script, no eval — so an injected <script> or on* attribute cannot run and cannot read the session
// token; frame-ancestors 'none' (no clickjacking); nosniff; no referrer; same-origin opener and resources.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // The service worker and Workbox load from this origin only.
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  // The enrolment QR code is an SVG data: URL; photo thumbnails are blob: URLs of the phone's own photos.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The hashes of the built page's own inline <style> blocks (its first-paint CSS, inlined at build for a
 * fast first paint): exactly those styles may apply, and no injected one. */
export function inlineStyleHashes(distDir: string | undefined): string[] {
  const page = distDir === undefined ? '' : join(distDir, 'index.html');
  if (!page || !existsSync(page)) return [];
  const html = readFileSync(page, 'utf8');
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
}

export async function installSecurityHeaders(app: FastifyInstance, distDir?: string): Promise<void> {
  const directives = {
    ...CONTENT_SECURITY_POLICY,
    'style-src': [...CONTENT_SECURITY_POLICY['style-src'], ...inlineStyleHashes(distDir)],
  };
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      // No upgrade-insecure-requests: a commune office may reach the server over plain HTTP on its LAN.
      directives,
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
}
