import { Injectable } from '@nestjs/common';

import { planLimitReached, toE164 } from '#tutti/common';
import { currentTenant } from '#tutti/tenancy';

import { parseCsv } from './csv.js';
import { badHeader, emptyImport, importRejected, importTooLarge } from './musicians.errors.js';
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
const MAX_ROWS = 5000;
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
      throw badHeader(missing, unknown, COLUMNS);
    }
    if (rows.length === 0) throw emptyImport();
    if (rows.length > MAX_ROWS) throw importTooLarge(MAX_ROWS);
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
      throw importRejected(report, rows.length);
    }
    const limit = currentTenant().limits.maxMusicians;
    const created = await this.repo.createWithin(data, limit);
    if (!created) throw planLimitReached('musicians', limit, currentTenant().plan);
    return { imported: created.length, rejected: [] };
  }
}
