// What the province benchmarks share to fill a server: an administrative units catalog of bench communes
// and villages, and records written in batches by one set-based INSERT … SELECT over generate_series.
import { performance } from 'node:perf_hooks';
import type { TestServer } from '../integration/support/test-server';

/** Publishes `communes` × `villages` units: commune bench-c-<c>, village bench-c-<c>-v<v>. */
export async function importUnits(server: TestServer, communes: number, villages: number): Promise<void> {
  const lines = ['commune_id,commune_name,commune_kind,village_id,village_name'];
  for (let c = 0; c < communes; c++)
    for (let v = 0; v < villages; v++) lines.push(`bench-c-${c},Xã ${c},xa,bench-c-${c}-v${v},Thôn ${v}`);
  const res = await fetch(`${server.url}/api/v1/admin/admin-units`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ csv: lines.join('\n'), version: 'bench-1' }),
  });
  if (!res.ok) throw new Error(`admin units import failed: ${res.status} ${await res.text()}`);
}

/** Runs `insertSql` ($1, $2: the first and last position of a batch; $3: the current criteria version)
 * over `records` positions in batches; returns the seconds it took and that criteria version. */
export async function insertRecords(
  server: TestServer,
  insertSql: string,
  records: number,
  batch: number,
): Promise<{ loadS: number; criteriaVersion: string }> {
  const [criteria] = await server.query<{ version: string }>(
    `SELECT version FROM catalogs WHERE kind = 'criteria' ORDER BY published_seq DESC LIMIT 1`,
  );
  const criteriaVersion = criteria?.version ?? '';
  const t0 = performance.now();
  for (let from = 0; from < records; from += batch)
    await server.query(insertSql, [from, Math.min(records, from + batch) - 1, criteriaVersion]);
  return { loadS: (performance.now() - t0) / 1000, criteriaVersion };
}
