import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { isoDate } from '@/domain/dates';
import type { TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import { sessionStore } from '@/storage/session-store';
import { trainingRoutes } from './routes';

const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-1' };
const stored: TrainingSessionFields = {
  villageId: 'sample-bx-suoi-chai',
  date: '2026-10-05',
  place: 'Nhà văn hóa thôn Suối Chải',
  durationMinutes: 90,
  topics: ['vneid'],
  trainers: ['Vàng A Sử (mẫu)'],
  targetGroup: 'residents',
  language: 'hmn',
  attendees: { total: 20, women: 11, ethnicMinority: 20, ageBands: { '18-35': 8 } },
  outcomes: { 'vneid-activated': 6 },
  notes: '',
};

async function openNewForm() {
  const view = await renderRoutes(trainingRoutes, '/training/new');
  // Generous waits: the first render loads the route and its translations, slow on a busy machine.
  await screen.findByRole('heading', { name: 'Ghi buổi tập huấn' }, { timeout: 10_000 });
  await screen.findByLabelText('Địa điểm', {}, { timeout: 10_000 });
  return view;
}

async function fillTypicalSession(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Địa điểm'), 'Nhà văn hóa thôn Suối Chải');
  await user.click(screen.getByRole('button', { name: '90 phút' }));
  await user.click(screen.getByRole('checkbox', { name: 'VNeID và định danh điện tử mức 2' }));
  await user.click(screen.getByRole('checkbox', { name: 'Phòng chống lừa đảo, an toàn thông tin' }));
  await user.clear(screen.getByLabelText('Tổng số người tham gia'));
  await user.type(screen.getByLabelText('Tổng số người tham gia'), '25');
  await user.type(screen.getByLabelText('Trong đó: nữ'), '{Backspace}12');
  for (let i = 0; i < 3; i++)
    await user.click(screen.getByRole('button', { name: 'Thêm 1: Tài khoản VNeID được kích hoạt' }));
}

const outboxOf = (db: BanSoDatabase) => db.outbox.orderBy('seq').toArray();

describe('training session form', () => {
  it('saves a new session with its outbox entry, defaults filled in, and returns to the list', async () => {
    const db = await freshSession();
    const user = userEvent.setup({ delay: null });
    await openNewForm();
    expect(screen.getByLabelText('Ngày tập huấn')).toHaveValue(isoDate(new Date()));
    expect(screen.getByLabelText('Thôn')).toHaveDisplayValue('Thôn Suối Chải');
    expect(screen.getByLabelText('Người hướng dẫn 1')).toHaveDisplayValue('Vàng A Sử (mẫu)');
    expect(screen.getByLabelText('Ngôn ngữ sử dụng')).toHaveDisplayValue('Tiếng Việt');
    expect(screen.getByText('Dữ liệu mẫu')).toBeInTheDocument();
    await fillTypicalSession(user);
    await user.click(screen.getByRole('button', { name: 'Lưu buổi tập huấn' }));

    expect(await screen.findByText('Đã lưu buổi tập huấn.')).toBeInTheDocument();
    const rows = await db.trainingSessions.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      villageId: 'sample-bx-suoi-chai',
      date: isoDate(new Date()),
      place: 'Nhà văn hóa thôn Suối Chải',
      durationMinutes: 90,
      topics: ['vneid', 'safety'],
      trainers: ['Vàng A Sử (mẫu)'],
      trainerMemberIds: ['sample-member-1'],
      language: 'vi',
      attendees: { total: 25, women: 12 },
      outcomes: { 'vneid-activated': 3 },
      deleted: false,
    });
    const outbox = await outboxOf(db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ table: 'trainingSessions', recordId: rows[0]!.id, status: 'pending' });
    expect(outbox[0]!.patch).toMatchObject({
      place: 'Nhà văn hóa thôn Suối Chải',
      topics: ['vneid', 'safety'],
    });
  });

  it('pre-fills the last place, trainers and language with a notice, and offers the last topics as one tap', async () => {
    await freshSession();
    const user = userEvent.setup({ delay: null });
    const first = await openNewForm();
    await fillTypicalSession(user);
    await user.selectOptions(screen.getByLabelText('Ngôn ngữ sử dụng'), 'Tiếng Mông');
    await user.selectOptions(screen.getByLabelText('Người hướng dẫn 1'), 'Lý Thị Mai (mẫu)');
    await user.click(screen.getByRole('button', { name: 'Thêm người hướng dẫn' }));
    await user.selectOptions(screen.getByLabelText('Người hướng dẫn 2'), 'Người ngoài tổ (nhập tên)');
    await user.type(screen.getByLabelText('Tên người hướng dẫn 2 (ngoài tổ)'), 'Cô giáo Lan');
    await user.click(screen.getByRole('button', { name: 'Lưu buổi tập huấn' }));
    await screen.findByText('Đã lưu buổi tập huấn.');
    first.unmount();

    await openNewForm();
    expect(screen.getByLabelText('Địa điểm')).toHaveValue('Nhà văn hóa thôn Suối Chải');
    expect(
      screen.getByText(/Điền sẵn từ buổi trước: địa điểm, người hướng dẫn, đối tượng, ngôn ngữ/),
    ).toBeInTheDocument();
    // The last topics are offered, never ticked behind the user's back.
    const safety = screen.getByRole('checkbox', { name: 'Phòng chống lừa đảo, an toàn thông tin' });
    expect(safety).not.toBeChecked();
    await user.click(
      screen.getByRole('button', { name: /Chọn lại chủ đề buổi trước: .*Phòng chống lừa đảo/ }),
    );
    expect(safety).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Dịch vụ công trực tuyến' })).not.toBeChecked();
    expect(screen.getByLabelText('Người hướng dẫn 1')).toHaveDisplayValue('Lý Thị Mai (mẫu)');
    expect(screen.getByLabelText('Người hướng dẫn 2')).toHaveDisplayValue('Người ngoài tổ (nhập tên)');
    expect(screen.getByLabelText('Tên người hướng dẫn 2 (ngoài tổ)')).toHaveValue('Cô giáo Lan');
    expect(screen.getByLabelText('Ngôn ngữ sử dụng')).toHaveDisplayValue('Tiếng Mông');
    expect(screen.getByLabelText('Tổng số người tham gia')).toHaveValue(0);
  });

  it('shows Vietnamese errors next to each bad field, focuses the first, and saves nothing', async () => {
    const db = await freshSession();
    const user = userEvent.setup({ delay: null });
    await openNewForm();
    fireEvent.change(screen.getByLabelText('Ngày tập huấn'), { target: { value: '2099-01-01' } });
    await user.selectOptions(screen.getByLabelText('Người hướng dẫn 1'), 'Người ngoài tổ (nhập tên)');
    await user.type(screen.getByLabelText('Trong đó: nữ'), '{Backspace}3');
    await user.click(screen.getByRole('button', { name: 'Lưu buổi tập huấn' }));

    const date = screen.getByLabelText('Ngày tập huấn');
    expect(date).toHaveAccessibleDescription('Ngày không được ở tương lai.');
    await waitFor(() => expect(date).toHaveFocus());
    expect(screen.getByLabelText('Địa điểm')).toHaveAccessibleDescription(
      expect.stringContaining('Vui lòng nhập thông tin này.'),
    );
    expect(screen.getByRole('group', { name: 'Chủ đề đã hướng dẫn' })).toHaveAccessibleDescription(
      'Hãy chọn ít nhất một chủ đề.',
    );
    expect(screen.getByLabelText('Tên người hướng dẫn 1 (ngoài tổ)')).toHaveAccessibleDescription(
      'Hãy nhập ít nhất một người hướng dẫn.',
    );
    expect(screen.getByLabelText('Tổng số người tham gia')).toHaveAccessibleDescription(
      'Buổi tập huấn phải có ít nhất 1 người tham gia.',
    );
    expect(screen.getByLabelText('Trong đó: nữ')).toHaveAccessibleDescription(
      'Không được lớn hơn tổng số người tham gia.',
    );
    expect(await db.trainingSessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);

    // Fixing a field clears its error at once.
    await user.type(screen.getByLabelText('Địa điểm'), 'Sân trường');
    expect(screen.getByLabelText('Địa điểm')).not.toHaveAccessibleDescription(
      expect.stringContaining('Vui lòng'),
    );
  });

  it('writes only the changed fields when a session is edited', async () => {
    const db = await freshSession();
    const user = userEvent.setup({ delay: null });
    const record = await createRecord(db, 'trainingSessions', stored, ctx);
    await renderRoutes(trainingRoutes, `/training/${record.id}`);
    await screen.findByRole('heading', { name: 'Sửa buổi tập huấn' });
    const place = await screen.findByLabelText('Địa điểm');
    expect(place).toHaveValue('Nhà văn hóa thôn Suối Chải');
    expect(screen.getByLabelText('18–35 tuổi')).toHaveValue(8);
    await user.clear(place);
    await user.type(place, 'Trường tiểu học Suối Chải');
    await user.click(screen.getByRole('button', { name: 'Lưu buổi tập huấn' }));

    await screen.findByText('Đã lưu buổi tập huấn.');
    const outbox = await outboxOf(db);
    expect(outbox).toHaveLength(2);
    expect(outbox[1]!.patch).toEqual({ place: 'Trường tiểu học Suối Chải' });
    expect(await db.trainingSessions.get(record.id)).toMatchObject({
      place: 'Trường tiểu học Suối Chải',
      language: 'hmn',
      attendees: stored.attendees,
    });
  });

  it('offers a half-filled form back after the screen was closed, and restores it', async () => {
    const db = await freshSession();
    const user = userEvent.setup({ delay: null });
    const first = await openNewForm();
    await user.type(screen.getByLabelText('Địa điểm'), 'Nương chè');
    await user.click(screen.getByRole('checkbox', { name: 'Trợ lý trí tuệ nhân tạo (AI)' }));
    await waitFor(async () =>
      expect((await db.drafts.get('training:new'))?.value).toMatchObject({
        place: 'Nương chè',
        topics: ['ai'],
      }),
    );
    first.unmount();

    await openNewForm();
    const offer = await screen.findByRole('group', {
      name: /^Có bản nháp chưa lưu từ \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/,
    });
    expect(screen.getByLabelText('Địa điểm')).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: 'Dùng lại bản nháp' }));
    expect(screen.getByLabelText('Địa điểm')).toHaveValue('Nương chè');
    expect(screen.getByRole('checkbox', { name: 'Trợ lý trí tuệ nhân tạo (AI)' })).toBeChecked();
  });

  it('clears the draft on save and when it is discarded', async () => {
    const db = await freshSession();
    const user = userEvent.setup({ delay: null });
    const first = await openNewForm();
    await user.type(screen.getByLabelText('Địa điểm'), 'Nương chè');
    await waitFor(async () => expect(await db.drafts.get('training:new')).toBeDefined());
    first.unmount();

    await openNewForm();
    await user.click(await screen.findByRole('button', { name: 'Bỏ bản nháp' }));
    await waitFor(async () => expect(await db.drafts.get('training:new')).toBeUndefined());
    expect(screen.queryByRole('button', { name: 'Dùng lại bản nháp' })).not.toBeInTheDocument();

    await fillTypicalSession(user);
    await waitFor(async () => expect(await db.drafts.get('training:new')).toBeDefined());
    await user.click(screen.getByRole('button', { name: 'Lưu buổi tập huấn' }));
    await screen.findByText('Đã lưu buổi tập huấn.');
    expect(await db.drafts.get('training:new')).toBeUndefined();
  });

  it('speaks English when English is chosen', async () => {
    await freshSession();
    const user = userEvent.setup({ delay: null });
    await renderRoutes(trainingRoutes, '/training/new', { lang: 'en' });
    await screen.findByRole('heading', { name: 'Log a training session' });
    expect(await screen.findByRole('checkbox', { name: 'AI assistants' })).not.toBeChecked();
    expect(screen.getByLabelText('Language used')).toHaveDisplayValue('Vietnamese');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    expect(screen.getByLabelText('Place')).toHaveAccessibleDescription(expect.stringMatching(/^[A-Z][a-z]/));
    expect(screen.getByLabelText('Place')).not.toHaveAccessibleDescription(
      expect.stringContaining('Vui lòng'),
    );
  });

  it('asks to choose a member and village on Home when none is chosen', async () => {
    await freshSession();
    sessionStore.setState({ villageId: null });
    await renderRoutes(trainingRoutes, '/training/new');
    expect(await screen.findByText(/Hãy chọn người đang dùng máy và thôn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chọn ở Trang chủ' })).toHaveAttribute('href', '/');
  });

  it('on a phone neither enrolled nor in demo, says how to start instead of "choose on Home"', async () => {
    await freshSession();
    sessionStore.setState({ mode: 'real', communeId: null, memberId: null, villageId: null });
    await renderRoutes(trainingRoutes, '/training');
    expect(
      await screen.findByText(/chưa được đăng ký với xã và chưa mở chế độ dùng thử/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về Trang chủ để bắt đầu' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('link', { name: 'Chọn ở Trang chủ' })).not.toBeInTheDocument();
  });
});
