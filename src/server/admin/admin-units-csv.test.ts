// Unit tests of the administrative-units CSV reader: what it accepts, and each problem with its line.
import { parseAdminUnitsCsv } from './admin-units-csv';

const province = { code: 'LC', name: 'Lào Cai' };
const HEADER = 'commune_id,commune_name,commune_kind,village_id,village_name';

describe('parseAdminUnitsCsv', () => {
  it('reads communes once and villages in file order, with BOM, CRLF, quotes and blank lines', () => {
    const csv = `\uFEFF${HEADER}\r\nbx,Xã Bát Xát,xa,bx-1,Thôn Suối Chải\r\n\r\nbx,Xã Bát Xát,xa,bx-2,"Thôn Sơn Hà, Bát Xát"\r\nsp,Phường Sa Pa,phuong,sp-1,Tổ 1\r\n`;
    const { units, problems } = parseAdminUnitsCsv(csv, province);
    expect(problems).toEqual([]);
    expect(units.communes).toEqual([
      { id: 'bx', name: 'Xã Bát Xát', kind: 'xa' },
      { id: 'sp', name: 'Phường Sa Pa', kind: 'phuong' },
    ]);
    expect(units.villages.map((v) => v.name)).toEqual(['Thôn Suối Chải', 'Thôn Sơn Hà, Bát Xát', 'Tổ 1']);
  });

  it('names the line of every problem', () => {
    const csv = [
      HEADER,
      'bx,Xã Bát Xát,xa,bx-1,Thôn 1',
      'bx,Xã Bát Xát,huyen,bx-2,Thôn 2',
      'bx,Xã Khác,xa,bx-3,Thôn 3',
      'bx,Xã Bát Xát,xa,bx-1,Thôn trùng',
      'b x,Xã,xa,bx-4,Thôn 4',
      'bx,Xã Bát Xát,xa,bx-5',
    ].join('\n');
    const { problems } = parseAdminUnitsCsv(csv, province);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(problems[2]?.message).toContain('already on line 2');
  });

  it('refuses a wrong header and a file without villages', () => {
    expect(parseAdminUnitsCsv('id,name\n1,2', province).problems[0]).toMatchObject({ line: 1 });
    expect(parseAdminUnitsCsv(`${HEADER}\n`, province).problems).toEqual([
      { line: 2, message: 'no villages' },
    ]);
  });
});
