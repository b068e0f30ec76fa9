// Component tests of the commune's villages side by side: the sortable progress table.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { checklistRoutes } from './routes';
import { putCount, putProgress } from '@tests/doubles/checklist-fixtures';

const PROGRESS = /^Tiến độ Thôn số của từng thôn/;
/** The progress table renders in a transition after the first screenful of villages, and the first test of
 * the file also waits for modules and translations: allow a loaded machine (the test timeout is 20 s). */
const findProgressTable = () => screen.findByRole('table', { name: PROGRESS }, { timeout: 15000 });
const progressTable = () => screen.getByRole('table', { name: PROGRESS });
const villageOrder = () =>
  within(progressTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);

describe('commune checklist table', () => {
  it('lists every village of the commune with met, in progress, total and share met', async () => {
    const db = await freshSession();
    await putProgress(db, 'sample-bx-son-ha', 'team');
    await putProgress(db, 'sample-bx-son-ha', 'wifi');
    await putProgress(db, 'sample-bx-ta-van', 'team', { status: 'in_progress' });
    await putProgress(db, 'sample-sp-to-1', 'team'); // another commune: not listed
    await renderRoutes(checklistRoutes, '/checklist/commune');
    const table = await findProgressTable();
    expect(
      screen.getByRole('heading', { name: 'Thôn số — các thôn của Xã Bát Xát (mẫu)' }),
    ).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    const sonHa = within(table).getByRole('row', { name: /Thôn Sơn Hà/ });
    expect(
      within(sonHa)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '10', '20%']);
    const taVan = within(table).getByRole('row', { name: /Thôn Tả Van/ });
    expect(
      within(taVan)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1', '10', '0%']);
    expect(screen.queryByText('Tổ dân phố số 1')).not.toBeInTheDocument();
    expect(screen.getByText('Dữ liệu mẫu')).toBeInTheDocument();
  });

  it('sorts by a column when its header is tapped, and reverses on a second tap', async () => {
    const db = await freshSession();
    await putProgress(db, 'sample-bx-muong-hum', 'team');
    await putProgress(db, 'sample-bx-muong-hum', 'wifi');
    await putProgress(db, 'sample-bx-lao-chai', 'team');
    await renderRoutes(checklistRoutes, '/checklist/commune');
    await findProgressTable();
    expect(villageOrder()).toEqual([
      'Thôn Bản Xèo',
      'Thôn Lao Chải',
      'Thôn Mường Hum',
      'Thôn Sơn Hà',
      'Thôn Suối Chải',
      'Thôn Tả Van',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Đạt' }));
    expect(screen.getByRole('columnheader', { name: 'Đạt' })).toHaveAttribute('aria-sort', 'descending');
    expect(villageOrder().slice(0, 2)).toEqual(['Thôn Mường Hum', 'Thôn Lao Chải']);
    await userEvent.click(screen.getByRole('button', { name: 'Đạt' }));
    expect(screen.getByRole('columnheader', { name: 'Đạt' })).toHaveAttribute('aria-sort', 'ascending');
    expect(villageOrder().slice(-2)).toEqual(['Thôn Lao Chải', 'Thôn Mường Hum']);
    await userEvent.click(screen.getByRole('button', { name: 'Thôn' }));
    expect(villageOrder()[0]).toBe('Thôn Bản Xèo');
  });

  it('opens a village’s checklist when its row is tapped', async () => {
    await freshSession();
    await renderRoutes(checklistRoutes, '/checklist/commune');
    await findProgressTable();
    await userEvent.click(within(progressTable()).getByRole('link', { name: 'Thôn Sơn Hà' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thôn số — Thôn Sơn Hà' }),
    ).toBeInTheDocument();
  });

  it('computes the plan’s indicators for the commune offline, with each village’s Thôn số standing', async () => {
    const db = await freshSession();
    await putCount(db, 'sample-bx-suoi-chai', 'adults', 200, '2026-10-01');
    await putCount(db, 'sample-bx-suoi-chai', 'adults-vneid', 150, '2026-10-01');
    await putCount(db, 'sample-bx-son-ha', 'adults', 100, '2026-10-01');
    await putCount(db, 'sample-bx-son-ha', 'adults-vneid', 90, '2026-10-01');
    for (const code of ['team', 'channel', 'wifi', 'fibre', 'vneid', 'camera', 'ecommerce', 'smartphone'])
      await putProgress(db, 'sample-bx-son-ha', code);
    await putProgress(db, 'sample-bx-ta-van', 'team');
    await renderRoutes(checklistRoutes, '/checklist/commune');
    const indicators = await screen.findByRole('table', { name: /^Các chỉ tiêu của kế hoạch/ });
    // (150 + 90) / (200 + 100) = 80 %, from the two villages that have both counts.
    const vneid = within(indicators).getByRole('row', { name: /VNeID/ });
    expect(within(vneid).getAllByRole('cell')[0]).toHaveTextContent(
      /^80\s?% · chưa đạt \(2\/6 thôn có số liệu\)$/,
    );
    expect(within(vneid).getAllByRole('cell')[1]).toHaveTextContent(/^90\s?% \(năm 2030\)$/);
    const villages = screen.getByRole('region', { name: 'Các thôn và Thôn số' });
    const sonHa = within(villages).getByRole('heading', { name: 'Thôn Sơn Hà' }).closest('li')!;
    expect(sonHa).toHaveTextContent('Đủ điều kiện, có thể đề nghị công nhận');
    const taVan = within(villages).getByRole('heading', { name: 'Thôn Tả Van' }).closest('li')!;
    expect(taVan).toHaveTextContent('Còn thiếu 7 tiêu chí để thành Thôn số:');
    expect(taVan).toHaveTextContent(
      'Có kênh mạng xã hội (Zalo, Facebook) để đưa tin và tiếp nhận phản ánh; Có Wi-Fi miễn phí tại nhà văn hóa; Tỷ lệ hộ có cáp quang; Tỷ lệ người trưởng thành có tài khoản VNeID; thêm 3 tiêu chí bất kỳ',
    );
  });
});
