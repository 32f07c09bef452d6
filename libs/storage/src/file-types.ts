import { DomainError } from '#tutti/common';

type Sniff = ((b: Buffer) => boolean) | null;

const PDF: Sniff = (b) => b.subarray(0, 5).toString('latin1') === '%PDF-';
const PNG: Sniff = (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
const JPEG: Sniff = (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const MP3: Sniff = (b) =>
  b.subarray(0, 3).toString('latin1') === 'ID3' || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0);
const WAV: Sniff = (b) =>
  b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WAVE';
const OGG: Sniff = (b) => b.subarray(0, 4).toString('latin1') === 'OggS';
const MP4: Sniff = (b) => b.subarray(4, 8).toString('latin1') === 'ftyp';
const ZIP: Sniff = (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
const WEBP: Sniff = (b) =>
  b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP';
const ICO: Sniff = (b) => b.subarray(0, 4).equals(Buffer.from([0, 0, 1, 0]));
const XML: Sniff = (b) =>
  /^\s*(<\?xml|<!DOCTYPE|<score-)/.test(b.subarray(0, 200).toString('utf8'));

/**
 * Types a kind of upload accepts, each with a check that the content looks like it (its magic
 * bytes): a renamed executable is not a PDF.
 */
export const FILE_TYPES = {
  /** What goes out with a substitute request: sheet music, schedules, recordings. */
  needFiles: {
    'application/pdf': PDF,
    'image/png': PNG,
    'image/jpeg': JPEG,
    'audio/mpeg': null,
    'audio/mp4': null,
    'application/vnd.recordare.musicxml+xml': null,
    'application/vnd.recordare.musicxml': null,
    'text/plain': null,
  },
  /** The music library: scores and parts, recordings, licences. */
  library: {
    'application/pdf': PDF,
    'image/png': PNG,
    'image/jpeg': JPEG,
    'audio/mpeg': MP3,
    'audio/wav': WAV,
    'audio/ogg': OGG,
    'audio/mp4': MP4,
    'application/vnd.recordare.musicxml+xml': XML,
    'application/vnd.recordare.musicxml': ZIP,
  },
  /** An ensemble's logo: raster only (an SVG can carry script). */
  logo: { 'image/png': PNG, 'image/jpeg': JPEG, 'image/webp': WEBP },
  favicon: { 'image/png': PNG, 'image/x-icon': ICO, 'image/vnd.microsoft.icon': ICO },
} satisfies Record<string, Record<string, Sniff>>;

/** The declared type must be one the kind accepts, and the content must look like it. */
export function assertFileType(
  accepted: Record<string, Sniff>,
  mimeType: string,
  content: Buffer,
): void {
  const check = accepted[mimeType.toLowerCase()];
  if (check === undefined)
    throw new DomainError(
      'file/unsupported-type',
      'invalid',
      `Files of type ${mimeType} are not accepted; send ${Object.keys(accepted).join(', ')}`,
      { field: 'file', accepted: Object.keys(accepted) },
    );
  if (check && !check(content))
    throw new DomainError('file/type-mismatch', 'invalid', `The file is not a ${mimeType}`, {
      field: 'file',
    });
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;

export const fileMissing = () =>
  new DomainError('file/missing', 'invalid', 'Send the file as multipart/form-data in "file"', {
    field: 'file',
  });

export const fileTooLarge = (maxBytes: number) =>
  new DomainError('file/too-large', 'invalid', `A file may be at most ${sizeText(maxBytes)}`, {
    field: 'file',
    maxBytes,
  });

/** What multer hands over of a multipart `file` part. */
export interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/**
 * An upload checked before anything is stored: present and not empty, within the size, of a
 * type the kind accepts, with content that looks like it.
 */
export function assertUpload(
  file: Pick<UploadedPart, 'mimetype' | 'buffer'> | undefined,
  accepted: Record<string, Sniff>,
  maxBytes: number,
): asserts file is Pick<UploadedPart, 'mimetype' | 'buffer'> {
  if (!file || file.buffer.length === 0) throw fileMissing();
  if (file.buffer.length > maxBytes) throw fileTooLarge(maxBytes);
  assertFileType(accepted, file.mimetype, file.buffer);
}
