// `otpnet tls connect HOST:PORT`: stdin to the connection, the connection to stdout, what was
// negotiated to stderr. Any failure, also a fatal alert after the handshake, exits non-zero with
// one line naming the reason.
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

export const CONNECT_USAGE = `usage: otpnet tls connect HOST:PORT [--servername N | --no-sni] [--cacertfile F]
         [--verify verify_peer|verify_none] [--certfile F --keyfile F] [--versions LIST]
         [--ciphers LIST] [--eccs LIST] [--alpn LIST] [--timeout MS]

Sends stdin over TLS and writes what comes back to stdout; connection information goes to stderr.
SNI is HOST when HOST is a name and none for an IP address; --servername sets the name sent and
checked. The certificate is verified (verify_peer) against --cacertfile or Node's bundled roots.`;

const VALUED = [
  'servername',
  'cacertfile',
  'verify',
  'certfile',
  'keyfile',
  'versions',
  'ciphers',
  'eccs',
  'alpn',
  'timeout',
  ...RESERVED,
];
const BOOLEANS = ['no-sni', ...RESERVED_FLAGS];

function target(spec: string | undefined): { host: string; port: number } {
  const m = spec === undefined ? null : /^\[?([^\]]+?)\]?:(\d+)$/.exec(spec);
  if (!m) throw new UsageError('expected HOST:PORT');
  return { host: m[1] as string, port: Number(m[2]) };
}

export async function tlsConnect(args: string[]): Promise<number> {
  let s: ssl.SslSocket;
  try {
    const p = parseArgs(args, VALUED, BOOLEANS);
    refuseReserved(p);
    const { host, port } = target(p.positional[0]);
    const opts = commonOptions(p);
    if (p.flags.has('no-sni')) {
      if (p.values.has('servername')) throw new UsageError('--servername and --no-sni exclude each other');
      opts.server_name_indication = 'disable';
    } else if (p.values.has('servername')) opts.server_name_indication = p.values.get('servername');
    if (p.values.has('alpn')) opts.alpn_advertised_protocols = list(p.values.get('alpn') as string);
    const timeout = Number(p.values.get('timeout') ?? 10_000);
    s = await ssl.connect(host, port, opts, timeout);
  } catch (e) {
    process.stderr.write(`error: ${reasonLine(e)}\n`);
    return 1;
  }
  describe(s);
  return pipe(s);
}

function describe(s: ssl.SslSocket): void {
  const info = ssl.connectionInformation(s);
  const lines = [`protocol: ${info.protocol}`, `cipher_suite: ${info.cipher_suite}`];
  if (info.negotiated_protocol !== undefined) lines.push(`alpn: ${info.negotiated_protocol}`);
  try {
    lines.push(`peer: ${ssl.peercert(s, 'subject')}`);
  } catch {
    lines.push('peer: none');
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

/** Copies stdin to the connection until EOF (then half-closes) and the connection to stdout. */
function pipe(s: ssl.SslSocket): Promise<number> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (code: number) => {
      if (done) return;
      done = true;
      process.stdin.pause();
      void ssl.close(s);
      resolve(code);
    };
    s.on('ssl', (d) => {
      if (!process.stdout.write(d as Uint8Array)) {
        void ssl.setopts(s, { active: false });
        process.stdout.once('drain', () => void ssl.setopts(s, { active: true }));
      }
    });
    s.on('ssl_closed', () => finish(0));
    s.on('ssl_error', (reason) => {
      process.stderr.write(`error: ${reasonLine(new ssl.TlsError(reason))}\n`);
      finish(1);
    });
    process.stdin.on('data', (chunk: Buffer) => {
      process.stdin.pause();
      ssl.send(s, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)).then(
        () => process.stdin.resume(),
        (e: unknown) => {
          process.stderr.write(`error: ${reasonLine(e)}\n`);
          finish(1);
        },
      );
    });
    process.stdin.on('end', () => void ssl.shutdown(s, 'write'));
  });
}
