// The TLS 1.2 client (RFC 5246): the handlers of the generated tls12_client machine, from the
// ServerHello on. The ClientHello was sent by the TLS 1.3 client (one hello offers both versions),
// which hands over the connection, its offer and its transcript. Full handshakes with ECDHE, DHE
// or RSA key transport (client12-kex.ts), AEAD or CBC records (with encrypt_then_mac when the
// server answers it, RFC 7366), and the abbreviated handshake (RFC 5246 7.3 figure 2) when the server resumes the session
// the hello offered by its ID or its RFC 5077 ticket; sessions and tickets are kept in
// config.sessionCache (client12-resume.ts). Renegotiation is declined (client12-base.ts).
import type { x509 } from '@otpnet/crypto';
import {
  type Certificate12,
  type Certificate12Input,
  type CertificateRequest12,
  type CertificateStatus,
  type ChangeCipherSpec,
  type ChangeCipherSpecInput,
  type CipherSuitesRow,
  type ClientKeyExchangeInput,
  type DigitallySignedInput,
  decodeChangeCipherSpec,
  decodeHandshake12,
  encodeHandshake12,
  type Finished12,
  type Finished12Input,
  type NewSessionTicket12,
  receiveTls12Client,
  type ServerHello12,
  type ServerHelloDone,
  type ServerKeyExchange,
  sendTls12Client,
  type Tls12ClientHandlers,
  type Tls12ClientSent,
  type Tls12ClientState,
  tls12ClientEventOf,
} from '@otpnet/tls-spec';
import type { SendStep, Step } from '@otpnet/wire';
import type { CertifiedKey } from '../config/config.js';
import { alert } from '../errors.js';
import { NullProtection } from '../record/protection.js';
import type { ClientOffer } from './client-hello.js';
import { Client12Base } from './client12-base.js';
import { checkServerHello12, chooseClientCertificate12 } from './client12-hello.js';
import { clientKeyExchange12 } from './client12-kex.js';
import { keepSession12 } from './client12-resume.js';
import type { HandshakeHost } from './driver.js';
import { KeySchedule12 } from './key-schedule12.js';
import type { Action } from './machine-driver.js';
import { checkPeerChain } from './peer-certificate.js';
import { acceptServerKeyExchange, type Ephemeral12, kexContext } from './server-key-exchange12.js';
import { keyFitsAuth } from './server12-choice.js';
import { sign } from './signatures.js';
import type { Transcript } from './transcript.js';

const NOT_HANDSHAKE: ReadonlySet<string> = new Set(['change_cipher_spec', 'no_renegotiation_RESERVED']);

export class Client12Driver extends Client12Base implements Tls12ClientHandlers<Action> {
  private answer: ReturnType<typeof checkServerHello12> | undefined;
  private peerLeaf: x509.Certificate | undefined;
  private eph: Ephemeral12 | undefined;
  private premaster: Uint8Array | undefined;
  private request: CertificateRequest12 | undefined;
  private clientCert: { cert: CertifiedKey; scheme: number } | undefined;
  private schedule: KeySchedule12 | undefined;
  /** The server's session ID, and the ticket it sent: the session kept after the handshake. */
  private serverSessionId: Uint8Array = new Uint8Array(0);
  private ticket: NewSessionTicket12 | undefined;

  constructor(
    host: HandshakeHost,
    private readonly offer: ClientOffer,
    private readonly transcript: Transcript,
  ) {
    super(host);
  }

  protected receive(raw: Uint8Array): Step<Tls12ClientState, Action> {
    const m = decodeHandshake12(raw, kexContext(this.answer?.suite));
    return receiveTls12Client(this, this.state, tls12ClientEventOf(m, raw));
  }

  protected send(message: keyof Tls12ClientSent): SendStep<Tls12ClientState, unknown, Action> {
    const step = sendTls12Client(this, this.state, message);
    if (NOT_HANDSHAKE.has(message)) return step;
    const raw = encodeHandshake12(
      { body: { case: message, value: step.message } as never },
      kexContext(this.answer?.suite),
    );
    this.transcript.add(raw);
    this.host.sendHandshake(raw);
    return step;
  }

  // ---------------------------------------------------------------- ServerHello

