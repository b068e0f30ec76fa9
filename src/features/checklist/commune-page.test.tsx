// Component tests of the commune's villages side by side: the sortable progress table.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { checklistRoutes } from './routes';
import { putProgress } from '@tests/doubles/checklist-fixtures';

const villageOrder = () =>
  within(screen.getByRole('table'))
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
    const table = await screen.findByRole('table');
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
    await screen.findByRole('table');
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
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('link', { name: 'Thôn Sơn Hà' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thôn số — Thôn Sơn Hà' }),
    ).toBeInTheDocument();
  });
});
