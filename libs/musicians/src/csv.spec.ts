import { DomainError } from '#tutti/common';

import { parseCsv, safeCell } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with separators, quotes and line breaks, with their lines', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\n\nd,e,f\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 5, cells: ['d', 'e', 'f'] },
    ]);
  });

  it('accepts semicolons (Swedish Excel) and a byte-order mark', () => {
    expect(parseCsv('\uFEFFförnamn;efternamn\nÅsa;Öberg').map((r) => r.cells)).toEqual([
      ['förnamn', 'efternamn'],
      ['Åsa', 'Öberg'],
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    let error: unknown;
    try {
      parseCsv('a,b\n1,2\n"open,3\n4,5\n');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'import/malformed', details: { field: 'csv' } });
    expect((error as DomainError).message).toMatch(/line \d/);
  });
});

describe('safeCell', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(['=SUM(A1)', '+46', '-1', '@x', 'plain'].map(safeCell)).toEqual([
      "'=SUM(A1)",
      "'+46",
      "'-1",
      "'@x",
      'plain',
    ]);
  });
});
