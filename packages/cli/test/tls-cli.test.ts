// `otpnet tls serve` and `otpnet tls connect` as processes, against each other and against curl
// and openssl s_server.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCurl, startOpensslServer, stopAll } from '../../../test/support/tls-peers.js';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';

const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const children: ChildProcess[] = [];
let pki: Pki;
let bundle: string;

function otpnet(args: string[]): ChildProcess {
  const c = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', bin, ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(c);
  return c;
}

/** Runs to the end (bounded) with `input` on stdin. */
function run(
  args: string[],
  input = '',
  timeoutMs = 15_000,
): Promise<{ code: number | null; out: string; err: string }> {
  const c = otpnet(args);
  let out = '';
  let err = '';
  c.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  c.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  c.stdin?.end(input);
  return new Promise((resolve) => {
    const timer = setTimeout(() => c.kill('SIGKILL'), timeoutMs);
    c.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** Starts `otpnet tls serve` and resolves with its port once it says it listens. */
function serve(args: string[]): Promise<number> {
  const c = otpnet(['tls', 'serve', '--port', '0', ...args]);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 15_000);
    c.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    c.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on [^\s]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    c.on('exit', () => reject(new Error(`serve exited: ${err}`)));
  });
}

beforeAll(async () => {
  pki = await makePki();
  // The chain a leaf-only certfile is completed from, and the root the clients trust.
  bundle = `${pki.dir}/cli-bundle.pem`;
  const { readFileSync } = await import('node:fs');
  writeFileSync(bundle, readFileSync(pki.intermediate.cert, 'utf8') + readFileSync(pki.ca.cert, 'utf8'));
});

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await stopAll();
});

describe('otpnet tls', () => {
  it('serve answers curl with the connection page, completing the chain from --cacertfile', async () => {
    const port = await serve([
      '--certfile',
      pki.serverEcdsa.cert,
      '--keyfile',
      pki.serverEcdsa.key,
      '--cacertfile',
      bundle,
    ]);
    const r = await runCurl([
      '--cacert',
      pki.ca.cert,
      '-H',
      'Connection: close',
      `https://localhost:${port}/`,
    ]);
    expect(r.stdout).toContain('protocol: tlsv1.3');
    expect(r.stdout).toContain('sni: localhost');
  });

  it('connect sends stdin, prints the reply and the connection on stderr', async () => {
    const port = await serve([
      '--certfile',
      pki.serverEcdsa.chain,
      '--keyfile',
      pki.serverEcdsa.key,
      '--echo',
    ]);
    const r = await run(['tls', 'connect', `localhost:${port}`, '--cacertfile', pki.ca.cert], 'echo me');
    expect(r.code).toBe(0);
    expect(r.out).toBe('echo me');
    expect(r.err).toMatch(/protocol: tlsv1\.3\ncipher_suite: TLS_\w+\npeer: CN=localhost/);
  });

  it('presents a client certificate and sends no SNI for an IP address', async () => {
    const port = await serve([
      '--certfile',
      pki.serverEcdsa.chain,
      '--keyfile',
      pki.serverEcdsa.key,
      '--cacertfile',
      pki.ca.cert,
      '--verify',
      'verify_peer',
      '--fail-if-no-peer-cert',
    ]);
    const request = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    const r = await run(
      [
        'tls',
        'connect',
        `127.0.0.1:${port}`,
        '--cacertfile',
        pki.ca.cert,
        '--certfile',
        pki.client.cert,
        '--keyfile',
        pki.client.key,
      ],
      request,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('peer: CN=client');
    expect(r.out).toContain('sni: none');
    const refused = await run(['tls', 'connect', `localhost:${port}`, '--cacertfile', pki.ca.cert], request);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('error: tls_alert certificate_required');
  });

  it('exits non-zero with the alert when the server is not trusted', async () => {
    const server = await startOpensslServer(['-cert', pki.untrusted.cert, '-key', pki.untrusted.key]);
    const r = await run(['tls', 'connect', `localhost:${server.port}`, '--cacertfile', pki.ca.cert]);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('error: tls_alert unknown_ca');
  });

  it('refuses flags reserved for later and unknown flags by name', async () => {
    const r = await run(['tls', 'connect', 'localhost:1', '--crl-check', 'true']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('--crl-check is not supported yet');
    const u = await run(['tls', 'connect', 'localhost:1', '--bogus']);
    expect(u.err).toContain('unknown flag --bogus');
  });
});
