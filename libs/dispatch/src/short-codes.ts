import { randomInt } from 'node:crypto';

/**
 * Four-digit codes a musician types back by SMS ("JA 4821"); each differs from every code of
 * an open request in the tenant (`used`, which this adds to), so a reply names one request.
 */
export function newShortCode(used: Set<string>): string {
  if (used.size >= 9000) throw new Error('Every four-digit short code is in use');
  let code: string;
  do code = String(randomInt(1000, 10000));
  while (used.has(code));
  used.add(code);
  return code;
}
