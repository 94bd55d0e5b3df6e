// The TLS 1.3 client (RFC 8446): the handlers of the generated tls13_client machine. The same
// driver sends the first ClientHello for both versions; a ServerHello that picks TLS 1.2 hands the
// connection to the TLS 1.2 client.
import type { x509 } from '@otpnet/crypto';
import {
  type Certificate,
  type CertificateInput,
  type CertificateRequest,
  type CertificateVerify,
  type CertificateVerifyInput,
  type ClientHelloInput,
  decodeHandshake,
  type EncryptedExtensions,
  type EndOfEarlyDataInput,
  encodeHandshake,
  type Finished,
  type FinishedInput,
  HandshakeType,
  type HelloRetryRequest,
  type KeyUpdate,
  type KeyUpdateInput,
  type NewSessionTicket,
  ProtocolVersion,
  receiveTls13Client,
  type ServerHello,
  sendTls13Client,
  type Tls13ClientHandlers,
  type Tls13ClientSent,
  type Tls13ClientState,
  tls13ClientEventOf,
  tls13ClientTransitions,
} from '@otpnet/tls-spec';
import type { SendStep, Step } from '@otpnet/wire';
import type { CertifiedKey } from '../config/config.js';
import { alert } from '../errors.js';
import { type ClientOffer, helloOf, makeClientOffer } from './client-hello.js';
import { checkEncryptedExtensions } from './client13-extensions.js';
import {
  checkHelloFields,
  checkOlderServerHello,
  checkRetryRequest,
  isRetryRequest,
  serverHelloVersion,
} from './client13-hello.js';
import { acceptedPsk, keepTicket } from './client13-resume.js';
import type { HandshakeHost } from './driver.js';
import { bodyOf, checkSolicited, checkUnique, findExt } from './extensions.js';
import { KeyShare } from './key-share.js';
import { type Action, MachineDriver } from './machine-driver.js';
import { checkPeerChain, peerChainOf } from './peer-certificate.js';
import { encodeWithBinder } from './psk13.js';
import { certificateVerifyContent, chooseScheme, sign, verifySignature } from './signatures.js';
import { startTls12Client } from './tls12-handoff.js';
import { Traffic13 } from './traffic13.js';
import { Transcript } from './transcript.js';

const X509 = { certificateType: 0 } as const;
export class Client13Driver extends MachineDriver<Tls13ClientState> implements Tls13ClientHandlers<Action> {
  state: Tls13ClientState = 'START';
  protected readonly table = tls13ClientTransitions;
  readonly transcript: Transcript;
  readonly offer: ClientOffer;
  private traffic: Traffic13 | undefined;
  private retried = false;
  private ccsSent = false;
  private request: CertificateRequest | undefined;
  private clientCert: CertifiedKey | undefined;
  private peerLeaf: x509.Certificate | undefined;
  private requestPeerUpdate = false;
  private resumed = false;
  private resumptionMaster: Uint8Array | undefined;

  constructor(host: HandshakeHost) {
    super(host);
    this.transcript = new Transcript(host.config.crypto);
    this.offer = makeClientOffer(host.config);
    host.negotiated.clientRandom = this.offer.random;
    if (host.config.serverName !== undefined) host.negotiated.serverName = host.config.serverName;
  }

  private get config() {
    return this.host.config;
  }

  // ---------------------------------------------------------------- driver

  protected receive(raw: Uint8Array): Step<Tls13ClientState, Action> {
    const waitingForHello = this.state === 'WAIT_SH' || this.state === 'WAIT_SH_AFTER_HRR';
    if (waitingForHello && raw[0] === HandshakeType.server_hello && !isRetryRequest(raw)) {
      if (serverHelloVersion(this.config, raw) !== ProtocolVersion.tls1_3) {
        checkOlderServerHello(this.config, this.host.negotiated, this.retried, raw);
        startTls12Client(this.host, this.offer, this.transcript, raw);
        return { next: this.state };
      }
    }
    const m = decodeHandshake(raw, X509);
    return receiveTls13Client(this, this.state, tls13ClientEventOf(m, raw));
  }

  protected send(message: keyof Tls13ClientSent): SendStep<Tls13ClientState, unknown, Action> {
    const step = sendTls13Client(this, this.state, message);
    const msg = { body: { case: message, value: step.message } as never };
    const resume = message === 'client_hello' ? this.offer.resume : undefined;
    const raw = resume
      ? encodeWithBinder(this.config.crypto, msg, resume, this.transcript.messages())
      : encodeHandshake(msg, X509);
    this.transcript.add(raw);
    this.host.sendHandshake(raw);
    return step;
  }

