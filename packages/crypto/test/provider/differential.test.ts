// Differential tests: for random inputs both providers give identical outputs, and each
// verifies (and decrypts) what the other produced.
import { generateKeyPairSync, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type {
  AeadAlg,
  CipherAlg,
  EcCurve,
  HashAlg,
  PrivateKey,
  RsaPrivateKey,
  SignatureScheme,
} from '../../src/index.js';
import { DH_GROUPS, getProvider } from '../../src/index.js';
import { hex, privateKeyFromPem } from './support.js';

const noble = getProvider('noble');
const node = getProvider('node');
const PAIRS = [
  [noble, node],
  [node, noble],
] as const;
const HASHES: HashAlg[] = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const ROUNDS = 8;
const rnd = (max: number) => new Uint8Array(randomBytes(randomInt(0, max + 1)));

describe('noble and node agree', () => {
  it('hashes, HMAC, HKDF, PRFs and the SSH KDF', () => {
    for (let i = 0; i < ROUNDS; i++) {
      const data = rnd(300);
      const key = rnd(200);
      const len = randomInt(1, 200);
      for (const alg of HASHES) {
        expect(hex(noble.hash(alg, data))).toBe(hex(node.hash(alg, data)));
        expect(hex(noble.hmac(alg, key, data))).toBe(hex(node.hmac(alg, key, data)));
        const a = noble.createHash(alg).update(key);
        const b = node.createHash(alg).update(key);
        expect(hex(a.clone().update(data).digest())).toBe(hex(b.clone().update(data).digest()));
        if (alg === 'md5') continue;
        const prk = noble.hkdfExtract(alg, key, data);
        expect(hex(prk)).toBe(hex(node.hkdfExtract(alg, key, data)));
        expect(hex(noble.hkdfExpand(alg, prk, key, len))).toBe(hex(node.hkdfExpand(alg, prk, key, len)));
        expect(hex(noble.tls12Prf(alg, key, 'label', data, len))).toBe(
          hex(node.tls12Prf(alg, key, 'label', data, len)),
        );
        expect(hex(noble.hkdfExpandLabel(alg, prk, 'key', data.subarray(0, 64), len))).toBe(
          hex(node.hkdfExpandLabel(alg, prk, 'key', data.subarray(0, 64), len)),
        );
        expect(hex(noble.sshKdf(alg, key, data, 'B', data, len))).toBe(
          hex(node.sshKdf(alg, key, data, 'B', data, len)),
        );
      }
      expect(hex(noble.tls10Prf(key, 'master secret', data, len))).toBe(
        hex(node.tls10Prf(key, 'master secret', data, len)),
      );
    }
  });

  it('AEAD ciphertexts, and each opens the other', () => {
    const algs: [AeadAlg, number][] = [
      ['aes-128-gcm', 16],
      ['aes-256-gcm', 32],
      ['chacha20-poly1305', 32],
    ];
    for (let i = 0; i < ROUNDS; i++) {
      for (const [alg, klen] of algs) {
        const key = new Uint8Array(randomBytes(klen));
        const nonce = new Uint8Array(randomBytes(12));
        const pt = rnd(1000);
        const aad = rnd(30);
        const a = noble.aead(alg, key);
        const b = node.aead(alg, key);
        const ca = a.seal(nonce, pt, aad);
        expect(hex(ca)).toBe(hex(b.seal(nonce, pt, aad)));
        expect(hex(b.open(nonce, ca, aad))).toBe(hex(pt));
        expect(hex(a.open(nonce, ca, aad))).toBe(hex(pt));
      }
    }
  });

  it('streaming CBC/CTR over random packet boundaries', () => {
    const algs: [CipherAlg, number][] = [
      ['aes-128-cbc', 16],
      ['aes-256-cbc', 32],
      ['aes-128-ctr', 16],
      ['aes-192-ctr', 24],
      ['aes-256-ctr', 32],
    ];
    for (const [alg, klen] of algs) {
      const key = new Uint8Array(randomBytes(klen));
      const iv = new Uint8Array(randomBytes(16));
      const ea = noble.cipher(alg, key, iv, 'encrypt');
      const eb = node.cipher(alg, key, iv, 'encrypt');
      const da = noble.cipher(alg, key, iv, 'decrypt');
      const db = node.cipher(alg, key, iv, 'decrypt');
      for (let i = 0; i < ROUNDS; i++) {
        const n = alg.endsWith('cbc') ? 16 * randomInt(0, 8) : randomInt(0, 100);
        const pt = new Uint8Array(randomBytes(n));
        const ca = ea.update(pt);
        expect(hex(ca)).toBe(hex(eb.update(pt)));
        expect(hex(db.update(ca))).toBe(hex(pt));
        expect(hex(da.update(ca))).toBe(hex(pt));
      }
    }
  });

  it('chacha20-poly1305@openssh.com packets', () => {
    const key = new Uint8Array(randomBytes(64));
    const a = noble.opensshChachaPoly(key);
    const b = node.opensshChachaPoly(key);
    for (let i = 0; i < ROUNDS; i++) {
      const seq = randomInt(0, 2 ** 32);
      const body = rnd(200);
      const packet = new Uint8Array(4 + body.length);
      new DataView(packet.buffer).setUint32(0, body.length);
      packet.set(body, 4);
      const sa = a.seal(seq, packet);
      expect(hex(sa)).toBe(hex(b.seal(seq, packet)));
      expect(hex(b.open(seq, sa))).toBe(hex(packet));
      expect(hex(b.decryptLength(seq, sa))).toBe(hex(a.decryptLength(seq, sa)));
    }
  });

  it('ECDH, X25519, X448 and ffdhe secrets across providers', () => {
    const custom = { p: DH_GROUPS.ffdhe3072.p, g: 2n }; // caller-given parameters take another path
    const groups = [
      'x25519',
      'x448',
      'secp256r1',
      'secp384r1',
      'secp521r1',
      'ffdhe2048',
      'group14',
      'group1',
      custom,
    ] as const;
    for (const g of groups) {
      for (const [x, y] of PAIRS) {
        const a = x.ecdh(g).generateKeyPair();
        const b = y.ecdh(g).generateKeyPair();
        expect(hex(y.ecdh(g).publicKeyFromPrivate(a.privateKey))).toBe(hex(a.publicKey));
        const s1 = x.ecdh(g).computeSecret(a.privateKey, b.publicKey);
        expect(hex(y.ecdh(g).computeSecret(a.privateKey, b.publicKey))).toBe(hex(s1));
        expect(hex(y.ecdh(g).computeSecret(b.privateKey, a.publicKey))).toBe(hex(s1));
      }
    }
  });

  describe('signatures', () => {
    const pem = (type: 'rsa' | 'ec' | 'ed25519' | 'ed448', opts: object = {}) =>
      privateKeyFromPem(
        generateKeyPairSync(type as 'rsa', {
          ...(opts as { modulusLength: number }),
          privateKeyEncoding: { format: 'pem', type: 'pkcs8' },
          publicKeyEncoding: { format: 'pem', type: 'spki' },
        }).privateKey,
      );
    const rsa = pem('rsa', { modulusLength: 2048 }) as RsaPrivateKey;
    const ec = (curve: EcCurve) =>
      pem('ec', { namedCurve: { secp256r1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve] });
    const CASES: [SignatureScheme, PrivateKey, boolean][] = [
      ['rsa_pkcs1_sha256', rsa, true],
      ['rsa_pkcs1_sha1', rsa, true],
      ['rsa_pkcs1_sha224', rsa, true],
      ['rsa_pkcs1_md5_sha1', rsa, true],
      ['rsa_pss_rsae_sha256', rsa, false],
      ['rsa_pss_sha1', rsa, false],
      ['rsa_pss_sha224', rsa, false],
      ['rsa_pss_pss_sha512', rsa, false],
      ['ecdsa_secp256r1_sha256', ec('secp256r1'), false],
      ['ecdsa_secp384r1_sha384', ec('secp384r1'), false],
      ['ecdsa_secp521r1_sha512', ec('secp521r1'), false],
      ['ecdsa_sha224', ec('secp256r1'), false],
      ['ed25519', pem('ed25519'), true],
      ['ed448', pem('ed448'), true],
    ];

    it.each(CASES)(
      '%s: deterministic schemes agree, each verifies the other',
      (scheme, key, deterministic) => {
        const pub = noble.publicKeyOf(key);
        for (let i = 0; i < 3; i++) {
          const data = rnd(500);
          const sa = noble.sign(scheme, key, data);
          const sb = node.sign(scheme, key, data);
          if (deterministic) expect(hex(sa)).toBe(hex(sb));
          expect(node.verify(scheme, pub, data, sa)).toBe(true);
          expect(noble.verify(scheme, pub, data, sb)).toBe(true);
          if (scheme.startsWith('ecdsa')) {
            const ra = noble.sign(scheme, key, data, { format: 'raw' });
            const rb = node.sign(scheme, key, data, { format: 'raw' });
            expect(node.verify(scheme, pub, data, ra, { format: 'raw' })).toBe(true);
            expect(noble.verify(scheme, pub, data, rb, { format: 'raw' })).toBe(true);
          }
          const tampered = Uint8Array.from(sa);
          tampered[tampered.length >> 1] = (tampered[tampered.length >> 1] as number) ^ 0x10;
          expect(noble.verify(scheme, pub, data, tampered)).toBe(false);
          expect(node.verify(scheme, pub, data, tampered)).toBe(false);
        }
      },
    );

    it('RSA-PSS with an explicit salt length (X.509 parameters) verifies exactly', () => {
      const pub = noble.publicKeyOf(rsa);
      const data = rnd(100);
      for (const [x, y] of PAIRS) {
        const sig = x.sign('rsa_pss_rsae_sha256', rsa, data, { saltLength: 20 });
        expect(y.verify('rsa_pss_rsae_sha256', pub, data, sig, { saltLength: 20 })).toBe(true);
        expect(y.verify('rsa_pss_rsae_sha256', pub, data, sig)).toBe(false);
      }
    });

    it('publicKeyOf derives the same public halves', () => {
      for (const [, key] of CASES) {
        const bare =
          key.kind === 'ec'
            ? { kind: 'ec' as const, curve: key.curve, d: key.d }
            : key.kind === 'ed25519' || key.kind === 'ed448'
              ? { kind: key.kind, privateKey: key.privateKey }
              : key;
        expect(JSON.stringify(noble.publicKeyOf(bare), big)).toBe(
          JSON.stringify(node.publicKeyOf(bare), big),
        );
      }
    });

    it('RSA premaster decryption agrees on valid, wrong-version and garbage ciphertexts', () => {
      const pub = noble.publicKeyOf(rsa) as never;
      const pms = new Uint8Array(randomBytes(48));
      pms[0] = 3;
      pms[1] = 3;
      for (const [x, y] of PAIRS) {
        const ct = x.rsaEncrypt(pub, pms);
        expect(hex(y.rsaDecryptPremaster(rsa, ct, 0x0303))).toBe(hex(pms));
        // Wrong version or bad padding: 48 random bytes, never an exception.
        const wrongVersion = y.rsaDecryptPremaster(rsa, ct, 0x0302);
        expect(wrongVersion.length).toBe(48);
        expect(hex(wrongVersion)).not.toBe(hex(pms));
        const garbage = Uint8Array.from(ct);
        garbage[5] = (garbage[5] as number) ^ 0xff;
        expect(y.rsaDecryptPremaster(rsa, garbage, 0x0303).length).toBe(48);
        expect(y.rsaDecryptPremaster(rsa, ct.subarray(1), 0x0303).length).toBe(48);
        const short = x.rsaEncrypt(pub, pms.subarray(0, 47));
        expect(hex(y.rsaDecryptPremaster(rsa, short, 0x0303))).not.toBe(hex(pms.subarray(0, 47)));
      }
    });
  });
});

function big(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return v.toString(16);
  if (v instanceof Uint8Array) return hex(v);
  return v;
}
