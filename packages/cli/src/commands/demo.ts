// `otpnet demo`: the generated codecs at work on loopback. Real clients (OpenSSL's s_client,
// OpenSSH's ssh) connect to a throwaway local server; what they send first is decoded with the
// codecs generated from specs/ and encoded back to the same bytes. An Erlang term made by a real
// `erl` goes through the term codec. Each part falls back to a checked-in capture when its peer is
// not installed. The demo grows with each protocol.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeExternalTerm, encodeExternalTerm } from '@otpnet/dist-spec';
import {
  decodeBinaryPacket,
  decodeSSH_MSG_KEXINIT,
  encodeSSH_MSG_KEXINIT,
  readBinaryPacket,
} from '@otpnet/ssh-spec';
import {
  CertificateType,
  CipherSuiteName,
  ContentTypeName,
  decodeHandshake,
  decodeTLSPlaintext,
  ECPointFormatName,
  ExtensionTypeName,
  encodeTLSPlaintext,
  HandshakeTypeName,
  NamedGroupName,
  NameTypeName,
  ProtocolVersionName,
  PskKeyExchangeModeName,
  readTLSPlaintext,
  SignatureSchemeName,
} from '@otpnet/tls-spec';
import { DecodeError, Reader } from '@otpnet/wire';
import { captureClient } from '../capture.js';
import { format, hex } from '../format.js';
import type { Command } from '../registry.js';
import { tlsRuntimePart } from './demo-tls.js';

const FIXTURES = new URL('../../../../test/fixtures/', import.meta.url);

function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, FIXTURES)));
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const TLS_NAMES = {
  type: ContentTypeName,
  legacy_record_version: ProtocolVersionName,
  legacy_version: ProtocolVersionName,
  msg_type: HandshakeTypeName,
  cipher_suites: CipherSuiteName,
  extension_type: ExtensionTypeName,
  versions: ProtocolVersionName,
  selected_version: ProtocolVersionName,
  name_type: NameTypeName,
  ec_point_format_list: ECPointFormatName,
  named_group_list: NamedGroupName,
  group: NamedGroupName,
  selected_group: NamedGroupName,
  supported_signature_algorithms: SignatureSchemeName,
  ke_modes: PskKeyExchangeModeName,
};

/**
 * The length of the first whole message in `buf`, read with a generated reader, or undefined while
 * the bytes are only the start of one (a DecodeError marked truncated).
 */
function firstMessage(buf: Uint8Array, read: (r: Reader) => unknown): number | undefined {
  const r = new Reader(buf);
  try {
    read(r);
    return r.pos;
  } catch (e) {
    if (e instanceof DecodeError && e.truncated) return undefined;
    throw e;
  }
}

async function tlsPart(): Promise<boolean> {
  let record = await captureClient({
    command: 'openssl',
    args: [
      's_client',
      '-connect',
      '127.0.0.1:{port}',
      '-tls1_3',
      '-servername',
      'demo.otpnet.test',
      '-alpn',
      'h2,http/1.1',
    ],
    complete: (b) => firstMessage(b, readTLSPlaintext),
    timeoutMs: 5000,
  });
  const source = record
    ? 'captured live from `openssl s_client -tls1_3` on 127.0.0.1'
    : 'openssl not found: the checked-in capture';
  record ??= fixture('tls/openssl-s_client-tls13-clienthello.bin');
  console.log(`\n== TLS 1.3 ClientHello (${source}), ${record.length} bytes`);
  const rec = decodeTLSPlaintext(record);
  const hs = decodeHandshake(rec.fragment, { certificateType: CertificateType.X509 });
  console.log(
    `record:${format({ type: rec.type, legacy_record_version: rec.legacy_record_version }, { names: TLS_NAMES })}`,
  );
  console.log(`handshake:${format(hs, { names: TLS_NAMES, maxBytes: 12 })}`);
  const again = encodeTLSPlaintext(rec);
  console.log(`re-encoded: ${same(again, record) ? 'identical bytes' : 'DIFFERENT bytes'}`);
  return same(again, record);
}

