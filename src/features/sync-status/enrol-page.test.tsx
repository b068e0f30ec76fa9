// The enrol page when the phone still holds another commune's unsent work: enrolling there is refused
// (the sync code changes nothing), and the page says how many changes and photos wait and what to do.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { syncRoutes } from './routes';

vi.mock('@/sync/enrol', async (original) => {
  const actual = await original<typeof import('@/sync/enrol')>();
  return { ...actual, enrolDevice: vi.fn(async () => Promise.reject(new actual.UnsentWorkError(3, 2))) };
});

describe('enrol page', () => {
  it('refuses another commune while changes and photos are unsent, saying how many', async () => {
    await freshSession();
    await renderRoutes(syncRoutes, '/enrol');
    await userEvent.type(await screen.findByLabelText('Mã đăng ký'), 'ABCD-EFGH');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(
      await screen.findByText(
        'Máy còn 3 thay đổi và 2 ảnh chưa gửi của xã cũ. Đăng ký vào xã khác sẽ làm mất chúng, nên chưa đăng ký. Hãy đồng bộ (hoặc tạo tệp sao lưu cho tỉnh nhập) trước, rồi xin mã mới.',
      ),
    ).toBeInTheDocument();
  });
});
