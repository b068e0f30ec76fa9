import { act, screen } from '@testing-library/react';
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

describe('app layout on the province desk screens', () => {
  it('shows no phone bottom bar under /province, and keeps it on the phone routes', async () => {
    await freshSession();
    const children = [
      { path: '/', element: <p>trang</p> },
      { path: '/province/report', element: <p>báo cáo</p> },
    ];
    const { router } = await renderRoutes([{ element: <Layout />, children }], '/province/report');
    expect(screen.getByText('báo cáo')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
    await act(() => router.navigate('/'));
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
  });
});
