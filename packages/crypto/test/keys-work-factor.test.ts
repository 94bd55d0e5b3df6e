// Key files choose their own KDF work factor; reads refuse one above the cap before any KDF runs,
// and the read options raise the cap. The files with huge work factors are crafted through the
// generated layouts and asn1js, never by running the KDF they ask for, and the KDFs are wrapped
// so that a test fails (instead of hanging for hours) if a refused file reached one.
import {
  decodeBcryptKdfOptions,
  decodeOpenSshPrivateKeyFile,
  encodeBcryptKdfOptions,
  encodeOpenSshPrivateKeyFile,
} from '@otpnet/ssh-spec';
import * as asn1js from 'asn1js';
import { describe, expect, it, vi } from 'vitest';
import { CryptoError, keys, type PrivateKey } from '../src/index.js';

const kdf = vi.hoisted(() => ({ forbidden: false }));

vi.mock('@noble/hashes/pbkdf2.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('@noble/hashes/pbkdf2.js')>();
  const pbkdf2: typeof real.pbkdf2 = (...args) => {
    if (kdf.forbidden) throw new Error('PBKDF2 ran for a file that should have been refused');
    return real.pbkdf2(...args);
  };
  return { ...real, pbkdf2 };
});

vi.mock('bcrypt-pbkdf', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import('bcrypt-pbkdf').default }>()).default;
  const pbkdf: typeof real.pbkdf = (...args) => {
    if (kdf.forbidden) throw new Error('bcrypt_pbkdf ran for a file that should have been refused');
    return real.pbkdf(...args);
  };
  return { default: { ...real, pbkdf } };
});

const PASS = 'work factor';
const key: PrivateKey = { kind: 'ed25519', privateKey: new Uint8Array(32).fill(7) };

/** The error `read` throws while no KDF may run. */
function refusal(read: () => unknown): CryptoError {
  kdf.forbidden = true;
  try {
    read();
  } catch (e) {
    if (e instanceof CryptoError) return e;
    throw e;
  } finally {
    kdf.forbidden = false;
  }
  throw new Error('expected a CryptoError');
}

/** An openssh-key-v1 file like `pem` whose bcrypt KDF options ask for `rounds`. */
function withBcryptRounds(pem: string, rounds: number): string {
  const der = keys.decodePem(pem)[0]?.der ?? new Uint8Array();
  const file = decodeOpenSshPrivateKeyFile(der);
  const { salt } = decodeBcryptKdfOptions(file.kdfoptions);
  const kdfoptions = encodeBcryptKdfOptions({ salt, rounds });
  return keys.encodePem('OPENSSH PRIVATE KEY', encodeOpenSshPrivateKeyFile({ ...file, kdfoptions }));
}

/** An EncryptedPrivateKeyInfo like `der` whose PBKDF2-params ask for `iterations`. */
function withPbkdf2Iterations(der: Uint8Array, iterations: number): Uint8Array {
  const info = asn1js.fromBER(der.slice()).result as asn1js.Sequence;
  // EncryptedPrivateKeyInfo.encryptionAlgorithm.parameters (PBES2-params).keyDerivationFunc
  // .parameters (PBKDF2-params).iterationCount, RFC 8018 appendix A.2 and A.4.
  const children = (n: asn1js.AsnType) => (n as asn1js.Sequence).valueBlock.value;
  const pbkdf2Params = children(children(children(children(children(info)[0]!)[1]!)[0]!)[1]!);
  pbkdf2Params[1] = new asn1js.Integer({ value: iterations });
  return new Uint8Array(info.toBER(false));
}

