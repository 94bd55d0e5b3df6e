// Key shares of the named groups (RFC 8446 section 4.2.8, RFC 8422, RFC 7919) over the crypto
// provider's key agreement.
import type { KeyAgreement, KeyAgreementGroup, KeyPairBytes, Provider } from '@otpnet/crypto';
import { NamedGroupName, NamedGroupsByGroup } from '@otpnet/tls-spec';
import { alert } from '../errors.js';

const PROVIDER_GROUPS: ReadonlySet<string> = new Set([
  'x25519',
  'x448',
  'secp256r1',
  'secp384r1',
  'secp521r1',
  'ffdhe2048',
  'ffdhe3072',
  'ffdhe4096',
  'ffdhe6144',
  'ffdhe8192',
]);

/** Whether we can compute key shares for `group`. */
export function groupSupported(group: number): boolean {
  return PROVIDER_GROUPS.has(NamedGroupName(group));
}

export function isFfdhe(group: number): boolean {
  return NamedGroupsByGroup.get(group)?.kind === 'ffdhe';
}

export class KeyShare {
  readonly agreement: KeyAgreement;
  readonly pair: KeyPairBytes;

  constructor(
    crypto: Provider,
    readonly group: number,
  ) {
    const name = NamedGroupName(group);
    if (!PROVIDER_GROUPS.has(name)) throw alert('internal_error', `group ${name} not supported`);
    this.agreement = crypto.ecdh(name as KeyAgreementGroup);
    this.pair = this.agreement.generateKeyPair();
  }

  get publicKey(): Uint8Array {
    return this.pair.publicKey;
  }

  /** The shared secret with the peer's share; a malformed share is illegal_parameter. */
  secret(peer: Uint8Array): Uint8Array {
    const want = NamedGroupsByGroup.get(this.group)?.server_share;
    if (want !== undefined && peer.length !== want)
      throw alert('illegal_parameter', `key share of ${peer.length} bytes for ${NamedGroupName(this.group)}`);
    try {
      return this.agreement.computeSecret(this.pair.privateKey, peer);
    } catch (e) {
      throw alert('illegal_parameter', `bad key share: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