  protected override chooseSend(state: Tls13ClientState): string | undefined {
    if (state === 'CONNECTED') return undefined;
    return super.chooseSend(state);
  }

  updateKeys(requestPeer: boolean): void {
    if (this.state !== 'CONNECTED') return;
    this.requestPeerUpdate = requestPeer;
    this.runSend('key_update');
  }

  // ---------------------------------------------------------------- hellos

  sendClientHello(_from: 'START'): SendStep<'WAIT_SH', ClientHelloInput, Action> {
    return { next: 'WAIT_SH', message: this.offer.hello };
  }

  onServerHello(m: ServerHello, raw: Uint8Array, _from: 'WAIT_SH'): Step<'WAIT_EE', Action> {
    return { next: 'WAIT_EE', out: this.acceptServerHello(m, raw) };
  }

  onServerHelloAfterRetry(
    m: ServerHello,
    raw: Uint8Array,
    _from: 'WAIT_SH_AFTER_HRR',
  ): Step<'WAIT_EE', Action> {
    if (m.cipher_suite !== this.traffic?.suite.suite)
      throw alert('illegal_parameter', 'ServerHello suite differs from the HelloRetryRequest');
    return { next: 'WAIT_EE', out: this.acceptServerHello(m, raw) };
  }

  private acceptServerHello(m: ServerHello, raw: Uint8Array): Action[] {
    checkUnique(m.extensions, 'ServerHello');
    checkSolicited(m.extensions, this.offer.offered, 'ServerHello');
    const suite = checkHelloFields(
      this.offer,
      m.cipher_suite,
      m.legacy_session_id_echo,
      m.legacy_compression_method,
      'ServerHello',
    );
    const ks = findExt(m.extensions, 'key_share');
    if (ks === undefined) throw alert('missing_extension', 'ServerHello without key_share');
    const entry = bodyOf<{ server_share: { group: number; key_exchange: Uint8Array } }>(
      ks,
      'key_share',
    ).server_share;
    const share = this.offer.shares.find((s) => s.group === entry.group);
    if (!share) throw alert('illegal_parameter', `key_share for group ${entry.group} we sent no share for`);
    const psk = acceptedPsk(this.offer, m.extensions, suite);
    this.resumed = psk !== undefined;
    this.transcript.start(suite.prf);
    this.transcript.add(raw);
    const traffic = new Traffic13(this.host, suite, psk);
    this.traffic = traffic;
    traffic.startHandshake(share.secret(entry.key_exchange), this.transcript.hash());
    const n = this.host.negotiated;
    n.version = 'tlsv1.3';
    n.suite = suite.suite;
    n.group = entry.group;
    n.serverRandom = m.random;
    n.resumed = this.resumed;
    if (this.offer.resume && psk) n.peerChain = this.offer.resume.session.peerChain;
    return [
      { kind: 'read_keys', protection: traffic.handshakeProtection('s') },
      { kind: 'write_keys', protection: traffic.handshakeProtection('c') },
    ];
  }

  /** Middlebox compatibility (RFC 8446 appendix D.4): one CCS just before our second flight. */
  private compatibilityCcs(): Action[] {
    if (!this.config.middleboxCompat || this.ccsSent) return [];
    this.ccsSent = true;
    return [{ kind: 'change_cipher_spec' }];
  }

  onHelloRetryRequest(
    m: HelloRetryRequest,
    raw: Uint8Array,
    _from: 'WAIT_SH',
  ): Step<'START_AFTER_HRR', Action> {
    const ask = checkRetryRequest(this.config, this.offer, m);
    const { crypto, random } = this.config;
    if (ask.group !== undefined) this.offer.shares = [new KeyShare(crypto, ask.group, random)];
    this.offer.cookie = ask.cookie;
    // The suite is fixed now; the ServerHello that follows must repeat it.
    this.traffic = new Traffic13(this.host, ask.suite);
    this.retried = true;
    this.transcript.replaceWithMessageHash(ask.suite.prf);
    this.transcript.add(raw);
    return { next: 'START_AFTER_HRR', out: this.compatibilityCcs() };
  }

