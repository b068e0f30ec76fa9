// The province administration API, as the e2e tests use it: sign in, issue enrolment codes, and read
// what the server holds (devices). Paths come from the shared contract in src/protocol.
import { ADMIN_API } from '@/protocol/admin-messages';
import { E2E_ADMIN_PASSWORD, type AppServer } from './app-server';

export async function adminToken(server: AppServer): Promise<string> {
  if (server.kind !== 'real') throw new Error('these tests need the province server (src/server/main.ts)');
  const res = await fetch(server.url + ADMIN_API.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: E2E_ADMIN_PASSWORD }),
  });
  if (!res.ok) throw new Error(`admin sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

export async function adminGet<T>(server: AppServer, token: string, path: string): Promise<T> {
  const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function enrolmentCode(server: AppServer, token: string, communeId: string): Promise<string> {
  const res = await fetch(server.url + ADMIN_API.enrolmentCodes, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ communeId, ttlHours: 1 }),
  });
  if (!res.ok) throw new Error(`enrolment code: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { code: string }).code;
}
