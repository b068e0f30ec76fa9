// The province's Thôn số screen, used as a province officer would: pending proposals with the criteria as
// proposed, confirming (asked twice) and returning with a required reason, each sent to the server.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { reply, stubAdminApi } from '@tests/doubles/fake-admin-api';
import type { RecognitionItem } from '@/protocol/recognition-messages';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

const item = (over: Partial<RecognitionItem> = {}): RecognitionItem => ({
  id: 'r1',
  communeId: 'bat-xat',
  communeName: 'Xã Bát Xát',
  villageId: 'suoi-chai',
  villageName: 'Thôn Suối Chải',
  state: 'pending',
  criteriaVersion: 'sample-2026.1',
  sample: true,
  rule: { minimumMet: 8, source: null },
  criteria: [
    {
      code: 'team',
      name: 'Có tổ công nghệ số cộng đồng hoạt động',
      required: true,
      status: 'met',
      numerator: null,
      denominator: null,
      assessedOn: '2026-11-20',
    },
    {
      code: 'fibre',
      name: 'Tỷ lệ hộ có cáp quang',
      required: true,
      status: 'met',
      numerator: 72,
      denominator: 86,
      assessedOn: '2026-11-20',
    },
  ],
  proposedBy: 'm1',
  proposedByName: 'Vàng A Sử',
  proposedOn: '2026-11-24',
  note: 'Đủ minh chứng',
  decisionReason: null,
  decidedBy: null,
  decidedAt: null,
  history: [],
  ...over,
});

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

describe('Thôn số recognition screen', () => {
  it('shows a pending proposal with its criteria as proposed, and confirms it after asking', async () => {
    const calls = stubAdminApi({
      'GET /recognitions': () => ({ recognitions: [item()] }),
      'POST /recognitions/r1/decision': () => item({ state: 'confirmed' }),
    });
    await renderRoutes(provinceRoutes, '/province/recognitions');
    const card = await screen.findByRole('article', { name: 'Thôn Suối Chải — Xã Bát Xát' });
    expect(calls[0]?.query.get('state')).toBe('pending');
    expect(
      within(card).getByText(
        /Đề nghị ngày 24\/11\/2026 bởi Vàng A Sử · bộ tiêu chí sample-2026.1 · đạt 2\/2/,
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText('Dữ liệu mẫu')).toBeInTheDocument();
    const fibre = within(card).getByRole('row', { name: /Tỷ lệ hộ có cáp quang/ });
    expect(
      within(fibre)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Đạt', '72 / 86']);
    await userEvent.click(within(card).getByRole('button', { name: 'Công nhận Thôn số' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Đồng ý công nhận' }));
    expect(await screen.findByText('Đã công nhận Thôn Suối Chải là Thôn số.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ decision: 'confirmed' });
  });

  it('returns a proposal only with a reason, shown in Vietnamese next to the field otherwise', async () => {
    const calls = stubAdminApi({
      'GET /recognitions': () => ({ recognitions: [item()] }),
      'POST /recognitions/r1/decision': () => item({ state: 'returned' }),
    });
    await renderRoutes(provinceRoutes, '/province/recognitions');
    const card = await screen.findByRole('article', { name: 'Thôn Suối Chải — Xã Bát Xát' });
    await userEvent.click(within(card).getByRole('button', { name: 'Trả lại' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Gửi trả lại' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('Hãy ghi lý do trả lại.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(card).getByLabelText('Lý do trả lại (xã sẽ đọc được)'), 'Thiếu ảnh Wi-Fi');
    await userEvent.click(within(card).getByRole('button', { name: 'Gửi trả lại' }));
    expect(await screen.findByText('Đã trả lại đề nghị của Thôn Suối Chải.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      decision: 'returned',
      reason: 'Thiếu ảnh Wi-Fi',
    });
  });

  it('shows decided proposals with who decided, when and why, without decision buttons', async () => {
    stubAdminApi({
      'GET /recognitions': (c) =>
        c.query.get('state') === 'returned'
          ? {
              recognitions: [
                item({
                  state: 'returned',
                  history: [
                    {
                      decision: 'returned',
                      reason: 'Thiếu ảnh',
                      actor: 'admin',
                      at: Date.parse('2026-11-30T03:00:00Z'),
                    },
                  ],
                }),
              ],
            }
          : { recognitions: [] },
    });
    await renderRoutes(provinceRoutes, '/province/recognitions');
    expect(await screen.findByText('Không có đề nghị nào.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Hiển thị'), 'Đã trả lại');
    const card = await screen.findByRole('article', { name: 'Thôn Suối Chải — Xã Bát Xát' });
    expect(
      within(card).getByText(/^Trả lại bởi admin lúc 30\/11\/2026 \d\d:00\. Lý do: Thiếu ảnh$/),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Công nhận Thôn số' })).not.toBeInTheDocument();
  });

  it('says so in plain words when the server refuses the decision', async () => {
    stubAdminApi({
      'GET /recognitions': () => ({ recognitions: [item()] }),
      'POST /recognitions/r1/decision': () =>
        reply(409, { error: 'not_pending', reason: 'errors.notPending' }),
    });
    await renderRoutes(provinceRoutes, '/province/recognitions');
    const card = await screen.findByRole('article', { name: 'Thôn Suối Chải — Xã Bát Xát' });
    await userEvent.click(within(card).getByRole('button', { name: 'Công nhận Thôn số' }));
    await userEvent.click(within(card).getByRole('button', { name: 'Đồng ý công nhận' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Đề nghị này đã được xem xét rồi.');
  });
});
