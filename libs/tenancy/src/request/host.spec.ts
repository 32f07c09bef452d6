import { parseHost, subdomainProblem } from './host.js';

describe('parseHost', () => {
  const base = 'tutti.test';
  it.each([
    ['tutti.test', { kind: 'central' }],
    ['admin.tutti.test:3000', { kind: 'central' }],
    ['ADMIN.Tutti.Test.', { kind: 'central' }],
    ['alpha.tutti.test', { kind: 'tenant', subdomain: 'alpha' }],
    ['alpha.tutti.test:8080', { kind: 'tenant', subdomain: 'alpha' }],
    ['x.alpha.tutti.test', { kind: 'invalid' }],
    ['www.tutti.test', { kind: 'invalid' }],
    ['-bad.tutti.test', { kind: 'invalid' }],
    ['eviltutti.test', { kind: 'custom', domain: 'eviltutti.test' }],
    ['orkester.example.se', { kind: 'custom', domain: 'orkester.example.se' }],
    ['127.0.0.1:3000', { kind: 'invalid' }],
    ['[::1]:3000', { kind: 'invalid' }],
    ['a b.tutti.test', { kind: 'invalid' }],
    [undefined, { kind: 'invalid' }],
  ])('%s → %j', (host, expected) => {
    expect(parseHost(host, base)).toEqual(expected);
  });
});

describe('subdomainProblem', () => {
  it('accepts ordinary names', () => {
    expect(subdomainProblem('stadens-so')).toBeNull();
    expect(subdomainProblem('b2')).toBeNull();
  });
  it('names the rule a bad name breaks', () => {
    expect(subdomainProblem('admin')).toBe('"admin" is reserved');
    expect(subdomainProblem('api')).toBe('"api" is reserved');
    expect(subdomainProblem('-x')).toMatch(/not starting or ending with a hyphen/);
    expect(subdomainProblem('a--b')).toMatch(/two hyphens/);
    expect(subdomainProblem('x'.repeat(64))).toMatch(/1-63/);
  });
});
