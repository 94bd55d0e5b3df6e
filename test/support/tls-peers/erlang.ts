// Small Erlang ssl programs as peers, run with `erl -noshell -eval`: an echo server for one
// connection after another, and a client that sends a payload and reads it back, as many times
// as asked (the later connections may resume the first one's session).
import { type ClientResult, runClient } from './clients.js';
import {
  type ErlangTlsVersion,
  erlBinary,
  erlEnv,
  erlInfo,
  erlOneLine,
  erlOptions,
  erlSession,
  erlString,
} from './erlang-terms.js';
import { waitForOutput } from './output.js';
import { command, start, stopProcess } from './processes.js';
import { type RunningServer, server } from './servers.js';

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
  /** How many connections to serve, one after the other; default 1. */
  connections?: number;
  readyTimeoutMs?: number;
  lifetimeMs?: number;
}

export interface ErlangTlsClientOptions {
  port: number;
  /**
   * Sent after the handshake; the client then reads back as many bytes. `{ random: n }` is n
   * bytes made in Erlang (a command line cannot carry megabytes), compared by SHA-256 only.
   */
  payload: string | Buffer | { random: number };
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
  /**
   * An Erlang expression evaluating to a list of further ssl options; made for each connection,
   * with `I` bound to its number (1 first), e.g. `lists:nth(I, [[…], […]])`.
   */
  extra?: string;
  /** How many times to connect, one after the other; default 1. */
  connections?: number;
  timeoutMs?: number;
}

export interface ErlangTlsClientResult extends ClientResult {
  /** What came back on the first connection, when it got that far (not for a random payload). */
  echo?: Buffer;
  /** SHA-256 (hex) of what was sent and of what came back, a connection each. */
  sentSha256: string[];
  echoSha256: string[];
  /** Each connection's protocol and suite (as `protocol` and `cipher` say of the first). */
  protocols: string[];
  ciphers: string[];
  /** Each connection's session_resumption and session_id (hex), as Erlang reports them. */
  resumed: boolean[];
  sessionIds: string[];
  /** As connection_information reports it, e.g. `tlsv1.3`. */
  protocol?: string;
  /** The negotiated suite in RFC form, e.g. `TLS_AES_256_GCM_SHA384`. */
  cipher?: string;
  /** The reason ssl:connect or the script failed, as Erlang prints it. */
  error?: string;
}

/**
 * An Erlang node that listens with ssl on 127.0.0.1 (port 0, printed as `PORT <n>`) and serves
 * `connections` connections one after the other: for each it prints `HANDSHAKE <protocol>
 * <suite>` and `SESSION <resumed> <session id>` (or `HANDSHAKE_ERROR <reason>`), echoes
 * everything it receives until the client closes (`CLOSED`). Then it halts.
 */
export async function startErlangTlsServer(opts: ErlangTlsServerOptions): Promise<RunningServer> {
  const lifetimeMs = opts.lifetimeMs ?? 60_000;
  const connections = count(opts.connections);
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
  Serve = fun Serve(0, Failed) -> halt(Failed);
              Serve(N, Failed) ->
    {ok, T} = ssl:transport_accept(L, Timeout),
    case ssl:handshake(T, Timeout) of
      {ok, S} ->
        ${erlInfo}
        io:format("HANDSHAKE ~s ~s~n", [Protocol, Cipher]),
        ${erlSession}
        Echo = fun Echo() ->
          case ssl:recv(S, 0, Timeout) of
            {ok, Data} -> ok = ssl:send(S, Data), Echo();
            {error, closed} -> io:format("CLOSED~n");
            {error, Why} -> io:format("RECV_ERROR ~ts~n", [OneLine(Why)])
          end
        end,
        Echo(),
        Serve(N - 1, Failed);
      {error, Why} ->
        io:format("HANDSHAKE_ERROR ~ts~n", [OneLine(Why)]),
        Serve(N - 1, 1)
    end
  end,
  Serve(${connections}, 0)
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
 * An Erlang ssl client: `connections` times in a row, connects to 127.0.0.1:port, prints
 * `PROTOCOL`/`CIPHER`/`SESSION`, sends the payload, reads as many bytes back, prints their
 * SHA-256 (and for a given payload the bytes, `ECHO <hex>`), closes. Then it halts.
 */
export async function runErlangTlsClient(opts: ErlangTlsClientOptions): Promise<ErlangTlsClientResult> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  // The port is pasted into the script as a number.
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) {
    throw new Error(`bad port: ${opts.port}`);
  }
  const verify =
    opts.cacertfile === undefined
      ? '{verify, verify_none}'
      : `{verify, verify_peer}, {server_name_indication, ${erlString(opts.serverName ?? 'localhost')}}`;
  const random = typeof opts.payload === 'object' && !Buffer.isBuffer(opts.payload);
  const payload = random
    ? `crypto:strong_rand_bytes(${count((opts.payload as { random: number }).random)})`
    : erlBinary(opts.payload as string | Buffer);
  const script = `
${erlOneLine}
try
  ok = io:setopts([{encoding, unicode}]),
  {ok, _} = application:ensure_all_started(ssl),
  Timeout = ${timeoutMs},
  Hex = fun(B) -> binary:encode_hex(crypto:hash(sha256, B)) end,
  Run = fun Run(I) when I > ${count(opts.connections)} -> halt(0);
            Run(I) ->
    Opts = [binary, {active, false}, ${verify}${erlOptions(opts)}] ++ (${opts.extra ?? '[]'}),
    Payload = ${payload},
    case ssl:connect(${erlString(opts.host ?? '127.0.0.1')}, ${opts.port}, Opts, Timeout) of
      {ok, S} ->
        ${erlInfo}
        io:format("PROTOCOL ~s~nCIPHER ~s~n", [Protocol, Cipher]),
        ${erlSession}
        ok = ssl:send(S, Payload),
        Echo = case byte_size(Payload) of
          0 -> <<>>;
          Len -> {ok, Back} = ssl:recv(S, Len, Timeout), Back
        end,
        io:format("SENT_SHA256 ~s~nECHO_SHA256 ~s~n", [Hex(Payload), Hex(Echo)]),
        ${random ? '' : 'io:format("ECHO ~s~n", [binary:encode_hex(Echo)]),'}
        ssl:close(S),
        Run(I + 1);
      {error, Why} ->
        io:format("CONNECT_ERROR ~ts~n", [OneLine(Why)]),
        halt(1)
    end
  end,
  Run(1)
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
  const all = (prefix: string) =>
    [...r.stdout.matchAll(new RegExp(`^${prefix} (.*)$`, 'gm'))].map((m) => m[1] as string);
  const sessions = all('SESSION').map((s) => s.split(' '));
  const result: ErlangTlsClientResult = {
    ...r,
    protocols: all('PROTOCOL'),
    ciphers: all('CIPHER'),
    sentSha256: all('SENT_SHA256').map((h) => h.toLowerCase()),
    echoSha256: all('ECHO_SHA256').map((h) => h.toLowerCase()),
    resumed: sessions.map(([resumed]) => resumed === 'true'),
    sessionIds: sessions.map(([, id]) => (id ?? '').toLowerCase()),
  };
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

/** A count pasted into a script: a positive integer, 1 when not given. */
function count(n: number | undefined): number {
  if (n === undefined) return 1;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`not a positive count: ${n}`);
  return n;
}
