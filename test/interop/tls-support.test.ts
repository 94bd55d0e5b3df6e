// The TLS interop tests rest on test/support/tls-pki.ts and tls-peers.ts: the certificates must
// be what they claim (openssl verify accepts the good ones, rejects the bad ones for the right
// reason) and the peer runners must really connect real peers to each other before any test
// trusts them to judge our TLS code.
import { execFile } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPeer, missingPeers } from '../support/peers.js';
import {
  runCurl,
  runErlangTlsClient,
  runGnutlsClient,
  runOpensslClient,
  startErlangTlsServer,
  startGnutlsServer,
  startOpensslServer,
  stopAll,
} from '../support/tls-peers.js';
import { makePki, type Pki, type PkiLeaf } from '../support/tls-pki.js';

const run = promisify(execFile);

/** `openssl verify …args`: its exit code and everything it printed. */
async function verify(...args: string[]): Promise<{ ok: boolean; out: string }> {
  try {
    const r = await run(findPeer('openssl')!, ['verify', ...args], { encoding: 'utf8' });
    return { ok: true, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: (err.stdout ?? '') + (err.stderr ?? '') };
  }
}

describe.skipIf(missingPeers('openssl', 'gnutls-serv', 'gnutls-cli', 'curl', 'erl'))(
  'TLS test support',
  () => {
    let pki: Pki;

    beforeAll(async () => {
      pki = await makePki();
    });

    afterAll(async () => {
      await stopAll();
    });

    it('makes the PKI once per process', async () => {
      expect(await makePki()).toBe(pki);
    });

    it('gives every certificate its key, its DER and a 30-day validity', async () => {
      const all: Array<[string, { cert: string; key: string; certDer: Buffer; subject: string }]> = [
        ['ca', pki.ca],
        ['intermediate', pki.intermediate],
        ['otherCa', pki.otherCa],
        ['serverEcdsa', pki.serverEcdsa],
        ['serverRsa', pki.serverRsa],
        ['serverEd25519', pki.serverEd25519],
        ['serverP384', pki.serverP384],
        ['client', pki.client],
        ['clientRsa', pki.clientRsa],
        ['expired', pki.expired],
        ['wrongHost', pki.wrongHost],
        ['untrusted', pki.untrusted],
      ];
      for (const [name, c] of all) {
        const x = new X509Certificate(await readFile(c.cert));
        expect(Buffer.from(x.raw).equals(c.certDer), name).toBe(true);
        const keyPem = await readFile(c.key, 'utf8');
        expect(keyPem.startsWith('-----BEGIN PRIVATE KEY-----'), name).toBe(true);
        expect(x.checkPrivateKey(createPrivateKey(keyPem)), name).toBe(true);
        const days = (Date.parse(x.validTo) - Date.parse(x.validFrom)) / 86_400_000;
        expect(Math.round(days), name).toBe(30);
        expect(c.subject, name).toMatch(/^CN=/);
      }
      expect(new X509Certificate(await readFile(pki.serverEd25519.cert)).publicKey.asymmetricKeyType).toBe(
        'ed25519',
      );
      expect(new X509Certificate(await readFile(pki.serverP384.cert)).publicKey.asymmetricKeyDetails).toEqual(
        {
          namedCurve: 'secp384r1',
        },
      );
      expect(
        new X509Certificate(await readFile(pki.serverRsa.cert)).publicKey.asymmetricKeyDetails,
      ).toMatchObject({ modulusLength: 2048 });
      expect(pki.client.subject).toMatch(/^CN=client,/);
      expect(new X509Certificate(await readFile(pki.wrongHost.cert)).subjectAltName).toBe(
        'DNS:wrong.example',
      );

      const encrypted = await readFile(pki.serverEcdsa.encryptedKey, 'utf8');
      expect(encrypted.startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----')).toBe(true);
      const decrypted = createPrivateKey({ key: encrypted, passphrase: pki.serverEcdsa.keyPassword });
      const plain = createPrivateKey(await readFile(pki.serverEcdsa.key, 'utf8'));
      expect(decrypted.export({ format: 'der', type: 'pkcs8' })).toEqual(
        plain.export({ format: 'der', type: 'pkcs8' }),
      );
      expect(() => createPrivateKey({ key: encrypted, passphrase: 'wrong' })).toThrow();

      // The chain file is leaf then intermediate.
      const chain = (await readFile(pki.serverEcdsa.chain, 'utf8')).match(/-----BEGIN CERTIFICATE-----/g);
      expect(chain).toHaveLength(2);
    });

    it('has leaves openssl verify accepts for their purpose, and negative cases it rejects', async () => {
      const good: Array<[PkiLeaf, string]> = [
        [pki.serverRsa, 'sslserver'],
        [pki.serverEd25519, 'sslserver'],
        [pki.serverP384, 'sslserver'],
        [pki.client, 'sslclient'],
        [pki.clientRsa, 'sslclient'],
      ];
      const results = await Promise.all([
        ...good.map(([leaf, purpose]) =>
          purpose === 'sslserver'
            ? verify('-CAfile', pki.ca.cert, '-purpose', purpose, '-verify_hostname', 'localhost', leaf.cert)
            : verify('-CAfile', pki.ca.cert, '-purpose', purpose, leaf.cert),
        ),
        verify(
          '-CAfile',
          pki.ca.cert,
          '-purpose',
          'sslserver',
          '-untrusted',
          pki.intermediate.cert,
          pki.serverEcdsa.cert,
        ),
        verify(
          '-CAfile',
          pki.ca.cert,
          '-verify_ip',
          '127.0.0.1',
          '-untrusted',
          pki.serverEcdsa.chain,
          pki.serverEcdsa.cert,
        ),
        verify('-CAfile', pki.otherCa.cert, '-purpose', 'sslserver', pki.untrusted.cert),
        verify('-CAfile', pki.ca.cert, pki.wrongHost.cert),
      ]);
      for (const r of results) expect(r.out).toMatch(/: OK\n/);
      // Clients are not servers, and vice versa.
      expect((await verify('-CAfile', pki.ca.cert, '-purpose', 'sslserver', pki.client.cert)).ok).toBe(false);
      expect((await verify('-CAfile', pki.ca.cert, '-purpose', 'sslclient', pki.serverRsa.cert)).ok).toBe(
        false,
      );
      // Without the intermediate the ECDSA server's chain does not reach the root.
      expect((await verify('-CAfile', pki.ca.cert, pki.serverEcdsa.cert)).ok).toBe(false);

      const expired = await verify('-CAfile', pki.ca.cert, pki.expired.cert);
      expect(expired.ok).toBe(false);
      expect(expired.out).toContain('certificate has expired');
      const untrusted = await verify('-CAfile', pki.ca.cert, pki.untrusted.cert);
      expect(untrusted.ok).toBe(false);
      expect(untrusted.out).toContain('unable to get local issuer certificate');
      const wrongHost = await verify(
        '-CAfile',
        pki.ca.cert,
        '-verify_hostname',
        'localhost',
        pki.wrongHost.cert,
      );
      expect(wrongHost.ok).toBe(false);
      expect(wrongHost.out).toContain('hostname mismatch');
    });

    it('connects openssl s_client to openssl s_server with the ECDSA chain', async () => {
      const srv = await startOpensslServer([
        '-cert',
        pki.serverEcdsa.cert,
        '-key',
        pki.serverEcdsa.encryptedKey,
        '-pass',
        `pass:${pki.serverEcdsa.keyPassword}`,
        '-cert_chain',
        pki.intermediate.cert,
        '-naccept',
        '1',
      ]);
      const r = await runOpensslClient(
        ['-verify_return_error', '-CAfile', pki.ca.cert, '-verify_hostname', 'localhost', '-brief'],
        'ping\n',
        { port: srv.port, timeoutMs: 10_000, waitFor: /CONNECTION ESTABLISHED/ },
      );
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('Verification: OK');
      expect(r.stderr).toMatch(/Protocol version: TLSv1\.3/);
      await srv.waitFor(/ping/, 5000);
      await srv.stop();
    });

    it('fails s_client against an expired server certificate', async () => {
      const srv = await startOpensslServer([
        '-cert',
        pki.expired.cert,
        '-key',
        pki.expired.key,
        '-naccept',
        '1',
      ]);
      const r = await runOpensslClient(['-verify_return_error', '-CAfile', pki.ca.cert, '-brief'], '', {
        port: srv.port,
        timeoutMs: 10_000,
      });
      expect(r.code).not.toBe(0);
      expect(r.output).toContain('certificate has expired');
      await srv.stop();
    });

    it('connects gnutls-cli to gnutls-serv', async () => {
      const srv = await startGnutlsServer([
        '--echo',
        '--x509certfile',
        pki.serverRsa.cert,
        '--x509keyfile',
        pki.serverRsa.key,
      ]);
      const r = await runGnutlsClient(['--x509cafile', pki.ca.cert], 'hello gnutls\n', {
        port: srv.port,
        timeoutMs: 10_000,
        waitFor: /^hello gnutls$/m,
      });
      expect(r.timedOut).toBe(false);
      expect(r.code).toBe(0);
      expect(r.output).toMatch(/Status: The certificate is trusted/);
      expect(r.stdout).toMatch(/^hello gnutls$/m);
      await srv.stop();
    });

    it('fetches a page with curl from openssl s_server -www', async () => {
      const srv = await startOpensslServer(['-cert', pki.serverRsa.cert, '-key', pki.serverRsa.key, '-www']);
      const r = await runCurl(['--cacert', pki.ca.cert, `https://127.0.0.1:${srv.port}/`]);
      expect(r.code).toBe(0);
      // The page quotes the server's command line, so this also shows the port went where meant.
      expect(r.stdout).toContain(`s_server -accept 127.0.0.1:${srv.port} `);
      await srv.stop();
    });

    it('echoes through the Erlang server to openssl s_client', async () => {
      const srv = await startErlangTlsServer({
        certfile: pki.serverEcdsa.chain,
        keyfile: pki.serverEcdsa.key,
        versions: ['tlsv1.3', 'tlsv1.2'],
      });
      const r = await runOpensslClient(['-verify_return_error', '-CAfile', pki.ca.cert, '-brief'], 'hello', {
        port: srv.port,
        timeoutMs: 10_000,
        waitFor: /hello/,
      });
      expect(r.timedOut).toBe(false);
      expect(r.stdout).toBe('hello');
      await srv.waitFor(/^CLOSED$/m, 5000);
      expect(srv.output()).toMatch(/^HANDSHAKE tlsv1\.3 TLS_/m);
      await srv.stop();
    });

    it('runs the Erlang client against openssl s_server -rev', async () => {
      const srv = await startOpensslServer([
        '-cert',
        pki.serverP384.cert,
        '-key',
        pki.serverP384.key,
        '-rev',
      ]);
      const r = await runErlangTlsClient({
        port: srv.port,
        payload: 'hello\n',
        cacertfile: pki.ca.cert,
        versions: ['tlsv1.2'],
        extra: '[{log_level, error}]',
      });
      expect(r.error).toBeUndefined();
      expect(r.code).toBe(0);
      expect(r.echo?.toString()).toBe('olleh\n');
      expect(r.protocol).toBe('tlsv1.2');
      expect(r.cipher).toMatch(/^TLS_ECDHE_ECDSA_WITH_/);
      await srv.stop();
    });

    it('reports the Erlang client rejecting an untrusted server', async () => {
      const srv = await startOpensslServer(['-cert', pki.untrusted.cert, '-key', pki.untrusted.key]);
      const r = await runErlangTlsClient({
        port: srv.port,
        payload: 'x',
        cacertfile: pki.ca.cert,
        extra: '[{log_level, none}]',
      });
      expect(r.code).toBe(1);
      expect(r.error).toMatch(/unknown_ca/);
      await srv.stop();
    });
  },
);
