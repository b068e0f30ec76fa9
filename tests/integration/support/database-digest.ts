// A digest of every table of a test server's database, to prove a refused request wrote nothing.
// `attempts` (the rate limiter's failure log) is left out: counting a failed code is its whole job.
import type { TestServer } from './test-server';

export async function databaseDigest(
  server: TestServer,
  except: string[] = ['attempts'],
): Promise<Record<string, string>> {
  const tables = await server.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const [row] = await server.query<{ d: string | null; n: number }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d, count(*)::float8 AS n FROM "${name}" t`,
    );
    digest[name] = `${row?.n}:${row?.d}`;
  }
  const [seq] = await server.query<{ v: string }>(`SELECT last_value::text AS v FROM change_seq`);
  digest.change_seq = seq?.v ?? '';
  return digest;
}
