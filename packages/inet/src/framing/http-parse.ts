// One HTTP line -> an HttpPacket, as erlang:decode_packet/3 shapes it. A line that does not
// parse becomes {type: 'http_error'} with the whole line, not an error.
import type { HttpPacket, HttpString, HttpUri, HttpVersion } from './types.js';

/** Header names erlang gives as atoms, in their table order; the index is position + 1. */
export const knownHeaders = [
  'Cache-Control',
  'Connection',
  'Date',
  'Pragma',
  'Transfer-Encoding',
  'Upgrade',
  'Via',
  'Accept',
  'Accept-Charset',
  'Accept-Encoding',
  'Accept-Language',
  'Authorization',
  'From',
  'Host',
  'If-Modified-Since',
  'If-Match',
  'If-None-Match',
  'If-Range',
  'If-Unmodified-Since',
  'Max-Forwards',
  'Proxy-Authorization',
  'Range',
  'Referer',
  'User-Agent',
  'Age',
  'Location',
  'Proxy-Authenticate',
  'Public',
  'Retry-After',
  'Server',
  'Vary',
  'Warning',
  'Www-Authenticate',
  'Allow',
  'Content-Base',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Location',
  'Content-Md5',
  'Content-Range',
  'Content-Type',
  'Etag',
  'Expires',
  'Last-Modified',
  'Accept-Ranges',
  'Set-Cookie',
  'Set-Cookie2',
  'X-Forwarded-For',
  'Cookie',
  'Keep-Alive',
  'Proxy-Connection',
] as const;

const headerIndex = new Map<string, number>(knownHeaders.map((h, i) => [h, i + 1]));
const knownMethods = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE']);
/** Longer names are not case-normalised (erlang's HTTP_MAX_NAME_LEN). */
const maxNameLength = 50;

// RFC 2616 section 2.2 separators and controls end a token.
const tspecials = new Set('()<>@,;:\\"/[]?={} \t'.split('').map((c) => c.charCodeAt(0)));
const isTspecial = (c: number): boolean => c <= 32 || c >= 127 || tspecials.has(c);
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isSp = (c: number | undefined): boolean => c === 0x20 || c === 0x09;

export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 4096)));
  }
  return s;
}

