// The TLS 1.3 server (RFC 8446): the handlers of the generated tls13_server machine.
import type { x509 } from '@otpnet/crypto';
import {
  type Certificate,
  type CertificateInput,
  type CertificateRequestInput,
  type CertificateVerify,
  type CertificateVerifyInput,
  type CipherSuitesRow,
  type ClientHello,
  decodeHandshake,
  type EncryptedExtensionsInput,
  type EndOfEarlyData,
  encodeHandshake,
  type Finished,
  type FinishedInput,
  type HelloRetryRequestInput,
  type KeyUpdate,
  type KeyUpdateInput,
  type NewSessionTicketInput,
  receiveTls13Server,
  type ServerHelloInput,
  SignatureSchemesByScheme,
  sendTls13Server,
  type Tls13ServerHandlers,
  type Tls13ServerSent,
  type Tls13ServerState,
  tls13ServerEventOf,
  tls13ServerTransitions,
} from '@otpnet/tls-spec';
import type { SendStep, Step } from '@otpnet/wire';
import type { CertifiedKey } from '../config/config.js';
import { alert } from '../errors.js';
import type { HandshakeHost } from './driver.js';
import { checkUnique, ext, findExt } from './extensions.js';
import { KeyShare } from './key-share.js';
import { type Action, MachineDriver } from './machine-driver.js';
import { checkPeerChain, peerChainOf } from './peer-certificate.js';
import {
  chooseAlpn,
  chooseCertificate13,
  chooseGroup13,
  chooseSuite13,
  clientShares,
  serverNameOf,
} from './server13-choice.js';
import { encryptedExtensions, SELECTED_TLS13, serverHelloExtensions } from './server13-extensions.js';
import { acceptTicket, issueTicket } from './server13-resume.js';
import { certificateVerifyContent, sign, verifySignature } from './signatures.js';
import { Traffic13 } from './traffic13.js';
import { Transcript } from './transcript.js';

const X509 = { certificateType: 0 } as const;

export class Server13Driver extends MachineDriver<Tls13ServerState> implements Tls13ServerHandlers<Action> {
  state: Tls13ServerState = 'START';
  protected readonly table = tls13ServerTransitions;
  private readonly transcript: Transcript;
  private hello: ClientHello | undefined;
  private suite: CipherSuitesRow | undefined;
  private cert: CertifiedKey | undefined;
  private scheme = 0;
  private group = 0;
  private peerShare: Uint8Array | undefined;
  private retry = false;
  private ccsSent = false;
  private traffic: Traffic13 | undefined;
  private peerLeaf: x509.Certificate | undefined;
  private requestPeerUpdate = false;
  private psk: Uint8Array | undefined;
  private resumptionMaster: Uint8Array | undefined;
  private ticketsSent = 0;

  constructor(host: HandshakeHost) {
    super(host);
    this.transcript = new Transcript(host.config.crypto);
  }

  private get config() {
    return this.host.config;
  }

  protected receive(raw: Uint8Array): Step<Tls13ServerState, Action> {
    return receiveTls13Server(this, this.state, tls13ServerEventOf(decodeHandshake(raw, X509), raw));
  }

  protected send(message: keyof Tls13ServerSent): SendStep<Tls13ServerState, unknown, Action> {
    const step = sendTls13Server(this, this.state, message);
    const raw = encodeHandshake({ body: { case: message, value: step.message } as never }, X509);
    this.transcript.add(raw);
    this.host.sendHandshake(raw);
    return step;
  }

  protected override chooseSend(state: Tls13ServerState): string | undefined {
    if (state === 'RECVD_CH') return this.retry ? 'hello_retry_request' : 'server_hello';
    if (state === 'CONNECTED') return undefined;
    return super.chooseSend(state);
  }

  updateKeys(requestPeer: boolean): void {
    if (this.state !== 'CONNECTED') return;
    this.requestPeerUpdate = requestPeer;
    this.runSend('key_update');
  }

  // ---------------------------------------------------------------- ClientHello

