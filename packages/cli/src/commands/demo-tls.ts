// The TLS part of `otpnet demo` that runs the runtime: a throwaway CA and server certificate made
// in-process, our TLS server on 127.0.0.1, our client and (when installed) `openssl s_client`
// connecting to it, and what each connection negotiated.
import { execFile } from 'node:child_process';
import { getProvider, keys, x509 } from '@otpnet/crypto';
import * as ssl from '@otpnet/tls';

interface Pki {
  readonly ca: x509.Certificate;
  readonly serverCert: x509.Certificate;
  readonly serverKey: Uint8Array;
}

function throwawayPki(): Pki {
  const crypto = getProvider();
  const caKey = x509.generateEcKey(crypto);
  const ca = x509.issueCertificate(crypto, { commonName: 'otpnet demo CA', key: caKey, ca: true, days: 1 });
  const key = x509.generateEcKey(crypto);
  const serverCert = x509.issueCertificate(crypto, {
    commonName: 'localhost',
    key,
    issuer: { cert: ca, key: caKey },
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1'],
    usages: ['serverAuth'],
    days: 1,
  });
  return { ca, serverCert, serverKey: keys.encodePkcs8(key) };
}

function describe(s: ssl.SslSocket): string {
  const i = ssl.connectionInformation(s);
  return `${i.protocol}, ${i.cipher_suite}, group ${i.ecc ?? '-'}, ALPN ${i.negotiated_protocol ?? '-'}, SNI ${i.sni_hostname ?? '-'}`;
}

/** `openssl s_client` sends one line and prints what comes back; undefined when not installed. */
function opensslClient(port: number, caFile: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = execFile(
      'openssl',
      [
        's_client',
        '-connect',
        `127.0.0.1:${port}`,
        '-servername',
        'localhost',
        '-CAfile',
        caFile,
        '-verify_return_error',
        '-quiet',
        '-alpn',
        'http/1.1',
      ],
      { timeout: 5000 },
      (err, stdout) => resolve(err && !stdout ? undefined : stdout.trim()),
    );
    child.stdin?.end('hello from openssl s_client\n');
  });
}

export async function tlsRuntimePart(caFile: (pem: string) => string): Promise<boolean> {
  const pki = throwawayPki();
  console.log('\n== TLS 1.3 over loopback: our server, our client, and openssl s_client');
  const l = await ssl.listen(0, {
    ip: '127.0.0.1',
    cert: pki.serverCert.der,
    key: ['PrivateKeyInfo', pki.serverKey],
    alpn_preferred_protocols: ['h2', 'http/1.1'],
  });
  let served = 0;
  const serving = (async () => {
    while (!l.closed) {
      const s = await ssl.accept(l, 10_000).catch(() => undefined);
      if (!s) break;
      served++;
      console.log(`server: handshake ${served} done: ${describe(s)}`);
      s.on('ssl', (d) => {
        void ssl
          .send(s, `echo: ${Buffer.from(d as Uint8Array).toString()}`)
          .then(() => ssl.shutdown(s, 'write'));
      });
    }
  })();
  let ok = true;
  try {
    const c = await ssl.connect(
      'localhost',
      l.port,
      { cacerts: [pki.ca.der], alpn_advertised_protocols: ['h2'] },
      5000,
    );
    console.log(`client: connected: ${describe(c)}; server certificate ${ssl.peercert(c, 'subject')}`);
    const reply = new Promise<string>((resolve) =>
      c.once('ssl', (d) => resolve(Buffer.from(d as Uint8Array).toString())),
    );
    await ssl.send(c, 'hello from otpnet');
    console.log(`client: got "${await reply}"`);
    await ssl.close(c);
    const fromOpenssl = await opensslClient(l.port, caFile(x509.certificateToPem(pki.ca)));
    if (fromOpenssl === undefined) console.log('openssl not found: skipped the s_client connection');
    else {
      console.log(`openssl s_client: got "${fromOpenssl}"`);
      ok = fromOpenssl.includes('echo: hello from openssl');
    }
  } catch (e) {
    console.log(`TLS demo failed: ${e instanceof Error ? e.message : String(e)}`);
    ok = false;
  } finally {
    l.close();
    await serving;
  }
  return ok;
}
