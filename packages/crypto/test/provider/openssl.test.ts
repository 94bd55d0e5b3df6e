// Cross-checks against the openssl command-line tool, on keys it generates here: signatures in
// both directions, ECDH/X25519/ffdhe secrets, RSA key transport, and the KDFs it implements.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../../test/support/peers.js';
import {
  DH_GROUPS,
  type DsaPrivateKey,
  getProvider,
  type PrivateKey,
  type RsaPrivateKey,
  type SignatureScheme,
} from '../../src/index.js';
import {
  asn1Integers,
  EACH,
  hex,
  openssl,
  privateKeyFromPem,
  readBytes,
  scratch,
  unhex,
  utf8,
  writeBytes,
} from './support.js';

const skip = missingPeers('openssl');

describe.skipIf(skip)('openssl cross-checks', () => {
  const s = scratch();
  const keys: Record<string, PrivateKey> = {};
  const DATA = utf8('The quick brown fox jumps over the lazy dog, signed by otpnet.');

  const gen = (name: string, args: string[]) => {
    openssl(['genpkey', ...args, '-out', s.path(`${name}.pem`)]);
    openssl(['pkey', '-in', s.path(`${name}.pem`), '-pubout', '-out', s.path(`${name}.pub.pem`)]);
  };

  beforeAll(() => {
    writeBytes(s.path('data.bin'), DATA);
    gen('rsa', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']);
    gen('p256', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    gen('p384', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']);
    gen('p521', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-521']);
    gen('p256b', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    for (const k of ['ED25519', 'ED448', 'X25519', 'X448']) gen(k.toLowerCase(), ['-algorithm', k]);
    gen('x25519b', ['-algorithm', 'X25519']);
    openssl([
      'genpkey',
      '-genparam',
      '-algorithm',
      'DSA',
      '-pkeyopt',
      'dsa_paramgen_bits:1024',
      '-pkeyopt',
      'dsa_paramgen_q_bits:160',
      '-out',
      s.path('dsap.pem'),
    ]);
    gen('dsa', ['-paramfile', s.path('dsap.pem')]);
    openssl(['pkey', '-in', s.path('dsa.pem'), '-traditional', '-out', s.path('dsa.trad.pem')]);
    for (const k of [
      'rsa',
      'p256',
      'p384',
      'p521',
      'p256b',
      'ed25519',
      'ed448',
      'x25519',
      'x448',
      'x25519b',
    ]) {
      keys[k] = privateKeyFromPem(readFileSync(s.path(`${k}.pem`), 'utf8'));
    }
    const [, p, q, g, y, x] = asn1Integers(s.path('dsa.trad.pem'));
    keys.dsa = { kind: 'dsa', p, q, g, y, x } as DsaPrivateKey;
  }, 60_000);

  afterAll(() => s.cleanup());

  /** Scheme, key file, openssl dgst args (undefined = raw pkeyutl for EdDSA). */
  const CASES: ReadonlyArray<readonly [SignatureScheme, string, string[] | undefined]> = [
    ['rsa_pkcs1_sha1', 'rsa', ['-sha1']],
    ['rsa_pkcs1_sha224', 'rsa', ['-sha224']],
    ['rsa_pkcs1_sha256', 'rsa', ['-sha256']],
    ['rsa_pkcs1_sha512', 'rsa', ['-sha512']],
    [
      'rsa_pss_rsae_sha256',
      'rsa',
      ['-sha256', '-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1'],
    ],
    ['rsa_pss_sha1', 'rsa', ['-sha1', '-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1']],
    [
      'rsa_pss_sha224',
      'rsa',
      ['-sha224', '-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1'],
    ],
    [
      'rsa_pss_rsae_sha384',
      'rsa',
      ['-sha384', '-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1'],
    ],
    ['ecdsa_secp256r1_sha256', 'p256', ['-sha256']],
    ['ecdsa_secp384r1_sha384', 'p384', ['-sha384']],
    ['ecdsa_secp521r1_sha512', 'p521', ['-sha512']],
    ['ecdsa_sha1', 'p256', ['-sha1']],
    ['ecdsa_sha224', 'p256', ['-sha224']],
    ['ecdsa_sha224', 'p384', ['-sha224']],
    ['ecdsa_secp384r1_sha384', 'p256', ['-sha384']], // TLS 1.2 pairs any hash with any curve
    ['dsa_sha1', 'dsa', ['-sha1']],
    ['dsa_sha224', 'dsa', ['-sha224']],
    ['dsa_sha256', 'dsa', ['-sha256']],
    ['ed25519', 'ed25519', undefined],
    ['ed448', 'ed448', undefined],
  ];

  it('the RFC 7919 ffdhe primes equal openssl built-in groups', () => {
    for (const bits of [2048, 3072, 4096, 6144, 8192] as const) {
      const file = s.path(`ffdhe${bits}.pem`);
      openssl(['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', `group:ffdhe${bits}`, '-out', file]);
      const [prime, g] = asn1Integers(file);
      expect(prime).toBe(DH_GROUPS[`ffdhe${bits}`].p);
      expect(g).toBe(2n);
    }
  });

  it('DSA (ssh-dss): each provider verifies the other, in DER and raw r||s', () => {
    const key = keys.dsa as DsaPrivateKey;
    const noble = getProvider('noble');
    const node = getProvider('node');
    const pub = noble.publicKeyOf(key);
    for (const [x, y] of [
      [noble, node],
      [node, noble],
    ] as const) {
      for (const format of ['der', 'raw'] as const) {
        const sig = x.sign('dsa_sha1', key, DATA, { format });
        if (format === 'raw') expect(sig.length).toBe(40);
        expect(y.verify('dsa_sha1', pub, DATA, sig, { format })).toBe(true);
        expect(y.verify('dsa_sha1', pub, utf8('other'), sig, { format })).toBe(false);
      }
    }
  });

  describe.each(EACH)('%s', (_name, p) => {
    it.each(CASES)('%s (%s): openssl verifies ours, we verify openssl', (scheme, k, dgst) => {
      const key = keys[k] as PrivateKey;
      const pub = p.publicKeyOf(key);
      const ours = p.sign(scheme, key, DATA);
      const sigPath = s.path(`sig-${p.name}-${scheme}-${k}.bin`);
      writeBytes(sigPath, ours);
      const theirsPath = `${sigPath}.openssl`;
      if (dgst) {
        openssl([
          'dgst',
          ...dgst,
          '-verify',
          s.path(`${k}.pub.pem`),
          '-signature',
          sigPath,
          s.path('data.bin'),
        ]);
        openssl(['dgst', ...dgst, '-sign', s.path(`${k}.pem`), '-out', theirsPath, s.path('data.bin')]);
      } else {
        const common = ['-rawin', '-in', s.path('data.bin')];
        openssl([
          'pkeyutl',
          '-verify',
          '-pubin',
          '-inkey',
          s.path(`${k}.pub.pem`),
          ...common,
          '-sigfile',
          sigPath,
        ]);
        openssl(['pkeyutl', '-sign', '-inkey', s.path(`${k}.pem`), ...common, '-out', theirsPath]);
      }
      const theirs = readBytes(theirsPath);
      expect(p.verify(scheme, pub, DATA, theirs)).toBe(true);
      expect(p.verify(scheme, pub, utf8('other data'), theirs)).toBe(false);
    });

    it('rsa_pkcs1_md5_sha1 (TLS 1.0/1.1) recovers MD5 || SHA-1 under openssl', () => {
      const key = keys.rsa as RsaPrivateKey;
      const sig = p.sign('rsa_pkcs1_md5_sha1', key, DATA);
      writeBytes(s.path(`md5sha1-${p.name}.bin`), sig);
      const recovered = openssl([
        'pkeyutl',
        '-verifyrecover',
        '-pubin',
        '-inkey',
        s.path('rsa.pub.pem'),
        '-in',
        s.path(`md5sha1-${p.name}.bin`),
      ]);
      expect(hex(recovered)).toBe(hex(p.hash('md5', DATA)) + hex(p.hash('sha1', DATA)));
      expect(p.verify('rsa_pkcs1_md5_sha1', p.publicKeyOf(key), DATA, sig)).toBe(true);
      expect(p.verify('rsa_pkcs1_md5_sha1', p.publicKeyOf(key), utf8('x'), sig)).toBe(false);
    });

    it.each([
      ['secp256r1', 'p256', 'p256b'],
      ['x25519', 'x25519', 'x25519b'],
    ] as const)('%s secret equals openssl pkeyutl -derive', (group, a, b) => {
      const ka = keys[a] as PrivateKey;
      const kb = keys[b] as PrivateKey;
      const priv = ka.kind === 'ec' ? ka.d : ka.kind === 'x25519' ? ka.privateKey : new Uint8Array(0);
      const peer = p.publicKeyOf(kb);
      const peerBytes =
        peer.kind === 'ec' ? peer.point : peer.kind === 'x25519' ? peer.publicKey : new Uint8Array(0);
      const ours = p.ecdh(group).computeSecret(priv, peerBytes);
      const theirs = openssl([
        'pkeyutl',
        '-derive',
        '-inkey',
        s.path(`${a}.pem`),
        '-peerkey',
        s.path(`${b}.pub.pem`),
      ]);
      expect(hex(ours)).toBe(hex(theirs));
    });

    it('ffdhe2048 secret equals openssl with its own key', () => {
      openssl([
        'genpkey',
        '-algorithm',
        'DH',
        '-pkeyopt',
        'group:ffdhe2048',
        '-out',
        s.path(`dh-${p.name}.pem`),
      ]);
      const text = openssl(['pkey', '-in', s.path(`dh-${p.name}.pem`), '-text', '-noout']).toString();
      const field = (name: string) =>
        unhex(
          (new RegExp(`${name}:\\s*\\n((?:\\s+[0-9a-f:]+\\n)+)`).exec(text)?.[1] ?? '').replace(/[\s:]/g, ''),
        );
      const theirPriv = field('private-key');
      const theirPub = field('public-key'); // may carry a leading 00
      const k = p.ecdh('ffdhe2048');
      expect(hex(k.publicKeyFromPrivate(theirPriv)).replace(/^(00)+/, '')).toBe(
        hex(theirPub).replace(/^(00)+/, ''),
      );
      const mine = k.generateKeyPair();
      const ours = k.computeSecret(mine.privateKey, theirPub);
      expect(hex(ours)).toBe(hex(k.computeSecret(theirPriv, mine.publicKey)));
    });

    it('RSA key transport: openssl decrypts ours, we decrypt openssl (RFC 5246 7.4.7.1)', () => {
      const key = keys.rsa as RsaPrivateKey;
      const pms = new Uint8Array(48).map((_, i) => i);
      pms[0] = 3;
      pms[1] = 3;
      writeBytes(s.path(`ct-${p.name}.bin`), p.rsaEncrypt(p.publicKeyOf(key) as never, pms));
      const dec = openssl([
        'pkeyutl',
        '-decrypt',
        '-inkey',
        s.path('rsa.pem'),
        '-in',
        s.path(`ct-${p.name}.bin`),
      ]);
      expect(hex(dec)).toBe(hex(pms));
      const theirs = openssl(['pkeyutl', '-encrypt', '-pubin', '-inkey', s.path('rsa.pub.pem')], pms);
      expect(hex(p.rsaDecryptPremaster(key, theirs, 0x0303))).toBe(hex(pms));
    });

    it('TLS PRFs, HKDF and the SSH KDF equal openssl kdf', () => {
      const secret = unhex('9bbe436ba940f017b17652849a71db35');
      const seed = unhex('a0ba9f936cda311827a6f796ffd5198c');
      const label = 'test label';
      const kdf = (args: string[]) =>
        openssl(['kdf', ...args])
          .toString()
          .trim()
          .replace(/:/g, '')
          .toLowerCase();
      const labelSeed = hex(utf8(label)) + hex(seed);
      expect(hex(p.tls12Prf('sha256', secret, label, seed, 100))).toBe(
        kdf([
          '-keylen',
          '100',
          '-kdfopt',
          'digest:SHA256',
          '-kdfopt',
          `hexsecret:${hex(secret)}`,
          '-kdfopt',
          `hexseed:${labelSeed}`,
          'TLS1-PRF',
        ]),
      );
      expect(hex(p.tls12Prf('sha384', secret, label, seed, 77))).toBe(
        kdf([
          '-keylen',
          '77',
          '-kdfopt',
          'digest:SHA384',
          '-kdfopt',
          `hexsecret:${hex(secret)}`,
          '-kdfopt',
          `hexseed:${labelSeed}`,
          'TLS1-PRF',
        ]),
      );
      const odd = unhex('0102030405060708090a0b0c0d0e0f1011121314151617');
      expect(hex(p.tls10Prf(odd, label, seed, 104))).toBe(
        kdf([
          '-keylen',
          '104',
          '-kdfopt',
          'digest:MD5-SHA1',
          '-kdfopt',
          `hexsecret:${hex(odd)}`,
          '-kdfopt',
          `hexseed:${labelSeed}`,
          'TLS1-PRF',
        ]),
      );
      const ikm = unhex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b');
      const salt = unhex('000102030405060708090a0b0c');
      const info = unhex('f0f1f2f3f4f5f6f7f8f9');
      expect(hex(p.hkdfExpand('sha384', p.hkdfExtract('sha384', salt, ikm), info, 60))).toBe(
        kdf([
          '-keylen',
          '60',
          '-kdfopt',
          'digest:SHA384',
          '-kdfopt',
          `hexkey:${hex(ikm)}`,
          '-kdfopt',
          `hexsalt:${hex(salt)}`,
          '-kdfopt',
          `hexinfo:${hex(info)}`,
          'HKDF',
        ]),
      );
      const K = unhex('000000210089abcdef0123456789abcdef0123456789abcdef0123456789abcdef01');
      const H = p.hash('sha256', utf8('exchange hash'));
      const sid = p.hash('sha256', utf8('session id'));
      for (const letter of ['A', 'C', 'E'] as const) {
        expect(hex(p.sshKdf('sha256', K, H, letter, sid, 64))).toBe(
          kdf([
            '-keylen',
            '64',
            '-kdfopt',
            'digest:SHA256',
            '-kdfopt',
            `hexkey:${hex(K)}`,
            '-kdfopt',
            `hexxcghash:${hex(H)}`,
            '-kdfopt',
            `hexsession_id:${hex(sid)}`,
            '-kdfopt',
            `type:${letter}`,
            'SSHKDF',
          ]),
        );
      }
    });
  });
});
