import { Injectable } from '@nestjs/common';

import { DomainError, planLimitReached, toE164 } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import { parseCsv } from './csv.js';
import { MusiciansRepository } from './musicians.repository.js';

const COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'preferredLanguage',
  'localResidence',
  'notes',
] as const;
const REQUIRED = ['firstName', 'lastName', 'email'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE = ['true', 'yes', 'ja', '1', 'x'];
const FALSE = ['false', 'no', 'nej', '0', ''];

export interface ImportReport {
  imported: number;
  rejected: Array<{ line: number; email: string | null; errors: string[] }>;
}

/**
 * Musicians from CSV (header: firstName,lastName,email[,phone,preferredLanguage,localResidence,notes]).
 * Every row is checked first; if any is rejected nothing is imported and the report says which
 * rows and why; otherwise all rows go in one transaction.
 */
@Injectable()
export class MusicianImportService {
  constructor(private readonly repo: MusiciansRepository) {}

  async import(csv: string): Promise<ImportReport> {
    const rows = parseCsv(csv);
    const header = (rows.shift()?.cells ?? []).map((h) => h.trim());
    const missing = REQUIRED.filter((c) => !header.includes(c));
    const unknown = header.filter((h) => !(COLUMNS as readonly string[]).includes(h));
    if (missing.length || unknown.length) {
      throw new DomainError(
        'import/bad-header',
        'invalid',
        `The header ${missing.length ? `lacks ${missing.join(', ')}` : ''}${missing.length && unknown.length ? ' and ' : ''}${unknown.length ? `has unknown columns ${unknown.join(', ')}` : ''}; expected ${COLUMNS.join(',')}`,
        { field: 'csv' },
      );
    }
    if (rows.length === 0)
      throw new DomainError('import/empty', 'invalid', 'The file has no rows under its header', {
        field: 'csv',
      });
    if (rows.length > 5000)
      throw new DomainError('import/too-large', 'invalid', 'At most 5000 rows per import', {
        field: 'csv',
      });
    const existing = await this.repo.emails();
    const country = currentTenant().country;
    const seen = new Map<string, number>();
    const report: ImportReport = { imported: 0, rejected: [] };
    const data = rows.map(({ cells, line }) => {
      const get = (c: string) => (cells[header.indexOf(c)] ?? '').trim();
      const errors: string[] = [];
      const email = get('email').toLowerCase();
      if (!get('firstName')) errors.push('firstName is empty');
      if (!get('lastName')) errors.push('lastName is empty');
      if (!EMAIL.test(email)) errors.push('email is not an email address');
      else if (existing.has(email)) errors.push('email belongs to a musician already');
      else if (seen.has(email)) errors.push(`email repeats line ${seen.get(email)}`);
      seen.set(email, seen.get(email) ?? line);
      const typed = get('phone');
      const phone = typed ? toE164(typed, country) : null;
      if (typed && !phone) errors.push('phone is not a phone number (e.g. 070-123 45 67)');
      const lang = get('preferredLanguage').toLowerCase() || 'sv';
      if (!['sv', 'en'].includes(lang)) errors.push('preferredLanguage must be sv or en');
      const local = get('localResidence').toLowerCase();
      if (![...TRUE, ...FALSE].includes(local)) errors.push('localResidence must be true or false');
      if (errors.length) report.rejected.push({ line, email: email || null, errors });
      return {
        firstName: get('firstName'),
        lastName: get('lastName'),
        email,
        phone: phone || null,
        preferredLanguage: lang,
        localResidence: TRUE.includes(local),
        notes: get('notes') || null,
      };
    });
    if (report.rejected.length) {
      throw new DomainError(
        'import/rejected',
        'invalid',
        `${report.rejected.length} of ${rows.length} rows were rejected; nothing was imported`,
        report,
      );
    }
    const limit = currentTenant().limits.maxMusicians;
    const created = await this.repo.createWithin(data, limit);
    if (!created) throw planLimitReached('musicians', limit);
    return { imported: created.length, rejected: [] };
  }
}
