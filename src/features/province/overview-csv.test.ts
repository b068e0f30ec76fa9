import type { TFunction } from 'i18next';
import { createI18n } from '@/lib/i18n';
import type { CommuneOverview } from '@/protocol/admin-messages';
import { BOM } from '@/domain/spreadsheet-cells';
import { overviewCsv } from './overview-csv';

const row: CommuneOverview = {
  communeId: 'x',
  communeName: 'Phường "Cam Đường", Lào Cai',
  villages: 3,
  trainingSessions: 1,
  attendees: 2500,
  women: 1200,
  ethnicMinority: 900,
  helpers: 4,
  helpActivities: 7,
  peopleHelped: 33,
  criteriaMet: 5,
  criteriaTotal: 20,
  devices: 2,
  lastSyncAt: new Date(2026, 2, 6, 7, 30).getTime(),
};

describe('overview CSV', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = (await createI18n('vi')).getFixedT('vi', 'province');
  });

  it('starts with a BOM and a Vietnamese header, and quotes names holding commas or quotes', () => {
    const csv = overviewCsv([row], t);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header?.split(',')[0]).toBe('Xã/phường');
    expect(line).toBe('"Phường ""Cam Đường"", Lào Cai",3,1,2500,1200,900,4,7,33,5,20,2,06/03/2026 07:30');
  });

  it('writes a commune named like a formula harmless: shown as typed, never run', () => {
    const csv = overviewCsv([{ ...row, communeName: "=cmd|' /C calc'!A0" }], t);
    expect(csv.split('\r\n')[1]?.startsWith(`"'=cmd|' /C calc'!A0",3,`)).toBe(true);
  });

  it('leaves the last sync empty for a commune that never synced', () => {
    const csv = overviewCsv([{ ...row, communeName: 'Y Tý', lastSyncAt: null }], t);
    expect(csv.split('\r\n')[1]?.endsWith(',2,')).toBe(true);
  });
});
