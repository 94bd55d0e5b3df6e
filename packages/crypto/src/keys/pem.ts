// PEM textual encoding, RFC 7468, plus the RFC 1421 style headers that OpenSSL's legacy encrypted
// keys carry (`Proc-Type: 4,ENCRYPTED`, `DEK-Info: …`). Parsing follows the "lax" grammar of
// RFC 7468 section 3: text around blocks and whitespace inside the base64 are ignored.
import { CryptoError } from '../errors.js';

export interface PemBlock {
  /** The label between `BEGIN ` and the dashes, e.g. `PRIVATE KEY`, `CERTIFICATE`. */
  readonly label: string;
  /** RFC 1421 headers before the base64 body (empty for RFC 7468 blocks). */
  readonly headers: ReadonlyMap<string, string>;
  readonly der: Uint8Array;
}

const BEGIN = /-----BEGIN ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----/g;

/** Every PEM block in `text`, in order. Throws CryptoError('malformed') on a broken block. */
export function decodePem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m !== null; m = BEGIN.exec(text)) {
    const label = m[1] ?? '';
    const endMarker = `-----END ${label}-----`;
    const bodyStart = m.index + m[0].length;
    const end = text.indexOf(endMarker, bodyStart);
    if (end < 0) throw new CryptoError('malformed', `PEM: no END line for "${label}"`);
    const { headers, base64 } = splitHeaders(text.slice(bodyStart, end));
    blocks.push({ label, headers, der: base64Decode(base64, `PEM "${label}"`) });
    BEGIN.lastIndex = end + endMarker.length;
  }
  return blocks;
}

/** The first block whose label is one of `labels` (any block when omitted). */
export function findPem(text: string, labels?: readonly string[]): PemBlock | undefined {
  return decodePem(text).find((b) => labels === undefined || labels.includes(b.label));
}

/** True when `input` looks like PEM text rather than DER bytes. */
export function isPem(input: string | Uint8Array): boolean {
  const head = typeof input === 'string' ? input : new TextDecoder('latin1').decode(input.subarray(0, 4096));
  return head.includes('-----BEGIN ');
}

/** PEM text for `der` with 64-column lines (RFC 7468 section 2). */
export function encodePem(label: string, der: Uint8Array, headers?: ReadonlyMap<string, string>): string {
  const b64 = base64Encode(der);
  const lines: string[] = [`-----BEGIN ${label}-----`];
  if (headers && headers.size > 0) {
    for (const [k, v] of headers) lines.push(`${k}: ${v}`);
    lines.push('');
  }
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  lines.push(`-----END ${label}-----`, '');
  return lines.join('\n');
}

function splitHeaders(body: string): { headers: Map<string, string>; base64: string } {
  const headers = new Map<string, string>();
  const lines = body.split(/\r?\n|\r/);
  let i = 0;
  // RFC 1421 section 4.4: headers are `Name: value` lines ended by an empty line; a value may
  // continue on lines that start with whitespace.
  if (lines.some((l) => /^[A-Za-z-]+:/.test(l))) {
    let last: string | undefined;
    for (; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line.trim() === '') {
        if (headers.size > 0) break;
        continue;
      }
      const h = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (h?.[1] !== undefined) {
        last = h[1];
        headers.set(last, (h[2] ?? '').trim());
      } else if (/^\s/.test(line) && last !== undefined) {
        headers.set(last, `${headers.get(last) ?? ''}${line.trim()}`);
      } else break;
    }
  }
  return { headers, base64: lines.slice(i).join('') };
}

export function base64Decode(text: string, what: string): Uint8Array {
  const clean = text.replace(/[\s]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new CryptoError('malformed', `${what}: invalid base64`);
  }
  let bin: string;
  try {
    bin = atob(clean);
  } catch {
    throw new CryptoError('malformed', `${what}: invalid base64`);
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function base64Encode(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}
