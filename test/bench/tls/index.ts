// TLS benchmark: otpnet's ssl against node:tls in the same run, over loopback, the server in a
// child process (peer.ts) so that each side's CPU is its own. Bulk throughput (MB/s and CPU
// seconds per GB, per side), full handshakes per second (server CPU per handshake), and the
// record layer's cost over its AEAD. Ratios are otpnet / node:tls, oriented so that > 1 means
// otpnet does better. Benchmarks print; they never assert on time.
// Run: npm run bench -- tls   [--quick]   (bounded to well under three minutes)
import { makePki } from '../../support/tls-pki.js';
import { type BulkResult, runBulk } from './bulk.js';
import { type HandshakeResult, runHandshakes } from './handshakes.js';
import { PeerLink } from './peer-link.js';
import type { Impl, ProviderName, Setup } from './protocol.js';
import { recordRows } from './record.js';
import { printTable } from './table.js';

const QUICK = process.argv.includes('--quick');
const VERBOSE = process.argv.includes('--verbose');
/** `--only=bulk|handshakes|record`: one section, when working on it. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const section = (name: string) => ONLY === undefined || ONLY === name;
const MB = 1024 * 1024;
const BULK_BYTES: Record<ProviderName, number> = {
  node: (QUICK ? 64 : 256) * MB,
  noble: (QUICK ? 16 : 48) * MB,
};
const CHUNK = 64 * 1024;
const RUNS = QUICK ? 1 : 2;
const HANDSHAKE_MS = QUICK ? 1000 : 2500;

const pki = await makePki();
const link = new PeerLink();
const base = { certfile: pki.serverEcdsa.chain, keyfile: pki.serverEcdsa.key };
const cafile = pki.ca.cert;

const SUITES = [
  { label: 'TLS 1.3 AES-128-GCM', version: 'tlsv1.3', suite: 'TLS_AES_128_GCM_SHA256' },
  { label: 'TLS 1.3 ChaCha20-Poly1305', version: 'tlsv1.3', suite: 'TLS_CHACHA20_POLY1305_SHA256' },
  { label: 'TLS 1.2 ECDHE-ECDSA-AES128-GCM', version: 'tlsv1.2', suite: 'ECDHE-ECDSA-AES128-GCM-SHA256' },
] as const;

const setup = (impl: Impl, provider: ProviderName, s: (typeof SUITES)[number]): Setup => ({
  impl,
  provider,
  version: s.version,
  suite: s.suite,
  ...base,
});

/** Best of `runs`: the least disturbed by other work on a shared machine. */
async function bestBulk(s: Setup, bytes: number): Promise<BulkResult> {
  if (VERBOSE) console.error(`bulk ${s.impl}/${s.provider} ${s.version} ${s.suite}`);
  let best: BulkResult | undefined;
  for (let i = 0; i < RUNS; i++) {
    const r = await runBulk(link, s, bytes, CHUNK, cafile);
    if (!best) best = r;
    else
      best = {
        bytes,
        seconds: Math.min(best.seconds, r.seconds),
        clientCpu: Math.min(best.clientCpu, r.clientCpu),
        serverCpu: Math.min(best.serverCpu, r.serverCpu),
      };
  }
  return best as BulkResult;
}

const notAvailable = (e: unknown) =>
  /protocol_version|not supported|handshake_failure/.test(String(reasonOf(e)));
function reasonOf(e: unknown): string {
  const r = (e as { reason?: unknown }).reason;
  return r === undefined ? String(e) : JSON.stringify(r);
}

const mbps = (r: BulkResult) => r.bytes / 1e6 / r.seconds;
const sPerGb = (micros: number, bytes: number) => micros / 1e6 / (bytes / 1e9);
const f = (n: number, d = 2) => n.toFixed(d);

