// Real TLS peers on loopback for interop tests: openssl s_server/s_client, gnutls-serv/gnutls-cli,
// curl, and small Erlang ssl programs. Every process is spawned with an argument array (no
// shell), bounded by a timeout after which it is killed, and recorded so that stopAll() in an
// afterAll hook stops exactly the processes started here and nothing else.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import net from 'node:net';
import { findPeer } from './peers.js';

/** A server peer that is accepting connections. */
export interface RunningServer {
  port: number;
  proc: ChildProcessWithoutNullStreams;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  /** The first match of `pattern` in output(), now or once it appears. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then SIGKILL if it has not exited within 2 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Listen on this port instead of a free one. */
  port?: number;
  /** How long to wait for the server to accept connections; default 10 s. */
  readyTimeoutMs?: number;
  /** The server is killed after this long whatever happens; default 60 s. */
  lifetimeMs?: number;
}

export interface ClientOptions {
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The client is killed after this long; default 10 s. */
  timeoutMs?: number;
  /**
   * Keep stdin open until stdout+stderr match this, then close it. Without it stdin is closed
   * right after the input is written, and s_client and gnutls-cli quit on end of input, possibly
   * before the peer's answer arrives.
   */
  waitFor?: RegExp;
}

export interface ClientResult {
  /** Exit code, null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
  /** Killed because it outlived its timeout. */
  timedOut: boolean;
}

export type ErlangTlsVersion = 'tlsv1.3' | 'tlsv1.2' | 'tlsv1.1' | 'tlsv1';

export interface ErlangTlsServerOptions {
  certfile: string;
  keyfile: string;
  /** For an encrypted keyfile. */
  password?: string;
  /** With cacertfile the server asks for a client certificate and verifies it (verify_peer). */
  cacertfile?: string;
  versions?: ErlangTlsVersion[];
  /** An Erlang expression evaluating to a list of further ssl options, e.g. `[{ciphers, …}]`. */
  extra?: string;
  readyTimeoutMs?: number;
  lifetimeMs?: number;
}

export interface ErlangTlsClientOptions {
  port: number;
  /** Sent after the handshake; the client then reads back as many bytes. */
  payload: string | Buffer;
  /** Default 127.0.0.1. */
  host?: string;
  /** SNI and the name the server certificate is checked against; default localhost. */
  serverName?: string;
  /** With cacertfile the server is verified (verify_peer), without it not (verify_none). */
  cacertfile?: string;
  certfile?: string;
  keyfile?: string;
  password?: string;
  versions?: ErlangTlsVersion[];
  /** An Erlang expression evaluating to a list of further ssl options. */
  extra?: string;
  timeoutMs?: number;
}

export interface ErlangTlsClientResult extends ClientResult {
  /** What came back, when the connection got that far. */
  echo?: Buffer;
  /** As connection_information reports it, e.g. `tlsv1.3`. */
  protocol?: string;
  /** The negotiated suite in RFC form, e.g. `TLS_AES_256_GCM_SHA384`. */
  cipher?: string;
  /** The reason ssl:connect or the script failed, as Erlang prints it. */
  error?: string;
}

interface Captured {
  stdout: string;
  stderr: string;
  all: string;
  exited: Promise<void>;
  done: boolean;
  timedOut: boolean;
  changed: Set<() => void>;
}

const running = new Set<ChildProcessWithoutNullStreams>();
const captured = new WeakMap<ChildProcessWithoutNullStreams, Captured>();

