import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { CryptoError, keys } from '../src/index.js';
import { hex, sshKeygen, TempDir } from './fixtures/tools.js';

const PASS = 'open sesame';
const KINDS: Record<string, string[]> = {
  rsa: ['-t', 'rsa', '-b', '2048'],
  ecdsa256: ['-t', 'ecdsa', '-b', '256'],
  ecdsa384: ['-t', 'ecdsa', '-b', '384'],
  ecdsa521: ['-t', 'ecdsa', '-b', '521'],
  ed25519: ['-t', 'ed25519'],
};

function errorCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof CryptoError) return e.kind;
    throw e;
  }
  return 'no error';
}

describe.skipIf(missingPeers('ssh-keygen'))('keys: OpenSSH key files against ssh-keygen', () => {
  const dir = new TempDir();

  beforeAll(() => {
    for (const [name, args] of Object.entries(KINDS)) {
      sshKeygen(dir, ...args, '-q', '-N', '', '-C', `${name}@test`, '-f', name);
      // Encrypted copies with few bcrypt rounds to keep the test fast; one with the default 16.
      sshKeygen(
        dir,
        ...args,
        '-q',
        '-N',
        PASS,
        '-a',
        name === 'ed25519' ? '16' : '2',
        '-C',
        'enc',
        '-f',
        `${name}.enc`,
      );
    }
  });
  afterAll(() => dir.remove());

  for (const name of Object.keys(KINDS)) {
    it(`${name}: fingerprints equal ssh-keygen -l -E sha256|md5`, () => {
      const line = dir.text(`${name}.pub`);
      for (const hash of ['sha256', 'md5'] as const) {
        const printed = sshKeygen(dir, '-l', '-E', hash, '-f', `${name}.pub`).toString().split(' ')[1];
        expect(keys.sshFingerprint(line, hash)).toBe(printed);
        expect(keys.sshFingerprint(keys.readSshPublicKey(line), hash)).toBe(printed);
      }
    });

    it(`${name}: openssh-key-v1 private key, plain and encrypted`, () => {
      const parsed = keys.parseOpenSshPrivateKey(dir.text(name));
      expect(parsed.comment).toBe(`${name}@test`);
      expect(parsed.encrypted).toBe(false);
      expect(`${keys.writeSshPublicKey(parsed.publicKey, parsed.comment)}\n`).toBe(dir.text(`${name}.pub`));
      const enc = keys.parseOpenSshPrivateKey(dir.text(`${name}.enc`), { passphrase: PASS });
      expect(enc.encrypted).toBe(true);
      expect(keys.writeSshPublicKey(enc.publicKey)).toBe(
        dir.text(`${name}.enc.pub`).split(' ').slice(0, 2).join(' '),
      );
      // The same reader behind the generic entry point.
      expect(keys.readPrivateKey(dir.text(`${name}.enc`), { password: PASS })).toEqual(enc.key);
      expect(
        errorCode(() => keys.readOpenSshPrivateKey(dir.text(`${name}.enc`), { passphrase: 'wrong' })),
      ).toBe('bad_password');
      expect(errorCode(() => keys.readOpenSshPrivateKey(dir.text(`${name}.enc`)))).toBe('password_required');
    });

    it(`${name}: ssh-keygen reads the private keys we write`, () => {
      const key = keys.readOpenSshPrivateKey(dir.text(name));
      const pub = dir.text(`${name}.pub`).split(' ').slice(0, 2).join(' ');
      dir.write(`${name}.ours`, keys.writeOpenSshPrivateKey(key, { comment: 'ours' }));
      dir.write(`${name}.ours.enc`, keys.writeOpenSshPrivateKey(key, { passphrase: PASS, rounds: 2 }));
      expect(sshKeygen(dir, '-y', '-f', `${name}.ours`).toString().trim()).toBe(`${pub} ours`);
      expect(sshKeygen(dir, '-y', '-P', PASS, '-f', `${name}.ours.enc`).toString().trim()).toBe(pub);
      expect(keys.readOpenSshPrivateKey(dir.text(`${name}.ours.enc`), { passphrase: PASS })).toEqual(key);
    });
  }

  it('other ciphers ssh-keygen can use (-Z)', () => {
    const ciphers = ['aes128-ctr', 'aes192-ctr', 'aes128-cbc', 'aes192-cbc', 'aes256-cbc'];
    for (const cipher of [...ciphers, 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com']) {
      const file = `z-${cipher}`;
      sshKeygen(dir, '-t', 'ed25519', '-q', '-N', PASS, '-a', '2', '-Z', cipher, '-f', file);
      const k = keys.parseOpenSshPrivateKey(dir.text(file), { passphrase: PASS });
      expect(keys.writeSshPublicKey(k.publicKey)).toBe(
        dir.text(`${file}.pub`).split(' ').slice(0, 2).join(' '),
      );
      expect(errorCode(() => keys.readOpenSshPrivateKey(dir.text(file), { passphrase: 'nope' }))).toBe(
        'bad_password',
      );
    }
  });

  it('ciphers ssh-keygen allows that are not offered here are reported unsupported', () => {
    for (const cipher of ['3des-cbc', 'chacha20-poly1305@openssh.com']) {
      const file = `z-${cipher}`;
      sshKeygen(dir, '-t', 'ed25519', '-q', '-N', PASS, '-a', '2', '-Z', cipher, '-f', file);
      expect(() => keys.readOpenSshPrivateKey(dir.text(file), { passphrase: PASS })).toThrow(
        `OpenSSH private key: cipher "${cipher}" is not supported`,
      );
    }
  });

  it('public keys: SPKI from ssh-keygen -e -m PKCS8 equals ours', () => {
    for (const name of Object.keys(KINDS)) {
      if (name === 'ed25519') continue; // ssh-keygen cannot export Ed25519 as PKCS8
      const pem = sshKeygen(dir, '-e', '-m', 'PKCS8', '-f', `${name}.pub`).toString();
      const key = keys.readSshPublicKey(dir.text(`${name}.pub`));
      expect(keys.readPublicKey(pem)).toEqual(key);
      expect(keys.writePublicKey(key)).toBe(pem);
    }
  });

  it('rejects a line whose type does not match its blob, and garbage', () => {
    const line = dir.text('ed25519.pub');
    expect(errorCode(() => keys.readSshPublicKey(line.replace('ssh-ed25519', 'ssh-rsa')))).toBe('malformed');
    expect(errorCode(() => keys.readSshPublicKey('ssh-ed25519 AAAA'))).toBe('malformed');
    expect(errorCode(() => keys.readOpenSshPrivateKey('nothing here'))).toBe('malformed');
    const blob = keys.parsePublicKeyLine(line).blob;
    expect(hex(keys.encodeSshPublicKey(keys.decodeSshPublicKey(blob)))).toBe(hex(blob));
  });
});