  onClientHello(m: ClientHello, raw: Uint8Array, _from: 'START'): Step<'RECVD_CH', Action> {
    checkUnique(m.extensions, 'ClientHello');
    const n = this.host.negotiated;
    n.clientRandom = m.random;
    if (m.legacy_compression_methods.length !== 1 || m.legacy_compression_methods[0] !== 0)
      throw alert('illegal_parameter', 'TLS 1.3 ClientHello must offer only the null compression method');
    this.hello = m;
    const suite = chooseSuite13(this.config, m.cipher_suites);
    this.suite = suite;
    const { group, share } = chooseGroup13(this.config, m);
    this.group = group;
    this.peerShare = share?.key_exchange;
    this.retry = share === undefined;
    // A ticket is taken only without a retry: after one, the second ClientHello runs in full.
    const ticket = this.retry ? undefined : acceptTicket(this.config, m, raw, suite);
    this.psk = ticket?.psk;
    if (ticket) {
      n.resumed = true;
      if (ticket.state.peer_certificate.length > 0) n.peerChain = [ticket.state.peer_certificate];
    } else {
      const { cert, scheme } = chooseCertificate13(this.config, m);
      this.cert = cert;
      this.scheme = scheme;
      Object.assign(n, { ownCert: cert, signatureScheme: scheme });
    }
    const alpn = chooseAlpn(this.config, m);
    if (alpn) n.alpn = alpn;
    const sni = serverNameOf(m);
    if (sni !== undefined) n.serverName = sni;
    const limit = findExt(m.extensions, 'record_size_limit');
    if (limit !== undefined) n.peerRecordLimit = limit;
    this.transcript.start(suite.prf);
    this.transcript.add(raw);
    Object.assign(n, { version: 'tlsv1.3', suite: suite.suite, group });
    return { next: 'RECVD_CH' };
  }

  private compatibilityCcs(): Action[] {
    if (this.ccsSent || !this.hello || this.hello.legacy_session_id.length === 0) return [];
    this.ccsSent = true;
    return [{ kind: 'change_cipher_spec' }];
  }

  sendHelloRetryRequest(_from: 'RECVD_CH'): SendStep<'WAIT_CH2', HelloRetryRequestInput, Action> {
    const hello = this.need(this.hello);
    const suite = this.need(this.suite);
    this.transcript.replaceWithMessageHash(suite.prf);
    const message: HelloRetryRequestInput = {
      legacy_session_id_echo: hello.legacy_session_id,
      cipher_suite: suite.suite,
      extensions: [SELECTED_TLS13, ext('key_share', { body: { value: { selected_group: this.group } } })],
    };
    return { next: 'WAIT_CH2', message, out: this.compatibilityCcs() };
  }

  onSecondClientHello(m: ClientHello, raw: Uint8Array, _from: 'WAIT_CH2'): Step<'RECVD_CH2', Action> {
    checkUnique(m.extensions, 'ClientHello');
    const shares = clientShares(m);
    const share = shares[0];
    if (shares.length !== 1 || share === undefined || share.group !== this.group)
      throw alert('illegal_parameter', 'second ClientHello must hold one share for the group asked for');
    if (!m.cipher_suites.includes(this.need(this.suite).suite))
      throw alert('illegal_parameter', 'second ClientHello dropped the cipher suite');
    this.peerShare = share.key_exchange;
    this.transcript.add(raw);
    return { next: 'RECVD_CH2' };
  }

  sendServerHello(_from: 'RECVD_CH'): SendStep<'SEND_EE', ServerHelloInput, Action> {
    return this.serverHello();
  }

  sendServerHelloAfterRetry(_from: 'RECVD_CH2'): SendStep<'SEND_EE', ServerHelloInput, Action> {
    return this.serverHello();
  }

