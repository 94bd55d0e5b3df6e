// Damaged input must fail with a CryptoError that says what was wrong, never with a raw exception
// from inside a parser.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CryptoError, keys } from '../src/index.js';

function pkcs8(type: 'rsa' | 'ec' | 'ed25519'): Uint8Array {
  const { privateKey } =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 1024 })
      : type === 'ec'
        ? generateKeyPairSync('ec', { namedCurve: 'P-384' })
        : generateKeyPairSync('ed25519');
  return new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' }));
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

interface Mutation {
  readonly kind: 'truncate' | 'flip' | 'insert';
  readonly at: number;
  readonly bit?: number;
  readonly byte?: number;
}

/** Damage `input`; flips and inserts land at or after `from`. */
function mutate(input: Uint8Array, m: Mutation, from = 0): Uint8Array {
  const at =
    m.kind === 'truncate'
      ? m.at % Math.max(1, input.length)
      : from + (m.at % Math.max(1, input.length - from));
  if (m.kind === 'truncate') return input.slice(0, at);
  if (m.kind === 'flip') {
    const out = input.slice();
    out[at] = (out[at] ?? 0) ^ (1 << (m.bit ?? 0));
    return out;
  }
  const out = new Uint8Array(input.length + 1);
  out.set(input.subarray(0, at));
  out[at] = m.byte ?? 0;
  out.set(input.subarray(at), at + 1);
  return out;
}

function onlyCryptoErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof CryptoError)) throw e;
    expect(e.message).not.toMatch(/secret-pass/);
  }
}

describe('keys: damaged input gives CryptoError', () => {
  const rsa = keys.readPrivateKey(pkcs8('rsa'));
  const ec = keys.readPrivateKey(pkcs8('ec'));
  const ed = keys.readPrivateKey(pkcs8('ed25519'));
  const enc = (text: string | Uint8Array): Uint8Array =>
    typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const samples: {
    name: string;
    bytes: Uint8Array;
    read: (b: Uint8Array) => unknown;
    runs?: number;
    from?: number;
  }[] = [
    { name: 'PKCS#8 RSA DER', bytes: keys.encodePkcs8(rsa), read: (b) => keys.readPrivateKey(b) },
    { name: 'PKCS#8 EC DER', bytes: keys.encodePkcs8(ec), read: (b) => keys.readPrivateKey(b) },
    {
      name: 'SEC1 EC PEM',
      bytes: enc(keys.writePrivateKey(ec, { format: 'sec1' })),
      read: (b) => keys.readPrivateKey(b),
    },
    {
      name: 'encrypted PKCS#8',
      bytes: keys.encryptPkcs8(ed, 'secret-pass', { iterations: 1 }),
      read: (b) => keys.readPrivateKey(b, { password: 'secret-pass' }),
    },
    {
      name: 'legacy encrypted PEM',
      bytes: enc(keys.writePrivateKey(rsa, { format: 'pkcs1', password: 'secret-pass' })),
      read: (b) => keys.readPrivateKey(b, { password: 'secret-pass' }),
    },
    { name: 'SPKI DER', bytes: keys.encodeSpki(keys.publicKeyOf(ec)), read: (b) => keys.readPublicKey(b) },
    {
      name: 'SSH public key blob',
      bytes: keys.parsePublicKeyLine(keys.writeSshPublicKey(keys.publicKeyOf(ed))).blob,
      read: (b) => keys.decodeSshPublicKey(b),
    },
    {
      name: 'openssh-key-v1 file',
      bytes: keys.decodePem(keys.writeOpenSshPrivateKey(ec, { comment: 'x' }))[0]?.der ?? new Uint8Array(),
      read: (b) => keys.readOpenSshPrivateKey(keys.encodePem('OPENSSH PRIVATE KEY', b)),
    },
    {
      name: 'encrypted openssh-key-v1 file',
      bytes:
        keys.decodePem(keys.writeOpenSshPrivateKey(ed, { passphrase: 'secret-pass', rounds: 1 }))[0]?.der ??
        new Uint8Array(),
      read: (b) =>
        keys.readOpenSshPrivateKey(keys.encodePem('OPENSSH PRIVATE KEY', b), { passphrase: 'secret-pass' }),
      runs: 30, // bcrypt_pbkdf is slow even at one round
      // Leave the header up to the bcrypt rounds alone: a flipped bit there may ask for up to
      // the 128 rounds the cap allows, which is slow rather than wrong (keys-work-factor.test.ts
      // covers the rounds).
      from: 67,
    },
    {
      name: 'authorized_keys line',
      bytes: enc(`no-pty,command="x" ${keys.writeSshPublicKey(keys.publicKeyOf(rsa), 'c')}`),
      read: (b) => keys.parseAuthorizedKeyLine(new TextDecoder().decode(b)),
    },
  ];

  it('the bcrypt rounds of the encrypted sample end at byte 67', () => {
    const sample = samples.find((s) => s.from !== undefined)?.bytes ?? new Uint8Array();
    expect(new DataView(sample.buffer, sample.byteOffset).getUint32(63)).toBe(1);
  });

  for (const s of samples) {
    it(s.name, () => {
      s.read(s.bytes); // the undamaged sample reads
      fc.assert(
        fc.property(mutation, (m) => onlyCryptoErrors(() => s.read(mutate(s.bytes, m, s.from)))),
        { numRuns: s.runs ?? 200 },
      );
    });
  }
});
