// Web accounts for server tests: create one through the API as the province administrator, sign in, and
// get past the forced first password change, so a test holds a ready session of any role.
import { ACCOUNT_API, type AccountRole } from '@/protocol/account-messages';
import { ADMIN_API } from '@/protocol/admin-messages';
import { postJson, type Reply } from './sync-client';
import type { TestServer } from './test-server';

export const FIRST_PASSWORD = 'mat-khau-dau-tien';
export const OWN_PASSWORD = 'mat-khau-cua-toi-2026';

export interface Session {
  username: string;
  role: AccountRole;
  communeId: string | null;
  token: string;
}

let serial = 0;

export async function signIn(server: TestServer, username: string, password: string) {
  return postJson<{
    token: string;
    mustChangePassword: boolean;
    role: AccountRole;
    communeId: string | null;
  }>(server.url + ADMIN_API.login, { username, password });
}

export async function createAccount(
  server: TestServer,
  role: AccountRole,
  communeId: string | null,
  username = `${role}-${++serial}-${Date.now() % 100000}`,
): Promise<Reply<unknown>> {
  return postJson(
    server.url + ACCOUNT_API.accounts,
    { username, password: FIRST_PASSWORD, role, ...(communeId ? { communeId } : {}) },
    { token: server.adminToken },
  );
}

/** A signed-in account of `role` that has already changed its first password. */
export async function accountSession(
  server: TestServer,
  role: AccountRole,
  communeId: string | null = null,
): Promise<Session> {
  const username = `${role}-${++serial}-${Date.now() % 100000}`;
  const created = await createAccount(server, role, communeId, username);
  if (created.status !== 201)
    throw new Error(`create ${role}: ${created.status} ${JSON.stringify(created.body)}`);
  const first = await signIn(server, username, FIRST_PASSWORD);
  if (first.status !== 200) throw new Error(`sign in ${username}: ${first.status}`);
  const changed = await postJson(
    server.url + ACCOUNT_API.password,
    { currentPassword: FIRST_PASSWORD, newPassword: OWN_PASSWORD },
    { token: first.body.token },
  );
  if (changed.status !== 204)
    throw new Error(`password ${username}: ${changed.status} ${JSON.stringify(changed.body)}`);
  return { username, role, communeId, token: first.body.token };
}

export async function getJson<T = unknown>(server: TestServer, path: string, token?: string) {
  const res = await fetch(server.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* CSV and other text replies */
  }
  return { status: res.status, body: body as T, headers: res.headers };
}