function startsWith(buf: Uint8Array, at: number, text: string, ignoreCase = false): boolean {
  if (at + text.length > buf.length) return false;
  for (let i = 0; i < text.length; i++) {
    let c = buf[at + i]!;
    if (ignoreCase && c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** State of an HTTP stream: before the start line, or among the headers. */
export interface HttpState {
  inHeaders: boolean;
}

/** Parse one complete line (as delimited by httpLength); updates `state` as the socket does. */
export function parseHttpLine(line: Uint8Array, asBinary: boolean, state: HttpState): HttpPacket {
  // A copy, so that a packet does not pin the receive buffer (and a Buffer's slice() would be a view).
  const str = (b: Uint8Array): HttpString => (asBinary ? Uint8Array.prototype.slice.call(b) : latin1(b));
  let n = line.length;
  if (n >= 2 && line[n - 2] === 0x0d) n -= 2;
  else if (n >= 1 && line[n - 1] === 0x0a) n -= 1;
  const body = line.subarray(0, n);
  const parsed = state.inHeaders ? parseHeader(body, str, state) : parseStartLine(body, str, state);
  return parsed ?? { type: 'http_error', line: str(line) };
}

function parseVersion(b: Uint8Array, i: number): [HttpVersion, number] | undefined {
  let p = i;
  let major = 0;
  while (p < b.length && isDigit(b[p])) major = major * 10 + b[p++]! - 0x30;
  if (p === i || p >= b.length || b[p] !== 0x2e) return undefined;
  p++;
  const m0 = p;
  let minor = 0;
  while (p < b.length && isDigit(b[p])) minor = minor * 10 + b[p++]! - 0x30;
  if (p === m0) return undefined;
  return [[major, minor], p];
}

function parseStartLine(
  b: Uint8Array,
  str: (b: Uint8Array) => HttpString,
  state: HttpState,
): HttpPacket | undefined {
  const n = b.length;
  if (startsWith(b, 0, 'HTTP/')) {
    const v = parseVersion(b, 5);
    if (v === undefined) return undefined;
    let p = v[1];
    const sp0 = p;
    while (p < n && isSp(b[p])) p++;
    if (p === sp0) return undefined;
    let status = 0;
    while (p < n && isDigit(b[p])) status = status * 10 + b[p++]! - 0x30;
    const sp1 = p;
    while (p < n && isSp(b[p])) p++;
    if (p === sp1 && p < n) return undefined;
    state.inHeaders = true;
    return { type: 'http_response', version: v[0], status, reason: str(b.subarray(p)) };
  }
  let p = 0;
  while (p < n && !isTspecial(b[p]!)) p++;
  const methodEnd = p;
  if (p === n || methodEnd === 0 || !isSp(b[p])) return undefined;
  const methodText = latin1(b.subarray(0, methodEnd));
  const method = knownMethods.has(methodText) ? methodText : str(b.subarray(0, methodEnd));
  while (p < n && isSp(b[p])) p++;
  const uriStart = p;
  while (p < n && !isSp(b[p])) p++;
  if (p === uriStart) return undefined;
  const uri = parseUri(b.subarray(uriStart, p), str);
  while (p < n && isSp(b[p])) p++;
  if (p === n) {
    // HTTP/0.9 simple request: no version
    state.inHeaders = true;
    return { type: 'http_request', method, uri, version: [0, 9] };
  }
  if (n - p < 8 || !startsWith(b, p, 'HTTP/')) return undefined;
  const v = parseVersion(b, p + 5);
  if (v === undefined) return undefined;
  state.inHeaders = true;
  return { type: 'http_request', method, uri, version: v[0] };
}

function parseUri(u: Uint8Array, str: (b: Uint8Array) => HttpString): HttpUri {
  if (u.length === 1 && u[0] === 0x2a) return '*';
  if (u.length <= 1 || u[0] === 0x2f) return { type: 'abs_path', path: str(u) };
  if (startsWith(u, 0, 'http://', true)) return absoluteUri('http', u.subarray(7), str);
  if (startsWith(u, 0, 'https://', true)) return absoluteUri('https', u.subarray(8), str);
  const colon = u.indexOf(0x3a);
  if (colon < 0) return str(u);
  return { type: 'scheme', scheme: str(u.subarray(0, colon)), rest: str(u.subarray(colon + 1)) };
}

function parsePort(digits: Uint8Array): number | undefined {
  if (digits.length === 0 || !digits.every((c) => isDigit(c))) return undefined;
  const port = Number(latin1(digits));
  return port === 0 ? undefined : port;
}

function absoluteUri(scheme: 'http' | 'https', u: Uint8Array, str: (b: Uint8Array) => HttpString): HttpUri {
  const slash = u.indexOf(0x2f);
  const hostPort = slash < 0 ? u : u.subarray(0, slash);
  const path = slash < 0 ? str(Uint8Array.of(0x2f)) : str(u.subarray(slash));
  let host = hostPort;
  let port: number | undefined;
  const close = hostPort.indexOf(0x5d);
  if (hostPort[0] === 0x5b && close > 0) {
    // [IPv6]:port
    host = hostPort.subarray(0, close + 1);
    if (hostPort[close + 1] === 0x3a) port = parsePort(hostPort.subarray(close + 2));
  } else {
    const colon = hostPort.indexOf(0x3a);
    if (colon >= 0) {
      host = hostPort.subarray(0, colon);
      port = parsePort(hostPort.subarray(colon + 1));
    }
  }
  return { type: 'absoluteURI', scheme, host: str(host), port, path };
}

function parseHeader(
  b: Uint8Array,
  str: (b: Uint8Array) => HttpString,
  state: HttpState,
): HttpPacket | undefined {
  const n = b.length;
  if (n === 0) {
    state.inHeaders = false; // ready for the next message's start line
    return { type: 'http_eoh' };
  }
  let p = 0;
  let up = true;
  const name: number[] = [];
  while (p < n && !isTspecial(b[p]!)) {
    let c = b[p]!;
    if (up) {
      if (c >= 0x61 && c <= 0x7a) c -= 0x20;
      up = false;
    } else if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c === 0x2d) up = true;
    name.push(c);
    p++;
  }
  if (p === n || b[p] !== 0x3a) return undefined;
  const original = b.subarray(0, p);
  const normalised = name.length <= maxNameLength ? Uint8Array.from(name) : original;
  const text = latin1(normalised);
  const index = name.length <= maxNameLength ? (headerIndex.get(text) ?? 0) : 0;
  p++;
  while (p < n && isSp(b[p])) p++;
  return {
    type: 'http_header',
    index,
    field: index !== 0 ? text : str(normalised),
    original: str(original),
    value: str(b.subarray(p)),
  };
}
