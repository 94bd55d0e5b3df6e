// TLS 1.3 key schedule helpers (RFC 8446 section 7.1).
import { CryptoError } from '../../errors.js';
import type { HashAlg } from '../types.js';
import { utf8 } from '../util/bytes.js';

/** Encoded "tls13 " labels; the key schedule uses a handful of constant ones. */
const LABELS = new Map<string, Uint8Array>();

type Expand = (alg: HashAlg, prk: Uint8Array, info: Uint8Array, length: number) => Uint8Array;

/**
 * HkdfLabel = uint16 length || opaque label<7..255> ("tls13 " + Label) || opaque context<0..255>.
 */
export function hkdfLabel(label: string, context: Uint8Array, length: number): Uint8Array {
  let full = LABELS.get(label);
  if (full === undefined) {
    full = utf8(`tls13 ${label}`);
    if (LABELS.size < 64) LABELS.set(label, full);
  }
  if (full.length > 255 || context.length > 255 || length > 0xffff) {
    throw new CryptoError('bad_input', 'HKDF-Expand-Label label, context or length too long');
  }
  const out = new Uint8Array(2 + 1 + full.length + 1 + context.length);
  out[0] = length >> 8;
  out[1] = length & 0xff;
  out[2] = full.length;
  out.set(full, 3);
  out[3 + full.length] = context.length;
  out.set(context, 4 + full.length);
  return out;
}

export function hkdfExpandLabel(
  expand: Expand,
  alg: HashAlg,
  secret: Uint8Array,
  label: string,
  context: Uint8Array,
  length: number,
): Uint8Array {
  return expand(alg, secret, hkdfLabel(label, context, length), length);
}

/** Derive-Secret(Secret, Label, Messages) = HKDF-Expand-Label(Secret, Label, Transcript-Hash(Messages), Hash.length). */
export function deriveSecret(
  expand: Expand,
  alg: HashAlg,
  secret: Uint8Array,
  label: string,
  transcriptHash: Uint8Array,
): Uint8Array {
  return hkdfExpandLabel(expand, alg, secret, label, transcriptHash, transcriptHash.length);
}
