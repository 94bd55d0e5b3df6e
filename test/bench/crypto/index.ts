// Crypto provider benchmark: every primitive through both providers, side by side with the same
// operation called directly on node:crypto, in one run. Bulk primitives report MB/s, public-key
// operations ops/s; the ratio columns are provider / raw node:crypto (1.00 = no overhead).
// Run: npx tsx test/bench/crypto/index.ts [--quick]
import * as nc from 'node:crypto';
import {
  type AeadAlg,
  DH_GROUPS,
  type EcPrivateKey,
  getProvider,
  type OkpPrivateKey,
  type Provider,
  type RsaPrivateKey,
  type SignatureScheme,
} from '../../../packages/crypto/src/index.js';
import { bulk, ops, report } from './harness.js';

const noble = getProvider('noble');
const node = getProvider('node');

// ---- bulk ------------------------------------------------------------------------------------
const SIZE = 16 * 1024; // one full TLS record
const data = nc.randomBytes(SIZE);
const small = nc.randomBytes(64);
const key16 = nc.randomBytes(16);
const key32 = nc.randomBytes(32);
const nonce = nc.randomBytes(12);
const aad = nc.randomBytes(13);
const oneShot = (nc as unknown as { hash?: (a: string, d: Uint8Array, e: 'buffer') => Buffer }).hash;
const rawHash = oneShot
  ? (d: Uint8Array) => oneShot('sha256', d, 'buffer')
  : (d: Uint8Array) => nc.createHash('sha256').update(d).digest();

bulk(
  'sha256 16KiB',
  SIZE,
  () => rawHash(data),
  () => node.hash('sha256', data),
  () => noble.hash('sha256', data),
);
bulk(
  'sha256 64B',
  64,
  () => rawHash(small),
  () => node.hash('sha256', small),
  () => noble.hash('sha256', small),
);
bulk(
  'hmac-sha256 16KiB',
  SIZE,
  () => nc.createHmac('sha256', key32).update(data).digest(),
  () => node.hmac('sha256', key32, data),
  () => noble.hmac('sha256', key32, data),
);

function rawAeadSeal(alg: AeadAlg, key: Uint8Array): (pt: Uint8Array) => Buffer {
  const ko = nc.createSecretKey(key);
  return (pt) => {
    const c = nc.createCipheriv(alg as nc.CipherGCMTypes, ko, nonce, { authTagLength: 16 });
    c.setAAD(aad, { plaintextLength: pt.length });
    const out = c.update(pt);
    c.final();
    return Buffer.concat([out, c.getAuthTag()]);
  };
}
for (const [alg, key] of [
  ['aes-128-gcm', key16],
  ['aes-256-gcm', key32],
  ['chacha20-poly1305', key32],
] as const) {
  const raw = rawAeadSeal(alg, key);
  const a = node.aead(alg, key);
  const b = noble.aead(alg, key);
  bulk(
    `${alg} seal 16KiB`,
    SIZE,
    () => raw(data),
    () => a.seal(nonce, data, aad),
    () => b.seal(nonce, data, aad),
  );
  const ct = a.seal(nonce, data, aad);
  const ko = nc.createSecretKey(key);
  bulk(
    `${alg} open 16KiB`,
    SIZE,
    () => {
      const d = nc.createDecipheriv(alg as nc.CipherGCMTypes, ko, nonce, { authTagLength: 16 });
      d.setAuthTag(ct.subarray(SIZE));
      d.setAAD(aad, { plaintextLength: SIZE });
      const out = d.update(ct.subarray(0, SIZE));
      d.final();
      return out;
    },
    () => a.open(nonce, ct, aad),
    () => b.open(nonce, ct, aad),
  );
}
for (const alg of ['aes-128-ctr', 'aes-256-ctr', 'aes-128-cbc'] as const) {
  const iv = nc.randomBytes(16);
  const key = alg.startsWith('aes-128') ? key16 : key32;
  const raw = nc.createCipheriv(alg, key, iv).setAutoPadding(false);
  const a = node.cipher(alg, key, iv, 'encrypt');
  const b = noble.cipher(alg, key, iv, 'encrypt');
  bulk(
    `${alg} 16KiB`,
    SIZE,
    () => raw.update(data),
    () => a.update(data),
    () => b.update(data),
  );
}
{
  const k64 = nc.randomBytes(64);
  const a = node.opensshChachaPoly(k64);
  const b = noble.opensshChachaPoly(k64);
  const packet = Buffer.concat([Buffer.from([0, 0, 0x40, 0]), data]);
  // node:crypto has no Poly1305 (the node provider takes it from @noble/ciphers), so the raw
  // column is ChaCha20 alone: an upper bound, not a like-for-like baseline.
  const iv = Buffer.alloc(16);
  bulk(
    'chacha20-poly1305@openssh 16KiB (raw: chacha20 only)',
    SIZE,
    () => nc.createCipheriv('chacha20', key32, iv).update(packet),
    () => a.seal(7, packet),
    () => b.seal(7, packet),
  );
}

