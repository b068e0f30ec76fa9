import { screen } from '@testing-library/react';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { Layout } from './layout';

describe('app layout', () => {
  it('shows the bottom navigation in Vietnamese and the demo banner in demo mode', async () => {
    await freshSession();
    await renderRoutes([{ element: <Layout />, children: [{ path: '/', element: <p>trang</p> }] }], '/');
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(nav).toHaveTextContent('Tập huấn');
    expect(nav).toHaveTextContent('Người bản số');
    expect(screen.getByRole('status')).toHaveTextContent('Chế độ thử');
  });
});
