// Small Erlang ssl programs as peers, run with `erl -noshell -eval`: a one-connection echo
// server and a client that sends a payload and reads it back.
import { type ClientResult, runClient } from './clients.js';
import {
  type ErlangTlsVersion,
  erlBinary,
  erlEnv,
  erlInfo,
  erlOneLine,
  erlOptions,
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
  // The port is pasted into the script as a number.
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
