import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { en } from './en';
import { initialLanguage } from './index';
import { sv } from './sv';

type Tree = { [k: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** Keys as i18next resolves them: plural forms (`_one`, `_other`) answer to their base. */
const known = new Set(keys(en as Tree).flatMap((k) => [k, k.replace(/_(one|other)$/, '')]));

describe('translations', () => {
  it('Swedish and English have exactly the same keys', () => {
    expect(keys(sv as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it('every key the app asks for exists', () => {
    const root = join(__dirname, '..');
    const used = new Set<string>();
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z0-9_.-]+)'/g)) used.add(m[1]);
      // Message keys handed to t() later (form schema messages).
      for (const m of text.matchAll(/'((?:form|auth|needs|platform)\.[a-zA-Z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });

  it('no text is left empty', () => {
    for (const dict of [en, sv]) {
      const empty = keys(dict as Tree).filter((k) => {
        const v = k.split('.').reduce<unknown>((t, part) => (t as Tree)[part], dict);
        return typeof v !== 'string' || v.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});

describe('initialLanguage', () => {
  it('keeps a remembered choice over the browser', () => {
    expect(initialLanguage('sv', ['en-US'])).toBe('sv');
  });

  it("follows the browser's first Swedish or English language", () => {
    expect(initialLanguage(null, ['de-DE', 'sv-SE', 'en'])).toBe('sv');
    expect(initialLanguage(null, ['en-GB'])).toBe('en');
  });

  it('falls back to English for other languages and ignores a tampered choice', () => {
    expect(initialLanguage('xx', ['fi-FI'])).toBe('en');
  });
});
