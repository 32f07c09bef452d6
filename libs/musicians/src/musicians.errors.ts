import { DomainError } from '#tutti/common';

export const musicianNotFound = (id: string) =>
  new DomainError('musician/not-found', 'not_found', `No musician ${id}`);

export const unknownPosition = () =>
  new DomainError(
    'musician/unknown-position',
    'invalid',
    'positionIds names a position that does not exist',
    { field: 'positionIds' },
  );

export const badHeader = (missing: string[], unknown: string[], columns: readonly string[]) =>
  new DomainError(
    'import/bad-header',
    'invalid',
    `The header ${missing.length ? `lacks ${missing.join(', ')}` : ''}${missing.length && unknown.length ? ' and ' : ''}${unknown.length ? `has unknown columns ${unknown.join(', ')}` : ''}; expected ${columns.join(',')}`,
    { field: 'csv' },
  );

export const emptyImport = () =>
  new DomainError('import/empty', 'invalid', 'The file has no rows under its header', {
    field: 'csv',
  });

export const importTooLarge = (max: number) =>
  new DomainError('import/too-large', 'invalid', `At most ${max} rows per import`, {
    field: 'csv',
  });

export const importRejected = (report: { rejected: unknown[] }, rows: number) =>
  new DomainError(
    'import/rejected',
    'invalid',
    `${report.rejected.length} of ${rows} rows were rejected; nothing was imported`,
    report,
  );

export const leftBeforeJoined = () =>
  new DomainError('member/left-before-joined', 'invalid', 'leftOn must not be before joinedOn', {
    field: 'leftOn',
  });

export const twoPrimaries = () =>
  new DomainError(
    'member/two-primary-instruments',
    'invalid',
    'Only one instrument can be primary',
    {
      field: 'instruments',
    },
  );

export const duplicateInstrument = () =>
  new DomainError(
    'member/duplicate-instrument',
    'invalid',
    'instruments lists an instrument twice',
    {
      field: 'instruments',
    },
  );

export const unknownInstrument = () =>
  new DomainError('instrument/not-found', 'invalid', 'instruments names an unknown instrument', {
    field: 'instruments',
  });

export const sectionNotFound = (id: number) =>
  new DomainError('section/not-found', 'not_found', `No section ${id}`);