  onServerHello(
    m: ServerHello12,
    raw: Uint8Array,
    _from: 'WAIT_SH',
  ): Step<'WAIT_CERT' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'RESUME_WAIT_NST' | 'RESUME_WAIT_CCS', Action> {
    const answer = checkServerHello12(this.config, this.offer, m);
    this.answer = answer;
    this.transcript.start(answer.suite.prf);
    this.transcript.add(raw);
    const n = this.host.negotiated;
    Object.assign(n, {
      version: 'tlsv1.2',
      suite: answer.suite.suite,
      serverRandom: m.random,
      extendedMasterSecret: answer.extendedMasterSecret,
      encryptThenMac: answer.encryptThenMac,
      secureRenegotiation: answer.secureRenegotiation,
      resumed: answer.resumed !== undefined,
    });
    if (answer.alpn) n.alpn = answer.alpn;
    this.serverSessionId = m.session_id;
    // The first ClientHello may say 0x0301 (RFC 5246 appendix E.1); every later record says TLS 1.2,
    // as OpenSSL insists once the version is agreed.
    const out: Action[] = [{ kind: 'write_keys', protection: new NullProtection(0x0303) }];
    const session = answer.resumed;
    if (!session) return { next: 'WAIT_CERT', out };
    // RFC 5246 7.3 figure 2: the session's master secret with the new randoms; the server that
    // authenticated itself in the session's full handshake is the peer.
    const schedule = this.keySchedule(answer.suite);
    schedule.resumeMaster(session.secret);
    this.schedule = schedule;
    n.masterSecret = session.secret;
    n.peerChain = session.peerChain;
    this.host.keylog('CLIENT_RANDOM', session.secret);
    return { next: answer.ticketPromised ? 'RESUME_WAIT_NST' : 'RESUME_WAIT_CCS', out };
  }

  /** The key schedule for these randoms; CBC records as agreed, their IVs from config.random. */
  private keySchedule(suite: CipherSuitesRow): KeySchedule12 {
    const n = this.host.negotiated;
    const record = { encryptThenMac: n.encryptThenMac === true, random: this.config.random };
    return new KeySchedule12(this.config.crypto, suite, this.offer.random, this.need(n.serverRandom), record);
  }

  // ---------------------------------------------------------------- the server's flight

  onCertificate(
    m: Certificate12,
    raw: Uint8Array,
    _from: 'WAIT_CERT',
  ): Step<'WAIT_CERT_STATUS' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'WAIT_CR', Action> {
    const chain = m.certificate_list;
    if (chain.length === 0) throw alert('decode_error', 'server sent no certificate');
    const leaf = checkPeerChain(this.config, chain, 'serverAuth');
    const kind = leaf.publicKey?.kind;
    const auth = this.need(this.answer).suite.auth;
    // RFC 5246 section 7.4.2: the certificate key must suit the cipher suite's authentication.
    if (!kind || !keyFitsAuth(kind, auth))
      throw alert('unsupported_certificate', `a ${kind ?? 'unknown'} key for a suite signed by ${auth}`);
    this.peerLeaf = leaf;
    this.host.negotiated.peerChain = chain;
    this.transcript.add(raw);
    // RFC 5246 7.4.3: RSA key transport has no ServerKeyExchange.
    return { next: this.need(this.answer).suite.kex === 'rsa' ? 'WAIT_CR' : 'WAIT_SKE' };
  }

  onCertificateStatus(
    _m: CertificateStatus,
    _raw: Uint8Array,
    _from: 'WAIT_CERT_STATUS',
  ): Step<'WAIT_SKE' | 'WAIT_SKE_OPTIONAL' | 'WAIT_CR', Action> {
    throw alert('unexpected_message', 'status_request was not offered');
  }

  onServerKeyExchange(
    m: ServerKeyExchange,
    raw: Uint8Array,
    _from: 'WAIT_CERT_STATUS' | 'WAIT_SKE' | 'WAIT_SKE_OPTIONAL',
  ): Step<'WAIT_CR', Action> {
    const n = this.host.negotiated;
    const randoms = { client: this.offer.random, server: this.need(n.serverRandom) };
    const kex = acceptServerKeyExchange(this.config, m, raw, randoms, this.need(this.peerLeaf).publicKey);
    this.eph = kex.eph;
    this.premaster = kex.premaster;
    if (kex.group !== undefined) n.group = kex.group;
    n.signatureScheme = kex.scheme;
    this.transcript.add(raw);
    return { next: 'WAIT_CR' };
  }

