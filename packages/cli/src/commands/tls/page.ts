// The page `otpnet tls serve` answers HTTP requests with, like `openssl s_server -www`: what was
// negotiated on the connection the request came over.
import * as ssl from '@otpnet/tls';

export function connectionPage(s: ssl.SslSocket): string {
  const info = ssl.connectionInformation(s);
  let peer = 'none';
  try {
    peer = ssl.peercert(s, 'subject');
  } catch {
    // No client certificate: "none".
  }
  return [
    'otpnet tls serve',
    '',
    `protocol: ${info.protocol}`,
    `cipher_suite: ${info.cipher_suite}`,
    `group: ${info.ecc ?? 'none'}`,
    `alpn: ${info.negotiated_protocol ?? 'none'}`,
    `sni: ${info.sni_hostname ?? 'none'}`,
    `peer: ${peer}`,
    '',
  ].join('\n');
}

/** Finds complete HTTP/1.x request heads in `buffer`; returns each head and what is left. */
export function takeRequests(buffer: string): { heads: string[]; rest: string } {
  const heads: string[] = [];
  let rest = buffer;
  for (let end = rest.indexOf('\r\n\r\n'); end >= 0; end = rest.indexOf('\r\n\r\n')) {
    heads.push(rest.slice(0, end));
    rest = rest.slice(end + 4);
  }
  return { heads, rest };
}

/** Whether the connection ends after this request (HTTP/1.0 by default, or Connection: close). */
export function closesAfter(head: string): boolean {
  const [requestLine = '', ...headers] = head.split('\r\n');
  const connection = headers
    .find((h) => /^connection\s*:/i.test(h))
    ?.split(':')[1]
    ?.trim()
    .toLowerCase();
  if (connection === 'close') return true;
  if (connection === 'keep-alive') return false;
  return requestLine.endsWith('HTTP/1.0');
}

export function response(body: string, close: boolean): string {
  return [
    'HTTP/1.1 200 OK',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `Connection: ${close ? 'close' : 'keep-alive'}`,
    '',
    body,
  ].join('\r\n');
}