/** Where the first binary packet ends, after the identification line (RFC 4253 sections 4.2, 6). */
function sshPacketEnd(buf: Uint8Array): number | undefined {
  const start = buf.indexOf(0x0a) + 1; // the identification line ends with CR LF
  if (start === 0) return undefined;
  const n = firstMessage(buf.subarray(start), readBinaryPacket);
  return n === undefined ? undefined : start + n;
}

/** The payload of the binary packet the capture ends with (section 6). */
function sshPayload(captured: Uint8Array): Uint8Array {
  const start = captured.indexOf(0x0a) + 1;
  return decodeBinaryPacket(captured.subarray(start)).payload;
}

async function sshPart(): Promise<boolean> {
  const captured = await captureClient({
    command: 'ssh',
    args: [
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=no',
      '-o',
      'UserKnownHostsFile=/dev/null',
      '-p',
      '{port}',
      'demo@127.0.0.1',
    ],
    greeting: new TextEncoder().encode('SSH-2.0-otpnet_demo\r\n'),
    complete: sshPacketEnd,
    timeoutMs: 5000,
  });
  const payload = captured ? sshPayload(captured) : fixture('ssh/openssh-kexinit.bin');
  const source = captured
    ? 'captured live from OpenSSH `ssh` on 127.0.0.1'
    : 'ssh not found: the checked-in capture';
  console.log(`\n== SSH_MSG_KEXINIT (${source}), ${payload.length} bytes`);
  const kex = decodeSSH_MSG_KEXINIT(payload);
  console.log(format(kex).trimStart());
  const again = encodeSSH_MSG_KEXINIT(kex);
  console.log(`re-encoded: ${same(again, payload) ? 'identical bytes' : 'DIFFERENT bytes'}`);
  return same(again, payload);
}

function erlTerm(): Promise<Uint8Array | undefined> {
  const expr =
    'T = {otpnet, [1, -7, 2.5, 123456789012345678901234567890], <<"bytes">>, #{key => "value"}, self()},' +
    ' io:format("~s", [base64:encode(term_to_binary(T))]), halt().';
  return new Promise((resolve) => {
    execFile('erl', ['-noshell', '-eval', expr], { timeout: 20_000 }, (err, stdout) => {
      resolve(err ? undefined : new Uint8Array(Buffer.from(stdout.trim(), 'base64')));
    });
  });
}

async function termPart(): Promise<boolean> {
  let bytes = await erlTerm();
  const source = bytes ? 'term_to_binary/1 of a live `erl`' : 'erl not found: the checked-in term';
  bytes ??= fixture('dist/nested-term.bin');
  console.log(
    `\n== Erlang external term format (${source}), ${bytes.length} bytes: ${hex(bytes.subarray(0, 24))}…`,
  );
  const term = decodeExternalTerm(bytes);
  console.log(format(term, { maxBytes: 12 }).trimStart());
  const again = encodeExternalTerm(term);
  console.log(`re-encoded: ${same(again, bytes) ? 'identical bytes' : 'DIFFERENT bytes'}`);
  return same(again, bytes);
}

/** Writes `text` to a file in a fresh temporary directory, removed when the process exits. */
function tempFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'otpnet-demo-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'ca.pem');
  writeFileSync(file, text);
  return file;
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'decode what real OpenSSL, OpenSSH and Erlang peers send, on loopback',
  usage: [
    'usage: otpnet demo',
    '',
    'Starts throwaway servers on 127.0.0.1, lets real `openssl s_client` and `ssh` clients connect,',
    'and decodes their first messages with the codecs generated from specs/; decodes a term made',
    'by a real `erl`. Every message is encoded again and compared with the original bytes. Then a',
    'TLS 1.3 server and client of our own run on loopback with a throwaway CA made in-process.',
  ].join('\n'),
  async run(args) {
    if (args.length) {
      console.error(`otpnet demo: unexpected argument ${args[0]}`);
      return 2;
    }
    const results = [await tlsPart(), await tlsRuntimePart(tempFile), await sshPart(), await termPart()];
    console.log(
      `\n${results.every(Boolean) ? 'all messages round-tripped byte for byte' : 'some messages did not round-trip'}`,
    );
    return results.every(Boolean) ? 0 : 1;
  },
};
