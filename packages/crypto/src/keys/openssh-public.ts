// OpenSSH public keys: the wire blobs of RFC 4253 section 6.6 (ssh-rsa, ssh-dss), RFC 5656
// section 3.1 (ecdsa-sha2-nistp*) and RFC 8709 section 4 (ssh-ed25519, ssh-ed448), and the
// one-line text form `<algorithm> <base64 blob> [comment]` of `.pub` files.
import { EC_FIELD_BYTES, type EcCurve, OKP_SIZES, type PublicKey } from '../provider/key-types.js';
import { KeyError } from './errors.js';
import { base64Decode, base64Encode } from './pem.js';
import { uncompressedPoint } from './public.js';
import { SshReader, SshWriter } from './ssh-wire.js';

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
      throw new KeyError('unsupported', `${key.kind} keys have no SSH public key format`);
  }
}

export function encodeSshPublicKey(key: PublicKey): Uint8Array {
  const w = new SshWriter().string(sshKeyType(key));
  switch (key.kind) {
    case 'rsa':
      return w.mpint(key.e).mpint(key.n).finish();
    case 'dsa':
      return w.mpint(key.p).mpint(key.q).mpint(key.g).mpint(key.y).finish();
    case 'ec':
      return w.string(sshCurveName(key.curve)).string(key.point).finish();
    default:
      return w.string(key.publicKey).finish();
  }
}

export function decodeSshPublicKey(blob: Uint8Array): PublicKey {
  const r = new SshReader(blob, 'SSH public key');
  const key = readSshPublicKeyFields(r.text(), r);
  r.end();
  return key;
}

/** The fields after the algorithm name; shared with the private key format. */
export function readSshPublicKeyFields(type: string, r: SshReader): PublicKey {
  switch (type) {
    case 'ssh-rsa': {
      const e = r.mpint();
      const n = r.mpint();
      return { kind: 'rsa', n, e };
    }
    case 'ssh-dss':
      return { kind: 'dsa', p: r.mpint(), q: r.mpint(), g: r.mpint(), y: r.mpint() };
    case 'ssh-ed25519':
    case 'ssh-ed448': {
      const kind = type === 'ssh-ed25519' ? 'ed25519' : 'ed448';
      const pk = r.string();
      if (pk.length !== OKP_SIZES[kind].publicKey)
        throw new KeyError('malformed', `${type} public key: wrong length`);
      return { kind, publicKey: pk.slice() };
    }
    default: {
      const curve = type.startsWith('ecdsa-sha2-') ? SSH_CURVES[type.slice(11)] : undefined;
      if (curve === undefined)
        throw new KeyError('unsupported', `SSH key type ${JSON.stringify(type)} is not supported`);
      if (r.text() !== type.slice(11))
        throw new KeyError('malformed', `${type} public key: curve name mismatch`);
      const q = r.string();
      if (q.length !== 1 + 2 * EC_FIELD_BYTES[curve])
        throw new KeyError('malformed', `${type} public key: bad point`);
      return { kind: 'ec', curve, point: uncompressedPoint(curve, q) };
    }
  }
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
    throw new KeyError('malformed', 'SSH public key line: expected "<type> <base64> [comment]"');
  const blob = base64Decode(m[2], 'SSH public key line');
  const inner = new SshReader(blob, 'SSH public key').text();
  if (inner !== m[1])
    throw new KeyError('malformed', 'SSH public key line: key type does not match the key blob');
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
