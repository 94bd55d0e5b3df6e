// `otpnet tls serve`: a TLS server that answers each HTTP/1.x request with a page describing the
// connection, or echoes bytes (--echo). Prints `listening on HOST:PORT` when ready; runs until
// killed. A failed handshake is reported on stderr and the server goes on.
import * as ssl from '@otpnet/tls';
import {
  commonOptions,
  list,
  parseArgs,
  RESERVED,
  RESERVED_FLAGS,
  reasonLine,
  refuseReserved,
  UsageError,
} from './args.js';
import { closesAfter, connectionPage, response, takeRequests } from './page.js';

export const SERVE_USAGE = `usage: otpnet tls serve --port P [--host H] --certfile F --keyfile F [--cacertfile F]
         [--verify verify_peer|verify_none] [--fail-if-no-peer-cert] [--versions LIST]
         [--ciphers LIST] [--eccs LIST] [--alpn LIST] [--honor-cipher-order] [--echo]

Answers HTTP requests with a page describing the connection (protocol, suite, ALPN, SNI, client
certificate), or echoes bytes with --echo. --cacertfile is the trust store for client
certificates and completes the chain sent when --certfile holds only the leaf.`;

const VALUED = [
  'port',
  'host',
  'certfile',
  'keyfile',
  'cacertfile',
  'verify',
  'versions',
  'ciphers',
  'eccs',
  'alpn',
  ...RESERVED,
];
const BOOLEANS = ['fail-if-no-peer-cert', 'honor-cipher-order', 'echo', ...RESERVED_FLAGS];

export async function tlsServe(args: string[]): Promise<number> {
  let l: ssl.SslListenSocket;
  let echo: boolean;
  try {
    const p = parseArgs(args, VALUED, BOOLEANS);
    refuseReserved(p);
    if (p.positional.length > 0) throw new UsageError(`unexpected argument ${p.positional[0]}`);
    const port = Number(p.values.get('port'));
    if (!p.values.has('port') || !Number.isInteger(port)) throw new UsageError('--port P is required');
    const host = p.values.get('host') ?? '127.0.0.1';
    const opts: Record<string, unknown> = { ...commonOptions(p), ip: host };
    if (p.flags.has('fail-if-no-peer-cert')) opts.fail_if_no_peer_cert = true;
    if (p.flags.has('honor-cipher-order')) opts.honor_cipher_order = true;
    if (p.values.has('alpn')) opts.alpn_preferred_protocols = list(p.values.get('alpn') as string);
    echo = p.flags.has('echo');
    l = await ssl.listen(port, opts);
    process.stdout.write(`listening on ${host}:${l.port}\n`);
  } catch (e) {
    process.stderr.write(`error: ${reasonLine(e)}\n`);
    return 1;
  }
  const stop = () => l.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  while (!l.closed) {
    let t: ssl.SslSocket;
    try {
      t = await ssl.transportAccept(l);
    } catch {
      break;
    }
    ssl.handshake(t, 10_000).then(
      (s) => (echo ? serveEcho(s) : servePages(s)),
      (e: unknown) => process.stderr.write(`handshake failed: ${reasonLine(e)}\n`),
    );
  }
  return 0;
}

function serveEcho(s: ssl.SslSocket): void {
  s.on('ssl', (d) => void ssl.send(s, d).catch(() => undefined));
  s.on('ssl_error', (reason) =>
    process.stderr.write(`connection failed: ${reasonLine(new ssl.TlsError(reason))}\n`),
  );
}

function servePages(s: ssl.SslSocket): void {
  let buffer = '';
  s.on('ssl', (d) => {
    // Request heads are ASCII; a cap keeps a client without CRLFCRLF from growing the buffer.
    buffer += Buffer.from(d as Uint8Array).toString('latin1');
    const { heads, rest } = takeRequests(buffer);
    buffer = rest.length > 65536 ? '' : rest;
    for (const head of heads) {
      const close = closesAfter(head);
      void ssl.send(s, response(connectionPage(s), close)).then(
        () => (close ? ssl.close(s) : undefined),
        () => undefined,
      );
      if (close) break;
    }
  });
  s.on('ssl_error', (reason) =>
    process.stderr.write(`connection failed: ${reasonLine(new ssl.TlsError(reason))}\n`),
  );
}
