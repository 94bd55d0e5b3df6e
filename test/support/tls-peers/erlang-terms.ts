// Building the Erlang source of the ssl peer scripts from TypeScript values: every value goes in
// as a literal that no input can break out of.

export type ErlangTlsVersion = 'tlsv1.3' | 'tlsv1.2' | 'tlsv1.1' | 'tlsv1';

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
export function erlOptions(o: {
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
    // The type does not hold at run time: a version is pasted into the script as an atom.
    for (const v of o.versions) if (!erlVersions.has(v)) throw new Error(`not a TLS version: ${v}`);
    opts += `, {versions, [${o.versions.map((v) => `'${v}'`).join(', ')}]}`;
  }
  return opts;
}

// No erl_crash.dump files in whatever directory the tests run from when a script dies.
export const erlEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ERL_CRASH_DUMP_SECONDS: '0' });

// Terms printed on one line, so that a reason can be read back as the rest of its line.
export const erlOneLine = 'OneLine = fun(T) -> io_lib:print(T, 1, 1000000, -1) end,';

/** Binds Protocol and Cipher (RFC suite name) for the connected socket S. */
export const erlInfo = `
  {ok, Info} = ssl:connection_information(S, [protocol, selected_cipher_suite]),
  Protocol = proplists:get_value(protocol, Info),
  Cipher = ssl:suite_to_str(proplists:get_value(selected_cipher_suite, Info)),`;

/** Prints `SESSION <resumed> <session id hex>` for the connected socket S. */
export const erlSession = `
  {ok, SInfo} = ssl:connection_information(S, [session_resumption, session_id]),
  io:format("SESSION ~s ~s~n", [proplists:get_value(session_resumption, SInfo),
    binary:encode_hex(proplists:get_value(session_id, SInfo, <<>>))]),`;
