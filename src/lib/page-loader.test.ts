import { pageLoader } from './page-loader';

describe('pageLoader', () => {
  it('loads once however often it is asked, and knows the page synchronously afterwards', async () => {
    const Page = () => null;
    let loads = 0;
    const loader = pageLoader(async () => {
      loads++;
      return { Component: Page };
    });
    expect(loader.loaded).toBeUndefined();
    const [a, b] = await Promise.all([loader(), loader()]);
    await loader();
    expect(loads).toBe(1);
    expect(a.Component).toBe(Page);
    expect(b.Component).toBe(Page);
    expect(loader.loaded).toBe(Page);
  });
});
