import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import type { TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import { sessionStore } from '@/storage/session-store';
import { trainingRoutes } from './routes';

const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-1' };
const base: TrainingSessionFields = {
  villageId: 'sample-bx-suoi-chai',
  date: '2026-10-05',
  place: 'Nhà văn hóa thôn Suối Chải',
  durationMinutes: 60,
  topics: ['vneid'],
  trainers: ['Vàng A Sử (mẫu)'],
  targetGroup: 'residents',
  language: 'vi',
  attendees: { total: 20, women: 11, ethnicMinority: 20, ageBands: {} },
  outcomes: {},
  notes: '',
};

async function seed(db: BanSoDatabase, rows: Partial<TrainingSessionFields>[]) {
  const ids: string[] = [];
  for (const row of rows) ids.push((await createRecord(db, 'trainingSessions', { ...base, ...row }, ctx)).id);
  return ids;
}

const results = () => screen.getByRole('region', { name: 'Các buổi tập huấn' });
const shownPlaces = () =>
  within(results())
    .queryAllByRole('link')
    .map((a) => a.textContent ?? '');

async function seedVillages(db: BanSoDatabase) {
  return seed(db, [
    { place: 'Nhà văn hóa thôn Suối Chải', date: '2026-10-05', topics: ['vneid'] },
    { place: 'Sân bóng Suối Chải', date: '2026-10-09', topics: ['e-payment'] },
    {
      place: 'Trường tiểu học Sơn Hà',
      date: '2026-10-07',
      villageId: 'sample-bx-son-ha',
      topics: ['safety'],
    },
  ]);
}

describe('training session list', () => {
  it('marks each session still on the phone "Chưa gửi", a refused one "Bị từ chối", a sent one nothing', async () => {
    const db = await freshSession();
    sessionStore.setState({
      mode: 'real',
      enrolment: {
        deviceId: 'd1',
        token: 't',
        communeId: 'sample-bat-xat',
        communeName: 'Bát Xát',
        scope: 'commune',
        serverUrl: '',
        enrolledAt: 0,
      },
    });
    const [sent, waiting, refused] = await seed(db, [
      { place: 'Đã gửi', date: '2026-10-01' },
      { place: 'Đang chờ', date: '2026-10-02' },
      { place: 'Bị trả lại', date: '2026-10-03' },
    ]);
    await db.outbox.where('[table+recordId]').equals(['trainingSessions', sent!]).delete(); // acknowledged
    await db.outbox
      .where('[table+recordId]')
      .equals(['trainingSessions', refused!])
      .modify({ status: 'rejected' });
    await renderRoutes(trainingRoutes, '/training');
    await screen.findByRole('region', { name: 'Các buổi tập huấn' }, { timeout: 10_000 });
    const item = async (place: string) =>
      (await within(results()).findByText(new RegExp(place))).closest('a') as HTMLElement;
    await waitFor(async () => expect(await item('Đang chờ')).toHaveTextContent('Chưa gửi'));
    expect(await item('Bị trả lại')).toHaveTextContent('Bị từ chối');
    expect(await item('Đã gửi')).not.toHaveTextContent(/Chưa gửi|Bị từ chối/);
    expect(waiting).toBeDefined();
  });

  it('shows no "Chưa gửi" mark in demo mode, where nothing is ever sent', async () => {
    const db = await freshSession();
    await seed(db, [{ place: 'Buổi thử' }]);
    await renderRoutes(trainingRoutes, '/training');
    await screen.findByRole('region', { name: 'Các buổi tập huấn' }, { timeout: 10_000 });
    await within(results()).findByText(/Buổi thử/);
    expect(screen.queryByText('Chưa gửi')).not.toBeInTheDocument();
  });

  it('shows the chosen village newest first, with date dd/mm/yyyy, village, topics and attendees', async () => {
    const db = await freshSession();
    await seedVillages(db);
    await renderRoutes(trainingRoutes, '/training');
    await waitFor(() => expect(shownPlaces()).toHaveLength(2));
    const [first, second] = within(results()).getAllByRole('link');
    expect(first).toHaveTextContent('09/10/2026');
    expect(first).toHaveTextContent('Thôn Suối Chải');
    expect(first).toHaveTextContent('Thanh toán điện tử, mã QR');
    expect(first).toHaveTextContent('20 người tham gia');
    expect(second).toHaveTextContent('05/10/2026');
    expect(screen.getByLabelText('Thôn')).toHaveDisplayValue('Thôn Suối Chải');
    expect(screen.getByText('Dữ liệu mẫu')).toBeInTheDocument();
  });

  it('filters by village and by topic', async () => {
    const db = await freshSession();
    await seedVillages(db);
    const user = userEvent.setup({ delay: null });
    await renderRoutes(trainingRoutes, '/training');
    await waitFor(() => expect(shownPlaces()).toHaveLength(2));
    await user.click(screen.getByText('Lọc: Thôn Suối Chải'));
    await user.selectOptions(screen.getByLabelText('Thôn'), 'Tất cả các thôn');
    await waitFor(() => expect(shownPlaces()).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Chủ đề'), 'Phòng chống lừa đảo, an toàn thông tin');
    await waitFor(() => expect(shownPlaces()).toEqual([expect.stringContaining('Trường tiểu học Sơn Hà')]));
    expect(screen.getByText('Lọc: Tất cả các thôn và 1 điều kiện khác')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Thôn'), 'Thôn Suối Chải');
    expect(await screen.findByText('Không có buổi tập huấn nào khớp bộ lọc.')).toBeInTheDocument();
  });

  it('filters by date range', async () => {
    const db = await freshSession();
    await seedVillages(db);
    const user = userEvent.setup({ delay: null });
    await renderRoutes(trainingRoutes, '/training?v=all&from=2026-10-06&to=2026-10-08');
    await waitFor(() => expect(shownPlaces()).toEqual([expect.stringContaining('Trường tiểu học Sơn Hà')]));
    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(shownPlaces()).toHaveLength(3));
  });

  it('finds "Nhà văn hóa" when typed without diacritics as "nha van hoa"', async () => {
    const db = await freshSession();
    await seedVillages(db);
    const user = userEvent.setup({ delay: null });
    await renderRoutes(trainingRoutes, '/training');
    await waitFor(() => expect(shownPlaces()).toHaveLength(2));
    await user.type(screen.getByLabelText('Tìm theo địa điểm, người hướng dẫn, ghi chú'), 'nha van hoa');
    await waitFor(() =>
      expect(shownPlaces()).toEqual([expect.stringContaining('Nhà văn hóa thôn Suối Chải')]),
    );
  });

  it('shows 30 at a time and loads more on "Xem thêm"', async () => {
    const db = await freshSession();
    await seed(
      db,
      Array.from({ length: 35 }, (_, i) => ({ date: `2026-09-${String(1 + (i % 28)).padStart(2, '0')}` })),
    );
    const user = userEvent.setup({ delay: null });
    await renderRoutes(trainingRoutes, '/training');
    await waitFor(() => expect(shownPlaces()).toHaveLength(30));
    await user.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(shownPlaces()).toHaveLength(35));
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
  });

  it('opens a session for editing, deletes it, and brings it back with undo', async () => {
    const db = await freshSession();
    const [id] = await seedVillages(db);
    const user = userEvent.setup({ delay: null });
    await renderRoutes(trainingRoutes, '/training');
    await waitFor(() => expect(shownPlaces()).toHaveLength(2));
    await user.click(within(results()).getByRole('link', { name: /Nhà văn hóa thôn Suối Chải/ }));
    await screen.findByRole('heading', { name: 'Sửa buổi tập huấn' });
    await user.click(await screen.findByRole('button', { name: 'Xóa buổi tập huấn' }));

    expect(await screen.findByText('Đã xóa buổi tập huấn.')).toBeInTheDocument();
    await waitFor(() => expect(shownPlaces()).toEqual([expect.stringContaining('Sân bóng Suối Chải')]));
    expect((await db.trainingSessions.get(id!))?.deleted).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(async () => expect((await db.trainingSessions.get(id!))?.deleted).toBe(false));
    await waitFor(() => expect(shownPlaces()).toHaveLength(2));
    expect((await db.trainingSessions.get(id!))?.deleted).toBe(false);
    expect(screen.queryByText('Đã xóa buổi tập huấn.')).not.toBeInTheDocument();
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.slice(-2).map((o) => o.patch)).toEqual([{ deleted: true }, { deleted: false }]);
  });

  it('keeps the list filters when coming back from a session', async () => {
    const db = await freshSession();
    await seedVillages(db);
    const user = userEvent.setup({ delay: null });
    const { router } = await renderRoutes(trainingRoutes, '/training?v=all&topic=safety');
    await waitFor(() => expect(shownPlaces()).toHaveLength(1));
    await user.click(within(results()).getByRole('link'));
    await user.click(await screen.findByRole('button', { name: 'Lưu buổi tập huấn' }));
    await screen.findByText('Đã lưu buổi tập huấn.');
    expect(router.state.location.search).toBe('?v=all&topic=safety');
    expect(screen.getByLabelText('Chủ đề')).toHaveDisplayValue('Phòng chống lừa đảo, an toàn thông tin');
  });
});
