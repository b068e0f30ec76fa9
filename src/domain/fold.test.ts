import { fold, matchesQuery, searchWords } from './fold';

describe('diacritic folding and search', () => {
  it('matches "thon ta van" to "Thôn Tả Van"', () => {
    expect(matchesQuery('Thôn Tả Van', 'thon ta van')).toBe(true);
  });

  it('folds đ and Đ to d, which NFD alone does not', () => {
    expect(fold('Đường đi Đồng Tâm')).toBe('duong di dong tam');
    expect(matchesQuery('Thôn Đồng Tâm', 'dong tam')).toBe(true);
  });

  it('matches each query word as the prefix of a word, in any order', () => {
    expect(matchesQuery('Thôn Suối Chải', 'suoi ch')).toBe(true);
    expect(matchesQuery('Thôn Suối Chải', 'chai suoi')).toBe(true);
    expect(matchesQuery('Thôn Suối Chải', 'uoi')).toBe(false);
  });

  it('needs every query word to match', () => {
    expect(matchesQuery('Thôn Tả Van', 'ta xa')).toBe(false);
  });

  it('matches everything on an empty query and ignores case, punctuation and extra spaces', () => {
    expect(matchesQuery('Thôn Tả Van', '   ')).toBe(true);
    expect(matchesQuery('Tổ dân phố số 1', '  TO   DAN, pho 1 ')).toBe(true);
  });

  it('treats precomposed and decomposed Vietnamese alike', () => {
    const decomposed = 'Suối Chải'.normalize('NFD');
    expect(fold(decomposed)).toBe(fold('Suối Chải'));
    expect(matchesQuery(decomposed, 'suoi')).toBe(true);
  });

  it('lists distinct folded words for the search index', () => {
    expect(searchWords('Nhà văn hóa thôn', 'thôn Suối-Chải', undefined)).toEqual([
      'nha',
      'van',
      'hoa',
      'thon',
      'suoi',
      'chai',
    ]);
  });
});
