// SHA-224 known answers in both providers: FIPS 180-4 example messages (as in the NIST examples),
// every HMAC-SHA224 case of RFC 4231, and the RFC 6979 appendix A.2.5 P-256 / SHA-224 signature.
import { describe, expect, it } from 'vitest';
import type { EcPublicKey } from '../../src/index.js';
import { EACH, hex, unhex, utf8 } from './support.js';

const AA_131 = new Uint8Array(131).fill(0xaa);

/** RFC 4231 section 4: key, data, HMAC-SHA-224 (test case 5 is truncated to 128 bits). */
const RFC4231: ReadonlyArray<readonly [string, Uint8Array, Uint8Array, string]> = [
  [
    '1',
    new Uint8Array(20).fill(0x0b),
    utf8('Hi There'),
    '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
  ],
  [
    '2',
    utf8('Jefe'),
    utf8('what do ya want for nothing?'),
    'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
  ],
  [
    '3',
    new Uint8Array(20).fill(0xaa),
    new Uint8Array(50).fill(0xdd),
    '7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea',
  ],
  [
    '4',
    unhex('0102030405060708090a0b0c0d0e0f10111213141516171819'),
    new Uint8Array(50).fill(0xcd),
    '6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a',
  ],
  ['5', new Uint8Array(20).fill(0x0c), utf8('Test With Truncation'), '0e2aea68a90c8d37c988bcdb9fca6fa8'],
  [
    '6',
    AA_131,
    utf8('Test Using Larger Than Block-Size Key - Hash Key First'),
    '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
  ],
  [
    '7',
    AA_131,
    utf8(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    '3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1',
  ],
];

// RFC 6979 appendix A.2.5: P-256 public key and the SHA-224 signature of "sample".
const P256_Q =
  '0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299';
const R = '53b2fff5d1752b2c689df257c04c40a587fababb3f6fc2702f1343af7ca9aa3f';
const S = 'b9afb64fdc03dc1a131c7d2386d11e349f070aa432a4acc918bea988bf75c74c';

describe.each(EACH)('SHA-224: %s', (_name, p) => {
  it('hashes the FIPS 180-4 example messages, one-shot and incremental', () => {
    expect(p.hashLength('sha224')).toBe(28);
    expect(hex(p.hash('sha224', new Uint8Array(0)))).toBe(
      'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
    );
    expect(hex(p.hash('sha224', utf8('abc')))).toBe(
      '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    );
    const twoBlocks = utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
    expect(hex(p.hash('sha224', twoBlocks))).toBe('75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525');
    // One million 'a', fed in uneven pieces, with a clone taken along the way.
    const h = p.createHash('sha224');
    const piece = new Uint8Array(999).fill(0x61);
    let fed = 0;
    let snapshot: ReturnType<typeof h.clone> | undefined;
    while (fed < 1_000_000) {
      const n = Math.min(piece.length, 1_000_000 - fed);
      h.update(piece.subarray(0, n));
      fed += n;
      if (snapshot === undefined && fed >= 3 * 999) snapshot = h.clone();
    }
    expect(hex(h.digest())).toBe('20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67');
    expect(hex(snapshot?.digest() ?? new Uint8Array(0))).toBe(
      hex(p.hash('sha224', new Uint8Array(3 * 999).fill(0x61))),
    );
  });

  it.each(RFC4231)('HMAC-SHA-224, RFC 4231 test case %s', (_case, key, data, mac) => {
    expect(hex(p.hmac('sha224', key, data)).slice(0, mac.length)).toBe(mac);
  });

  it('verifies the RFC 6979 P-256 / SHA-224 signature in DER and raw form', () => {
    const pub: EcPublicKey = { kind: 'ec', curve: 'secp256r1', point: unhex(P256_Q) };
    const data = utf8('sample');
    expect(p.verify('ecdsa_sha224', pub, data, unhex(R + S), { format: 'raw' })).toBe(true);
    expect(p.verify('ecdsa_sha224', pub, data, unhex(`30450220${R}022100${S}`))).toBe(true);
    expect(p.verify('ecdsa_sha224', pub, utf8('test'), unhex(R + S), { format: 'raw' })).toBe(false);
    // The same signature under SHA-256 is a different statement.
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, unhex(R + S), { format: 'raw' })).toBe(false);
  });
});
