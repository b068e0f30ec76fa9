import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { isoDate } from '@/domain/dates';
import { META, setMeta } from '@/storage/meta';
import { createRecord, deleteRecord } from '@/storage/record-writer';
import { sessionStore } from '@/storage/session-store';
import { homeRoutes } from './routes';

const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-1' };
const today = isoDate(new Date());

function session(total: number, villageId = 'sample-bx-suoi-chai', date = today) {
  return {
    villageId,
    date,
    place: 'Nhà văn hóa',
    durationMinutes: 60,
    topics: ['vneid'],
    trainers: ['Vàng A Sử'],
    targetGroup: 'residents',
    language: 'vi',
    attendees: { total, women: 0, ethnicMinority: 0, ageBands: {} },
    outcomes: {},
    notes: '',
  };
}

function help(peopleHelped: number, villageId = 'sample-bx-suoi-chai') {
  const base = { villageId, helperId: 'h1', date: today, kind: 'vneid' };
  return { ...base, peopleHelped, householdsHelped: 0, notes: '' };
}

/** The value shown next to a count label inside a period ("Hôm nay", "Tháng …"). */
function countIn(period: HTMLElement, label: string): string {
  return within(period).getByText(label).parentElement?.querySelector('dd')?.textContent ?? '';
}

describe('home screen', () => {
  it("shows today's training sessions, attendees, help activities and people helped, without deleted ones", async () => {
    const db = await freshSession();
    await createRecord(db, 'trainingSessions', session(25), ctx);
    await createRecord(db, 'trainingSessions', session(1200), ctx);
    const gone = await createRecord(db, 'trainingSessions', session(7), ctx);
    await deleteRecord(db, 'trainingSessions', gone.id, ctx);
    await createRecord(db, 'helpActivities', help(3), ctx);
    await renderRoutes(homeRoutes, '/');

    const todayBox = await screen.findByRole('region', { name: 'Hôm nay' });
    await waitFor(() => expect(countIn(todayBox, 'Buổi tập huấn')).toBe('2'));
    expect(countIn(todayBox, 'Người tham gia')).toBe('1.225');
    expect(countIn(todayBox, 'Lượt hỗ trợ')).toBe('1');
    expect(countIn(todayBox, 'Người được hỗ trợ')).toBe('3');
  });

  it('updates the counts live when a record is saved, and counts other villages only for the whole commune', async () => {
    const db = await freshSession();
    await renderRoutes(homeRoutes, '/');
    const todayBox = await screen.findByRole('region', { name: 'Hôm nay' });
    await waitFor(() => expect(countIn(todayBox, 'Buổi tập huấn')).toBe('0'));

    await createRecord(db, 'trainingSessions', session(10), ctx);
    await createRecord(db, 'trainingSessions', session(4, 'sample-bx-son-ha'), ctx);
    await waitFor(() => expect(countIn(todayBox, 'Người tham gia')).toBe('10'));

    await userEvent.click(screen.getByRole('button', { name: 'Cả xã' }));
    await waitFor(() => expect(countIn(todayBox, 'Người tham gia')).toBe('14'));
    const [year, month] = today.split('-');
    const monthBox = screen.getByRole('region', { name: `Tháng ${month}/${year}` });
    expect(countIn(monthBox, 'Buổi tập huấn')).toBe('2');
  });

  it('shows how many changes wait to be sent and links refused ones to the sync screen', async () => {
    const db = await freshSession();
    sessionStore.setState({ mode: 'real', enrolment: enrolment() });
    await createRecord(db, 'trainingSessions', session(5), ctx);
    await createRecord(db, 'helpActivities', help(2), ctx);
    await createRecord(db, 'helpActivities', help(1), ctx);
    await db.outbox.where('seq').equals(1).modify({ status: 'rejected', reason: 'errors.outOfScope' });
    await renderRoutes(homeRoutes, '/');

    expect(await screen.findByText(/2 thay đổi đang chờ gửi/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /1 thay đổi bị từ chối/ })).toHaveAttribute('href', '/sync');
  });

  it('says "chưa đồng bộ" before the first sync and the time of the last successful sync after it', async () => {
    const db = await freshSession();
    sessionStore.setState({ mode: 'real', enrolment: enrolment() });
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByText('Gửi thành công lần cuối: chưa đồng bộ')).toBeInTheDocument();

    const at = new Date();
    at.setHours(9, 5, 0, 0);
    await setMeta(db, META.lastSyncAt, at.getTime());
    expect(await screen.findByText('Gửi thành công lần cuối: hôm nay lúc 09:05')).toBeInTheDocument();
  });

  it('in demo mode never calls practice changes "waiting to be sent" beside "never sent"', async () => {
    const db = await freshSession();
    await createRecord(db, 'trainingSessions', session(5), ctx);
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByText('1 thay đổi thử chỉ lưu trên điện thoại này.')).toBeInTheDocument();
    expect(screen.getByText(/không bao giờ được gửi/)).toBeInTheDocument();
    expect(screen.queryByText(/chờ gửi|chưa gửi/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Gửi thành công lần cuối/)).not.toBeInTheDocument();
  });

  it('tells a revoked phone on home that nothing can be sent and how to enrol again', async () => {
    const db = await freshSession();
    sessionStore.setState({ mode: 'real', enrolment: enrolment() });
    await createRecord(db, 'trainingSessions', session(5), ctx);
    await setMeta(db, META.lastSyncError, {
      failure: 'revoked',
      detail: null,
      at: Date.now(),
      failingSince: Date.now(),
    });
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Chưa gửi được: .*đã bị thu hồi/);
    expect(screen.getByRole('link', { name: 'Đăng ký lại điện thoại' })).toHaveAttribute('href', '/enrol');
  });

  it('offers the three daily actions as big buttons', async () => {
    await freshSession();
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByRole('link', { name: /Ghi buổi tập huấn/ })).toHaveAttribute(
      'href',
      '/training/new',
    );
    expect(screen.getByRole('link', { name: /Ghi hỗ trợ Người bản số/ })).toHaveAttribute(
      'href',
      '/helpers/log',
    );
    expect(screen.getByRole('link', { name: /Chấm tiêu chí Thôn số/ })).toHaveAttribute('href', '/checklist');
  });

  it('shows where the user is: the chosen village and member, each with a way to change it', async () => {
    await freshSession();
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByText('Thôn Suối Chải')).toBeInTheDocument();
    expect(await screen.findByText('Vàng A Sử (mẫu)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đổi thôn' })).toHaveAttribute('href', '/pick/village');
    expect(screen.getByRole('link', { name: 'Đổi người' })).toHaveAttribute('href', '/pick/member');
  });
});

function enrolment() {
  return {
    deviceId: 'd1',
    token: 't',
    communeId: 'sample-bat-xat',
    communeName: 'Bát Xát',
    scope: 'commune' as const,
    serverUrl: '',
    enrolledAt: 0,
  };
}
