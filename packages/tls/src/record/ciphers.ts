// From a cipher suite's bulk cipher (specs/tls/algorithms.spec) to the provider's AEAD.
import type { AeadAlg, HashAlg, Provider } from '@otpnet/crypto';
import { BulkCiphersByName, type BulkCiphersRow, type CipherSuitesRow } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import type { KeySchedule13 } from '../handshake/key-schedule13.js';
import { Tls13Protection } from './protection13.js';

const AEADS: Readonly<Record<string, AeadAlg>> = {
  aes_128_gcm: 'aes-128-gcm',
  aes_256_gcm: 'aes-256-gcm',
  chacha20_poly1305: 'chacha20-poly1305',
};

export function bulkOf(suite: CipherSuitesRow): BulkCiphersRow {
  const row = BulkCiphersByName.get(suite.cipher);
  if (!row) throw alert('internal_error', `no bulk cipher ${suite.cipher}`);
  return row;
}

/** The provider's AEAD for a suite, or undefined for CBC and unsupported AEADs. */
export function aeadOf(suite: CipherSuitesRow): AeadAlg | undefined {
  return AEADS[suite.cipher];
}

export function hashOf(suite: CipherSuitesRow): HashAlg {
  return suite.prf;
}

/** A TLS 1.3 record protection for one traffic secret. */
export function protection13(
  crypto: Provider,
  suite: CipherSuitesRow,
  schedule: KeySchedule13,
  secret: Uint8Array,
  padding: number,
): Tls13Protection {
  const bulk = bulkOf(suite);
  const alg = aeadOf(suite);
  if (!alg) throw alert('internal_error', `suite cipher ${suite.cipher} is not an AEAD we have`);
  const keys = schedule.trafficKeys(secret, bulk.key_len, bulk.iv_len);
  return new Tls13Protection(crypto.aead(alg, keys.key), keys.iv, padding);
}
