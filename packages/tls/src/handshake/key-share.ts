// Key shares of the named groups (RFC 8446 section 4.2.8, RFC 8422, RFC 7919) over the crypto
// provider's key agreement.
import {
  DH_GROUPS,
  type EcdhCurve,
  type KeyAgreement,
  type KeyAgreementGroup,
  type KeyPairBytes,
  type Provider,
} from '@otpnet/crypto';
import { NamedGroupName, NamedGroupsByGroup } from '@otpnet/tls-spec';
import { isProviderRandom } from '../config/defaults.js';
import { alert } from '../errors.js';

// Typed against the provider's curve names, so a curve it adds or drops fails to compile here.
const ECDH_CURVES: Readonly<Record<EcdhCurve, true>> = {
  x25519: true,
  x448: true,
  secp256r1: true,
  secp384r1: true,
  secp521r1: true,
};

/** The provider's name for a registry group, when the provider can compute its shares. */
function agreementName(group: number): KeyAgreementGroup | undefined {
  const kind = NamedGroupsByGroup.get(group)?.kind;
  const name = NamedGroupName(group);
  if (kind === 'ecdhe' && Object.hasOwn(ECDH_CURVES, name)) return name as EcdhCurve;
  if (kind === 'ffdhe' && Object.hasOwn(DH_GROUPS, name)) return name as KeyAgreementGroup;
  return undefined;
}

/** Whether we can compute key shares for `group`. */
export function groupSupported(group: number): boolean {
  return agreementName(group) !== undefined;
}

export function isFfdhe(group: number): boolean {
  return NamedGroupsByGroup.get(group)?.kind === 'ffdhe';
}

/** X25519 and X448 private keys are any bytes of this length (RFC 7748 section 5). */
const MONTGOMERY_PRIVATE: Readonly<Partial<Record<KeyAgreementGroup, number>>> = { x25519: 32, x448: 56 };

export class KeyShare {
  readonly agreement: KeyAgreement;
  readonly pair: KeyPairBytes;

  /**
   * With an injected `random`, X25519 and X448 private keys are its bytes (deterministic
   * handshakes); the provider's own source generates them the provider's way, which is faster
   * (node keeps the key object it made). Other groups always use the provider's generation.
   */
  constructor(
    crypto: Provider,
    readonly group: number,
    random?: (n: number) => Uint8Array,
  ) {
    const name = agreementName(group);
    if (name === undefined) throw alert('internal_error', `group ${NamedGroupName(group)} not supported`);
    this.agreement = crypto.ecdh(name);
    const size = MONTGOMERY_PRIVATE[name];
    if (random === undefined || size === undefined || isProviderRandom(random))
      this.pair = this.agreement.generateKeyPair();
    else {
      const privateKey = random(size);
      this.pair = { privateKey, publicKey: this.agreement.publicKeyFromPrivate(privateKey) };
    }
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