  private serverHello(): SendStep<'SEND_EE', ServerHelloInput, Action> {
    const hello = this.need(this.hello);
    const suite = this.need(this.suite);
    // The random, then the key share: the order a deterministic test's source gives them in.
    const random = this.config.random(32);
    const share = new KeyShare(this.config.crypto, this.group, this.config.random);
    const secret = share.secret(this.need(this.peerShare));
    this.host.negotiated.serverRandom = random;
    const message: ServerHelloInput = {
      random,
      legacy_session_id_echo: hello.legacy_session_id,
      cipher_suite: suite.suite,
      extensions: serverHelloExtensions(this.group, share.publicKey, this.psk !== undefined),
    };
    // The handshake secrets hash the ServerHello itself, so they are derived once it is sent.
    const derive = (): void => {
      const traffic = new Traffic13(this.host, suite, this.psk);
      this.traffic = traffic;
      traffic.startHandshake(secret, this.transcript.hash());
      for (const a of this.compatibilityCcs())
        if (a.kind === 'change_cipher_spec') this.host.sendChangeCipherSpec();
      this.host.setWriteProtection(traffic.handshakeProtection('s'));
      this.host.setReadProtection(traffic.handshakeProtection('c'));
    };
    return { next: 'SEND_EE', message, out: [{ kind: 'then', run: derive }] };
  }

  // ---------------------------------------------------------------- the rest of the server's flight

  sendEncryptedExtensions(
    _from: 'SEND_EE',
  ): SendStep<'SEND_CR' | 'SEND_CERT' | 'SEND_FINISHED', EncryptedExtensionsInput, Action> {
    const next = this.psk ? 'SEND_FINISHED' : this.config.verify ? 'SEND_CR' : 'SEND_CERT';
    return { next, message: { extensions: encryptedExtensions(this.host.negotiated) } };
  }

  sendCertificateRequest(_from: 'SEND_CR'): SendStep<'SEND_CERT', CertificateRequestInput, Action> {
    const schemes = this.config.signatureSchemes.filter(
      (s) => SignatureSchemesByScheme.get(s)?.tls1_3_cert_verify,
    );
    return {
      next: 'SEND_CERT',
      message: {
        certificate_request_context: new Uint8Array(0),
        extensions: [ext('signature_algorithms', { supported_signature_algorithms: schemes })],
      },
    };
  }

  sendCertificate(_from: 'SEND_CERT'): SendStep<'SEND_CV', CertificateInput, Action> {
    const cert = this.need(this.cert);
    return {
      next: 'SEND_CV',
      message: {
        certificate_request_context: new Uint8Array(0),
        certificate_list: cert.chain.map((der) => ({ body: { value: { cert_data: der } }, extensions: [] })),
      },
    };
  }

  sendCertificateVerify(_from: 'SEND_CV'): SendStep<'SEND_FINISHED', CertificateVerifyInput, Action> {
    const cert = this.need(this.cert);
    const content = certificateVerifyContent('server', this.transcript.hash());
    const signature = sign(this.config.crypto, this.scheme, cert.key, content);
    return { next: 'SEND_FINISHED', message: { algorithm: this.scheme, signature } };
  }

  sendFinished(
    _from: 'SEND_FINISHED',
  ): SendStep<'WAIT_EOED' | 'WAIT_CERT' | 'WAIT_FINISHED', FinishedInput, Action> {
    const traffic = this.need(this.traffic);
    const verify = traffic.finished('s', this.transcript.hash());
    // The application secrets hash the server Finished, so they come after it is sent.
    const derive = (): void => {
      traffic.startApplication(this.transcript.hash());
      this.host.setWriteProtection(traffic.applicationProtection('s'));
    };
    return {
      next: this.config.verify && !this.psk ? 'WAIT_CERT' : 'WAIT_FINISHED',
      message: { verify_data: verify },
      out: [{ kind: 'then', run: derive }],
    };
  }

  // ---------------------------------------------------------------- the client's second flight

  onEndOfEarlyData(
    _m: EndOfEarlyData,
    _raw: Uint8Array,
    _from: 'WAIT_EOED',
  ): Step<'WAIT_CERT' | 'WAIT_FINISHED', Action> {
    throw alert('unexpected_message', 'early data was not accepted');
  }

  onCertificate(
    m: Certificate,
    raw: Uint8Array,
    _from: 'WAIT_CERT',
  ): Step<'WAIT_CV' | 'WAIT_FINISHED', Action> {
    const chain = peerChainOf(m, 'client');
    this.transcript.add(raw);
    if (chain.length === 0) {
      if (this.config.failIfNoPeerCert) throw alert('certificate_required', 'client sent no certificate');
      return { next: 'WAIT_FINISHED' };
    }
    this.peerLeaf = checkPeerChain(this.config, chain, 'clientAuth');
    this.host.negotiated.peerChain = chain;
    return { next: 'WAIT_CV' };
  }

