import { randomBytes } from 'node:crypto';

import { randomToken, SecretBox, sha256 } from './crypto.js';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32).toString('base64'));

  it('round-trips and never stores the plain text', () => {
    const sealed = box.encrypt('postgresql://u:secret@db/x');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('secret');
    expect(box.decrypt(sealed)).toBe('postgresql://u:secret@db/x');
    expect(box.encrypt('same')).not.toBe(box.encrypt('same')); // fresh IV each time
  });

  it('refuses tampered data and another key', () => {
    const sealed = box.encrypt('hello');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('HELLO').toString('base64url');
    expect(() => box.decrypt(parts.join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32).toString('base64')).decrypt(sealed)).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('tokens', () => {
  it('are 256 random bits, URL-safe, hashed with SHA-256', () => {
    const t = randomToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(t);
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
