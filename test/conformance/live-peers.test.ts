// The capture scripts of test/fixtures run against the peers installed here, into a temporary
// directory, and what they capture today goes through the generated codecs. The checked-in fixtures
// pin one version of each peer; this test catches a peer whose newer output the specs no longer
// describe. Each capture is bounded by its script (10-20 s) and by the timeout below.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import {
  decodeALIVE2_REQ,
  decodeCompressedExternalTerm,
  decodeEpmdRequestFrame,
  decodeExternalTerm,
  decodePORT_PLEASE2_REQ,
  decodeSendName,
  decodeTerm,
  encodeExternalTerm,
  TermTag,
} from '@otpnet/dist-spec';
import {
  decodeSSH_MSG_KEX_ECDH_INIT,
  decodeSSH_MSG_KEXINIT,
  encodeSSH_MSG_KEX_ECDH_INIT,
  encodeSSH_MSG_KEXINIT,
} from '@otpnet/ssh-spec';
import {
  CertificateType,
  type ClientHello,
  decodeHandshake,
  decodeHandshake12,
  decodeHelloRetryRequest,
  decodeTLSPlaintext,
  encodeHandshake,
  KeyExchangeAlgorithm,
  type KeyShareClientHello,
  NamedGroup,
  NamedGroupsByGroup,
  ProtocolVersion,
  type ServerKeyExchange,
} from '@otpnet/tls-spec';
import { afterAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../support/peers.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'otpnet-live-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Run a capture script with its output redirected to the temporary directory. */
function capture(script: string): void {
  const [cmd, args] = script.endsWith('.sh')
    ? ['sh', [join(fixtures, script)]]
    : ['node', [join(fixtures, script)]];
  execFileSync(cmd, args, { env: { ...process.env, FIXTURE_OUT: out }, stdio: 'ignore', timeout: 60_000 });
}
const read = (name: string) => new Uint8Array(readFileSync(join(out, name)));
const X509 = { certificateType: CertificateType.X509 };

describe.skipIf(missingPeers('openssl'))('openssl, captured now', () => {
  it('s_client -tls1_3 ClientHello decodes and re-encodes', () => {
    capture('tls/capture-clienthello.mjs');
    const rec = decodeTLSPlaintext(read('openssl-s_client-tls13-clienthello.bin'));
    const hs = decodeHandshake(rec.fragment, X509);
    expect(toHexs(encodeHandshake(hs, X509))).toBe(toHexs(rec.fragment));
    const hello = hs.body.value as ClientHello;
    const cases = hello.extensions.map((e) => e.extension_data.case);
    for (const c of [
      'server_name',
      'application_layer_protocol_negotiation',
      'supported_versions',
      'key_share',
    ])
      expect(cases).toContain(c);
    const sv = hello.extensions.find((e) => e.extension_data.case === 'supported_versions')!;
    expect(
      (sv.extension_data.value as { body: { value: { versions: number[] } } }).body.value.versions,
    ).toContain(ProtocolVersion.tls1_3);
    const ks = hello.extensions.find((e) => e.extension_data.case === 'key_share')!;
    for (const share of (ks.extension_data.value as { body: { value: KeyShareClientHello } }).body.value
      .client_shares) {
      const row = NamedGroupsByGroup.get(share.group);
      if (row) expect(share.key_exchange.length).toBe(row.client_share);
    }
  }, 60_000);

  it('s_server HelloRetryRequest decodes in the hello_retry_request context', () => {
    capture('tls/capture-hello-retry.mjs');
    const rec = decodeTLSPlaintext(read('openssl-s_server-tls13-hrr.bin'));
    const hrr = decodeHelloRetryRequest(rec.fragment.subarray(4));
    const ks = hrr.extensions.find((e) => e.extension_data.case === 'key_share')!;
    expect(ks.extension_data.value).toEqual({
      body: { case: 'hello_retry_request', value: { selected_group: NamedGroup.x25519 } },
    });
  }, 60_000);

  it('a TLS 1.2 ECDHE server flight decodes in the ec_diffie_hellman context', () => {
    capture('tls/capture-tls12.mjs');
    const stream = read('openssl-tls12-server-flight.bin');
    const msgs: number[] = [];
    let ske: ServerKeyExchange | undefined;
    const joined: number[] = [];
    for (let p = 0; p < stream.length; ) {
      const len = (stream[p + 3]! << 8) | stream[p + 4]!;
      joined.push(...decodeTLSPlaintext(stream.subarray(p, p + 5 + len)).fragment);
      p += 5 + len;
    }
    const all = new Uint8Array(joined);
    for (let q = 0; q < all.length; ) {
      const n = 4 + ((all[q + 1]! << 16) | (all[q + 2]! << 8) | all[q + 3]!);
      const m = decodeHandshake12(all.subarray(q, q + n), { kex: KeyExchangeAlgorithm.ec_diffie_hellman });
      msgs.push(m.msg_type);
      if (m.body.case === 'server_key_exchange') ske = m.body.value;
      q += n;
    }
    expect(msgs).toEqual([2, 11, 12, 14]);
    expect(ske?.body.case).toBe('ec_diffie_hellman');
  }, 60_000);
});

describe.skipIf(missingPeers('ssh'))('OpenSSH ssh, captured now', () => {
  it('KEXINIT and KEX_ECDH_INIT decode and re-encode', () => {
    capture('ssh/capture-kexinit.mjs');
    const kexinit = read('openssh-kexinit.bin');
    const k = decodeSSH_MSG_KEXINIT(kexinit);
    expect(k.kex_algorithms).toContain('curve25519-sha256');
    expect(toHexs(encodeSSH_MSG_KEXINIT(k))).toBe(toHexs(kexinit));
    const init = read('openssh-kex-ecdh-init.bin');
    const e = decodeSSH_MSG_KEX_ECDH_INIT(init);
    expect(e.Q_C).toHaveLength(32);
    expect(toHexs(encodeSSH_MSG_KEX_ECDH_INIT(e))).toBe(toHexs(init));
  }, 60_000);
});

describe.skipIf(missingPeers('erl'))('Erlang/OTP, captured now', () => {
  it('term_to_binary outputs decode and re-encode', () => {
    capture('dist/capture-terms.sh');
    for (const f of ['nested-term.bin', 'nested-term-utf8-atoms.bin', 'atom-ok.bin', 'small-int.bin']) {
      const bytes = read(f);
      expect(toHexs(encodeExternalTerm(decodeExternalTerm(bytes))), f).toBe(toHexs(bytes));
    }
    const c = decodeCompressedExternalTerm(read('compressed.bin'));
    expect(decodeTerm(new Uint8Array(inflateSync(c.zlib_data))).tag).toBe(TermTag.LIST_EXT);
  }, 60_000);

  it('epmd requests and send_name decode', () => {
    capture('dist/capture-epmd.mjs');
    const alive = decodeALIVE2_REQ(decodeEpmdRequestFrame(read('epmd-alive2-req.bin')).request);
    expect(new TextDecoder().decode(alive.node_name)).toBe('fixture');
    expect(alive.highest_version).toBe(6);
    const please = decodePORT_PLEASE2_REQ(decodeEpmdRequestFrame(read('epmd-port-please2-req.bin')).request);
    expect(new TextDecoder().decode(please.node_name)).toBe('other');
    const name = decodeSendName(read('dist-send-name.bin').subarray(2));
    expect(new TextDecoder().decode(name.name)).toMatch(/^fixture@/);
  }, 60_000);
});

function toHexs(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}
