// Known-answer tests for the AEADs (GCM spec test cases, RFC 8439 section 2.8.2) and the
// streaming block cipher modes (NIST SP 800-38A), run against both providers.
import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CryptoError } from '../../src/index.js';
import { EACH, hex, unhex, utf8 } from './support.js';

const SUNSCREEN = utf8(
  "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
);
const SUNSCREEN_CT =
  'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116' +
  '1ae10b594f09e26a7e902ecbd0600691';

const SP800_38A_KEY = unhex('2b7e151628aed2a6abf7158809cf4f3c');
const SP800_38A_PT = unhex(
  '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710',
);

describe.each(EACH)('symmetric ciphers: %s', (_name, p) => {
  it('AES-GCM (GCM spec test cases 1, 2 and 14)', () => {
    const nonce = new Uint8Array(12);
    const g128 = p.aead('aes-128-gcm', new Uint8Array(16));
    expect(hex(g128.seal(nonce, new Uint8Array(0)))).toBe('58e2fccefa7e3061367f1d57a4e7455a');
    expect(hex(g128.seal(nonce, new Uint8Array(16)))).toBe(
      '0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf',
    );
    const g256 = p.aead('aes-256-gcm', new Uint8Array(32));
    const ct = g256.seal(nonce, new Uint8Array(16));
    expect(hex(ct)).toBe('cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919');
    expect(hex(g256.open(nonce, ct))).toBe('00'.repeat(16));
  });

  it('ChaCha20-Poly1305 (RFC 8439 section 2.8.2)', () => {
    const key = unhex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
    const nonce = unhex('070000004041424344454647');
    const aad = unhex('50515253c0c1c2c3c4c5c6c7');
    const c = p.aead('chacha20-poly1305', key);
    expect(hex(c.seal(nonce, SUNSCREEN, aad))).toBe(SUNSCREEN_CT);
    expect(hex(c.open(nonce, unhex(SUNSCREEN_CT), aad))).toBe(hex(SUNSCREEN));
  });

  it('AEAD open rejects a modified ciphertext, tag or AAD with decrypt_failed', () => {
    for (const alg of ['aes-128-gcm', 'aes-256-gcm', 'chacha20-poly1305'] as const) {
      const a = p.aead(alg, new Uint8Array(alg === 'aes-128-gcm' ? 16 : 32).fill(7));
      const nonce = new Uint8Array(12).fill(1);
      const ct = a.seal(nonce, utf8('record payload'), utf8('hdr'));
      for (const i of [0, ct.length - 1]) {
        const bad = Uint8Array.from(ct);
        bad[i] = (bad[i] as number) ^ 1;
        expect(() => a.open(nonce, bad, utf8('hdr'))).toThrow(CryptoError);
      }
      expect(() => a.open(nonce, ct, utf8('hdx'))).toThrow(
        expect.objectContaining({ kind: 'decrypt_failed' }),
      );
      expect(() => a.open(nonce, ct.subarray(0, 10), utf8('hdr'))).toThrow(CryptoError);
    }
  });

  it('AES-CBC keeps its chaining across updates (SP 800-38A F.2.1/F.2.2)', () => {
    const iv = unhex('000102030405060708090a0b0c0d0e0f');
    const expected =
      '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7';
    const enc = p.cipher('aes-128-cbc', SP800_38A_KEY, iv, 'encrypt');
    const out = [
      enc.update(SP800_38A_PT.subarray(0, 16)),
      enc.update(SP800_38A_PT.subarray(16, 48)),
      enc.update(SP800_38A_PT.subarray(48)),
    ];
    expect(out.map(hex).join('')).toBe(expected);
    const dec = p.cipher('aes-128-cbc', SP800_38A_KEY, iv, 'decrypt');
    const ct = unhex(expected);
    expect(hex(dec.update(ct.subarray(0, 32))) + hex(dec.update(ct.subarray(32)))).toBe(hex(SP800_38A_PT));
    expect(() => enc.update(new Uint8Array(5))).toThrow(CryptoError);
  });

  it('AES-CTR keeps its counter and partial blocks across updates (SP 800-38A F.5.1)', () => {
    const ctr = unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    const expected =
      '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee';
    const enc = p.cipher('aes-128-ctr', SP800_38A_KEY, ctr, 'encrypt');
    const cuts = [0, 5, 16, 17, 40, 64];
    let out = '';
    for (let i = 1; i < cuts.length; i++) out += hex(enc.update(SP800_38A_PT.subarray(cuts[i - 1], cuts[i])));
    expect(out).toBe(expected);
  });

  it('AES-CTR counter carries across the low 64 bits', () => {
    const iv = unhex('0000000000000000ffffffffffffffff');
    const key = new Uint8Array(32).fill(9);
    const data = new Uint8Array(80).fill(0x5a);
    const ref = createCipheriv('aes-256-ctr', key, iv).update(data);
    const c = p.cipher('aes-256-ctr', key, iv, 'decrypt');
    expect(hex(c.update(data.subarray(0, 7))) + hex(c.update(data.subarray(7)))).toBe(hex(ref));
  });

  it('AES-192 modes match node:crypto', () => {
    const key = new Uint8Array(24).fill(3);
    const iv = new Uint8Array(16).fill(4);
    const data = new Uint8Array(48).fill(0x11);
    expect(hex(p.cipher('aes-192-cbc', key, iv, 'encrypt').update(data))).toBe(
      hex(createCipheriv('aes-192-cbc', key, iv).setAutoPadding(false).update(data)),
    );
    expect(hex(p.cipher('aes-192-ctr', key, iv, 'encrypt').update(data))).toBe(
      hex(createCipheriv('aes-192-ctr', key, iv).update(data)),
    );
  });

  it('chacha20-poly1305@openssh.com round-trips and authenticates', () => {
    const key = new Uint8Array(64).map((_, i) => i);
    const c = p.opensshChachaPoly(key);
    const packet = new Uint8Array([0, 0, 0, 12, 4, ...utf8('hello, ssh!')]);
    const sealed = c.seal(3, packet);
    expect(sealed.length).toBe(packet.length + 16);
    expect(hex(c.decryptLength(3, sealed.subarray(0, 4)))).toBe('0000000c');
    expect(c.open(3, sealed)).toEqual(packet);
    expect(() => c.open(4, sealed)).toThrow(expect.objectContaining({ kind: 'decrypt_failed' }));
  });

  it('rejects wrong key sizes with bad_key', () => {
    expect(() => p.aead('aes-128-gcm', new Uint8Array(15))).toThrow(
      expect.objectContaining({ kind: 'bad_key' }),
    );
    expect(() => p.cipher('aes-256-ctr', new Uint8Array(16), new Uint8Array(16), 'encrypt')).toThrow(
      expect.objectContaining({ kind: 'bad_key' }),
    );
  });
});

describe('legacy 3DES-CBC', () => {
  it('node provides it, noble names itself and the primitive in the error', () => {
    const [noble, node] = EACH.map(([, p]) => p);
    const key = new Uint8Array(24).map((_, i) => i + 1);
    const iv = new Uint8Array(8);
    const data = new Uint8Array(16).fill(0x42);
    expect(hex(node!.cipher('des-ede3-cbc', key, iv, 'encrypt').update(data))).toBe(
      hex(createCipheriv('des-ede3-cbc', key, iv).setAutoPadding(false).update(data)),
    );
    expect(() => noble!.cipher('des-ede3-cbc', key, iv, 'encrypt')).toThrow(
      /primitive cipher des-ede3-cbc is not available in crypto provider 'noble'/,
    );
  });
});