  onCertificateVerify(
    m: CertificateVerify,
    raw: Uint8Array,
    _from: 'WAIT_CV',
  ): Step<'WAIT_FINISHED', Action> {
    const content = certificateVerifyContent('client', this.transcript.hash());
    const { crypto, signatureSchemes } = this.config;
    const key = this.peerLeaf?.publicKey;
    verifySignature(crypto, m.algorithm, signatureSchemes, key, content, m.signature, 'tlsv1.3');
    this.transcript.add(raw);
    return { next: 'WAIT_FINISHED' };
  }

  onFinished(m: Finished, raw: Uint8Array, _from: 'WAIT_FINISHED'): Step<'CONNECTED', Action> {
    const traffic = this.need(this.traffic);
    const expected = traffic.finished('c', this.transcript.hash());
    if (!this.config.crypto.timingSafeEqual(expected, m.verify_data))
      throw alert('decrypt_error', 'client Finished does not verify');
    this.transcript.add(raw);
    this.transcript.release();
    return {
      next: 'CONNECTED',
      out: [
        { kind: 'read_keys', protection: traffic.applicationProtection('c') },
        { kind: 'handshake_complete' },
        { kind: 'then', run: () => this.sendTickets() },
      ],
    };
  }

  // ---------------------------------------------------------------- after the handshake

  /** Tickets go right after the handshake, over the transcript through the client Finished. */
  private sendTickets(): void {
    if (!this.config.sessionTickets || this.config.ticketKey === undefined) return;
    const traffic = this.need(this.traffic);
    this.resumptionMaster = traffic.schedule.resumptionMaster(this.transcript.hash());
    for (let i = 0; i < this.config.ticketCount; i++) this.runSend('new_session_ticket');
  }

  sendNewSessionTicket(_from: 'CONNECTED'): SendStep<'CONNECTED', NewSessionTicketInput, Action> {
    const traffic = this.need(this.traffic);
    const rms = this.need(this.resumptionMaster);
    const message = issueTicket(this.config, this.host.negotiated, traffic.schedule, rms, this.ticketsSent++);
    return { next: 'CONNECTED', message };
  }

  onKeyUpdate(m: KeyUpdate, _raw: Uint8Array, _from: 'CONNECTED'): Step<'CONNECTED', Action> {
    const out = this.need(this.traffic).onKeyUpdate(m, 'c', () => this.updateKeys(false));
    return { next: 'CONNECTED', out };
  }

  sendKeyUpdate(_from: 'CONNECTED'): SendStep<'CONNECTED', KeyUpdateInput, Action> {
    return { next: 'CONNECTED', ...this.need(this.traffic).keyUpdate('s', this.requestPeerUpdate) };
  }

  sendPostHandshakeCertificateRequest(
    _from: 'CONNECTED',
  ): SendStep<'PH_WAIT_CERT', CertificateRequestInput, Action> {
    throw alert('internal_error', 'post-handshake authentication is not requested');
  }

  onPostHandshakeCertificate(
    _m: Certificate,
    _raw: Uint8Array,
    _from: 'PH_WAIT_CERT',
  ): Step<'PH_WAIT_CV' | 'PH_WAIT_FINISHED', Action> {
    throw alert('unexpected_message', 'no post-handshake certificate was requested');
  }

  onPostHandshakeCertificateVerify(
    _m: CertificateVerify,
    _raw: Uint8Array,
    _from: 'PH_WAIT_CV',
  ): Step<'PH_WAIT_FINISHED', Action> {
    throw alert('unexpected_message', 'no post-handshake certificate was requested');
  }

  onPostHandshakeFinished(
    _m: Finished,
    _raw: Uint8Array,
    _from: 'PH_WAIT_FINISHED',
  ): Step<'CONNECTED', Action> {
    throw alert('unexpected_message', 'no post-handshake certificate was requested');
  }

  private need<T>(v: T | undefined): T {
    if (v === undefined) throw alert('internal_error', `tls13_server: state ${this.state} used out of order`);
    return v;
  }
}
