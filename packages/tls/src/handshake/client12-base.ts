// What the TLS 1.2 client driver (client12.ts) builds on: the machine's table and first state, and
// the rows it only declines. The ClientHello was sent by the TLS 1.3 client (one hello offers both
// versions); renegotiation is declined (RFC 5246 section 7.4.1.1).
import {
  type Alert,
  AlertDescription,
  type AlertInput,
  AlertLevel,
  type ClientHello12Input,
  type HelloRequest,
  type ServerHello12,
  type Tls12ClientState,
  tls12ClientTransitions,
} from '@otpnet/tls-spec';
import type { SendStep, Step } from '@otpnet/wire';
import { alert } from '../errors.js';
import { type Action, MachineDriver } from './machine-driver.js';

export abstract class Client12Base extends MachineDriver<Tls12ClientState> {
  // The ClientHello is already out.
  state: Tls12ClientState = 'WAIT_SH';
  protected readonly table = tls12ClientTransitions;

  protected get config() {
    return this.host.config;
  }

  protected override chooseSend(state: Tls12ClientState): string | undefined {
    if (state === 'CONNECTED') return undefined;
    if (state === 'HELLO_REQUESTED') return 'no_renegotiation_RESERVED';
    return super.chooseSend(state);
  }

  sendClientHello(_from: 'START'): SendStep<'WAIT_SH', ClientHello12Input, Action> {
    throw alert('internal_error', 'the TLS 1.2 client starts after the ClientHello');
  }

  /** RFC 5246 section 7.4.1.1: decline with the no_renegotiation warning, or silently without one. */
  onHelloRequest(
    _m: HelloRequest,
    _raw: Uint8Array,
    _from: 'CONNECTED',
  ): Step<'CONNECTED' | 'HELLO_REQUESTED', Action> {
    return { next: this.host.sendAlert ? 'HELLO_REQUESTED' : 'CONNECTED' };
  }

  /** A HelloRequest during a handshake is ignored and not hashed (RFC 5246 section 7.4.1.1). */
  ignoreHelloRequest<S extends Tls12ClientState>(
    _m: HelloRequest,
    _raw: Uint8Array,
    from: S,
  ): Step<S, Action> {
    return { next: from };
  }

  sendRenegotiationClientHello(
    _from: 'CONNECTED' | 'HELLO_REQUESTED',
  ): SendStep<'RENEG_WAIT_SH', ClientHello12Input, Action> {
    throw alert('internal_error', 'renegotiation is not started');
  }

  sendNoRenegotiation(_from: 'HELLO_REQUESTED'): SendStep<'CONNECTED', AlertInput, Action> {
    const message = { level: AlertLevel.warning, description: AlertDescription.no_renegotiation_RESERVED };
    const run = (): void => this.host.sendAlert?.(message.level, message.description);
    return { next: 'CONNECTED', message, out: [{ kind: 'then', run }] };
  }

  onRenegotiationServerHello(
    _m: ServerHello12,
    _raw: Uint8Array,
    _from: 'RENEG_WAIT_SH',
  ): Step<'WAIT_CERT' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'RESUME_WAIT_NST' | 'RESUME_WAIT_CCS', Action> {
    throw alert('unexpected_message', 'no renegotiation was started');
  }

  onNoRenegotiation(_m: Alert, _raw: Uint8Array, _from: 'RENEG_WAIT_SH'): Step<'CONNECTED', Action> {
    return { next: 'CONNECTED' };
  }

  protected need<T>(v: T | undefined): T {
    if (v === undefined) throw alert('internal_error', `tls12_client: state ${this.state} used out of order`);
    return v;
  }
}
