import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { CryptoError, keys } from '../src/index.js';
import { hex, openssl, TempDir } from './fixtures/tools.js';

const PASS = 'correct horse';

function errorOf(f: () => unknown): CryptoError {
  try {
    f();
  } catch (e) {
    if (e instanceof CryptoError) return e;
    throw e;
  }
  throw new Error('expected a CryptoError');
}

describe.skipIf(missingPeers('openssl'))(
  'keys: encrypted PKCS#8 and legacy encrypted PEM against openssl',
  () => {
    const dir = new TempDir();

    beforeAll(() => {
      openssl(dir, 'genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.pem');
      openssl(dir, 'genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'p256.pem');
      openssl(dir, 'genpkey', '-algorithm', 'ed25519', '-out', 'ed25519.pem');
    });
    afterAll(() => dir.remove());

    const PKCS8_VARIANTS: Record<string, string[]> = {
      'aes-256-cbc, hmacWithSHA256 (openssl default)': [],
      'des3, hmacWithSHA256': ['-v2', 'des3'],
      'aes-128-cbc, hmacWithSHA512': ['-v2', 'aes-128-cbc', '-v2prf', 'hmacWithSHA512'],
      'aes-192-cbc, hmacWithSHA1': ['-v2', 'aes-192-cbc', '-v2prf', 'hmacWithSHA1'],
    };

    for (const [label, args] of Object.entries(PKCS8_VARIANTS)) {
      it(`PBES2 ${label}: PEM and DER`, () => {
        for (const name of ['rsa', 'p256', 'ed25519']) {
          const plain = keys.readPrivateKey(dir.text(`${name}.pem`));
          const pem = openssl(
            dir,
            'pkcs8',
            '-topk8',
            ...args,
            '-in',
            `${name}.pem`,
            '-passout',
            `pass:${PASS}`,
          ).toString();
          expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
          expect(keys.readPrivateKey(pem, { password: PASS })).toEqual(plain);
          const der = openssl(
            dir,
            'pkcs8',
            '-topk8',
            ...args,
            '-in',
            `${name}.pem`,
            '-passout',
            `pass:${PASS}`,
            '-outform',
            'DER',
          );
          expect(keys.readPrivateKey(new Uint8Array(der), { password: PASS })).toEqual(plain);
          expect(errorOf(() => keys.readPrivateKey(pem, { password: 'wrong' })).kind).toBe('bad_password');
          expect(errorOf(() => keys.readPrivateKey(pem)).kind).toBe('password_required');
        }
      });
    }

    const LEGACY: Record<string, string[]> = {
      rsa: ['rsa', '-traditional', '-aes128'],
      p256: ['ec', '-des3'],
    };
    for (const [name, args] of Object.entries(LEGACY)) {
      it(`legacy Proc-Type encrypted PEM: ${args.join(' ')}`, () => {
        const plain = keys.readPrivateKey(dir.text(`${name}.pem`));
        const pem = openssl(dir, ...args, '-in', `${name}.pem`, '-passout', `pass:${PASS}`).toString();
        expect(pem).toContain('Proc-Type: 4,ENCRYPTED');
        expect(keys.readPrivateKey(pem, { password: PASS })).toEqual(plain);
        const wrong = errorOf(() => keys.readPrivateKey(pem, { password: 'not the password' }));
        expect(wrong.kind).toBe('bad_password');
        expect(wrong.message).not.toContain('not the password');
        expect(errorOf(() => keys.readPrivateKey(pem)).kind).toBe('password_required');
      });
    }

    it('a wrong password is never reported as a corrupt file', () => {
      const pem = openssl(dir, 'ec', '-aes256', '-in', 'p256.pem', '-passout', `pass:${PASS}`).toString();
      for (let i = 0; i < 40; i++) {
        expect(errorOf(() => keys.readPrivateKey(pem, { password: `guess-${i}` })).kind).toBe('bad_password');
      }
    });

    it('openssl reads the encrypted keys we write', () => {
      for (const name of ['rsa', 'p256', 'ed25519']) {
        const key = keys.readPrivateKey(dir.text(`${name}.pem`));
        const pub = hex(openssl(dir, 'pkey', '-in', `${name}.pem`, '-pubout', '-outform', 'DER'));
        dir.write(`${name}.enc.pem`, keys.writePrivateKey(key, { password: PASS }));
        expect(
          hex(
            openssl(
              dir,
              'pkey',
              '-in',
              `${name}.enc.pem`,
              '-passin',
              `pass:${PASS}`,
              '-pubout',
              '-outform',
              'DER',
            ),
          ),
        ).toBe(pub);
        expect(keys.readPrivateKey(dir.text(`${name}.enc.pem`), { password: PASS })).toEqual(key);
      }
      const rsa = keys.readPrivateKey(dir.text('rsa.pem'));
      dir.write('rsa.legacy.pem', keys.writePrivateKey(rsa, { format: 'pkcs1', password: PASS }));
      expect(dir.text('rsa.legacy.pem')).toContain('DEK-Info: AES-256-CBC,');
      const out = openssl(
        dir,
        'rsa',
        '-in',
        'rsa.legacy.pem',
        '-passin',
        `pass:${PASS}`,
        '-traditional',
      ).toString();
      expect(keys.readPrivateKey(out)).toEqual(rsa);
    });
  },
);