// A test run that dies early must not leave peers listening behind it.
process.once('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

function command(name: string): string {
  const found = findPeer(name);
  if (found === undefined) throw new Error(`${name} is not installed`);
  return found;
}

/** Spawn, capture output, record in `running`, and kill after `lifetimeMs`. */
function start(cmd: string, args: string[], lifetimeMs: number, env?: NodeJS.ProcessEnv) {
  const proc = spawn(cmd, args, { stdio: 'pipe', env: env ?? process.env });
  running.add(proc);
  let settle!: () => void;
  const c: Captured = {
    stdout: '',
    stderr: '',
    all: '',
    exited: new Promise<void>((resolve) => (settle = resolve)),
    done: false,
    timedOut: false,
    changed: new Set(),
  };
  captured.set(proc, c);
  const notify = () => {
    for (const f of [...c.changed]) f();
  };
  proc.stdout.setEncoding('utf8');
  proc.stderr.setEncoding('utf8');
  proc.stdout.on('data', (s: string) => {
    c.stdout += s;
    c.all += s;
    notify();
  });
  proc.stderr.on('data', (s: string) => {
    c.stderr += s;
    c.all += s;
    notify();
  });
  // A peer that quits early closes stdin under us; that is its business, not an error here.
  proc.stdin.on('error', () => {});
  const timer = setTimeout(() => {
    c.timedOut = true;
    proc.kill('SIGKILL');
  }, lifetimeMs);
  timer.unref();
  const finish = () => {
    if (c.done) return;
    c.done = true;
    clearTimeout(timer);
    running.delete(proc);
    settle();
    notify();
  };
  proc.on('error', (e) => {
    c.stderr += `spawn failed: ${e.message}\n`;
    c.all += `spawn failed: ${e.message}\n`;
    finish();
  });
  // 'close' comes once stdio has drained, so output is complete; but a grandchild holding the
  // pipes open must not delay us long after the process itself has gone.
  proc.on('close', finish);
  proc.on('exit', () => setTimeout(finish, 500).unref());
  return { proc, c };
}

async function stopProcess(proc: ChildProcessWithoutNullStreams): Promise<void> {
  const c = captured.get(proc);
  if (c === undefined || c.done) return;
  proc.kill('SIGTERM');
  const hard = setTimeout(() => proc.kill('SIGKILL'), 2000);
  await c.exited;
  clearTimeout(hard);
}

/** Stop every process started by this module that is still running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}

/** A port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The first match of `pattern` in the process's stdout+stderr (for processes started here,
 * including what came before the call). Rejects when the process exits without a match or after
 * `timeoutMs`, with the output in the message.
 */
export function waitForOutput(
  proc: ChildProcessWithoutNullStreams,
  pattern: RegExp,
  timeoutMs = 10_000,
): Promise<RegExpExecArray> {
  let c = captured.get(proc);
  if (c === undefined) {
    // Not ours: we can only see what comes from now on.
    const own: Captured = {
      stdout: '',
      stderr: '',
      all: '',
      exited: new Promise((resolve) => proc.once('close', () => resolve())),
      done: proc.exitCode !== null || proc.signalCode !== null,
      timedOut: false,
      changed: new Set(),
    };
    const onData = (s: Buffer | string) => {
      own.all += s.toString();
      for (const f of [...own.changed]) f();
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    own.exited.then(() => {
      own.done = true;
      for (const f of [...own.changed]) f();
    });
    c = own;
  }
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const seen = c;
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = re.exec(seen.all);
      if (m !== null) {
        cleanup();
        resolve(m);
      } else if (seen.done) {
        cleanup();
        reject(new Error(`process exited (code ${proc.exitCode}) before ${pattern}; output:\n${seen.all}`));
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${seen.all}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      seen.changed.delete(check);
    };
    seen.changed.add(check);
    check();
  });
}

