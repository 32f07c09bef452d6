import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\n\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });
  it('accepts semicolons (Swedish Excel) and a byte-order mark', () => {
    expect(parseCsv('\uFEFFförnamn;efternamn\nÅsa;Öberg')).toEqual([
      ['förnamn', 'efternamn'],
      ['Åsa', 'Öberg'],
    ]);
  });
});
