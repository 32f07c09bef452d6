import { CsvError, parse } from 'csv-parse/sync';

import { DomainError } from '#tutti/common';

/** One record of a CSV file, with the line of the file it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * CSV as spreadsheets export it (csv-parse): quoted fields with separators, quotes and line
 * breaks, a byte-order mark, `;` as the separator (Swedish Excel) when the header uses it.
 * Each row keeps the line it starts on, so a report points at the file's own lines. A broken
 * file (an unclosed quote) is a 400 naming its line.
 */
export function parseCsv(text: string): CsvRow[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = (err as CsvError & { lines?: number }).lines;
    throw new DomainError(
      'import/malformed',
      'invalid',
      `The file cannot be read${line ? ` at line ${line}` : ''}: ${err.message.replace(/^[^:]*: /, '')}`,
      { field: 'csv', line },
    );
  }
  // info.lines is where a record ends; it starts after the one before (blank lines between
  // records are skipped, so count back by the record's own line breaks).
  return records
    .map(({ record, info }) => ({
      line: info.lines - record.reduce((n, c) => n + (c.match(/\r?\n/g)?.length ?? 0), 0),
      cells: record,
    }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/**
 * A cell as a spreadsheet will not run it: text starting with =, +, -, @ (or a tab or carriage
 * return) is prefixed with an apostrophe. For every CSV the product writes.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
