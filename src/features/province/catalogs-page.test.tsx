import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import criteriaSample from '@catalogs/samples/criteria.sample.json';
import helpKindsSample from '@catalogs/samples/help-kinds.sample.json';
import indicatorsSample from '@catalogs/samples/indicators.sample.json';
import topicsSample from '@catalogs/samples/training-topics.sample.json';
import { catalogDataSchemas } from '@/domain/catalog';
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

  it('shows the contents of the current catalog, read-only, and offers that version to download', async () => {
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
    await user.click(within(contents).getByRole('button', { name: 'Tải phiên bản này về (JSON)' }));
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ kind: 'trainingTopics' });

    await user.selectOptions(within(contents).getByLabelText('Xem danh mục'), 'Loại hỗ trợ');
    expect(await within(contents).findByText(/Loại hỗ trợ \(\d+\)/)).toBeInTheDocument();
  });

  it('offers, for every kind it publishes, a blank template: the right shape, examples marked, nothing of the current version', async () => {
    const current = { trainingTopics: topicsSample, helpKinds: helpKindsSample, criteria: criteriaSample };
    stubAdminApi({
      'GET /catalogs': () => ({ catalogs: VERSIONS }),
      'GET /catalogs/trainingTopics/current': () => topicsSample,
      'GET /catalogs/helpKinds/current': () => helpKindsSample,
      'GET /catalogs/criteria/current': () => criteriaSample,
      'GET /catalogs/indicators/current': () => indicatorsSample,
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:template');
    URL.revokeObjectURL = () => undefined;
    await renderRoutes(provinceRoutes, '/province/catalogs');
    const user = userEvent.setup();
    const kinds = await screen.findByLabelText('Loại danh mục');
    const offered = within(kinds)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(offered).toEqual(['trainingTopics', 'helpKinds', 'criteria', 'indicators']);
    for (const kind of offered) {
      await user.selectOptions(kinds, kind);
      const before = blobs.length;
      await user.click(screen.getByRole('button', { name: 'Tải tệp mẫu trống (JSON)' }));
      await waitFor(() => expect(blobs).toHaveLength(before + 1));
      const text = await blobs.at(-1)!.text();
      const template = JSON.parse(text) as { kind: string; version: string; data: Record<string, unknown> };
      expect(template).toMatchObject({ kind, version: '', source: '' });
      // The right shape: the data passes the same schema a published catalog must.
      expect(
        catalogDataSchemas[kind as keyof typeof catalogDataSchemas].safeParse(template.data).success,
      ).toBe(true);
      // Every entry is an example, marked so in its code and its name (both languages).
      const entries = Object.values(template.data).filter(Array.isArray).flat() as {
        code: string;
        name: { vi: string; en: string };
      }[];
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.code).toMatch(/^vi-du-/);
        expect(e.name.vi).toMatch(/^Ví dụ: /);
        expect(e.name.en).toMatch(/^Example: /);
      }
      // Nothing of the version in use: none of its codes or names.
      const published = current[kind as keyof typeof current];
      if (published)
        for (const list of Object.values(published.data).filter(Array.isArray))
          for (const e of list as { code: string; name: { vi: string } }[]) {
            expect(entries.map((x) => x.code)).not.toContain(e.code);
            expect(text).not.toContain(e.name.vi);
          }
    }
  });

  it('refuses to publish the template with its example entries left in', async () => {
    const calls = stubAdminApi({ 'GET /catalogs': () => ({ catalogs: [] }) });
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:template');
    URL.revokeObjectURL = () => undefined;
    await renderRoutes(provinceRoutes, '/province/catalogs');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Loại danh mục'), 'Loại hỗ trợ');
    await user.click(screen.getByRole('button', { name: 'Tải tệp mẫu trống (JSON)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    await user.upload(screen.getByLabelText('Tệp JSON'), new File([await blobs[0]!.text()], 'mau.json'));
    await user.type(screen.getByLabelText('Phiên bản'), '2027.1');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra và công bố' }));
    const problems = await screen.findByRole('list', { name: 'Lỗi trong tệp danh mục' });
    expect(
      within(problems).getByText(
        'data.kinds.0.code: vẫn là mục ví dụ của tệp mẫu — hãy thay bằng mục thật hoặc xoá đi',
      ),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
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
