// Signature known-answer tests: RFC 8032 (Ed25519, Ed448), RFC 6979 (deterministic ECDSA; its
// P-256 "sample" signature is high-S, which both providers must accept).
import { describe, expect, it } from 'vitest';
import type { EcPrivateKey, EcPublicKey, OkpPrivateKey } from '../../src/index.js';
import { EACH, hex, unhex, utf8 } from './support.js';

const ED25519 = {
  priv: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  pub: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  sig: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};
const ED448 = {
  priv: '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b',
  pub: '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180',
  sig: '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600',
};

// RFC 6979 appendix A.2.5, P-256, SHA-256, message "sample".
const P256_D = 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721';
const P256_Q =
  '0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299';
const P256_R = 'efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716';
const P256_S = 'f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8';
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

describe.each(EACH)('signature KATs: %s', (_name, p) => {
  it('Ed25519 (RFC 8032 section 7.1, test 1)', () => {
    const key: OkpPrivateKey = { kind: 'ed25519', privateKey: unhex(ED25519.priv) };
    const pub = p.publicKeyOf(key);
    expect(pub.kind === 'ed25519' && hex(pub.publicKey)).toBe(ED25519.pub);
    expect(hex(p.sign('ed25519', key, new Uint8Array(0)))).toBe(ED25519.sig);
    expect(p.verify('ed25519', pub, new Uint8Array(0), unhex(ED25519.sig))).toBe(true);
    expect(p.verify('ed25519', pub, new Uint8Array(1), unhex(ED25519.sig))).toBe(false);
  });

  it('Ed448 (RFC 8032 section 7.4, blank message)', () => {
    const key: OkpPrivateKey = { kind: 'ed448', privateKey: unhex(ED448.priv) };
    const pub = p.publicKeyOf(key);
    expect(pub.kind === 'ed448' && hex(pub.publicKey)).toBe(ED448.pub);
    expect(hex(p.sign('ed448', key, new Uint8Array(0)))).toBe(ED448.sig);
    expect(p.verify('ed448', pub, new Uint8Array(0), unhex(ED448.sig))).toBe(true);
  });

  it('ECDSA P-256 accepts the high-S RFC 6979 signature in DER and raw form', () => {
    const pub: EcPublicKey = { kind: 'ec', curve: 'secp256r1', point: unhex(P256_Q) };
    const data = utf8('sample');
    const raw = unhex(P256_R + P256_S);
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, raw, { format: 'raw' })).toBe(true);
    const der = unhex(`3046022100${P256_R}022100${P256_S}`);
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, der)).toBe(true);
    // The low-S twin (r, n - s) is valid too.
    const lowS = (P256_N - BigInt(`0x${P256_S}`)).toString(16).padStart(64, '0');
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, unhex(P256_R + lowS), { format: 'raw' })).toBe(true);
    expect(p.verify('ecdsa_secp256r1_sha256', pub, utf8('samplf'), raw, { format: 'raw' })).toBe(false);
    // Malformed encodings are a failed verification, not an exception.
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, der.subarray(1))).toBe(false);
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, raw.subarray(1), { format: 'raw' })).toBe(false);
  });

  it('ECDSA signs verifiably in both encodings and derives the public point', () => {
    const key: EcPrivateKey = { kind: 'ec', curve: 'secp256r1', d: unhex(P256_D) };
    const pub = p.publicKeyOf(key);
    expect(pub.kind === 'ec' && hex(pub.point)).toBe(P256_Q);
    const data = utf8('sample');
    const der = p.sign('ecdsa_secp256r1_sha256', key, data);
    expect(der[0]).toBe(0x30);
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, der)).toBe(true);
    const raw = p.sign('ecdsa_secp256r1_sha256', key, data, { format: 'raw' });
    expect(raw.length).toBe(64);
    expect(p.verify('ecdsa_secp256r1_sha256', pub, data, raw, { format: 'raw' })).toBe(true);
    if (p.name === 'noble') {
      // Deterministic (RFC 6979) nonce: r matches the RFC, s is the RFC's or its low-S twin.
      expect(hex(raw.subarray(0, 32))).toBe(P256_R);
    }
  });

  it('reports an off-curve ECDSA public key as bad_key', () => {
    const point = unhex(P256_Q);
    point[64] = (point[64] as number) ^ 1;
    const pub: EcPublicKey = { kind: 'ec', curve: 'secp256r1', point };
    expect(() =>
      p.verify('ecdsa_secp256r1_sha256', pub, utf8('sample'), unhex(P256_R + P256_S), { format: 'raw' }),
    ).toThrow(expect.objectContaining({ kind: 'bad_key' }));
  });

  it('rejects a key of the wrong kind with bad_key', () => {
    const key: OkpPrivateKey = { kind: 'ed25519', privateKey: unhex(ED25519.priv) };
    expect(() => p.sign('ecdsa_secp256r1_sha256', key, new Uint8Array(0))).toThrow(
      expect.objectContaining({ kind: 'bad_key' }),
    );
  });
});
