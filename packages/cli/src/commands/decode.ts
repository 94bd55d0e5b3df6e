// `otpnet decode <kind> <file|->`: decode bytes with a generated codec and print them.
import { readFileSync } from 'node:fs';
import { decodeExternalTerm } from '@otpnet/dist-spec';
import { decodeSSH_MSG_KEXINIT } from '@otpnet/ssh-spec';
import { CertificateType, decodeHandshake, decodeTLSPlaintext } from '@otpnet/tls-spec';
import { DecodeError } from '@otpnet/wire';
import { format } from '../format.js';
import type { Command } from '../registry.js';

const KINDS: Record<string, (b: Uint8Array) => unknown> = {
  'tls-record': decodeTLSPlaintext,
  'tls-handshake': (b) => decodeHandshake(b, { certificateType: CertificateType.X509 }),
  'ssh-kexinit': decodeSSH_MSG_KEXINIT,
  'erlang-term': decodeExternalTerm,
};

const USAGE = [
  'usage: otpnet decode <kind> <file | -> [--hex]',
  '',
  `kinds: ${Object.keys(KINDS).join(', ')}`,
  '  --hex   the input is hex digits (whitespace and lines starting with # ignored)',
].join('\n');

function fromHex(text: string): Uint8Array | undefined {
  const digits = text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('')
    .replace(/\s+/g, '');
  if (digits.length % 2 !== 0 || /[^0-9a-fA-F]/.test(digits)) return undefined;
  return Uint8Array.from(Buffer.from(digits, 'hex'));
}

export const decodeCommand: Command = {
  name: 'decode',
  summary: 'decode a TLS record or handshake, an SSH KEXINIT or an Erlang term from a file',
  usage: USAGE,
  async run(args) {
    const asHex = args.includes('--hex');
    const [kind, file, ...extra] = args.filter((a) => a !== '--hex');
    const decode = kind ? KINDS[kind] : undefined;
    if (!decode || !file || extra.length) {
      console.error(!decode && kind ? `otpnet decode: unknown kind ${kind}\n\n${USAGE}` : USAGE);
      return 2;
    }
    const raw = readFileSync(file === '-' ? 0 : file);
    const bytes = asHex ? fromHex(raw.toString('utf8')) : new Uint8Array(raw);
    if (bytes === undefined) {
      console.error(
        'otpnet decode: --hex input holds something other than hex digits, whitespace and # comments',
      );
      return 2;
    }
    try {
      console.log(format(decode(bytes)).trimStart());
      return 0;
    } catch (e) {
      if (e instanceof DecodeError) {
        console.error(`otpnet decode: ${e.message}`);
        return 1;
      }
      throw e;
    }
  },
};
