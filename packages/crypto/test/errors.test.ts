// One error type for the whole package: every failure is a CryptoError with a `kind`, messages
// say what went wrong without key material, and no raw Error, TypeError or RangeError is thrown.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as crypto from '../src/index.js';
import { CryptoError, getProvider, keys, x509 } from '../src/index.js';
import { bigIntToBytes, hexToBytes } from '../src/provider/util/bytes.js';
import { decodeDerSignature, derToRaw } from '../src/provider/util/der.js';

const SRC = join(import.meta.dirname, '..', 'src');

function failure(f: () => unknown): CryptoError {
  try {
    f();
  } catch (e) {
    if (e instanceof CryptoError) return e;
    throw e;
  }
  throw new Error('expected a CryptoError');
}

describe('errors: one type', () => {
  it('src throws no bare Error, TypeError or RangeError', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(40);
    const bare = files.flatMap((f) =>
      readFileSync(join(SRC, f), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /throw new (Error|TypeError|RangeError)\(/.test(line) ? [`${f}:${i + 1}`] : [],
        ),
    );
    expect(bare).toEqual([]);
  });

  it('CryptoError is the only error class the package exports', () => {
    const classes = [crypto, keys, x509].flatMap((ns) =>
      Object.entries(ns).filter(
        ([, v]) => typeof v === 'function' && (v as { prototype?: unknown }).prototype instanceof Error,
      ),
    );
    expect(classes).toEqual([['CryptoError', CryptoError]]);
    const e = new CryptoError('bad_input', 'x');
    expect([e.name, e.kind, e instanceof Error]).toEqual(['CryptoError', 'bad_input', true]);
  });
});

describe('errors: wrapped library errors say what went wrong', () => {
  it('DER signatures name the defect', () => {
    const cases: [number[], string][] = [
      [[0x30], 'DER signature: truncated at byte 0'],
      [[0x31, 0x00], 'DER signature: expected a SEQUENCE, got tag 0x31'],
      [[0x30, 0x03, 0x02, 0x01, 0x01, 0x00], 'DER signature: 1 bytes after the SEQUENCE'],
      [[0x30, 0x03, 0x04, 0x01, 0x01], 'DER signature: expected an INTEGER at byte 2, got tag 0x4'],
      [[0x30, 0x06, 0x02, 0x01, 0x81, 0x02, 0x01, 0x01], 'DER signature: negative INTEGER at byte 2'],
      [
        [0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x02, 0x01, 0x01],
        'DER signature: non-minimal INTEGER at byte 2',
      ],
      [[0x30, 0x81, 0x03, 0x02, 0x01, 0x01], 'DER signature: non-minimal length at byte 1'],
      [[0x30, 0x05, 0x02, 0x01, 0x01], 'DER signature: length 5 at byte 1 runs past the end'],
    ];
    for (const [bytes, message] of cases) {
      const e = failure(() => decodeDerSignature(Uint8Array.from(bytes)));
      expect([e.kind, e.message]).toEqual(['bad_signature_encoding', message]);
    }
    const wide = Uint8Array.from([0x30, 0x07, 0x02, 0x02, 0x01, 0x00, 0x02, 0x01, 0x01]);
    expect(failure(() => derToRaw(wide, 1)).message).toBe('DER signature: r or s is longer than 1 bytes');
  });

  it('byte helpers throw bad_input, without the value', () => {
    expect(failure(() => bigIntToBytes(-5n)).message).toBe(
      'a negative integer has no unsigned byte encoding',
    );
    expect(failure(() => bigIntToBytes(0x123456n, 2)).message).toBe('integer of 3 bytes does not fit in 2');
    expect(failure(() => hexToBytes('abc')).kind).toBe('bad_input');
    expect(failure(() => hexToBytes('zz')).message).toBe('hex string holds a non-hex character');
  });

  it('EC keys: a bad scalar or point says which and why, the scalar is never chained', () => {
    const zero = failure(() => keys.publicKeyOf({ kind: 'ec', curve: 'secp256r1', d: new Uint8Array(32) }));
    expect([zero.kind, zero.message, zero.cause]).toEqual([
      'malformed',
      'EC private key: scalar is not in 1..n-1 for secp256r1',
      undefined,
    ]);
    const short = failure(() => keys.publicKeyOf({ kind: 'ec', curve: 'secp384r1', d: new Uint8Array(32) }));
    expect([short.kind, short.message]).toEqual([
      'bad_key',
      'EC private key: scalar is 32 bytes, secp384r1 needs 48',
    ]);
    const point = new Uint8Array(65).fill(4);
    const spki = keys.encodeSpki({ kind: 'ec', curve: 'secp256r1', point });
    expect(failure(() => keys.readPublicKey(spki)).message).toBe(
      'EC public key: not a valid point on secp256r1 (bad point: is not on curve)',
    );
    const ed = failure(() => keys.publicKeyOf({ kind: 'ed25519', privateKey: new Uint8Array(31) }));
    expect([ed.kind, ed.message]).toEqual(['bad_key', 'ed25519 private key: 31 bytes, ed25519 needs 32']);
  });

  it('providers: randomBytes and short AEAD input report the same kind in both', () => {
    for (const name of ['noble', 'node'] as const) {
      const p = getProvider(name);
      expect(p.randomBytes(70_000)).toHaveLength(70_000);
      expect(failure(() => p.randomBytes(-1)).message).toBe(
        'randomBytes: length must be a non-negative integer, got -1',
      );
      const open = failure(() =>
        p.aead('aes-128-gcm', new Uint8Array(16)).open(new Uint8Array(12), new Uint8Array(8)),
      );
      expect([open.kind, open.message]).toEqual([
        'decrypt_failed',
        'aes-128-gcm ciphertext shorter than the tag',
      ]);
    }
  });
});
