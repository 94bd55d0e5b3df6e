// OpenSSH public keys: the wire blobs of RFC 4253 section 6.6 (ssh-rsa, ssh-dss), RFC 5656
// section 3.1 (ecdsa-sha2-nistp*) and RFC 8709 section 4 (ssh-ed25519, ssh-ed448), and the
// one-line text form `<algorithm> <base64 blob> [comment]` of `.pub` files. The blob layout is
// SshPublicKeyBlob in specs/ssh/keys.spec.
import { decodeSshPublicKeyBlob, encodeSshPublicKeyBlob, type SshPublicKeyBlob } from '@otpnet/ssh-spec';
import { CryptoError } from '../errors.js';
import { EC_FIELD_BYTES, type EcCurve, OKP_SIZES, type PublicKey } from '../provider/key-types.js';
import { keyEncoding, keyLayout } from './key-layout.js';
import { base64Decode, base64Encode } from './pem.js';
import { uncompressedPoint } from './public.js';

/** RFC 5656 section 6.1: the curve identifier inside ecdsa-sha2-<id>. */
const SSH_CURVES: Readonly<Record<string, EcCurve>> = {
  nistp256: 'secp256r1',
  nistp384: 'secp384r1',
  nistp521: 'secp521r1',
};

export function sshCurveName(curve: EcCurve): string {
  return Object.entries(SSH_CURVES).find(([, c]) => c === curve)?.[0] ?? curve;
}

/** The SSH public key algorithm name of a key (`ssh-rsa`, `ecdsa-sha2-nistp256`, …). */
export function sshKeyType(key: PublicKey): string {
  switch (key.kind) {
    case 'rsa':
      return 'ssh-rsa';
    case 'dsa':
      return 'ssh-dss';
    case 'ec':
      return `ecdsa-sha2-${sshCurveName(key.curve)}`;
    case 'ed25519':
      return 'ssh-ed25519';
    case 'ed448':
      return 'ssh-ed448';
    default:
      throw new CryptoError('unsupported', `${key.kind} keys have no SSH public key format`);
  }
}

/** The public key blob of `key` (RFC 4253 section 6.6). */
export function encodeSshPublicKey(key: PublicKey): Uint8Array {
  const blob = publicKeyBlob(key);
  return keyEncoding('SSH public key', () => encodeSshPublicKeyBlob(blob));
}

function publicKeyBlob(key: PublicKey): SshPublicKeyBlob {
  switch (key.kind) {
    case 'rsa':
      return { format_identifier: 'ssh-rsa', key: { case: 'ssh-rsa', value: { e: key.e, n: key.n } } };
    case 'dsa': {
      const value = { p: key.p, q: key.q, g: key.g, y: key.y };
      return { format_identifier: 'ssh-dss', key: { case: 'ssh-dss', value } };
    }
    case 'ec': {
      const type = sshKeyType(key) as SshEcdsaType;
      const value = { identifier: sshCurveName(key.curve), Q: key.point };
      return { format_identifier: type, key: { case: type, value } };
    }
    case 'ed25519':
    case 'ed448': {
      const type = key.kind === 'ed25519' ? 'ssh-ed25519' : 'ssh-ed448';
      return { format_identifier: type, key: { case: type, value: { key: key.publicKey } } };
    }
    default:
      throw new CryptoError('unsupported', `${key.kind} keys have no SSH public key format`);
  }
}

type SshEcdsaType = 'ecdsa-sha2-nistp256' | 'ecdsa-sha2-nistp384' | 'ecdsa-sha2-nistp521';

export function decodeSshPublicKey(blob: Uint8Array): PublicKey {
  return publicKeyOfBlob(keyLayout('SSH public key', () => decodeSshPublicKeyBlob(blob)));
}

/** The key a decoded public key blob carries, with the checks its RFC asks for. */
export function publicKeyOfBlob(blob: SshPublicKeyBlob): PublicKey {
  const k = blob.key;
  switch (k.case) {
    case 'ssh-rsa':
      nonNegative('ssh-rsa public key', k.value.e, k.value.n);
      return { kind: 'rsa', n: k.value.n, e: k.value.e };
    case 'ssh-dss': {
      const { p, q, g, y } = k.value;
      nonNegative('ssh-dss public key', p, q, g, y);
      return { kind: 'dsa', p, q, g, y };
    }
    case 'ssh-ed25519':
    case 'ssh-ed448': {
      const kind = k.case === 'ssh-ed25519' ? 'ed25519' : 'ed448';
      if (k.value.key.length !== OKP_SIZES[kind].publicKey)
        throw new CryptoError('malformed', `${k.case} public key: wrong length`);
      return { kind, publicKey: k.value.key.slice() };
    }
    case 'ecdsa-sha2-nistp256':
    case 'ecdsa-sha2-nistp384':
    case 'ecdsa-sha2-nistp521':
      return { kind: 'ec', ...ecPoint(k.case, k.value.identifier, k.value.Q) };
    default:
      throw new CryptoError(
        'unsupported',
        `SSH key type ${JSON.stringify(blob.format_identifier)} is not supported`,
      );
  }
}

/** RFC 5656 section 3.1: the identifier names the curve of the key type; Q is uncompressed. */
export function ecPoint(
  type: SshEcdsaType,
  identifier: string,
  q: Uint8Array,
): { curve: EcCurve; point: Uint8Array } {
  const curve = SSH_CURVES[type.slice(11)]!;
  if (identifier !== type.slice(11))
    throw new CryptoError('malformed', `${type} public key: curve name mismatch`);
  if (q.length !== 1 + 2 * EC_FIELD_BYTES[curve])
    throw new CryptoError('malformed', `${type} public key: bad point`);
  return { curve, point: uncompressedPoint(curve, q) };
}

/** No key field is negative; an mpint that is was not written by a key generator. */
export function nonNegative(what: string, ...values: bigint[]): void {
  if (values.some((v) => v < 0n)) throw new CryptoError('malformed', `${what}: negative mpint`);
}

/** One `.pub` style line, not yet interpreted beyond the base64. */
export interface SshPublicKeyLine {
  /** The algorithm named on the line, e.g. `ssh-ed25519`. */
  readonly type: string;
  /** The decoded wire blob. */
  readonly blob: Uint8Array;
  readonly comment: string;
}

/**
 * Split `<type> <base64> [comment]`. The blob's own algorithm name must agree with the line's;
 * key types we cannot decode (certificates, security keys) still parse, so that they can be
 * fingerprinted and matched.
 */
export function parsePublicKeyLine(line: string): SshPublicKeyLine {
  const m = /^\s*(\S+)\s+([A-Za-z0-9+/]+={0,2})(?:\s+(.*?))?\s*$/.exec(line);
  if (m?.[1] === undefined || m[2] === undefined)
    throw new CryptoError('malformed', 'SSH public key line: expected "<type> <base64> [comment]"');
  const blob = base64Decode(m[2], 'SSH public key line');
  const inner = keyLayout('SSH public key', () => decodeSshPublicKeyBlob(blob)).format_identifier;
  if (inner !== m[1])
    throw new CryptoError('malformed', 'SSH public key line: key type does not match the key blob');
  return { type: m[1], blob, comment: m[3] ?? '' };
}

/** The public key of a `.pub` style line. */
export function readSshPublicKey(line: string): PublicKey {
  return decodeSshPublicKey(parsePublicKeyLine(line).blob);
}

export function writeSshPublicKey(key: PublicKey, comment = ''): string {
  const line = `${sshKeyType(key)} ${base64Encode(encodeSshPublicKey(key))}`;
  return comment === '' ? line : `${line} ${comment}`;
}