  sendSecondClientHello(_from: 'START_AFTER_HRR'): SendStep<'WAIT_SH_AFTER_HRR', ClientHelloInput, Action> {
    this.offer.hello = helloOf(this.config, this.offer);
    return { next: 'WAIT_SH_AFTER_HRR', message: this.offer.hello };
  }

  // ---------------------------------------------------------------- server parameters and authentication

  onEncryptedExtensions(
    m: EncryptedExtensions,
    raw: Uint8Array,
    _from: 'WAIT_EE',
  ): Step<'WAIT_CERT_CR' | 'WAIT_FINISHED', Action> {
    const { alpn, recordLimit } = checkEncryptedExtensions(this.config, this.offer, m);
    if (alpn !== undefined) this.host.negotiated.alpn = alpn;
    if (recordLimit !== undefined) this.host.negotiated.peerRecordLimit = recordLimit;
    this.transcript.add(raw);
    return { next: this.resumed ? 'WAIT_FINISHED' : 'WAIT_CERT_CR' };
  }

  onCertificateRequest(
    m: CertificateRequest,
    raw: Uint8Array,
    _from: 'WAIT_CERT_CR',
  ): Step<'WAIT_CERT', Action> {
    checkUnique(m.extensions, 'CertificateRequest');
    if (m.certificate_request_context.length !== 0)
      throw alert('illegal_parameter', 'CertificateRequest context must be empty in the handshake');
    if (findExt(m.extensions, 'signature_algorithms') === undefined)
      throw alert('missing_extension', 'CertificateRequest without signature_algorithms');
    this.request = m;
    this.transcript.add(raw);
    return { next: 'WAIT_CERT' };
  }

  onCertificate(m: Certificate, raw: Uint8Array, _from: 'WAIT_CERT_CR'): Step<'WAIT_CV', Action> {
    this.acceptCertificate(m, raw);
    return { next: 'WAIT_CV' };
  }

  onCertificateAfterRequest(m: Certificate, raw: Uint8Array, _from: 'WAIT_CERT'): Step<'WAIT_CV', Action> {
    this.acceptCertificate(m, raw);
    return { next: 'WAIT_CV' };
  }

  private acceptCertificate(m: Certificate, raw: Uint8Array): void {
    const chain = peerChainOf(m, 'server');
    if (chain.length === 0) throw alert('decode_error', 'server sent no certificate');
    this.peerLeaf = checkPeerChain(this.config, chain, 'serverAuth');
    this.host.negotiated.peerChain = chain;
    this.transcript.add(raw);
  }

  onCertificateVerify(
    m: CertificateVerify,
    raw: Uint8Array,
    _from: 'WAIT_CV',
  ): Step<'WAIT_FINISHED', Action> {
    const content = certificateVerifyContent('server', this.transcript.hash());
    const { crypto, signatureSchemes } = this.config;
    const key = this.peerLeaf?.publicKey;
    verifySignature(crypto, m.algorithm, signatureSchemes, key, content, m.signature, 'tlsv1.3');
    this.host.negotiated.signatureScheme = m.algorithm;
    this.transcript.add(raw);
    return { next: 'WAIT_FINISHED' };
  }

  onFinished(
    m: Finished,
    raw: Uint8Array,
    _from: 'WAIT_FINISHED',
  ): Step<'SEND_EOED' | 'SEND_CERT' | 'SEND_FINISHED', Action> {
    const traffic = this.need(this.traffic);
    if (this.peerLeaf === undefined && !this.resumed)
      throw alert('unexpected_message', 'Finished without server authentication');
    const expected = traffic.finished('s', this.transcript.hash());
    if (!this.config.crypto.timingSafeEqual(expected, m.verify_data))
      throw alert('decrypt_error', 'server Finished does not verify');
    this.transcript.add(raw);
    traffic.startApplication(this.transcript.hash());
    const out: Action[] = [
      { kind: 'read_keys', protection: traffic.applicationProtection('s') },
      ...this.compatibilityCcs(),
    ];
    return { next: this.request ? 'SEND_CERT' : 'SEND_FINISHED', out };
  }

  // ---------------------------------------------------------------- the client's second flight

  sendEndOfEarlyData(
    _from: 'SEND_EOED',
  ): SendStep<'SEND_CERT' | 'SEND_FINISHED', EndOfEarlyDataInput, Action> {
    throw alert('internal_error', 'early data is not sent');
  }

  private requestedSchemes(): readonly number[] | undefined {
    return findExt(this.request?.extensions, 'signature_algorithms')?.supported_signature_algorithms;
  }

