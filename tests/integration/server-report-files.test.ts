// The yearly workbook and the open-data export over real HTTP (PGlite and PostgreSQL): the XLSX read back
// with exceljs cell by cell (sheets, Vietnamese headers, frozen header rows, number formats, formula
// escaping, one commune holding no other commune), CSV (UTF-8 BOM) and JSON of a period, the dictionary.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { RECORD_TABLES } from '@/domain/record-tables';
import { REPORTS_API, type DataDictionary } from '@/protocol/admin-messages';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, VILLAGE_A, VILLAGE_B } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

async function fetchAs(server: TestServer, path: string, token: string | null = server.adminToken) {
  return fetch(server.url + path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function workbook(server: TestServer, path: string): Promise<ExcelJS.Workbook> {
  const res = await fetchAs(server, path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

function allText(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value)))));
  return out;
}

const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);

describe.each(BACKENDS)('report files on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      const a = await Phone.enrol(server, COMMUNE_A);
      const b = await Phone.enrol(server, COMMUNE_B, 'sample-member-9');
      const r1 = await a.sync([
        a.newTraining(
          {
            date: '2026-12-31',
            place: '=HYPERLINK("http://x","bấm")',
            trainers: ['-2+3', 'sample-member-1'],
            notes: '@SUM(1)',
          },
          'a-2026',
        ),
        a.newTraining({ date: '2027-01-01' }, 'a-2027'),
        a.newTraining({ date: '2026-03-01' }, 'a-deleted'),
        a.mutation('villageCounts', `${VILLAGE_A}:adults`, {
          villageId: VILLAGE_A,
          code: 'adults',
          value: 100,
          countedOn: '2026-10-01',
        }),
        a.mutation('villageCounts', `${VILLAGE_A}:adults-vneid`, {
          villageId: VILLAGE_A,
          code: 'adults-vneid',
          value: 95,
          countedOn: '2026-10-01',
        }),
      ]);
      expect(r1.body.results.every((r) => r.status === 'applied')).toBe(true);
      await a.sync([a.mutation('trainingSessions', 'a-deleted', { deleted: true })]);
      const r2 = await b.sync([
        b.mutation('trainingSessions', 'b-2026', {
          ...b.newTraining().patch,
          villageId: VILLAGE_B,
          date: '2026-05-05',
        }),
      ]);
      expect(r2.body.results[0]?.status).toBe('applied');
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('writes the province year workbook: sheets, Vietnamese headers, frozen headers, formats and figures', async () => {
      const wb = await workbook(server, REPORTS_API.yearReport(2026));
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        'Thông tin',
        'Chỉ tiêu',
        'Xã, phường',
        'Thôn',
        'Tập huấn',
        'Người bản số',
        'Thôn số',
        'Đóng góp',
      ]);
      for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const info = wb.getWorksheet('Thông tin')!;
      expect(String(info.getCell('B6').value)).toContain('DỮ LIỆU MẪU'); // the sample indicators say so
      const indicators = wb.getWorksheet('Chỉ tiêu')!;
      expect(headers(indicators).slice(0, 5)).toEqual([
        'Chỉ tiêu (theo Kế hoạch)',
        'Mục của Kế hoạch',
        'Mục tiêu',
        'Năm đạt',
        'Kết quả',
      ]);
      const vneidRow = indicators.getRows(2, 7)!.find((r) => String(r.getCell(1).value).includes('VNeID'))!;
      expect(vneidRow.getCell(3).value).toBe(0.9);
      expect(vneidRow.getCell(3).numFmt).toBe('0.0%');
      expect(vneidRow.getCell(5).value).toBe(0.95);
      expect(vneidRow.getCell(8).value).toBe('Đạt');
      const communes = wb.getWorksheet('Xã, phường')!;
      expect(communes.rowCount).toBe(3);
      const sessionsCol = headers(communes).indexOf('Số buổi tập huấn') + 1;
      const byName = Object.fromEntries(communes.getRows(2, 2)!.map((r) => [String(r.getCell(1).value), r]));
      expect(byName['Xã Bát Xát (mẫu)']?.getCell(sessionsCol).value).toBe(1); // 31/12/2026 yes; 01/01/2027 no; deleted no
      expect(byName['Phường Sa Pa (mẫu)']?.getCell(sessionsCol).value).toBe(1);
      expect(byName['Xã Bát Xát (mẫu)']?.getCell(sessionsCol).numFmt).toBe('#,##0');
      const training = wb.getWorksheet('Tập huấn')!;
      expect(headers(training).slice(0, 3)).toEqual(['Xã, phường', 'Số buổi', 'Lượt người']);
      expect(headers(training).filter((h) => String(h).startsWith('Chủ đề: ')).length).toBe(8); // catalog labels
    });

    it('escapes every text cell that starts with = + - @, so nothing runs as a formula', async () => {
      const wb = await workbook(server, REPORTS_API.yearReport(2026));
      const contributions = wb.getWorksheet('Đóng góp')!;
      const outside = contributions
        .getRows(2, contributions.rowCount - 1)!
        .find((r) => String(r.getCell(1).value).includes('2+3'))!;
      expect(outside.getCell(1).value).toBe("'-2+3");
      expect(outside.getCell(1).type).toBe(ExcelJS.ValueType.String);
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
          }),
        ),
      );
    });

    it('one commune’s workbook holds no other commune', async () => {
      const wb = await workbook(server, `${REPORTS_API.yearReport(2026)}?communeId=${COMMUNE_A}`);
      const text = allText(wb);
      expect(text).toContain('Xã Bát Xát (mẫu)');
      for (const other of ['Phường Sa Pa (mẫu)', 'Tổ dân phố số 1', 'Tổ dân phố số 2', 'sample-sa-pa'])
        expect(text.some((t) => t.includes(other))).toBe(false);
      expect(wb.getWorksheet('Xã, phường')!.rowCount).toBe(2);
    });

    it('refuses an unknown year file (404), no session (401) and an unknown commune (404)', async () => {
      expect((await fetchAs(server, '/api/v1/admin/reports/abc.xlsx')).status).toBe(404);
      expect((await fetchAs(server, REPORTS_API.yearReport(2026), null)).status).toBe(401);
      expect((await fetchAs(server, `${REPORTS_API.yearReport(2026)}?communeId=nowhere`)).status).toBe(404);
    });

    it('exports the raw records of a period as CSV with a BOM, escaped, in scope', async () => {
      const res = await fetchAs(
        server,
        `${REPORTS_API.exportTable('trainingSessions', 'csv')}?from=2026-01-01&to=2026-12-31`,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
      expect(parsed.data.map((r) => r.id).sort()).toEqual(['a-2026', 'b-2026']);
      const a = parsed.data.find((r) => r.id === 'a-2026')!;
      expect(a.place).toBe(`'=HYPERLINK("http://x","bấm")`);
      expect(a.notes).toBe("'@SUM(1)");
      expect(a.communeName).toBe('Xã Bát Xát (mẫu)');
      expect(a['attendees.total']).toBe('25');
      expect(Object.keys(a)).not.toContain('fieldClocks');
      const one = await fetchAs(
        server,
        `${REPORTS_API.exportTable('trainingSessions', 'csv')}?from=2026-01-01&to=2027-12-31&communeId=${COMMUNE_B}`,
      );
      const rows = Papa.parse<Record<string, string>>((await one.text()).replace(/^\uFEFF/, '').trim(), {
        header: true,
      }).data;
      expect(rows.map((r) => r.id)).toEqual(['b-2026']);
    });

    it('exports JSON of a period without sync metadata, and undated tables by the server’s change day', async () => {
      const res = await fetchAs(
        server,
        `${REPORTS_API.exportTable('trainingSessions', 'json')}?from=2027-01-01&to=2027-01-01`,
      );
      const body = (await res.json()) as { table: string; records: Record<string, unknown>[] };
      expect(body.table).toBe('trainingSessions');
      expect(body.records.map((r) => r.id)).toEqual(['a-2027']);
      expect(body.records[0]).not.toHaveProperty('fieldClocks');
      expect(body.records[0]).toMatchObject({
        communeName: 'Xã Bát Xát (mẫu)',
        villageName: 'Thôn Suối Chải',
      });
      const counts = await fetchAs(
        server,
        `${REPORTS_API.exportTable('villageCounts', 'json')}?from=2026-01-01&to=2026-12-31`,
      );
      expect(((await counts.json()) as { records: unknown[] }).records).toHaveLength(2);
    });

    it('describes every exported column in the data dictionary', async () => {
      const res = await fetchAs(server, REPORTS_API.dataDictionary);
      const dict = (await res.json()) as DataDictionary;
      expect(dict.tables.map((t) => t.table).sort()).toEqual([...RECORD_TABLES].sort());
      const csv = await fetchAs(
        server,
        `${REPORTS_API.exportTable('helpActivities', 'csv')}?from=2026-01-01&to=2026-12-31`,
      );
      const header = (await csv.text())
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(',');
      expect(dict.tables.find((t) => t.table === 'helpActivities')!.columns.map((c) => c.name)).toEqual(
        header,
      );
      expect(dict.tables.every((t) => t.columns.every((c) => c.description.vi.length > 0))).toBe(true);
    });

    it('refuses an unknown table (404) and a period that ends before it starts (400)', async () => {
      expect(
        (await fetchAs(server, '/api/v1/admin/export/passwords.csv?from=2026-01-01&to=2026-12-31')).status,
      ).toBe(404);
      expect(
        (
          await fetchAs(
            server,
            `${REPORTS_API.exportTable('trainingSessions', 'csv')}?from=2026-12-31&to=2026-01-01`,
          )
        ).status,
      ).toBe(400);
      expect(
        (
          await fetchAs(
            server,
            `${REPORTS_API.exportTable('trainingSessions', 'csv')}?from=2026-1-1&to=2026-12-31`,
          )
        ).status,
      ).toBe(400);
    });
  });
});
