// The fixtures themselves, checked independently of any codec: the RFC 8448 bytes hash to the
// transcript hash the RFC prints, and the captured files have the framing their scripts promise.
// If one of these fails, a fixture was damaged or recaptured wrongly - not a codec bug.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixture, hexFixture, toHex } from '../fixtures/load.js';

describe('RFC 8448 section 3 fixtures', () => {
  const ch = hexFixture('tls/rfc8448-3-clienthello.hex');
  const sh = hexFixture('tls/rfc8448-3-serverhello.hex');

  it('are the complete records the RFC lists (201 and 95 octets)', () => {
    expect(ch.length).toBe(201);
    expect(sh.length).toBe(95);
    expect(toHex(ch.subarray(0, 5))).toBe('16030100c4');
    expect(toHex(sh.subarray(0, 5))).toBe('160303005a');
  });

  it('hash to the RFC transcript hash of ClientHello..ServerHello', () => {
    // RFC 8448 section 3, {server} derive secret "tls13 c hs traffic": hash (32 octets)
    const transcript = createHash('sha256').update(ch.subarray(5)).update(sh.subarray(5)).digest('hex');
    expect(transcript).toBe('860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8');
  });
});

describe('captured fixtures', () => {
  it.each([
    ['openssl-s_client-tls13-clienthello.bin', 1],
    ['openssl-s_client-tls13-clienthello2.bin', 1],
    ['openssl-s_server-tls13-hrr.bin', 2],
    ['openssl-s_server-tls13-serverhello.bin', 2],
  ])('%s is one whole handshake record holding one message of type %i', (file, msgType) => {
    const rec = fixture(`tls/${file}`);
    expect(rec[0]).toBe(22);
    expect((rec[3]! << 8) | rec[4]!).toBe(rec.length - 5);
    expect(rec[5]).toBe(msgType);
    expect((rec[6]! << 16) | (rec[7]! << 8) | rec[8]!).toBe(rec.length - 9);
  });

  it('the HelloRetryRequest carries the special random of RFC 8446 4.1.3', () => {
    const rec = fixture('tls/openssl-s_server-tls13-hrr.bin');
    const hrrRandom = createHash('sha256').update('HelloRetryRequest').digest('hex');
    expect(toHex(rec.subarray(11, 43))).toBe(hrrRandom);
  });

  it('epmd requests and the handshake message are framed with a 2-byte length', () => {
    for (const [f, code] of [
      ['epmd-alive2-req.bin', 120],
      ['epmd-port-please2-req.bin', 122],
      ['dist-send-name.bin', 78],
    ] as const) {
      const b = fixture(`dist/${f}`);
      expect((b[0]! << 8) | b[1]!).toBe(b.length - 2);
      expect(b[2]).toBe(code);
    }
  });

  it('OpenSSH KEXINIT is a bare payload starting with message number 20', () => {
    const p = fixture('ssh/openssh-kexinit.bin');
    expect(p[0]).toBe(20);
    // cookie, ten name-lists, boolean, uint32 reserved: walk the uint32 lengths to the end
    let pos = 17;
    for (let i = 0; i < 10; i++)
      pos += 4 + ((p[pos]! << 24) | (p[pos + 1]! << 16) | (p[pos + 2]! << 8) | p[pos + 3]!);
    expect(pos + 5).toBe(p.length);
  });

  it('OpenSSH KEX_ECDH_INIT is message 30 with one 32-byte string', () => {
    const p = fixture('ssh/openssh-kex-ecdh-init.bin');
    expect(toHex(p.subarray(0, 5))).toBe('1e00000020');
    expect(p.length).toBe(37);
  });

  it('term_to_binary outputs start with the version byte 131', () => {
    for (const f of [
      'nested-term.bin',
      'nested-term-utf8-atoms.bin',
      'compressed.bin',
      'atom-ok.bin',
      'small-int.bin',
    ]) {
      expect(fixture(`dist/${f}`)[0]).toBe(131);
    }
  });
});
