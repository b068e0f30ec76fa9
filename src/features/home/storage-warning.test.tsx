// Home's storage warning: shown, with a link to the storage section, only past 80 % of the quota.
import { screen } from '@testing-library/react';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { StorageWarning } from './storage-warning';

const routes = [{ path: '/', element: <StorageWarning /> }];

function stubUsage(usage: number) {
  const estimate = vi.fn(async () => ({ usage, quota: 1000 }));
  Object.defineProperty(navigator, 'storage', {
    value: { estimate, persisted: async () => true },
    configurable: true,
  });
  return estimate;
}

afterEach(() => {
  Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
});

describe('storage warning on home', () => {
  it('warns past 80 % and links to the storage section', async () => {
    stubUsage(810);
    await freshSession();
    await renderRoutes(routes, '/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bộ nhớ của Bản Số đã dùng hơn 80 %: hãy đồng bộ hoặc dọn bớt máy.',
    );
    expect(screen.getByRole('link', { name: 'Xem bộ nhớ' })).toHaveAttribute('href', '/more');
  });

  it('says nothing at 80 % or below', async () => {
    const estimate = stubUsage(800);
    await freshSession();
    await renderRoutes(routes, '/');
    await vi.waitFor(() => expect(estimate).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
