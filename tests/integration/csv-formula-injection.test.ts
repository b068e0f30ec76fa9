// Spreadsheet formula injection, end to end: an administrative unit named like a formula is stored exactly
// as typed, reaches the overview as typed, and the yearly workbook the province downloads writes it as text
// that shows as typed and never runs.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CommuneOverview } from '@/protocol/admin-messages';
import { BACKENDS, backendTitle } from './support/backends';
import { postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const ATTACK = "=cmd|' /C calc'!A0";
const VILLAGE_ATTACK = '@SUM(1+9)*cmd|" /C calc"!A0';

describe.each(BACKENDS)('CSV formula injection on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('stores a unit named like a formula as typed and exports it harmless', async () => {
      const csv = Papa.unparse(
        [
          ['commune_id', 'commune_name', 'commune_kind', 'village_id', 'village_name'],
          ['xa-cong-kich', ATTACK, 'xa', 'ck-1', VILLAGE_ATTACK],
        ],
        { newline: '\r\n' },
      );
      const imported = await postJson(
        `${server.url}/api/v1/admin/admin-units`,
        { csv, version: 'csv-attack', source: 'test' },
        { token: server.adminToken },
      );
      expect(imported.status).toBe(200);
      const [stored] = await server.query<{
        data: { communes: { name: string }[]; villages: { name: string }[] };
      }>(`SELECT data FROM catalogs WHERE kind = 'adminUnits' AND version = 'csv-attack'`);
      expect(stored?.data.communes[0]?.name).toBe(ATTACK);
      expect(stored?.data.villages[0]?.name).toBe(VILLAGE_ATTACK);

      const res = await fetch(`${server.url}/api/v1/admin/overview`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      const { communes } = (await res.json()) as { communes: CommuneOverview[] };
      const row = communes.find((c) => c.communeId === 'xa-cong-kich');
      expect(row?.communeName).toBe(ATTACK);

      const report = await fetch(`${server.url}/api/v1/admin/reports/2026.xlsx`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      expect(report.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await report.arrayBuffer());
      const texts: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value)))));
      // The apostrophe makes Excel and LibreOffice show the text instead of running it.
      expect(texts).toContain(`'${ATTACK}`);
      expect(texts).not.toContain(ATTACK);
    });
  });
});
