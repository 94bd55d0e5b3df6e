// Codec throughput: the generated TLS ClientHello, SSH KEXINIT and Erlang term codecs on real
// captured bytes (test/fixtures), beside references in the same run: copying the same bytes
// (the floor no decoder can beat) and, for the term format, Erlang's own binary_to_term/1 and
// term_to_binary/1 timed inside a real `erl`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { decodeExternalTerm, encodeExternalTerm } from '@otpnet/dist-spec';
import { decodeSSH_MSG_KEXINIT, encodeSSH_MSG_KEXINIT } from '@otpnet/ssh-spec';
import { CertificateType, decodeHandshake, decodeTLSPlaintext, encodeHandshake } from '@otpnet/tls-spec';
import { measure, row } from '../measure.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const load = (p: string) => new Uint8Array(readFileSync(new URL(p, fixtures)));

const record = load('tls/openssl-s_client-tls13-clienthello.bin');
const handshake = decodeTLSPlaintext(record).fragment;
const kexinit = load('ssh/openssh-kexinit.bin');
const term = load('dist/nested-term.bin');
const ctx = { certificateType: CertificateType.X509 };

console.log(`${'codec'.padEnd(44)} ${'rate'.padStart(14)} ${'bytes'.padStart(12)} ${'vs copy'.padStart(8)}`);
for (const [name, bytes, decode, encode] of [
  [
    'TLS 1.3 ClientHello (openssl s_client)',
    handshake,
    (b: Uint8Array) => decodeHandshake(b, ctx),
    (v: Parameters<typeof encodeHandshake>[0]) => encodeHandshake(v, ctx),
  ],
  ['SSH_MSG_KEXINIT (OpenSSH ssh)', kexinit, decodeSSH_MSG_KEXINIT, encodeSSH_MSG_KEXINIT],
  ['Erlang term (term_to_binary)', term, decodeExternalTerm, encodeExternalTerm],
] as const) {
  const copy = measure(() => bytes.slice(), { bytes: bytes.length });
  const value = decode(bytes);
  const dec = measure(() => decode(bytes), { bytes: bytes.length });
  const enc = measure(() => encode(value as never), { bytes: bytes.length });
  const both = measure(() => encode(decode(bytes) as never), { bytes: bytes.length });
  console.log(row(`${name}, ${bytes.length} B: copy`, copy));
  console.log(row('  decode', dec, copy));
  console.log(row('  encode', enc, copy));
  console.log(row('  decode + encode', both, copy));
}

// Erlang's native term codec on the same bytes, timed inside erl.
try {
  const hex = Buffer.from(term).toString('hex');
  const expr = `B = binary:decode_hex(<<"${hex}">>), T = binary_to_term(B), N = 200000,
    {D, _} = timer:tc(fun() -> lists:foreach(fun(_) -> binary_to_term(B) end, lists:seq(1, N)) end),
    {E, _} = timer:tc(fun() -> lists:foreach(fun(_) -> term_to_binary(T) end, lists:seq(1, N)) end),
    io:format("~p ~p", [N * 1000000 / D, N * 1000000 / E]), halt().`;
  const out = execFileSync('erl', ['-noshell', '-eval', expr], { encoding: 'utf8', timeout: 60_000 });
  const [d, e] = out.trim().split(/\s+/).map(Number) as [number, number];
  const ours = measure(() => decodeExternalTerm(term));
  const decoded = decodeExternalTerm(term);
  const oursEnc = measure(() => encodeExternalTerm(decoded));
  console.log(
    row('Erlang binary_to_term/1 (erl, same bytes)', { opsPerSec: d, mbPerSec: (d * term.length) / 1e6 }),
  );
  console.log(row('  ours decode vs binary_to_term', ours, { opsPerSec: d, mbPerSec: undefined }));
  console.log(
    row('Erlang term_to_binary/1 (erl, same term)', { opsPerSec: e, mbPerSec: (e * term.length) / 1e6 }),
  );
  console.log(row('  ours encode vs term_to_binary', oursEnc, { opsPerSec: e, mbPerSec: undefined }));
} catch {
  console.log('erl not installed: Erlang reference skipped');
}