  onCertificateRequest(
    m: CertificateRequest12,
    raw: Uint8Array,
    _from: 'WAIT_CERT_STATUS' | 'WAIT_SKE_OPTIONAL' | 'WAIT_CR',
  ): Step<'WAIT_SHD', Action> {
    this.request = m;
    this.transcript.add(raw);
    return { next: 'WAIT_SHD' };
  }

  onServerHelloDone(
    _m: ServerHelloDone,
    raw: Uint8Array,
    from: 'WAIT_CERT_STATUS' | 'WAIT_SKE_OPTIONAL' | 'WAIT_CR',
  ): Step<'SEND_CKE', Action> {
    if (from !== 'WAIT_CR') throw alert('unexpected_message', 'ServerHelloDone without ServerKeyExchange');
    this.transcript.add(raw);
    return { next: 'SEND_CKE' };
  }

  onServerHelloDoneAfterRequest(
    _m: ServerHelloDone,
    raw: Uint8Array,
    _from: 'WAIT_SHD',
  ): Step<'SEND_CERT', Action> {
    this.transcript.add(raw);
    return { next: 'SEND_CERT' };
  }

  // ---------------------------------------------------------------- the client's flight

  sendCertificate(_from: 'SEND_CERT'): SendStep<'SEND_CKE', Certificate12Input, Action> {
    this.clientCert = chooseClientCertificate12(this.config, this.need(this.request));
    if (this.clientCert) this.host.negotiated.ownCert = this.clientCert.cert;
    // With none that fits, an empty list: the server decides (RFC 5246 section 7.4.6).
    return { next: 'SEND_CKE', message: { certificate_list: this.clientCert?.cert.chain ?? [] } };
  }

  sendClientKeyExchange(_from: 'SEND_CKE'): SendStep<'SEND_CV' | 'SEND_CCS', ClientKeyExchangeInput, Action> {
    const suite = this.need(this.answer).suite;
    const ephemeral = this.eph && this.premaster ? { eph: this.eph, premaster: this.premaster } : undefined;
    const kex = clientKeyExchange12(this.config, suite, ephemeral, this.peerLeaf?.publicKey);
    this.premaster = kex.premaster;
    // The extended master secret hashes the transcript through this message, so it comes after.
    const derive = (): void => {
      const n = this.host.negotiated;
      const schedule = this.keySchedule(suite);
      this.schedule = schedule;
      const sessionHash = n.extendedMasterSecret ? this.transcript.hash() : undefined;
      const master = schedule.deriveMaster(this.need(this.premaster), sessionHash);
      this.premaster = undefined;
      n.masterSecret = master;
      this.host.keylog('CLIENT_RANDOM', master);
    };
    const next = this.clientCert ? 'SEND_CV' : 'SEND_CCS';
    return { next, message: kex.message, out: [{ kind: 'then', run: derive }] };
  }

  sendCertificateVerify(_from: 'SEND_CV'): SendStep<'SEND_CCS', DigitallySignedInput, Action> {
    const { cert, scheme } = this.need(this.clientCert);
    // RFC 5246 section 7.4.8: the signature covers every handshake message so far.
    const signature = sign(this.config.crypto, scheme, cert.key, this.transcript.messages());
    return { next: 'SEND_CCS', message: { algorithm: scheme, signature } };
  }

  sendChangeCipherSpec(_from: 'SEND_CCS'): SendStep<'SEND_FINISHED', ChangeCipherSpecInput, Action> {
    const protection = this.need(this.schedule).protections().client;
    return {
      next: 'SEND_FINISHED',
      message: { type: 1 },
      out: [{ kind: 'change_cipher_spec' }, { kind: 'write_keys', protection }],
    };
  }

  sendFinished(_from: 'SEND_FINISHED'): SendStep<'WAIT_NST' | 'WAIT_CCS', Finished12Input, Action> {
    const verify = this.need(this.schedule).finished('client', this.transcript.hash());
    const next = this.need(this.answer).ticketPromised ? 'WAIT_NST' : 'WAIT_CCS';
    return { next, message: { verify_data: verify } };
  }

  // ---------------------------------------------------------------- the server's last flight

  /** RFC 5077 3.3: the ticket for this session, hashed into the transcript like any message. */
  onNewSessionTicket(m: NewSessionTicket12, raw: Uint8Array, _from: 'WAIT_NST'): Step<'WAIT_CCS', Action> {
    this.ticket = m;
    this.transcript.add(raw);
    return { next: 'WAIT_CCS' };
  }