// ---- public key ------------------------------------------------------------------------------
function jwkBig(s: string | undefined): bigint {
  return BigInt(`0x${Buffer.from(s ?? '', 'base64url').toString('hex')}`);
}
const rsaPair = nc.generateKeyPairSync('rsa', { modulusLength: 2048 });
const rj = rsaPair.privateKey.export({ format: 'jwk' });
const rsa: RsaPrivateKey = {
  kind: 'rsa',
  n: jwkBig(rj.n),
  e: jwkBig(rj.e),
  d: jwkBig(rj.d),
  p: jwkBig(rj.p),
  q: jwkBig(rj.q),
  dp: jwkBig(rj.dp),
  dq: jwkBig(rj.dq),
  qi: jwkBig(rj.qi),
};
const ecPair = nc.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ej = ecPair.privateKey.export({ format: 'jwk' });
const ec: EcPrivateKey = {
  kind: 'ec',
  curve: 'secp256r1',
  d: Buffer.from(ej.d ?? '', 'base64url'),
  point: Buffer.concat([
    Buffer.from([4]),
    Buffer.from(ej.x ?? '', 'base64url'),
    Buffer.from(ej.y ?? '', 'base64url'),
  ]),
};
const edPair = nc.generateKeyPairSync('ed25519');
const edj = edPair.privateKey.export({ format: 'jwk' });
const ed: OkpPrivateKey = {
  kind: 'ed25519',
  privateKey: Buffer.from(edj.d ?? '', 'base64url'),
  publicKey: Buffer.from(edj.x ?? '', 'base64url'),
};

function sigRow(
  label: string,
  scheme: SignatureScheme,
  hashName: string | null,
  pair: nc.KeyPairKeyObjectResult,
  key: typeof rsa | typeof ec | typeof ed,
  opts: object = {},
) {
  const msg = small;
  const pub = node.publicKeyOf(key);
  ops(
    `${label} sign`,
    () => nc.sign(hashName, msg, { key: pair.privateKey, ...opts }),
    () => node.sign(scheme, key, msg),
    () => noble.sign(scheme, key, msg),
  );
  const sig = node.sign(scheme, key, msg);
  ops(
    `${label} verify`,
    () => nc.verify(hashName, msg, { key: pair.publicKey, ...opts }, sig),
    () => node.verify(scheme, pub, msg, sig),
    () => noble.verify(scheme, pub, msg, sig),
  );
}
sigRow('ed25519', 'ed25519', null, edPair, ed);
sigRow('ecdsa p256 sha256', 'ecdsa_secp256r1_sha256', 'sha256', ecPair, ec);
sigRow('rsa2048 pkcs1 sha256', 'rsa_pkcs1_sha256', 'sha256', rsaPair, rsa);
sigRow('rsa2048 pss sha256', 'rsa_pss_rsae_sha256', 'sha256', rsaPair, rsa, {
  padding: nc.constants.RSA_PKCS1_PSS_PADDING,
  saltLength: 32,
});

{
  const p384 = nc.generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const j = p384.privateKey.export({ format: 'jwk' });
  const key: EcPrivateKey = {
    kind: 'ec',
    curve: 'secp384r1',
    d: Buffer.from(j.d ?? '', 'base64url'),
    point: Buffer.concat([
      Buffer.from([4]),
      Buffer.from(j.x ?? '', 'base64url'),
      Buffer.from(j.y ?? '', 'base64url'),
    ]),
  };
  sigRow('ecdsa p384 sha384', 'ecdsa_secp384r1_sha384', 'sha384', p384, key);
}

