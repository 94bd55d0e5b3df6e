import { afterAll, describe, expect, it } from 'vitest';
import { keys } from '../src/index.js';
import { TempDir } from './fixtures/tools.js';

describe('keys: PEM text and the PEM cache', () => {
  const dir = new TempDir();
  afterAll(() => dir.remove());

  it('round-trips blocks with 64-column lines and RFC 1421 headers', () => {
    const der = Uint8Array.from({ length: 100 }, (_, i) => i);
    const pem = keys.encodePem('TEST DATA', der);
    expect(pem.split('\n')[1]).toHaveLength(64);
    expect(keys.decodePem(`junk before\n${pem}junk after`)).toEqual([
      { label: 'TEST DATA', headers: new Map(), der },
    ]);
    const withHeaders = keys.encodePem('RSA PRIVATE KEY', der, new Map([['Proc-Type', '4,ENCRYPTED']]));
    expect(keys.decodePem(withHeaders)[0]?.headers.get('Proc-Type')).toBe('4,ENCRYPTED');
    // RFC 7468 lax parsing: CRLF and stray whitespace in the body.
    expect(keys.decodePem(pem.replace(/\n/g, '\r\n').replace('AAEC', 'AA EC'))[0]?.der).toEqual(der);
  });

  it('rejects a block without END and bad base64', () => {
    expect(() => keys.decodePem('-----BEGIN X-----\nAAAA\n')).toThrow(/no END line/);
    expect(() => keys.decodePem('-----BEGIN X-----\nA*AA\n-----END X-----')).toThrow(/invalid base64/);
  });

  it('caches files until clearPemCache()', () => {
    const path = dir.write('a.pem', keys.encodePem('ONE', new Uint8Array([1])));
    keys.clearPemCache();
    expect(keys.readPemFile(path)[0]?.label).toBe('ONE');
    dir.write('a.pem', keys.encodePem('TWO', new Uint8Array([2])));
    expect(keys.readPemFile(path)[0]?.label).toBe('ONE');
    expect(keys.pemCacheSize()).toBe(1);
    keys.clearPemCache();
    expect(keys.pemCacheSize()).toBe(0);
    expect(keys.readPemFile(path)[0]?.label).toBe('TWO');
    expect(() => keys.readPemFile(dir.file('missing.pem'))).toThrow(/cannot read \(ENOENT\)/);
  });
});
