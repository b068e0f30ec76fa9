import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { isoDate } from '@/domain/dates';
import { compositeId } from '@/domain/ids';
import { formatDate } from '@/lib/format';
import { writeContext } from '@/storage/session-store';
import { saveCount } from '@/storage/village-counts';
import { villageProfileRoutes } from './routes';

const VILLAGE = 'sample-bx-suoi-chai';

describe('village profile', () => {
  it('shows every count of the criteria catalog with its value and date, marked as sample data', async () => {
    const db = await freshSession();
    await saveCount(
      db,
      { villageId: VILLAGE, code: 'households', value: 1234, countedOn: '2026-03-06' },
      writeContext()!,
    );
    await renderRoutes(villageProfileRoutes, '/village-profile');

    const list = await screen.findByRole('list', { name: 'Số liệu của thôn' });
    expect(screen.getByText('Thôn Suối Chải')).toBeInTheDocument();
    expect(screen.getByText('Dữ liệu mẫu')).toBeInTheDocument();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(11);
    expect(items[0]).toHaveTextContent('Số hộ');
    expect(items[0]).toHaveTextContent('1.234');
    expect(items[0]).toHaveTextContent('Ngày đếm: 06/03/2026');
    expect(within(list).getByText('Số hộ có cáp quang')).toBeInTheDocument();
    expect(within(list).getByText('Người trưởng thành có VNeID')).toBeInTheDocument();
    expect(within(list).getAllByText('Chưa có số liệu')).toHaveLength(10);
    expect(items[0]).toHaveTextContent(/Cập nhật lúc \d\d:\d\d \d\d\/\d\d\/\d{4} bởi Vàng A Sử \(mẫu\)/);
  });

  it('edits a count with the stepper, writing the composite-id row and its outbox entry dated today', async () => {
    const db = await freshSession();
    const user = userEvent.setup();
    await renderRoutes(villageProfileRoutes, '/village-profile');
    await user.click(await screen.findByRole('button', { name: 'Sửa: Số hộ' }));
    const input = screen.getByLabelText('Số hộ');
    await user.clear(input);
    await user.type(input, '86');
    await user.click(screen.getByRole('button', { name: 'Thêm 1: Số hộ' }));
    expect(screen.getByLabelText('Ngày đếm')).toHaveValue(isoDate(new Date()));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu Số hộ.')).toBeInTheDocument();
    const id = compositeId(VILLAGE, 'households');
    expect(await db.villageCounts.get(id)).toMatchObject({
      villageId: VILLAGE,
      code: 'households',
      value: 87,
      countedOn: isoDate(new Date()),
      deleted: false,
    });
    const outbox = await db.outbox.where('[table+recordId]').equals(['villageCounts', id]).toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.status).toBe('pending');
    const list = screen.getByRole('list', { name: 'Số liệu của thôn' });
    await within(list).findByText('87');
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(`Ngày đếm: ${formatDate(isoDate(new Date()))}`);
  });

  it('shows an empty count and a future date inline in Vietnamese and saves nothing', async () => {
    const db = await freshSession();
    const user = userEvent.setup();
    await renderRoutes(villageProfileRoutes, `/village-profile/${VILLAGE}`);
    await user.click(await screen.findByRole('button', { name: 'Sửa: Số nhân khẩu' }));
    await user.clear(screen.getByLabelText('Số nhân khẩu'));
    await user.clear(screen.getByLabelText('Ngày đếm'));
    await user.type(screen.getByLabelText('Ngày đếm'), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Vui lòng nhập một con số.')).toBeInTheDocument();
    expect(screen.getByLabelText('Số nhân khẩu')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Ngày không được ở tương lai.')).toBeInTheDocument();
    expect(await db.villageCounts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('opens another village of the commune by its id, and says so for an unknown one', async () => {
    await freshSession();
    const view = await renderRoutes(villageProfileRoutes, '/village-profile/sample-bx-son-ha');
    expect(await screen.findByText('Thôn Sơn Hà')).toBeInTheDocument();
    view.unmount();
    await renderRoutes(villageProfileRoutes, '/village-profile/nowhere');
    expect(await screen.findByText('Không tìm thấy thôn này trong danh mục.')).toBeInTheDocument();
  });
});

describe('village profile in English', () => {
  it('reads in English when English is chosen, catalog names included', async () => {
    await freshSession();
    await renderRoutes(villageProfileRoutes, '/village-profile', { lang: 'en' });
    const list = await screen.findByRole('list', { name: 'Village figures' });
    expect(screen.getByRole('heading', { name: 'Village profile' })).toBeInTheDocument();
    expect(within(list).getByText('Households with fibre')).toBeInTheDocument();
    expect(within(list).getAllByText('Not counted yet')).toHaveLength(11);
    expect(screen.getByRole('button', { name: 'Edit: Households' })).toBeInTheDocument();
  });
});
