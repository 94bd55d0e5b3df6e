// The TLS 1.3 traffic secrets of one connection (RFC 8446 section 7.1) and the record protections
// they key, for both sides: handshake, application, and each KeyUpdate (section 4.6.3). Client and
// server drivers share it so the derivations and the keylog labels are written once.
import {
  type CipherSuitesRow,
  type KeyUpdate,
  type KeyUpdateInput,
  KeyUpdateRequest,
} from '@otpnet/tls-spec';
import { alert } from '../errors.js';
import { protection13 } from '../record/ciphers.js';
import type { RecordProtection } from '../record/protection.js';
import type { HandshakeHost } from './driver.js';
import { KeySchedule13 } from './key-schedule13.js';
import type { Action } from './machine-driver.js';

export type Side = 'c' | 's';

export class Traffic13 {
  readonly schedule: KeySchedule13;
  private readonly hs: Record<Side, Uint8Array> = { c: new Uint8Array(0), s: new Uint8Array(0) };
  private readonly ap: Record<Side, Uint8Array> = { c: new Uint8Array(0), s: new Uint8Array(0) };

  constructor(
    private readonly host: HandshakeHost,
    readonly suite: CipherSuitesRow,
    psk?: Uint8Array,
  ) {
    this.schedule = new KeySchedule13(host.config.crypto, suite.prf, psk);
  }

  /** The handshake traffic secrets from the (EC)DHE secret and Hash(ClientHello..ServerHello). */
  startHandshake(shared: Uint8Array, transcriptHash: Uint8Array): void {
    this.schedule.startHandshake(shared);
    this.hs.c = this.schedule.handshakeTraffic('c', transcriptHash);
    this.hs.s = this.schedule.handshakeTraffic('s', transcriptHash);
    this.host.keylog('CLIENT_HANDSHAKE_TRAFFIC_SECRET', this.hs.c);
    this.host.keylog('SERVER_HANDSHAKE_TRAFFIC_SECRET', this.hs.s);
  }

  /** The application traffic secrets and the exporter secret, over Hash(ClientHello..server Finished). */
  startApplication(transcriptHash: Uint8Array): void {
    this.schedule.startMaster();
    this.ap.c = this.schedule.applicationTraffic('c', transcriptHash);
    this.ap.s = this.schedule.applicationTraffic('s', transcriptHash);
    const exporter = this.schedule.exporterMaster(transcriptHash);
    this.host.negotiated.exporterSecret = exporter;
    this.host.keylog('CLIENT_TRAFFIC_SECRET_0', this.ap.c);
    this.host.keylog('SERVER_TRAFFIC_SECRET_0', this.ap.s);
    this.host.keylog('EXPORTER_SECRET', exporter);
  }

  handshakeProtection(side: Side): RecordProtection {
    return this.protection(this.hs[side]);
  }

  applicationProtection(side: Side): RecordProtection {
    return this.protection(this.ap[side]);
  }

  /** verify_data of a Finished sent by `side` over the transcript so far. */
  finished(side: Side, transcriptHash: Uint8Array): Uint8Array {
    return this.schedule.finished(this.hs[side], transcriptHash);
  }

  /** Moves `side` to its next application traffic secret and returns the new protection. */
  next(side: Side): RecordProtection {
    this.ap[side] = this.schedule.nextTraffic(this.ap[side]);
    return this.applicationProtection(side);
  }

  /** The actions for a KeyUpdate received from `peer`; `answer` sends ours when one is requested. */
  onKeyUpdate(m: KeyUpdate, peer: Side, answer: () => void): Action[] {
    if (
      m.request_update !== KeyUpdateRequest.update_not_requested &&
      m.request_update !== KeyUpdateRequest.update_requested
    )
      throw alert('illegal_parameter', `KeyUpdate request ${m.request_update}`);
    const out: Action[] = [{ kind: 'read_keys', protection: this.next(peer) }];
    if (m.request_update === KeyUpdateRequest.update_requested) out.push({ kind: 'then', run: answer });
    return out;
  }

  /** Our KeyUpdate as `own`: the message, then the switch of our write keys after it. */
  keyUpdate(own: Side, requestPeer: boolean): { message: KeyUpdateInput; out: Action[] } {
    const request = requestPeer ? KeyUpdateRequest.update_requested : KeyUpdateRequest.update_not_requested;
    return {
      message: { request_update: request },
      out: [{ kind: 'write_keys', protection: this.next(own) }],
    };
  }

  private protection(secret: Uint8Array): RecordProtection {
    const { crypto, padding } = this.host.config;
    return protection13(crypto, this.suite, this.schedule, secret, padding);
  }
}
