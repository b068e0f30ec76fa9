import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { pwaStore } from '@/lib/pwa';
import { renderWithI18n } from '@tests/setup/render';
import { UpdatePrompt } from './update-prompt';

describe('update prompt', () => {
  afterEach(() => pwaStore.setState({ updateWaiting: false, applyUpdate: () => {} }));

  it('shows nothing while no new version waits', async () => {
    await renderWithI18n(<UpdatePrompt />);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('offers the waiting version in Vietnamese and applies it only when the user taps "Cập nhật ngay"', async () => {
    const applyUpdate = vi.fn();
    pwaStore.setState({ updateWaiting: true, applyUpdate });
    await renderWithI18n(<UpdatePrompt />);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Đã có phiên bản mới của Bản Số.');
    expect(applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Cập nhật ngay' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('"Để sau" hides the prompt without applying the update', async () => {
    const applyUpdate = vi.fn();
    pwaStore.setState({ updateWaiting: true, applyUpdate });
    await renderWithI18n(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Để sau' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
  });
});