function kexRow(label: string, group: Parameters<Provider['ecdh']>[0], raw: () => unknown): void {
  const a = node.ecdh(group).generateKeyPair();
  const b = node.ecdh(group).generateKeyPair();
  const ka = node.ecdh(group);
  const kb = noble.ecdh(group);
  ops(
    `${label} derive`,
    raw,
    () => ka.computeSecret(a.privateKey, b.publicKey),
    () => kb.computeSecret(a.privateKey, b.publicKey),
  );
}
{
  const a = nc.generateKeyPairSync('x25519');
  const b = nc.generateKeyPairSync('x25519');
  // Like the provider, start from the peer's wire bytes: importing them is part of the job.
  const wire = b.publicKey.export({ format: 'jwk' }).x ?? '';
  kexRow('x25519', 'x25519', () =>
    nc.diffieHellman({
      privateKey: a.privateKey,
      publicKey: nc.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: wire }, format: 'jwk' }),
    }),
  );
}
{
  const a = nc.createECDH('prime256v1');
  a.generateKeys();
  const bpub = nc.createECDH('prime256v1');
  bpub.generateKeys();
  const priv = a.getPrivateKey();
  const pub = bpub.getPublicKey();
  kexRow('ecdh p256', 'secp256r1', () => {
    const e = nc.createECDH('prime256v1');
    e.setPrivateKey(priv);
    return e.computeSecret(pub);
  });
}
{
  const dh = nc.createDiffieHellman(nc.getDiffieHellman('modp14').getPrime(), Buffer.from([2]));
  dh.setPrivateKey(nc.randomBytes(32));
  dh.generateKeys();
  const peer = nc.getDiffieHellman('modp14');
  peer.generateKeys();
  const peerPub = peer.getPublicKey();
  kexRow('dh group14 (256-bit exp)', 'group14', () => dh.computeSecret(peerPub));
}

{
  const a = nc.generateKeyPairSync('x448');
  const b = nc.generateKeyPairSync('x448');
  const wire = b.publicKey.export({ format: 'jwk' }).x ?? '';
  kexRow('x448', 'x448', () =>
    nc.diffieHellman({
      privateKey: a.privateKey,
      publicKey: nc.createPublicKey({ key: { kty: 'OKP', crv: 'X448', x: wire }, format: 'jwk' }),
    }),
  );
}
{
  const p = Buffer.from(DH_GROUPS.ffdhe2048.p.toString(16), 'hex');
  const dh = nc.createDiffieHellman(p, Buffer.from([2]));
  dh.setPrivateKey(nc.randomBytes(32));
  dh.generateKeys();
  const peer = nc.createDiffieHellman(p, Buffer.from([2]));
  peer.setPrivateKey(nc.randomBytes(32));
  const peerPub = peer.generateKeys();
  kexRow('ffdhe2048 (256-bit exp)', 'ffdhe2048', () => dh.computeSecret(peerPub));
}

// ---- key schedule and key transport ------------------------------------------------------------
{
  const prk = nc.randomBytes(32);
  const empty = new Uint8Array(0);
  // HkdfLabel for "tls13 key", 16 bytes, empty context, followed by the counter byte 1.
  const info = Buffer.concat([Buffer.from([0, 16, 9]), Buffer.from('tls13 key'), Buffer.from([0, 1])]);
  ops(
    'hkdf-expand-label sha256 16B',
    () => nc.createHmac('sha256', prk).update(info).digest().subarray(0, 16),
    () => node.hkdfExpandLabel('sha256', prk, 'key', empty, 16),
    () => noble.hkdfExpandLabel('sha256', prk, 'key', empty, 16),
  );
  const secret = nc.randomBytes(48);
  const seed = Buffer.concat([Buffer.from('master secret'), nc.randomBytes(64)]);
  const rawPrf = () => {
    // P_SHA256 for 48 bytes: two rounds of A(i) and HMAC(A(i) || seed).
    const a1 = nc.createHmac('sha256', secret).update(seed).digest();
    const b1 = nc.createHmac('sha256', secret).update(a1).update(seed).digest();
    const a2 = nc.createHmac('sha256', secret).update(a1).digest();
    const b2 = nc.createHmac('sha256', secret).update(a2).update(seed).digest();
    return Buffer.concat([b1, b2]).subarray(0, 48);
  };
  const label = 'master secret';
  const seedOnly = seed.subarray(label.length);
  ops(
    'tls12 prf sha256 48B',
    rawPrf,
    () => node.tls12Prf('sha256', secret, label, seedOnly, 48),
    () => noble.tls12Prf('sha256', secret, label, seedOnly, 48),
  );
  const pub = node.publicKeyOf(rsa);
  const pms = nc.randomBytes(48);
  pms[0] = 3;
  pms[1] = 3;
  const ct = node.rsaEncrypt(pub as never, pms);
  ops(
    'rsa2048 premaster decrypt',
    () => nc.privateDecrypt({ key: rsaPair.privateKey, padding: nc.constants.RSA_NO_PADDING }, ct),
    () => node.rsaDecryptPremaster(rsa, ct, 0x0303),
    () => noble.rsaDecryptPremaster(rsa, ct, 0x0303),
  );
}

report();