/** Resolves once 127.0.0.1:port accepts a TCP connection; rejects if `proc` exits first. */
export async function waitForPort(
  port: number,
  timeoutMs = 10_000,
  proc?: ChildProcessWithoutNullStreams,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = proc === undefined ? undefined : captured.get(proc);
    if (c?.done) throw new Error(`process exited before port ${port} opened; output:\n${c.all}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ port, host: '127.0.0.1' });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(`nothing listening on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function server(proc: ChildProcessWithoutNullStreams, port: number): RunningServer {
  const c = captured.get(proc)!;
  return {
    port,
    proc,
    output: () => c.all,
    waitFor: (pattern, timeoutMs) => waitForOutput(proc, pattern, timeoutMs),
    stop: () => stopProcess(proc),
  };
}

/**
 * Start a server on a free port (or opts.port) and wait until `ready` says it accepts; a port
 * taken between freePort() and the server's bind is retried with another port.
 */
async function startServer(
  cmd: string,
  argsFor: (port: number) => string[],
  ready: (proc: ChildProcessWithoutNullStreams, port: number, timeoutMs: number) => Promise<unknown>,
  opts: ServerOptions,
): Promise<RunningServer> {
  const attempts = opts.port === undefined ? 3 : 1;
  for (let i = 1; ; i++) {
    const port = opts.port ?? (await freePort());
    const { proc, c } = start(cmd, argsFor(port), opts.lifetimeMs ?? 60_000);
    try {
      await ready(proc, port, opts.readyTimeoutMs ?? 10_000);
      return server(proc, port);
    } catch (e) {
      await stopProcess(proc);
      if (i >= attempts || !/address already in use/i.test(c.all)) throw e;
    }
  }
}

/**
 * `openssl s_server -accept 127.0.0.1:PORT …args`, ready once it prints ACCEPT. Its stdin stays
 * open (s_server stops at end of input); write to proc.stdin to send to the client.
 */
export function startOpensslServer(args: string[], opts: ServerOptions = {}): Promise<RunningServer> {
  return startServer(
    command('openssl'),
    (port) => ['s_server', '-accept', `127.0.0.1:${port}`, ...args],
    (proc, _port, ms) => waitForOutput(proc, /^ACCEPT$/m, ms),
    opts,
  );
}

/**
 * `gnutls-serv --port PORT …args` (pass --echo or --http for the mode), ready once it reports
 * listening on IPv4 and 127.0.0.1:PORT accepts TCP. gnutls-serv cannot be told an address: it
 * listens on every interface.
 */
export function startGnutlsServer(args: string[], opts: ServerOptions = {}): Promise<RunningServer> {
  return startServer(
    command('gnutls-serv'),
    (port) => ['--port', String(port), ...args],
    async (proc, port, ms) => {
      // When the IPv4 bind fails gnutls-serv carries on with IPv6 alone, and whatever holds the
      // port on 127.0.0.1 would answer the TCP probe: so first its own word that IPv4 worked.
      const deadline = Date.now() + ms;
      const m = await waitForOutput(proc, /listening on IPv4 .*? port \d+\.\.\.([^\n]*)\n/, ms);
      if (!m[1]!.startsWith('done')) throw new Error(`gnutls-serv could not listen: ${m[1]}`);
      await waitForPort(port, Math.max(0, deadline - Date.now()), proc);
    },
    opts,
  );
}

/** Run a client to completion: write `input`, close stdin (after `waitFor`, if given), collect. */
async function runClient(
  cmd: string,
  args: string[],
  input: string | Buffer,
  timeoutMs: number,
  waitFor?: RegExp,
  env?: NodeJS.ProcessEnv,
): Promise<ClientResult> {
  const { proc, c } = start(cmd, args, timeoutMs, env);
  if (input.length > 0) proc.stdin.write(input);
  if (waitFor === undefined) proc.stdin.end();
  else {
    // On no match the lifetime timer ends the client; the result says so.
    waitForOutput(proc, waitFor, timeoutMs).then(
      () => proc.stdin.end(),
      () => {},
    );
  }
  await c.exited;
  return {
    code: proc.exitCode,
    signal: proc.signalCode,
    stdout: c.stdout,
    stderr: c.stderr,
    output: c.all,
    timedOut: c.timedOut,
  };
}

const hostPort = (host: string, port: number) =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;

/** `openssl s_client -connect HOST:PORT …args`, fed `input`. */
export function runOpensslClient(
  args: string[],
  input: string | Buffer,
  opts: ClientOptions,
): Promise<ClientResult> {
  return runClient(
    command('openssl'),
    ['s_client', '-connect', hostPort(opts.host ?? '127.0.0.1', opts.port), ...args],
    input,
    opts.timeoutMs ?? 10_000,
    opts.waitFor,
  );
}

/**
 * `gnutls-cli --port PORT …args HOST`, fed `input`. The certificate is checked against HOST
 * (127.0.0.1 by default, an IP SAN of the PKI's server certificates) unless args say otherwise.
 */
export function runGnutlsClient(
  args: string[],
  input: string | Buffer,
  opts: ClientOptions,
): Promise<ClientResult> {
  return runClient(
    command('gnutls-cli'),
    ['--port', String(opts.port), ...args, opts.host ?? '127.0.0.1'],
    input,
    opts.timeoutMs ?? 10_000,
    opts.waitFor,
  );
}

/**
 * `curl …args` with no ~/.curlrc, no progress meter and no proxy (a proxy from the environment
 * would take loopback requests elsewhere).
 */
export function runCurl(args: string[], opts: { timeoutMs?: number } = {}): Promise<ClientResult> {
  return runClient(
    command('curl'),
    ['-q', '--silent', '--show-error', '--noproxy', '*', ...args],
    '',
    opts.timeoutMs ?? 10_000,
  );
}

/**
 * An Erlang string literal for `s`: printable ASCII as is, everything else (and `"`, `\`) as
 * \x{…} escapes, so no input can end the literal early.
 */
export function erlString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp >= 0x20 && cp < 0x7f && ch !== '"' && ch !== '\\' ? ch : `\\x{${cp.toString(16)}}`;
  }
  return `${out}"`;
}