  sendCertificate(_from: 'SEND_CERT'): SendStep<'SEND_CV' | 'SEND_FINISHED', CertificateInput, Action> {
    const offered = this.requestedSchemes();
    this.clientCert = this.config.certs.find(
      (c) => chooseScheme(this.config.signatureSchemes, offered, c.key, 'tlsv1.3') !== undefined,
    );
    const message: CertificateInput = {
      certificate_request_context: new Uint8Array(0),
      certificate_list: (this.clientCert?.chain ?? []).map((der) => ({
        body: { value: { cert_data: der } },
        extensions: [],
      })),
    };
    if (this.clientCert) this.host.negotiated.ownCert = this.clientCert;
    return { next: this.clientCert ? 'SEND_CV' : 'SEND_FINISHED', message };
  }

  sendCertificateVerify(_from: 'SEND_CV'): SendStep<'SEND_FINISHED', CertificateVerifyInput, Action> {
    const cert = this.need(this.clientCert);
    const scheme = this.need(
      chooseScheme(this.config.signatureSchemes, this.requestedSchemes(), cert.key, 'tlsv1.3'),
    );
    const content = certificateVerifyContent('client', this.transcript.hash());
    return {
      next: 'SEND_FINISHED',
      message: { algorithm: scheme, signature: sign(this.config.crypto, scheme, cert.key, content) },
    };
  }

  sendFinished(_from: 'SEND_FINISHED'): SendStep<'CONNECTED', FinishedInput, Action> {
    const traffic = this.need(this.traffic);
    const verify = traffic.finished('c', this.transcript.hash());
    this.transcript.release();
    const out: Action[] = [
      { kind: 'write_keys', protection: traffic.applicationProtection('c') },
      // Over the transcript with our Finished, once it is sent (section 7.1).
      {
        kind: 'then',
        run: () => (this.resumptionMaster = traffic.schedule.resumptionMaster(this.transcript.hash())),
      },
      { kind: 'handshake_complete' },
    ];
    return { next: 'CONNECTED', message: { verify_data: verify }, out };
  }

  // ---------------------------------------------------------------- after the handshake

  onNewSessionTicket(m: NewSessionTicket, _raw: Uint8Array, _from: 'CONNECTED'): Step<'CONNECTED', Action> {
    const traffic = this.need(this.traffic);
    keepTicket(this.config, this.host.negotiated, traffic.schedule, this.need(this.resumptionMaster), m);
    return { next: 'CONNECTED' };
  }

  onKeyUpdate(m: KeyUpdate, _raw: Uint8Array, _from: 'CONNECTED'): Step<'CONNECTED', Action> {
    const out = this.need(this.traffic).onKeyUpdate(m, 's', () => this.updateKeys(false));
    return { next: 'CONNECTED', out };
  }

  sendKeyUpdate(_from: 'CONNECTED'): SendStep<'CONNECTED', KeyUpdateInput, Action> {
    return { next: 'CONNECTED', ...this.need(this.traffic).keyUpdate('c', this.requestPeerUpdate) };
  }

  onPostHandshakeCertificateRequest(
    _m: CertificateRequest,
    _raw: Uint8Array,
    _from: 'CONNECTED',
  ): Step<'PH_SEND_CERT', Action> {
    // post_handshake_auth is never offered (RFC 8446 section 4.6.2).
    throw alert('unexpected_message', 'post-handshake CertificateRequest without post_handshake_auth');
  }

  sendPostHandshakeCertificate(
    _from: 'PH_SEND_CERT',
  ): SendStep<'PH_SEND_CV' | 'PH_SEND_FINISHED', CertificateInput, Action> {
    throw alert('internal_error', 'post-handshake authentication is not offered');
  }

  sendPostHandshakeCertificateVerify(
    _from: 'PH_SEND_CV',
  ): SendStep<'PH_SEND_FINISHED', CertificateVerifyInput, Action> {
    throw alert('internal_error', 'post-handshake authentication is not offered');
  }

  sendPostHandshakeFinished(_from: 'PH_SEND_FINISHED'): SendStep<'CONNECTED', FinishedInput, Action> {
    throw alert('internal_error', 'post-handshake authentication is not offered');
  }

  private need<T>(v: T | undefined): T {
    if (v === undefined) throw alert('internal_error', `tls13_client: state ${this.state} used out of order`);
    return v;
  }
}
