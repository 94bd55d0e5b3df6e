// Our TLS 1.3 server, through the public ssl API, under node:http (s.stream()), fetched by curl:
// each suite curl can ask for, ALPN, the SNI we saw, a client certificate required with
// verify_peer, and 4 MB up and down compared by SHA-256. curl's -v report is checked against
// connectionInformation on our side.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as ssl from '../../packages/tls/src/index.js';
import { missingPeers } from '../support/peers.js';
import { onlyConnection, type Served, serveOver } from '../support/tls-http.js';
import { runCurl } from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';
import { alertOf, closeOurs, ours, sha256 } from '../support/tls13-interop.js';

let pki: Pki;
const dir = mkdtempSync(join(tmpdir(), 'otpnet-curl-'));
beforeAll(async () => {
  pki = await makePki();
});
afterEach(closeOurs);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our listener with node:http on each accepted connection, accepting until it is closed. */
async function httpsServer(
  leaf: PkiLeaf,
  opts: Record<string, unknown>,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Served> {
  const l = ours(await ssl.listen(0, { certfile: leaf.chain, keyfile: leaf.key, ...opts }));
  return serveOver(l, createServer(handler));
}

const hello = (req: IncomingMessage, res: ServerResponse) => res.end(`hello ${req.url}`);

/** curl -v against our server at https://localhost:port/path. */
const curl = (port: number, args: string[], path = '/') =>
  runCurl(['-v', '--cacert', pki.ca.cert, ...args, `https://localhost:${port}${path}`]);

const info = (r: ssl.SslSocket | ssl.TlsError) => {
  if (r instanceof ssl.TlsError) throw new Error(`our server failed: ${r.message}`);
  return ssl.connectionInformation(r);
};

describe.skipIf(missingPeers('curl'))('curl against our TLS 1.3 server', () => {
  it.each(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'])(
    'fetches a page over %s',
    async (suite) => {
      const served = await httpsServer(pki.serverEcdsa, {}, hello);
      const r = await curl(served.port, ['--tlsv1.3', '--tls13-ciphers', suite], '/page');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('hello /page');
      expect(r.stderr).toContain(`SSL connection using TLSv1.3 / ${suite}`);
      expect(info(await onlyConnection(served))).toMatchObject({ protocol: 'tlsv1.3', cipher_suite: suite });
    },
  );

  it('verifies the RSA and Ed25519 certificates, negotiates ALPN and reports SNI', async () => {
    for (const leaf of [pki.serverRsa, pki.serverEd25519]) {
      const served = await httpsServer(leaf, { alpn_preferred_protocols: ['http/1.1'] }, hello);
      const r = await curl(served.port, []);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('hello /');
      expect(r.stderr).toContain('ALPN: server accepted http/1.1');
      expect(r.stderr).toMatch(/SSL certificate verify ok/);
      const i = info(await onlyConnection(served));
      expect(i.negotiated_protocol).toBe('http/1.1');
      expect(i.sni_hostname).toBe('localhost');
      closeOurs();
    }
  });

  it('uses the noble provider', async () => {
    const served = await httpsServer(pki.serverP384, { crypto: 'noble' }, hello);
    const r = await curl(served.port, ['--tls13-ciphers', 'TLS_CHACHA20_POLY1305_SHA256']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('hello /');
    expect(info(await onlyConnection(served)).signature_algorithm).toBe('ecdsa_secp384r1_sha384');
  });

  it('requires a client certificate: curl with one gets the page, without one an alert', async () => {
    const opts = { verify: 'verify_peer', fail_if_no_peer_cert: true, cacertfile: pki.ca.cert };
    const served = await httpsServer(pki.serverEcdsa, opts, hello);
    const r = await curl(served.port, ['--cert', pki.client.cert, '--key', pki.client.key]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('hello /');
    expect(ssl.peercert((await onlyConnection(served)) as ssl.SslSocket, 'subject')).toContain('CN=client');

    served.results.length = 0;
    const refused = await curl(served.port, []);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/certificate required/);
    expect(alertOf(await onlyConnection(served))).toBe('certificate_required');
  });

  it('takes 4 MB up and sends 4 MB down intact', async () => {
    const down = randomBytes(4 << 20);
    const up = randomBytes(4 << 20);
    const upFile = join(dir, 'up.bin');
    const downFile = join(dir, 'down.bin');
    writeFileSync(upFile, up);
    const served = await httpsServer(pki.serverEcdsa, {}, (req, res) => {
      if (req.method === 'GET') {
        res.end(down);
        return;
      }
      const parts: Buffer[] = [];
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () => res.end(`${Buffer.concat(parts).length} ${sha256(Buffer.concat(parts))}`));
    });
    const post = await runCurl(
      ['--cacert', pki.ca.cert, '--data-binary', `@${upFile}`, `https://localhost:${served.port}/up`],
      { timeoutMs: 30_000 },
    );
    expect(post.code).toBe(0);
    expect(post.stdout).toBe(`${up.length} ${sha256(up)}`);
    const get = await runCurl(
      ['--cacert', pki.ca.cert, '-o', downFile, `https://localhost:${served.port}/down`],
      { timeoutMs: 30_000 },
    );
    expect(get.code).toBe(0);
    expect(sha256(readFileSync(downFile))).toBe(sha256(down));
    writeFileSync(upFile, '');
  });
});