/** An Erlang binary expression with the bytes of `b`. */
export function erlBinary(b: string | Buffer): string {
  const hex = Buffer.from(b).toString('hex');
  return hex.length === 0 ? '<<>>' : `binary:decode_hex(<<"${hex}">>)`;
}

const erlVersions = new Set<string>(['tlsv1.3', 'tlsv1.2', 'tlsv1.1', 'tlsv1']);

/** Common ssl options as Erlang list elements, each starting with a comma. */
function erlOptions(o: {
  certfile?: string;
  keyfile?: string;
  password?: string;
  cacertfile?: string;
  versions?: ErlangTlsVersion[];
}): string {
  let opts = '';
  if (o.certfile !== undefined) opts += `, {certfile, ${erlString(o.certfile)}}`;
  if (o.keyfile !== undefined) opts += `, {keyfile, ${erlString(o.keyfile)}}`;
  if (o.password !== undefined) opts += `, {password, ${erlString(o.password)}}`;
  if (o.cacertfile !== undefined) opts += `, {cacertfile, ${erlString(o.cacertfile)}}`;
  if (o.versions !== undefined) {
    for (const v of o.versions) if (!erlVersions.has(v)) throw new Error(`not a TLS version: ${v}`);
    opts += `, {versions, [${o.versions.map((v) => `'${v}'`).join(', ')}]}`;
  }
  return opts;
}

// No erl_crash.dump files in whatever directory the tests run from when a script dies.
const erlEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ERL_CRASH_DUMP_SECONDS: '0' });

// Terms printed on one line, so that a reason can be read back as the rest of its line.
const erlOneLine = 'OneLine = fun(T) -> io_lib:print(T, 1, 1000000, -1) end,';

const erlInfo = `
  {ok, Info} = ssl:connection_information(S, [protocol, selected_cipher_suite]),
  Protocol = proplists:get_value(protocol, Info),
  Cipher = ssl:suite_to_str(proplists:get_value(selected_cipher_suite, Info)),`;

/**
 * An Erlang node that listens with ssl on 127.0.0.1 (port 0, printed as `PORT <n>`), accepts
 * one connection, prints `HANDSHAKE <protocol> <suite>` (or `HANDSHAKE_ERROR <reason>`), echoes
 * everything it receives until the client closes (`CLOSED`), then halts.
 */
