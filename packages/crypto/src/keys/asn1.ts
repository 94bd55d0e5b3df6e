// Thin, strict helpers over asn1js for the key structures (PKCS#1, PKCS#8, SEC1, SPKI, PBES2).
// asn1js decodes BER leniently; key files are DER (X.690 section 10), so the helpers insist on
// the exact shape each structure needs and turn every mismatch into a CryptoError that names the
// structure, instead of letting a raw asn1js error or an undefined access escape.
import * as asn1js from 'asn1js';
import { CryptoError } from '../errors.js';

export type Node = asn1js.AsnType;

/** Decode one DER value that must span all of `der`. */
export function parseDer(der: Uint8Array, what: string): Node {
  const copy = der.slice();
  let decoded: ReturnType<typeof asn1js.fromBER>;
  try {
    decoded = asn1js.fromBER(copy);
  } catch {
    // asn1js throws on some bad primitives (for example a malformed GeneralizedTime). Its thrown
    // messages are not relied on to be free of the input, so they are not repeated here.
    throw new CryptoError('malformed', `${what}: not valid DER (a primitive value does not decode)`);
  }
  const { offset, result } = decoded;
  // asn1js's `error` is one of its fixed texts ("Too big length", …), never input bytes.
  if (offset === -1 || result.error)
    throw new CryptoError('malformed', `${what}: not valid DER (${result.error || 'undecodable'})`);
  if (offset !== copy.length) throw new CryptoError('malformed', `${what}: trailing bytes after DER value`);
  return result;
}

/** The children of a SEQUENCE, checking the count is within [min, max]. */
export function sequence(
  node: Node | undefined,
  what: string,
  min = 0,
  max = Number.POSITIVE_INFINITY,
): Node[] {
  if (!(node instanceof asn1js.Sequence)) throw new CryptoError('malformed', `${what}: expected a SEQUENCE`);
  const items = node.valueBlock.value as Node[];
  if (items.length < min || items.length > max) {
    throw new CryptoError('malformed', `${what}: SEQUENCE has ${items.length} elements`);
  }
  return items;
}

export function integer(node: Node | undefined, what: string): bigint {
  if (!(node instanceof asn1js.Integer)) throw new CryptoError('malformed', `${what}: expected an INTEGER`);
  return node.toBigInt();
}

/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
export function smallInt(node: Node | undefined, what: string): number {
  const v = integer(node, what);
  if (v < 0n || v > 0x7fffffffn) throw new CryptoError('malformed', `${what}: integer out of range`);
  return Number(v);
}

export function oid(node: Node | undefined, what: string): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) {
    throw new CryptoError('malformed', `${what}: expected an OBJECT IDENTIFIER`);
  }
  return node.valueBlock.toString();
}

export function octets(node: Node | undefined, what: string): Uint8Array {
  if (!(node instanceof asn1js.OctetString) || node.idBlock.isConstructed) {
    throw new CryptoError('malformed', `${what}: expected an OCTET STRING`);
  }
  return node.valueBlock.valueHexView.slice();
}

/** A BIT STRING with no unused bits (keys and signatures are whole octets). */
export function bits(node: Node | undefined, what: string): Uint8Array {
  if (!(node instanceof asn1js.BitString) || node.idBlock.isConstructed) {
    throw new CryptoError('malformed', `${what}: expected a BIT STRING`);
  }
  if (node.valueBlock.unusedBits !== 0)
    throw new CryptoError('malformed', `${what}: BIT STRING has unused bits`);
  return node.valueBlock.valueHexView.slice();
}

export function isNull(node: Node | undefined): boolean {
  return node instanceof asn1js.Null;
}

/** Context-specific tag number of an explicitly tagged element, or undefined. */
export function contextTag(node: Node | undefined): number | undefined {
  if (node === undefined || node.idBlock.tagClass !== 3) return undefined;
  return node.idBlock.tagNumber;
}

/** The single element inside an EXPLICIT [n] wrapper. */
export function explicitInner(node: Node, what: string): Node {
  const inner = (node as asn1js.Constructed).valueBlock?.value as Node[] | undefined;
  if (!node.idBlock.isConstructed || inner?.length !== 1 || inner[0] === undefined) {
    throw new CryptoError('malformed', `${what}: bad explicit tag`);
  }
  return inner[0];
}

/** The DER bytes a node was decoded from. */
export function rawBytes(node: Node): Uint8Array {
  return node.valueBeforeDecodeView.slice();
}

// ---- encoding ----

export function encode(node: Node): Uint8Array {
  return new Uint8Array(node.toBER(false));
}

/** An INTEGER from a non-negative bigint, minimally encoded as DER requires. */
export function intNode(v: bigint): asn1js.Integer {
  if (v < 0n) throw new CryptoError('malformed', 'negative integer in key');
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return new asn1js.Integer({ valueHex: hexToBytes(hex) });
}

export function oidNode(id: string): asn1js.ObjectIdentifier {
  return new asn1js.ObjectIdentifier({ value: id });
}

export function octetsNode(b: Uint8Array): asn1js.OctetString {
  return new asn1js.OctetString({ valueHex: b.slice() });
}

export function bitsNode(b: Uint8Array): asn1js.BitString {
  return new asn1js.BitString({ valueHex: b.slice() });
}

export function seqNode(items: Node[]): asn1js.Sequence {
  return new asn1js.Sequence({ value: items });
}

export function explicitNode(tag: number, inner: Node): asn1js.Constructed {
  return new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: tag }, value: [inner] });
}

// ---- bigint <-> bytes ----

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function bytesToBigInt(b: Uint8Array): bigint {
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v;
}

/** Big-endian unsigned bytes of v, left-padded to `length` when given. */
export function bigIntToBytes(v: bigint, length?: number): Uint8Array {
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const raw = hexToBytes(hex);
  if (length === undefined) return raw;
  if (raw.length > length) throw new CryptoError('malformed', 'integer too large for its field');
  const out = new Uint8Array(length);
  out.set(raw, length - raw.length);
  return out;
}
