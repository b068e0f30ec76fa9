import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import helpKindsSample from '@catalogs/samples/help-kinds.sample.json';
import topicsSample from '@catalogs/samples/training-topics.sample.json';
import { renderRoutes } from '@tests/setup/render';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { stubAdminApi } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const VERSIONS = [
  {
    kind: 'criteria',
    version: 'sample-2026.1',
    publishedAt: '2026-11-01T00:00:00Z',
    sample: true,
    current: false,
  },
  { kind: 'criteria', version: '2026.2', publishedAt: '2026-11-20T03:00:00Z', sample: false, current: true },
];

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

describe('catalogs screen', () => {
  it('lists versions per kind with the current one and sample ones marked', async () => {
    stubAdminApi({ 'GET /catalogs': () => ({ catalogs: VERSIONS }) });
    await renderRoutes(provinceRoutes, '/province/catalogs');
    const sampleRow = (await screen.findByText('sample-2026.1')).closest('tr') as HTMLElement;
    expect(within(sampleRow).getByText('Dữ liệu mẫu')).toBeInTheDocument();
    expect(within(sampleRow).queryByText('Đang dùng')).not.toBeInTheDocument();
    const currentRow = screen.getByText('2026.2').closest('tr') as HTMLElement;
    expect(within(currentRow).getByText('Đang dùng')).toBeInTheDocument();
    expect(within(currentRow).getAllByRole('cell', { name: 'Tiêu chí Thôn số' })).toHaveLength(1);
  });

  it('shows the contents of the current catalog, read-only, and offers it as the template to download', async () => {
    stubAdminApi({
      'GET /catalogs': () => ({ catalogs: VERSIONS }),
      'GET /catalogs/trainingTopics/current': () => topicsSample,
      'GET /catalogs/helpKinds/current': () => helpKindsSample,
    });
    const blobs: Blob[] = [];
    // jsdom has no object URLs: record the file instead of offering it.
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:template');
    URL.revokeObjectURL = () => undefined;
    await renderRoutes(provinceRoutes, '/province/catalogs');
    const contents = await screen.findByRole('region', { name: 'Nội dung danh mục đang dùng' });
    await within(contents).findByText(/Phiên bản/, {}, { timeout: 5000 });
    expect(await within(contents).findByText(/Chủ đề tập huấn \(\d+\)/)).toBeInTheDocument();
    expect(within(contents).getByText('VNeID và định danh điện tử mức 2')).toBeInTheDocument();
    expect(within(contents).getByText(/Kết quả tại chỗ/)).toBeInTheDocument();
    expect(within(contents).queryByRole('textbox')).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(contents).getByRole('button', { name: /Tải về \(JSON\)/ }));
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ kind: 'trainingTopics' });

    await user.selectOptions(within(contents).getByLabelText('Xem danh mục'), 'Loại hỗ trợ');
    expect(await within(contents).findByText(/Loại hỗ trợ \(\d+\)/)).toBeInTheDocument();
  });

  it('checks the JSON file in the browser and shows the problems without publishing', async () => {
    const calls = stubAdminApi({ 'GET /catalogs': () => ({ catalogs: [] }) });
    await renderRoutes(provinceRoutes, '/province/catalogs');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Loại danh mục'), 'Loại hỗ trợ');
    await user.upload(screen.getByLabelText('Tệp JSON'), new File(['{"kinds": []}'], 'loai-ho-tro.json'));
    await user.type(screen.getByLabelText('Phiên bản'), '2027.1');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và công bố' }));

    const problems = await screen.findByRole('list', { name: 'Lỗi trong tệp danh mục' });
    expect(within(problems).getByText('kinds: trống hoặc quá ít')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('publishes a valid file as a new version of the chosen kind', async () => {
    const calls = stubAdminApi({
      'GET /catalogs': () => ({ catalogs: [] }),
      'POST /catalogs': (c) => ({
        ...(c.body as object),
        publishedAt: '2026-11-25T00:00:00Z',
        current: true,
      }),
    });
    await renderRoutes(provinceRoutes, '/province/catalogs');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Loại danh mục'), 'Loại hỗ trợ');
    await user.upload(
      screen.getByLabelText('Tệp JSON'),
      new File([JSON.stringify(helpKindsSample)], 'h.json'),
    );
    await user.type(screen.getByLabelText('Phiên bản'), '2027.1');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và công bố' }));

    expect(await screen.findByText(/Đã công bố Loại hỗ trợ phiên bản 2027.1/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      kind: 'helpKinds',
      version: '2027.1',
      sample: true,
      data: helpKindsSample.data,
    });
  });
});