export async function startErlangTlsServer(opts: ErlangTlsServerOptions): Promise<RunningServer> {
  const lifetimeMs = opts.lifetimeMs ?? 60_000;
  const verify = opts.cacertfile === undefined ? '' : ', {verify, verify_peer}, {fail_if_no_peer_cert, true}';
  const script = `
${erlOneLine}
try
  ok = io:setopts([{encoding, unicode}]),
  {ok, _} = application:ensure_all_started(ssl),
  Timeout = ${lifetimeMs},
  Opts = [binary, {active, false}, {ip, {127,0,0,1}}, {reuseaddr, true}${erlOptions(opts)}${verify}]
    ++ (${opts.extra ?? '[]'}),
  {ok, L} = ssl:listen(0, Opts),
  {ok, {_, Port}} = ssl:sockname(L),
  io:format("PORT ~w~n", [Port]),
  {ok, T} = ssl:transport_accept(L, Timeout),
  case ssl:handshake(T, Timeout) of
    {ok, S} ->
      ${erlInfo}
      io:format("HANDSHAKE ~s ~s~n", [Protocol, Cipher]),
      Echo = fun Echo() ->
        case ssl:recv(S, 0, Timeout) of
          {ok, Data} -> ok = ssl:send(S, Data), Echo();
          {error, closed} -> io:format("CLOSED~n");
          {error, Why} -> io:format("RECV_ERROR ~ts~n", [OneLine(Why)])
        end
      end,
      Echo(),
      halt(0);
    {error, Why} ->
      io:format("HANDSHAKE_ERROR ~ts~n", [OneLine(Why)]),
      halt(1)
  end
catch C:R:St ->
  io:format("ERROR ~ts~n", [OneLine({C, R, St})]),
  halt(2)
end.`;
  const { proc } = start(command('erl'), ['-noshell', '-eval', script], lifetimeMs, erlEnv());
  try {
    const m = await waitForOutput(proc, /^PORT (\d+)$/m, opts.readyTimeoutMs ?? 15_000);
    return server(proc, Number(m[1]));
  } catch (e) {
    await stopProcess(proc);
    throw e;
  }
}

/**
 * An Erlang ssl client: connects to 127.0.0.1:port, prints `PROTOCOL`/`CIPHER`, sends the
 * payload, reads as many bytes back, prints them as `ECHO <hex>`, closes, halts.
 */
export async function runErlangTlsClient(opts: ErlangTlsClientOptions): Promise<ErlangTlsClientResult> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) {
    throw new Error(`bad port: ${opts.port}`);
  }
  const verify =
    opts.cacertfile === undefined
      ? '{verify, verify_none}'
      : `{verify, verify_peer}, {server_name_indication, ${erlString(opts.serverName ?? 'localhost')}}`;
  const script = `
${erlOneLine}
try
  ok = io:setopts([{encoding, unicode}]),
  {ok, _} = application:ensure_all_started(ssl),
  Timeout = ${timeoutMs},
  Payload = ${erlBinary(opts.payload)},
  Opts = [binary, {active, false}, ${verify}${erlOptions(opts)}] ++ (${opts.extra ?? '[]'}),
  case ssl:connect(${erlString(opts.host ?? '127.0.0.1')}, ${opts.port}, Opts, Timeout) of
    {ok, S} ->
      ${erlInfo}
      io:format("PROTOCOL ~s~nCIPHER ~s~n", [Protocol, Cipher]),
      ok = ssl:send(S, Payload),
      Echo = case byte_size(Payload) of
        0 -> <<>>;
        Len -> {ok, Back} = ssl:recv(S, Len, Timeout), Back
      end,
      io:format("ECHO ~s~n", [binary:encode_hex(Echo)]),
      ssl:close(S),
      halt(0);
    {error, Why} ->
      io:format("CONNECT_ERROR ~ts~n", [OneLine(Why)]),
      halt(1)
  end
catch C:R:St ->
  io:format("ERROR ~ts~n", [OneLine({C, R, St})]),
  halt(2)
end.`;
  const r = await runClient(
    command('erl'),
    ['-noshell', '-eval', script],
    '',
    timeoutMs,
    undefined,
    erlEnv(),
  );
  const line = (prefix: string) => new RegExp(`^${prefix} (.*)$`, 'm').exec(r.stdout)?.[1];
  const result: ErlangTlsClientResult = { ...r };
  const echo = line('ECHO');
  if (echo !== undefined) result.echo = Buffer.from(echo, 'hex');
  const protocol = line('PROTOCOL');
  if (protocol !== undefined) result.protocol = protocol;
  const cipher = line('CIPHER');
  if (cipher !== undefined) result.cipher = cipher;
  const error = line('CONNECT_ERROR') ?? line('ERROR');
  if (error !== undefined) result.error = error;
  return result;
}
