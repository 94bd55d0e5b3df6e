// The ssl API over loopback TCP, our client against our server: connect/listen/transportAccept/
// handshake, delivery modes, connection information, half-close, stream(), and option errors.
import { createServer, request } from 'node:http';
import { gen_tcp } from '@otpnet/inet';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makePki, type Pki } from '../../../test/support/tls-pki.js';
import * as ssl from '../src/index.js';

let pki: Pki;
const open: { close(): void }[] = [];
const track = <T extends { close(): void }>(x: T): T => {
  open.push(x);
  return x;
};

beforeAll(async () => {
  pki = await makePki();
});
afterEach(() => {
  for (const x of open.splice(0)) x.close();
});

const serverOpts = (more = {}) => ({
  certfile: pki.serverEcdsa.chain,
  keyfile: pki.serverEcdsa.key,
  ...more,
});
const clientOpts = (more = {}) => ({ cacertfile: pki.ca.cert, ...more });

describe('ssl API over loopback', () => {
  it('connects, echoes in active mode, and reports the connection', async () => {
    const l = track(await ssl.listen(0, serverOpts({ alpn_preferred_protocols: ['h2', 'http/1.1'] })));
    const port = l.port;
    const accepted = (async () => {
      const t = await ssl.transportAccept(l, 5000);
      const s = track(await ssl.handshake(t, 5000));
      s.on('ssl', (d) => void ssl.send(s, d));
      return s;
    })();
    const c = track(
      await ssl.connect('localhost', port, clientOpts({ alpn_advertised_protocols: ['h2'] }), 5000),
    );
    const got = new Promise<Uint8Array>((resolve) => c.once('ssl', (d) => resolve(d as Uint8Array)));
    await ssl.send(c, 'hello');
    expect(Buffer.from(await got).toString()).toBe('hello');
    const info = ssl.connectionInformation(c);
    expect(info.protocol).toBe('tlsv1.3');
    expect(info.sni_hostname).toBe('localhost');
    expect(Buffer.from(ssl.negotiatedProtocol(c)).toString()).toBe('h2');
    expect(ssl.peercert(c, 'subject')).toContain('CN=localhost');
    expect(ssl.peername(c).port).toBe(port);
    const s = await accepted;
    expect(ssl.connectionInfo(s).cipher).toBe(info.cipher_suite);
    const a = ssl.prf(c, 'master_secret', 'EXPORTER-test', new Uint8Array(0), 32);
    expect(Buffer.from(ssl.prf(s, 'master_secret', 'EXPORTER-test', new Uint8Array(0), 32))).toEqual(
      Buffer.from(a),
    );
  });

  it('receives in passive mode with recv, and switches with setopts', async () => {
    const l = track(await ssl.listen(0, serverOpts()));
    const serverSide = ssl.accept(l, 5000);
    const c = track(await ssl.connect('localhost', l.port, clientOpts({ active: false }), 5000));
    const s = track(await serverSide);
    await ssl.send(s, 'abcdef');
    expect(Buffer.from((await ssl.recv(c, 3, 5000)) as Uint8Array).toString()).toBe('abc');
    expect(Buffer.from((await ssl.recv(c, 0, 5000)) as Uint8Array).toString()).toBe('def');
    await expect(ssl.recv(c, 0, 50)).rejects.toMatchObject({ reason: 'timeout' });
    await ssl.setopts(c, { active: 'once', mode: 'list' });
    const got = new Promise((resolve) => c.once('ssl', resolve));
    await ssl.send(s, 'x');
    expect(await got).toEqual([120]);
  });

  it('half-closes: shutdown write still lets the peer answer', async () => {
    const l = track(await ssl.listen(0, serverOpts()));
    const serverSide = ssl.accept(l, 5000);
    const c = track(await ssl.connect('localhost', l.port, clientOpts({ active: false }), 5000));
    const s = track(await serverSide);
    const closed = new Promise((resolve) => s.once('ssl_closed', resolve));
    await ssl.shutdown(c, 'write');
    await closed;
    await expect(ssl.recv(c, 0, 5000)).rejects.toMatchObject({ reason: 'closed' });
  });

  it('fails the handshake with the alert as the reason on both sides', async () => {
    const l = track(await ssl.listen(0, serverOpts()));
    const serverSide = ssl.accept(l, 5000).catch((e: ssl.TlsError) => e);
    const err = await ssl
      .connect('127.0.0.1', l.port, { cacertfile: pki.otherCa.cert }, 5000)
      .catch((e) => e);
    expect(err).toBeInstanceOf(ssl.TlsError);
    expect((err as ssl.TlsError).reason).toMatchObject({ tls_alert: ['unknown_ca', expect.any(String)] });
    expect(ssl.formatError((err as ssl.TlsError).reason)).toContain('Unknown CA');
    const se = (await serverSide) as ssl.TlsError;
    expect(se.reason).toMatchObject({
      tls_alert: ['unknown_ca', expect.stringContaining('received CLIENT ALERT')],
    });
  });

  it('checks the host name, and does not send SNI for an IP literal', async () => {
    const wrong = track(await ssl.listen(0, { certfile: pki.wrongHost.cert, keyfile: pki.wrongHost.key }));
    void ssl.accept(wrong, 5000).catch(() => undefined);
    const err = await ssl.connect('localhost', wrong.port, clientOpts(), 5000).catch((e) => e);
    expect((err as ssl.TlsError).reason).toMatchObject({
      tls_alert: ['handshake_failure', expect.any(String)],
    });
    const l = track(await ssl.listen(0, serverOpts()));
    const ipOnly = ssl.accept(l, 5000);
    track(await ssl.connect('127.0.0.1', l.port, clientOpts(), 5000));
    expect(ssl.connectionInformation(await ipOnly).sni_hostname).toBeUndefined();
    const serverSide = ssl.accept(l, 5000);
    const c = track(
      await ssl.connect('127.0.0.1', l.port, clientOpts({ server_name_indication: 'localhost' }), 5000),
    );
    expect(ssl.connectionInformation(await serverSide).sni_hostname).toBe('localhost');
    expect(c).toBeDefined();
  });

  it('upgrades a gen_tcp socket', async () => {
    const l = track(await ssl.listen(0, serverOpts()));
    const serverSide = ssl.accept(l, 5000);
    const tcp = await gen_tcp.connect('localhost', l.port, { active: false });
    const c = track(await ssl.connect(tcp, clientOpts({ server_name_indication: 'localhost' }), 5000));
    const s = track(await serverSide);
    s.on('ssl', (d) => void ssl.send(s, d));
    const got = new Promise((resolve) => c.once('ssl', resolve));
    await ssl.send(c, 'over tcp');
    expect(Buffer.from((await got) as Uint8Array).toString()).toBe('over tcp');
  });

  it('carries node:http over s.stream()', async () => {
    const l = track(await ssl.listen(0, serverOpts()));
    const http = createServer((req, res) => res.end(`you asked for ${req.url}`));
    void ssl.accept(l, 5000).then((s) => http.emit('connection', s.stream()));
    const c = track(await ssl.connect('localhost', l.port, clientOpts(), 5000));
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(
        { createConnection: () => c.stream() as never, path: '/page', headers: { connection: 'close' } },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => {
            text += d.toString();
          });
          res.on('end', () => resolve(text));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(body).toBe('you asked for /page');
    http.close();
  });

  it('resumes a TLS 1.3 session with a ticket (session_tickets auto / stateless)', async () => {
    const l = track(await ssl.listen(0, serverOpts({ session_tickets: 'stateless' })));
    const echo = async () => {
      const s = track(await ssl.accept(l, 5000));
      s.on('ssl', (d) => void ssl.send(s, d));
      return s;
    };
    const round = async () => {
      const accepted = echo();
      const c = track(await ssl.connect('localhost', l.port, clientOpts({ session_tickets: 'auto' }), 5000));
      const got = new Promise((resolve) => c.once('ssl', resolve));
      await ssl.send(c, 'x');
      await got; // the tickets came before the echo
      const s = await accepted;
      return [
        ssl.connectionInformation(c).session_resumption,
        ssl.connectionInformation(s).session_resumption,
      ];
    };
    expect(await round()).toEqual([false, false]);
    expect(await round()).toEqual([true, true]);
  });

  it('resumes a TLS 1.2 session by its id (reuse_sessions, the default)', async () => {
    const l = track(await ssl.listen(0, serverOpts({ versions: ['tlsv1.2'] })));
    const round = async () => {
      const accepted = ssl.accept(l, 5000);
      const c = track(await ssl.connect('localhost', l.port, clientOpts(), 5000));
      const s = track(await accepted);
      expect(ssl.connectionInformation(c).protocol).toBe('tlsv1.2');
      return [
        ssl.connectionInformation(c).session_resumption,
        ssl.connectionInformation(s).session_resumption,
      ];
    };
    expect(await round()).toEqual([false, false]);
    expect(await round()).toEqual([true, true]);
  });

  it('refuses bad options by name', async () => {
    await expect(ssl.connect('localhost', 1, { versions: ['tlsv1.1'] })).rejects.toThrow(
      /versions: tlsv1.1: TLS 1.1 is deprecated/,
    );
    await expect(ssl.connect('localhost', 1, { depth: -1 })).rejects.toThrow(/depth/);
    await expect(ssl.connect('localhost', 1, { bogus: 1 })).rejects.toThrow(
      /bogus: not an ssl or socket option/,
    );
    await expect(ssl.connect('localhost', 1, { verify_fun: [() => 0, 0] })).rejects.toThrow(
      /verify_fun is not supported yet/,
    );
    await expect(ssl.connect('localhost', 1, { ciphers: 'RC4-SHA' })).rejects.toThrow(/RC4 is prohibited/);
    await expect(ssl.connect('localhost', 1, { cb_info: ['my_transport', 'd', 'c', 'e'] })).rejects.toThrow(
      /cb_info: a custom transport is given as a Duplex/,
    );
    await expect(ssl.listen(0, {})).rejects.toThrow(/certfile: a server needs a certificate/);
    await expect(ssl.listen(0, serverOpts({ keyfile: pki.client.key }))).rejects.toThrow(/does not belong/);
  });
});