  /**
   * Two methods under one name: the driver's entry for a ChangeCipherSpec record (a payload), which
   * steps the machine, and the machine's row for it (a decoded message), which switches the read
   * keys (RFC 5246 section 7.1).
   */
  override onChangeCipherSpec(payload: Uint8Array): void;
  override onChangeCipherSpec(
    m: ChangeCipherSpec,
    raw: Uint8Array,
    from: 'WAIT_CCS',
  ): Step<'WAIT_FINISHED', Action>;
  override onChangeCipherSpec(
    m: Uint8Array | ChangeCipherSpec,
    _raw?: Uint8Array,
    _from?: 'WAIT_CCS',
  ): undefined | Step<'WAIT_FINISHED', Action> {
    if (m instanceof Uint8Array) {
      const event = { name: 'change_cipher_spec', message: decodeChangeCipherSpec(m), raw: m };
      this.apply(receiveTls12Client(this, this.state, event));
      this.pump();
      return undefined;
    }
    const protection = this.need(this.schedule).protections().server;
    return { next: 'WAIT_FINISHED', out: [{ kind: 'read_keys', protection }] };
  }

  onFinished(m: Finished12, raw: Uint8Array, _from: 'WAIT_FINISHED'): Step<'CONNECTED', Action> {
    const expected = this.need(this.schedule).finished('server', this.transcript.hash());
    if (!this.config.crypto.timingSafeEqual(expected, m.verify_data))
      throw alert('decrypt_error', 'server Finished does not verify');
    this.transcript.add(raw);
    this.transcript.release();
    // RFC 5246 7.2: a session becomes resumable once its handshake is complete.
    keepSession12(this.config, this.host.negotiated, this.serverSessionId, this.ticket, undefined);
    return { next: 'CONNECTED', out: [{ kind: 'handshake_complete' }] };
  }

  // ---------------------------------------------------------------- the abbreviated handshake

  /** RFC 5077 3.4: a renewed ticket for the resumed session. */
  onResumedNewSessionTicket(
    m: NewSessionTicket12,
    raw: Uint8Array,
    _from: 'RESUME_WAIT_NST',
  ): Step<'RESUME_WAIT_CCS', Action> {
    this.ticket = m;
    this.transcript.add(raw);
    return { next: 'RESUME_WAIT_CCS' };
  }

  onResumedChangeCipherSpec(
    _m: ChangeCipherSpec,
    _raw: Uint8Array,
    _from: 'RESUME_WAIT_CCS',
  ): Step<'RESUME_WAIT_FINISHED', Action> {
    const protection = this.need(this.schedule).protections().server;
    return { next: 'RESUME_WAIT_FINISHED', out: [{ kind: 'read_keys', protection }] };
  }

  /** The server's Finished comes first: it covers ClientHello, ServerHello and the ticket (7.4.9). */
  onResumedFinished(
    m: Finished12,
    raw: Uint8Array,
    _from: 'RESUME_WAIT_FINISHED',
  ): Step<'RESUME_SEND_CCS', Action> {
    const expected = this.need(this.schedule).finished('server', this.transcript.hash());
    if (!this.config.crypto.timingSafeEqual(expected, m.verify_data))
      throw alert('decrypt_error', 'server Finished does not verify');
    this.transcript.add(raw);
    return { next: 'RESUME_SEND_CCS' };
  }

  sendResumedChangeCipherSpec(
    _from: 'RESUME_SEND_CCS',
  ): SendStep<'RESUME_SEND_FINISHED', ChangeCipherSpecInput, Action> {
    const protection = this.need(this.schedule).protections().client;
    return {
      next: 'RESUME_SEND_FINISHED',
      message: { type: 1 },
      out: [{ kind: 'change_cipher_spec' }, { kind: 'write_keys', protection }],
    };
  }

  sendResumedFinished(_from: 'RESUME_SEND_FINISHED'): SendStep<'CONNECTED', Finished12Input, Action> {
    const verify = this.need(this.schedule).finished('client', this.transcript.hash());
    this.transcript.release();
    const session = this.need(this.answer).resumed;
    keepSession12(this.config, this.host.negotiated, this.serverSessionId, this.ticket, session);
    return { next: 'CONNECTED', message: { verify_data: verify }, out: [{ kind: 'handshake_complete' }] };
  }
}