describe('keys: KDF work factors chosen by the file are capped', () => {
  const sshPem = keys.writeOpenSshPrivateKey(key, { passphrase: PASS, rounds: 3 });
  const pkcs8 = keys.encryptPkcs8(key, PASS, { iterations: 3 });

  it('the guard around the KDFs works', () => {
    expect(() => refusal(() => keys.readOpenSshPrivateKey(sshPem, { passphrase: PASS }))).toThrow(
      /bcrypt_pbkdf ran/,
    );
    expect(() => refusal(() => keys.readPrivateKey(pkcs8, { password: PASS }))).toThrow(/PBKDF2 ran/);
  });

  it('the defaults', () => {
    expect(keys.DEFAULT_KDF_LIMITS).toEqual({ maxBcryptRounds: 128, maxPbkdf2Iterations: 500_000 });
  });

  it('an openssh-key-v1 file asking for a million bcrypt rounds is refused before bcrypt_pbkdf', () => {
    const huge = withBcryptRounds(sshPem, 1_000_000);
    for (const read of [
      () => keys.readOpenSshPrivateKey(huge, { passphrase: 'wrong' }),
      () => keys.readPrivateKey(huge, { password: PASS }),
      () => keys.readPublicKey(huge, { password: PASS }),
    ]) {
      const e = refusal(read);
      expect(e.kind).toBe('limit_exceeded');
      expect(e.message).toBe(
        'OpenSSH private key: bcrypt_pbkdf rounds 1000000 exceed the limit of 128; ' +
          'pass { maxBcryptRounds: 1000000 } in the read options to allow it',
      );
    }
    expect(
      refusal(() => keys.readOpenSshPrivateKey(withBcryptRounds(sshPem, 0xffffffff), { passphrase: PASS }))
        .kind,
    ).toBe('limit_exceeded');
  });

  it('maxBcryptRounds lowers and raises the cap, through every entry point', () => {
    expect(
      refusal(() => keys.readOpenSshPrivateKey(sshPem, { passphrase: PASS, maxBcryptRounds: 2 })).message,
    ).toMatch(/rounds 3 exceed the limit of 2; pass \{ maxBcryptRounds: 3 \}/);
    expect(refusal(() => keys.readPrivateKey(sshPem, { password: PASS, maxBcryptRounds: 2 })).kind).toBe(
      'limit_exceeded',
    );
    expect(keys.readOpenSshPrivateKey(sshPem, { passphrase: PASS, maxBcryptRounds: 3 })).toEqual(
      keys.readOpenSshPrivateKey(sshPem, { passphrase: PASS }),
    );
    expect(keys.readPrivateKey(sshPem, { password: PASS, maxBcryptRounds: 3 }).kind).toBe('ed25519');
    // The PBKDF2 cap does not apply to bcrypt.
    expect(keys.readPrivateKey(sshPem, { password: PASS, maxPbkdf2Iterations: 1 }).kind).toBe('ed25519');
  });

  it('zero bcrypt rounds is a damaged file, and a bad cap a bad option', () => {
    const zero = refusal(() => keys.readOpenSshPrivateKey(withBcryptRounds(sshPem, 0), { passphrase: PASS }));
    expect([zero.kind, zero.message]).toEqual([
      'malformed',
      'OpenSSH private key: bcrypt_pbkdf rounds 0 is not a positive integer',
    ]);
    const bad = refusal(() => keys.readOpenSshPrivateKey(sshPem, { passphrase: PASS, maxBcryptRounds: 0 }));
    expect([bad.kind, bad.message]).toEqual([
      'bad_input',
      'maxBcryptRounds must be a number of at least 1, got 0',
    ]);
  });

  it('an encrypted PKCS#8 file asking for 2^31-1 PBKDF2 iterations is refused before PBKDF2', () => {
    const huge = withPbkdf2Iterations(pkcs8, 0x7fffffff);
    const pem = keys.encodePem('ENCRYPTED PRIVATE KEY', huge);
    for (const read of [
      () => keys.decryptPkcs8(huge, 'wrong'),
      () => keys.readPrivateKey(huge, { password: PASS }),
      () => keys.readPrivateKey(pem, { password: PASS }),
      () => keys.readPublicKey(pem, { password: PASS }),
    ]) {
      const e = refusal(read);
      expect(e.kind).toBe('limit_exceeded');
      expect(e.message).toBe(
        'encrypted PKCS#8: PBKDF2 iterations 2147483647 exceed the limit of 500000; ' +
          'pass { maxPbkdf2Iterations: 2147483647 } in the read options to allow it',
      );
    }
  });

  it('maxPbkdf2Iterations lowers and raises the cap', () => {
    expect(
      refusal(() => keys.readPrivateKey(pkcs8, { password: PASS, maxPbkdf2Iterations: 2 })).message,
    ).toMatch(/iterations 3 exceed the limit of 2; pass \{ maxPbkdf2Iterations: 3 \}/);
    expect(refusal(() => keys.decryptPkcs8(pkcs8, PASS, { maxPbkdf2Iterations: 2 })).kind).toBe(
      'limit_exceeded',
    );
    expect(keys.readPrivateKey(pkcs8, { password: PASS, maxPbkdf2Iterations: 3 })).toEqual(key);
    expect(keys.decryptPkcs8(pkcs8, PASS, { maxPbkdf2Iterations: 3 })).toEqual(key);
    expect(keys.readPrivateKey(pkcs8, { password: PASS, maxBcryptRounds: 1 })).toEqual(key);
  });

  it('legacy encrypted PEM has no work factor to cap', () => {
    const ec: PrivateKey = { kind: 'ec', curve: 'secp256r1', d: new Uint8Array(32).fill(1) };
    const legacy = keys.writePrivateKey(ec, { format: 'sec1', password: PASS });
    const read = keys.readPrivateKey(legacy, { password: PASS, maxBcryptRounds: 1, maxPbkdf2Iterations: 1 });
    expect(read.kind === 'ec' && read.d).toEqual(ec.d);
  });

  it('writers check the work factor they are given', () => {
    for (const rounds of [0, 1.5, 2 ** 32]) {
      expect(() => keys.writeOpenSshPrivateKey(key, { passphrase: PASS, rounds })).toThrow(
        expect.objectContaining({ kind: 'bad_input' }),
      );
    }
    for (const iterations of [0, -1, 2 ** 31]) {
      expect(() => keys.encryptPkcs8(key, PASS, { iterations })).toThrow(
        expect.objectContaining({ kind: 'bad_input' }),
      );
    }
  });
});

describe('keys: a PKCS#8 DSA key cannot make the reader derive y with a huge exponentiation', () => {
  // Without bounds, g^x mod p for a 30,000-bit p and x takes half a minute.
  const big = (bits: number) => (1n << BigInt(bits - 1)) + 1n;
  const dsa = (p: bigint, q: bigint, x: bigint) => keys.encodePkcs8({ kind: 'dsa', p, q, g: 2n, y: 0n, x });

  it('refuses a p over 10,000 bits, a q over 256 bits and an x outside 1..q-1', () => {
    const cases: [Uint8Array, string, string][] = [
      [dsa(big(30_000), big(256), 5n), 'unsupported', 'DSA key: p of 30000 bits (at most 10000)'],
      [dsa(big(2048), big(2048), big(2040)), 'unsupported', 'DSA key: q of 2048 bits (at most 256)'],
      [dsa(big(2048), big(256), big(256) + 1n), 'malformed', 'DSA private key: x is not in 1..q-1'],
      [dsa(big(2048), big(256), 0n), 'malformed', 'DSA private key: x is not in 1..q-1'],
    ];
    for (const [der, kind, message] of cases) {
      const e = refusal(() => keys.readPrivateKey(der));
      expect([e.kind, e.message]).toEqual([kind, message]);
    }
  });
});
