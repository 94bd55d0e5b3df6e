// What the TLS 1.2 server driver (server12.ts) builds on: the machine's table and first state, and
// the rows it only declines. Renegotiation is refused (RFC 5746 section 4.4 lets a server decline,
// as Erlang does by default) and never asked for; status_request is not answered.
import {
  type Alert,
  AlertDescription,
  type AlertInput,
  AlertLevel,
  type CertificateStatusInput,
  type ClientHello12,
  type HelloRequestInput,
  type Tls12ServerState,
  tls12ServerTransitions,
} from '@otpnet/tls-spec';
import type { SendStep, Step } from '@otpnet/wire';
import { alert } from '../errors.js';
import { type Action, MachineDriver } from './machine-driver.js';

export abstract class Server12Base extends MachineDriver<Tls12ServerState> {
  state: Tls12ServerState = 'START';
  protected readonly table = tls12ServerTransitions;

  protected get config() {
    return this.host.config;
  }

  protected override chooseSend(state: Tls12ServerState): string | undefined {
    // We never ask for renegotiation: CONNECTED only receives.
    if (state === 'CONNECTED' || state === 'HELLO_REQUEST_SENT') return undefined;
    return super.chooseSend(state);
  }

  sendCertificateStatus(
    _from: 'SEND_CERT_STATUS',
  ): SendStep<'SEND_SKE' | 'SEND_CR' | 'SEND_SHD', CertificateStatusInput, Action> {
    throw alert('internal_error', 'status_request is not answered');
  }

  sendHelloRequest(
    _from: 'CONNECTED' | 'HELLO_REQUEST_SENT',
  ): SendStep<'HELLO_REQUEST_SENT', HelloRequestInput, Action> {
    throw alert('internal_error', 'renegotiation is not requested');
  }

  onRenegotiationClientHello(
    _m: ClientHello12,
    _raw: Uint8Array,
    _from: 'CONNECTED' | 'HELLO_REQUEST_SENT',
  ): Step<'SEND_SH' | 'REFUSE_RENEGOTIATION', Action> {
    // RFC 5746 section 4.4 and RFC 5246 section 7.2.2: decline with the no_renegotiation warning
    // and go on; a host that cannot send a warning ends the connection with it instead.
    if (!this.host.sendAlert)
      throw alert('no_renegotiation_RESERVED', 'client-initiated renegotiation is refused');
    return { next: 'REFUSE_RENEGOTIATION' };
  }

  onNoRenegotiation(_m: Alert, _raw: Uint8Array, _from: 'HELLO_REQUEST_SENT'): Step<'CONNECTED', Action> {
    return { next: 'CONNECTED' };
  }

  sendNoRenegotiation(_from: 'REFUSE_RENEGOTIATION'): SendStep<'CONNECTED', AlertInput, Action> {
    const message = { level: AlertLevel.warning, description: AlertDescription.no_renegotiation_RESERVED };
    const run = (): void => this.host.sendAlert?.(message.level, message.description);
    return { next: 'CONNECTED', message, out: [{ kind: 'then', run }] };
  }

  protected need<T>(v: T | undefined): T {
    if (v === undefined) throw alert('internal_error', `tls12_server: state ${this.state} used out of order`);
    return v;
  }
}
