import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { CryptoError, keys } from '../src/index.js';
import { hex, openssl, TempDir } from './fixtures/tools.js';

// One key of every type `openssl genpkey` makes; RSA and DSA once each since they are slow.
const TYPES: Record<string, string[]> = {
  rsa: ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
  p256: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  p384: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
  p521: ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521'],
  ed25519: ['-algorithm', 'ed25519'],
  ed448: ['-algorithm', 'ed448'],
  x25519: ['-algorithm', 'x25519'],
  x448: ['-algorithm', 'x448'],
  dsa: ['-paramfile', 'dsa.params'],
};

const TRADITIONAL: Record<string, string[] | undefined> = {
  rsa: ['rsa', '-traditional'],
  p256: ['ec'],
  p384: ['ec'],
  p521: ['ec'],
  dsa: ['dsa'],
};

describe.skipIf(missingPeers('openssl'))('keys: PKCS#8, PKCS#1, SEC1, SPKI against openssl', () => {
  const dir = new TempDir();

  beforeAll(() => {
    openssl(
      dir,
      'genpkey',
      '-genparam',
      '-algorithm',
      'DSA',
      '-pkeyopt',
      'dsa_paramgen_bits:1024',
      '-out',
      'dsa.params',
    );
    for (const [name, args] of Object.entries(TYPES)) {
      openssl(dir, 'genpkey', ...args, '-out', `${name}.pem`);
      openssl(
        dir,
        'pkcs8',
        '-topk8',
        '-nocrypt',
        '-in',
        `${name}.pem`,
        '-outform',
        'DER',
        '-out',
        `${name}.der`,
      );
      // `pkey -outform DER` writes the traditional form for RSA, EC and DSA.
      openssl(dir, 'pkey', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.trad.der`);
      openssl(dir, 'pkey', '-in', `${name}.pem`, '-pubout', '-out', `${name}.pub.pem`);
      openssl(dir, 'pkey', '-in', `${name}.pem`, '-pubout', '-outform', 'DER', '-out', `${name}.pub.der`);
    }
  });
  afterAll(() => dir.remove());

  for (const name of Object.keys(TYPES)) {
    it(`${name}: PKCS#8 PEM and DER read, public key matches openssl, re-encodes byte for byte`, () => {
      const fromPem = keys.readPrivateKey(dir.text(`${name}.pem`));
      const fromDer = keys.readPrivateKey(new Uint8Array(dir.read(`${name}.der`)));
      expect(fromDer).toEqual(fromPem);
      expect(keys.readPrivateKey(new Uint8Array(dir.read(`${name}.trad.der`)))).toEqual(fromPem);
      const spki = keys.encodeSpki(keys.publicKeyOf(fromPem));
      expect(hex(spki)).toBe(hex(dir.read(`${name}.pub.der`)));
      expect(keys.readPublicKey(dir.text(`${name}.pub.pem`))).toEqual(keys.publicKeyOf(fromPem));
      expect(keys.readPublicKey(new Uint8Array(dir.read(`${name}.pub.der`)))).toEqual(
        keys.publicKeyOf(fromPem),
      );
      expect(hex(keys.encodePkcs8(fromPem))).toBe(hex(dir.read(`${name}.der`)));
    });
  }

  for (const [name, cmd] of Object.entries(TRADITIONAL)) {
    if (cmd === undefined) continue;
    it(`${name}: traditional form (${cmd[0]}) read and written`, () => {
      const expected = keys.readPrivateKey(dir.text(`${name}.pem`));
      const pem = openssl(dir, ...cmd, '-in', `${name}.pem`).toString();
      expect(pem).toMatch(/BEGIN (RSA|EC|DSA) PRIVATE KEY/);
      const key = keys.readPrivateKey(pem);
      expect(key).toEqual(expected);
      const format = name === 'rsa' ? 'pkcs1' : name === 'dsa' ? 'dsa' : 'sec1';
      expect(keys.writePrivateKey(key, { format })).toBe(pem);
    });
  }

  it('rsa: PKCS#1 public key', () => {
    const pem = openssl(dir, 'rsa', '-in', 'rsa.pem', '-RSAPublicKey_out').toString();
    const key = keys.readPublicKey(pem);
    expect(key).toEqual(keys.publicKeyOf(keys.readPrivateKey(dir.text('rsa.pem'))));
    expect(keys.writePublicKey(key, { format: 'pkcs1' })).toBe(pem);
  });

  it('openssl reads the keys we write', () => {
    for (const name of Object.keys(TYPES)) {
      const key = keys.readPrivateKey(dir.text(`${name}.pem`));
      dir.write(`${name}.ours.pem`, keys.writePrivateKey(key));
      const pub = openssl(dir, 'pkey', '-in', `${name}.ours.pem`, '-pubout', '-outform', 'DER');
      expect(hex(pub)).toBe(hex(dir.read(`${name}.pub.der`)));
    }
  });

  it('EC PRIVATE KEY with an EC PARAMETERS block before it', () => {
    const pem = openssl(dir, 'ecparam', '-name', 'prime256v1', '-genkey').toString();
    expect(pem).toContain('EC PARAMETERS');
    const key = keys.readPrivateKey(pem);
    expect(key.kind).toBe('ec');
  });

  it('DH parameters', () => {
    // The RFC 7919 ffdhe2048 group, so that no prime has to be generated.
    const pem = openssl(
      dir,
      'genpkey',
      '-genparam',
      '-algorithm',
      'DH',
      '-pkeyopt',
      'group:ffdhe2048',
    ).toString();
    const params = keys.readDhParameters(pem);
    expect(params.g).toBe(2n);
    expect(params.p.toString(16).slice(0, 16)).toBe('ffffffffffffffff');
    expect(keys.writeDhParameters(params)).toBe(pem);
  });

  it('clear errors for garbage', () => {
    expect(() => keys.readPrivateKey('hello')).toThrow(/no private key PEM block/);
    expect(() => keys.readPrivateKey(new Uint8Array([0x30, 0x03, 0x02, 0x01]))).toThrow(CryptoError);
    const broken = dir.text('p256.pem').replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!');
    expect(() => keys.readPrivateKey(broken)).toThrow(/invalid base64/);
  });
});