// ---- bulk -------------------------------------------------------------------------------------
const bulkRows: string[][] = [];
for (const s of section('bulk') ? SUITES : []) {
  const ref = await bestBulk(setup('node:tls', 'node', s), BULK_BYTES.node);
  for (const provider of ['node', 'noble'] as const) {
    const name = `${s.label}, otpnet/${provider}`;
    let ours: BulkResult;
    try {
      ours = await bestBulk(setup('otpnet', provider, s), BULK_BYTES[provider]);
    } catch (e) {
      if (s.version === 'tlsv1.2' && notAvailable(e)) {
        bulkRows.push([`${s.label}: TLS 1.2: not available yet (${reasonOf(e).slice(0, 60)})`]);
        break;
      }
      throw e;
    }
    const oc = sPerGb(ours.clientCpu, ours.bytes);
    const os = sPerGb(ours.serverCpu, ours.bytes);
    const rc = sPerGb(ref.clientCpu, ref.bytes);
    const rs = sPerGb(ref.serverCpu, ref.bytes);
    bulkRows.push([
      name,
      f(mbps(ours), 0),
      f(mbps(ref), 0),
      `${f(mbps(ours) / mbps(ref))}x`,
      f(oc),
      f(rc),
      `${f(rc / oc)}x`,
      f(os),
      f(rs),
      `${f(rs / os)}x`,
    ]);
  }
}
if (section('bulk')) {
  console.log(`\nBulk, one direction client -> server, ${CHUNK / 1024} KiB writes, best of ${RUNS}`);
  console.log('(CPU ratios are node:tls / otpnet CPU s/GB: > 1 means otpnet uses less CPU)');
  printTable(
    [
      'suite, otpnet provider',
      'otp MB/s',
      'node MB/s',
      'ratio',
      'otp cli s/GB',
      'node cli s/GB',
      'ratio',
      'otp srv s/GB',
      'node srv s/GB',
      'ratio',
    ],
    bulkRows,
  );
}

// ---- handshakes -------------------------------------------------------------------------------
// Each pairing's rate is bounded by its slower side, so otpnet's server is also driven by a
// node:tls client: that row is the server's own capacity.
const perSec = (r: HandshakeResult) => r.handshakes / r.seconds;
const msEach = (micros: number, n: number) => micros / 1000 / n;

async function handshakeTable(s: (typeof SUITES)[number], resume: boolean): Promise<void> {
  const at = (impl: Impl, provider: ProviderName): Setup => ({ ...setup(impl, provider, s), resume });
  const href = await runHandshakes(link, at('node:tls', 'node'), 'node:tls', cafile, HANDSHAKE_MS);
  const row = (name: string, r: HandshakeResult) => [
    name,
    f(perSec(r), 0),
    `${f(perSec(r) / perSec(href))}x`,
    f(msEach(r.serverCpu, r.handshakes)),
    `${f(msEach(href.serverCpu, href.handshakes) / msEach(r.serverCpu, r.handshakes))}x`,
    f(msEach(r.clientCpu, r.handshakes)),
  ];
  const rows = [row('node:tls server <- node:tls client', href)];
  for (const [provider, client] of [
    ['node', 'otpnet'],
    ['noble', 'otpnet'],
    ['node', 'node:tls'],
    ['noble', 'node:tls'],
  ] as const) {
    const r = await runHandshakes(link, at('otpnet', provider), client, cafile, HANDSHAKE_MS);
    rows.push(
      row(`otpnet/${provider} server <- ${client === 'otpnet' ? `otpnet/${provider}` : client} client`, r),
    );
  }
  const what = resume
    ? 'Resumed handshakes (ticket, psk_dhe_ke), each connection closed by the server after its tickets'
    : 'Full handshakes';
  console.log(`\n${what}, ${s.label}, ECDSA P-256 certificate (chain of 2), X25519, 8 in flight`);
  console.log('(ratios against node:tls <-> node:tls; server CPU ratio > 1 means otpnet uses less)');
  printTable(['pairing', 'hs/s', 'ratio', 'server ms/hs', 'ratio', 'client ms/hs'], rows);
}

if (section('handshakes')) {
  await handshakeTable(SUITES[0], false);
  await handshakeTable(SUITES[0], true);
}

// ---- record layer -----------------------------------------------------------------------------
if (section('record')) {
  const rec = [...recordRows('noble', QUICK ? 300 : 1000), ...recordRows('node', QUICK ? 200 : 600)];
  console.log('\nRecord layer: Tls13Protection over the same AEAD called directly, 16 KiB records, MB/s');
  printTable(
    ['record', 'raw AEAD', 'Tls13Protection', 'ours/raw'],
    rec.map((r) => [r.name, f(r.raw, 0), f(r.ours, 0), `${f(r.ours / r.raw)}x`]),
  );
}

link.close();
