import type { Response } from 'express';

import type { Download } from './library-files.service.js';

/** The file as an attachment, never rendered by the browser, never cached, no referrer. */
export function sendDownload(res: Response, file: Download): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.attachment(file.fileName);
  res.type(file.mimeType).send(file.content);
}
