// The locale loading that keeps the first load small: only the preloaded namespaces at start, any other
// fetched on demand; every namespace by default; English falls back to Vietnamese.
import { createI18n, namespaces } from './i18n';

describe('i18n', () => {
  it('knows every namespace from the Vietnamese locale files', () => {
    expect(namespaces()).toEqual(expect.arrayContaining(['common', 'home', 'training', 'checklist']));
  });

  it('loads only the preloaded namespaces at start, and another one on demand', async () => {
    const i18n = await createI18n('vi', ['common', 'home']);
    expect(i18n.t('nav.home')).toBe('Trang chủ');
    expect(i18n.hasResourceBundle('vi', 'training')).toBe(false);
    await i18n.loadNamespaces('training');
    expect(i18n.hasResourceBundle('vi', 'training')).toBe(true);
    expect(i18n.t('title', { ns: 'training' })).toBe('Tập huấn Bình dân học vụ số');
  });

  it('loads every namespace when none is named, and switches language with its files', async () => {
    const i18n = await createI18n('vi');
    expect(namespaces().every((ns) => i18n.hasResourceBundle('vi', ns))).toBe(true);
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.home')).toBe('Home');
  });
});
