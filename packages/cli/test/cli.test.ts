// The otpnet command: help everywhere, clear usage errors, decode on real captures, and the demo
// against the real peers it drives (openssl, ssh, erl).
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { main } from '../src/cli.js';
import { CliError } from '../src/errors.js';
import { all, register } from '../src/registry.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));

/** Run the command, capturing what it prints. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const code = await main(argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('otpnet', () => {
  it('lists every command in --help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const c of all()) expect(r.out).toContain(c.name);
  });

  it.each(all().map((c) => c.name))('%s --help prints its usage', async (name) => {
    const r = await run(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: otpnet /);
  });

  it('refuses a second command under a taken name with CliError', () => {
    const taken = all()[0]!;
    expect(() => register({ ...taken })).toThrow(CliError);
    expect(() => register({ ...taken })).toThrow(`command ${taken.name} registered twice`);
    expect(all().filter((c) => c.name === taken.name)).toHaveLength(1);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const r = await run('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command frobnicate');
  });

  it('decodes a captured ClientHello record', async () => {
    const r = await run('decode', 'tls-record', `${fixtures}tls/openssl-s_client-tls13-clienthello.bin`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('type: 22');
  });

  it('reports a decode error with the field and spec line', async () => {
    const r = await run('decode', 'ssh-kexinit', '--hex', `${fixtures}tls/rfc8448-3-clienthello.hex`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^otpnet decode: SSH_MSG_KEXINIT: expected message number 20, got 22 \(specs\/ssh\/transport\.spec:\d+\)$/,
    );
  });

  it('rejects an unknown decode kind', async () => {
    const r = await run('decode', 'x509', 'file');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown kind x509');
  });
});

describe.skipIf(missingPeers('openssl', 'ssh', 'erl'))('otpnet demo with real peers', () => {
  it('round-trips what openssl, ssh and erl send', async () => {
    const r = await run('demo');
    expect(r.err).toBe('');
    expect(r.out).toContain('captured live from `openssl s_client -tls1_3`');
    expect(r.out).toContain('captured live from OpenSSH `ssh`');
    expect(r.out).toContain('term_to_binary/1 of a live `erl`');
    expect(r.out).toContain('all messages round-tripped byte for byte');
    expect(r.code).toBe(0);
  }, 60_000);
});
