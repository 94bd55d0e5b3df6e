// The server's first step, before a version is chosen: the ClientHello decides between the TLS 1.3
// driver and the TLS 1.2 one (RFC 8446 section 4.2.1; RFC 5246 appendix E.1).
import { decodeHandshake12, HandshakeType, KeyExchangeAlgorithm, ProtocolVersion } from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import type { HandshakeDriver, HandshakeHost } from './driver.js';
import { bodyOf, findExt } from './extensions.js';
import { Server13Driver } from './server13.js';
import { startTls12Server } from './tls12-handoff.js';

export class ServerEntryDriver implements HandshakeDriver {
  readonly state = 'START';

  constructor(private readonly host: HandshakeHost) {}

  start(): void {}

  onHandshake(raw: Uint8Array): void {
    if (raw[0] !== HandshakeType.client_hello) throw alert('unexpected_message', 'expected a ClientHello');
    const m = decodeHandshake12(raw, { kex: KeyExchangeAlgorithm.ec_diffie_hellman });
    if (m.body.case !== 'client_hello') throw alert('decode_error', 'malformed ClientHello');
    const hello = m.body.value;
    const sv = findExt(hello.extensions, 'supported_versions');
    const offered = sv === undefined ? [] : bodyOf<{ versions: number[] }>(sv, 'supported_versions').versions;
    const { versions } = this.host.config;
    if (offered.includes(ProtocolVersion.tls1_3) && versions.includes('tlsv1.3')) {
      const d = new Server13Driver(this.host);
      this.host.switchDriver(d);
      d.onHandshake(raw);
      return;
    }
    const tls12 =
      sv === undefined
        ? hello.client_version >= ProtocolVersion.tls1_2
        : offered.includes(ProtocolVersion.tls1_2);
    if (tls12 && versions.includes('tlsv1.2')) {
      startTls12Server(this.host, raw);
      return;
    }
    throw alert('protocol_version', 'no protocol version in common');
  }

  onChangeCipherSpec(): void {
    throw alert('unexpected_message', 'change_cipher_spec before the ClientHello');
  }
}
