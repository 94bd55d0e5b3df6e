// The TLS 1.2 server (RFC 5246): the handlers of the generated tls12_server machine. Full
// handshakes with ECDHE, DHE or (when the configuration lists such a suite) RSA key transport,
// over AEAD or CBC records (encrypt_then_mac when the client asks, RFC 7366), and the abbreviated
// handshake (RFC 5246 7.3 figure 2) for a session offered by its ID (the listener's cache,
// config.sessionCache) or its RFC 5077 ticket (sealed under config.ticketKey); server12-resume.ts
// finds and keeps sessions. Renegotiation is refused (server12-base.ts).
import type { x509 } from '@otpnet/crypto';
import {
  type Certificate12,
  type Certificate12Input,
  type CertificateRequest12Input,
  type ChangeCipherSpec,
  type ChangeCipherSpecInput,
  type CipherSuitesRow,
  ClientCertificateType,
  type ClientHello12,
  type ClientKeyExchange,
  type DigitallySigned,
  decodeChangeCipherSpec,
  decodeHandshake12,
  encodeHandshake12,
  type Finished12,
  type Finished12Input,
  type NewSessionTicket12Input,
  ProtocolVersion,
  receiveTls12Server,
  type ServerHello12Input,
  type ServerHelloDoneInput,
  type ServerKeyExchangeInput,
  sendTls12Server,
  type Tls12ServerHandlers,
  type Tls12ServerSent,
  type Tls12ServerState,
  tls12ServerEventOf,
} from '@otpnet/tls-spec';
import type { SendStep, Step } from '@otpnet/wire';
import { alert } from '../errors.js';
import { markTls12 } from './downgrade.js';
import type { HandshakeHost } from './driver.js';
import { findExt } from './extensions.js';
import { KeySchedule12 } from './key-schedule12.js';
import type { Action } from './machine-driver.js';
import { checkPeerChain } from './peer-certificate.js';
import {
  Ephemeral12,
  kexContext,
  kexOf,
  serverKeyExchange,
  serverPremaster12,
} from './server-key-exchange12.js';
import { Server12Base } from './server12-base.js';
import {
  type Choice12,
  certificateAuthorities,
  checkClientHello12,
  chooseServer12,
  encryptThenMac12,
  type Hello12,
  serverHelloExtensions12,
} from './server12-choice.js';
import {
  findSession12,
  issuesTicket12,
  newSessionTicket12,
  rememberSession12,
  type Session12,
  sessionIdFor12,
} from './server12-resume.js';
import { chooseAlpn, serverNameOf } from './server13-choice.js';
import { sign, verifySignature } from './signatures.js';
import { Transcript } from './transcript.js';

/** Not handshake messages: their handlers' outputs send them. */
const NOT_HANDSHAKE: ReadonlySet<string> = new Set(['change_cipher_spec', 'no_renegotiation_RESERVED']);

export class Server12Driver extends Server12Base implements Tls12ServerHandlers<Action> {
  private readonly transcript: Transcript;
  private hello: Hello12 | undefined;
  private choice: Choice12 | undefined;
  private eph: Ephemeral12 | undefined;
  private schedule: KeySchedule12 | undefined;
  private peerLeaf: x509.Certificate | undefined;
  /** The session being resumed; undefined in a full handshake. */
  private session: Session12 | undefined;
  private sessionId: Uint8Array = new Uint8Array(0);
  /** A NewSessionTicket goes before our ChangeCipherSpec (RFC 5077 3.3, 3.4). */
  private ticketing = false;

  constructor(host: HandshakeHost) {
    super(host);
    this.transcript = new Transcript(host.config.crypto);
  }

  protected receive(raw: Uint8Array): Step<Tls12ServerState, Action> {
    const m = decodeHandshake12(raw, kexContext(this.choice?.suite));
    return receiveTls12Server(this, this.state, tls12ServerEventOf(m, raw));
  }

  protected send(message: keyof Tls12ServerSent): SendStep<Tls12ServerState, unknown, Action> {
    const step = sendTls12Server(this, this.state, message);
    if (NOT_HANDSHAKE.has(message)) return step;
    const raw = encodeHandshake12(
      { body: { case: message, value: step.message } as never },
      kexContext(this.choice?.suite),
    );
    this.transcript.add(raw);
    this.host.sendHandshake(raw);
    return step;
  }

  // ---------------------------------------------------------------- ClientHello and the server's flight

  onClientHello(m: ClientHello12, raw: Uint8Array, _from: 'START'): Step<'SEND_SH', Action> {
    const n = this.host.negotiated;
    n.clientRandom = m.random;
    const hello = checkClientHello12(this.config, m);
    this.hello = hello;
    const exts = { extensions: m.extensions ?? [] };
    const alpn = chooseAlpn(this.config, exts);
    if (alpn) n.alpn = alpn;
    const sni = serverNameOf(exts);
    if (sni !== undefined) n.serverName = sni;
    const limit = findExt(m.extensions, 'record_size_limit');
    if (limit !== undefined) n.peerRecordLimit = limit;
    const session = findSession12(this.config, m, hello, sni);
    this.session = session;
    this.ticketing = issuesTicket12(this.config, m, hello, session);
    this.sessionId = sessionIdFor12(this.config, m, hello, session, this.ticketing);
    let suite = session?.suite;
    if (session) n.peerChain = session.peerChain;
    else {
      const choice = chooseServer12(this.config, m);
      this.choice = choice;
      suite = choice.suite;
      Object.assign(n, { group: choice.kex?.group, ownCert: choice.cert, signatureScheme: choice.scheme });
    }
    this.transcript.start(this.need(suite).prf);
    this.transcript.add(raw);
    Object.assign(n, {
      version: 'tlsv1.2',
      suite: this.need(suite).suite,
      secureRenegotiation: hello.secureRenegotiation,
      extendedMasterSecret: hello.extendedMasterSecret,
      encryptThenMac: encryptThenMac12(this.config, hello, this.need(suite)),
      resumed: session !== undefined,
    });
    return { next: 'SEND_SH' };
  }

  /** The key schedule for these randoms; CBC records as agreed, their IVs from config.random. */
  private keySchedule(suite: CipherSuitesRow): KeySchedule12 {
    const n = this.host.negotiated;
    const record = { encryptThenMac: n.encryptThenMac === true, random: this.config.random };
    const randoms = [this.need(n.clientRandom), this.need(n.serverRandom)] as const;
    return new KeySchedule12(this.config.crypto, suite, ...randoms, record);
  }

  sendServerHello(
    _from: 'SEND_SH',
  ): SendStep<
    'SEND_CERT' | 'SEND_SKE' | 'SEND_SHD' | 'RESUME_SEND_NST' | 'RESUME_SEND_CCS',
    ServerHello12Input,
    Action
  > {
    const hello = this.need(this.hello);
    const n = this.host.negotiated;
    const random = this.config.random(32);
    // RFC 8446 section 4.1.3: a server that could have spoken TLS 1.3 marks the random.
    if (this.config.versions.includes('tlsv1.3')) markTls12(random);
    n.serverRandom = random;
    const session = this.session;
    const suite = session?.suite ?? this.need(this.choice).suite;
    const exts = serverHelloExtensions12(hello, n, suite, session !== undefined, this.ticketing);
    const message: ServerHello12Input = {
      server_version: ProtocolVersion.tls1_2,
      random,
      session_id: this.sessionId,
      cipher_suite: suite.suite,
      compression_method: 0,
      extensions: exts,
    };
    if (!session) return { next: 'SEND_CERT', message };
    // RFC 5246 7.3 figure 2: the session's master secret with the new randoms.
    const schedule = this.keySchedule(suite);
    schedule.resumeMaster(session.master);
    this.schedule = schedule;
    n.masterSecret = session.master;
    this.host.keylog('CLIENT_RANDOM', session.master);
    return { next: this.ticketing ? 'RESUME_SEND_NST' : 'RESUME_SEND_CCS', message };
  }

  sendCertificate(
    _from: 'SEND_CERT',
  ): SendStep<'SEND_CERT_STATUS' | 'SEND_SKE' | 'SEND_CR' | 'SEND_SHD', Certificate12Input, Action> {
    const choice = this.need(this.choice);
    const message = { certificate_list: choice.cert.chain };
    // RFC 5246 7.4.3: RSA key transport sends no ServerKeyExchange.
    if (choice.kex === undefined) return { next: this.config.verify ? 'SEND_CR' : 'SEND_SHD', message };
    return { next: 'SEND_SKE', message };
  }

  sendServerKeyExchange(_from: 'SEND_SKE'): SendStep<'SEND_CR' | 'SEND_SHD', ServerKeyExchangeInput, Action> {
    const choice = this.need(this.choice);
    const n = this.host.negotiated;
    const kex = this.need(choice.kex);
    const scheme = this.need(choice.scheme);
    const eph = new Ephemeral12(this.config.crypto, kex);
    this.eph = eph;
    const randoms = { client: this.need(n.clientRandom), server: this.need(n.serverRandom) };
    const message = serverKeyExchange(kex, eph, randoms, (content) => ({
      algorithm: scheme,
      signature: sign(this.config.crypto, scheme, choice.cert.key, content),
    }));
    return { next: this.config.verify ? 'SEND_CR' : 'SEND_SHD', message };
  }

  sendCertificateRequest(_from: 'SEND_CR'): SendStep<'SEND_SHD', CertificateRequest12Input, Action> {
    return {
      next: 'SEND_SHD',
      message: {
        certificate_types: [ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign],
        supported_signature_algorithms: this.config.signatureSchemes,
        certificate_authorities: certificateAuthorities(this.config),
      },
    };
  }

  sendServerHelloDone(_from: 'SEND_SHD'): SendStep<'WAIT_CERT' | 'WAIT_CKE', ServerHelloDoneInput, Action> {
    return { next: this.config.verify ? 'WAIT_CERT' : 'WAIT_CKE', message: {} };
  }

  // ---------------------------------------------------------------- the client's flight

  onCertificate(m: Certificate12, raw: Uint8Array, _from: 'WAIT_CERT'): Step<'WAIT_CKE', Action> {
    const chain = m.certificate_list;
    this.transcript.add(raw);
    if (chain.length === 0) {
      // RFC 5246 section 7.4.6: a server that requires a certificate answers none with handshake_failure.
      if (this.config.failIfNoPeerCert) throw alert('handshake_failure', 'client sent no certificate');
      return { next: 'WAIT_CKE' };
    }
    this.peerLeaf = checkPeerChain(this.config, chain, 'clientAuth');
    this.host.negotiated.peerChain = chain;
    return { next: 'WAIT_CKE' };
  }

  onClientKeyExchange(
    m: ClientKeyExchange,
    raw: Uint8Array,
    _from: 'WAIT_CKE',
  ): Step<'WAIT_CV' | 'WAIT_CCS', Action> {
    const choice = this.need(this.choice);
    const clientVersion = this.need(this.hello).clientVersion;
    const kex = kexOf(choice.suite);
    const key = choice.cert.key;
    const premaster = serverPremaster12(this.config.crypto, m, kex, this.eph, key, clientVersion);
    this.transcript.add(raw);
    const n = this.host.negotiated;
    const schedule = this.keySchedule(choice.suite);
    this.schedule = schedule;
    // RFC 7627 section 4: session_hash covers the messages up to and including ClientKeyExchange.
    const master = schedule.deriveMaster(
      premaster,
      n.extendedMasterSecret ? this.transcript.hash() : undefined,
    );
    n.masterSecret = master;
    this.host.keylog('CLIENT_RANDOM', master);
    return { next: this.peerLeaf ? 'WAIT_CV' : 'WAIT_CCS' };
  }

  onCertificateVerify(m: DigitallySigned, raw: Uint8Array, _from: 'WAIT_CV'): Step<'WAIT_CCS', Action> {
    // RFC 5246 section 7.4.8: the signature covers every handshake message so far.
    const { crypto, signatureSchemes } = this.config;
    const key = this.peerLeaf?.publicKey;
    const content = this.transcript.messages();
    verifySignature(crypto, m.algorithm, signatureSchemes, key, content, m.signature, 'tlsv1.2');
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
      this.apply(receiveTls12Server(this, this.state, event));
      this.pump();
      return undefined;
    }
    const protection = this.need(this.schedule).protections().client;
    return { next: 'WAIT_FINISHED', out: [{ kind: 'read_keys', protection }] };
  }

  onFinished(m: Finished12, raw: Uint8Array, _from: 'WAIT_FINISHED'): Step<'SEND_NST' | 'SEND_CCS', Action> {
    const expected = this.need(this.schedule).finished('client', this.transcript.hash());
    if (!this.config.crypto.timingSafeEqual(expected, m.verify_data))
      throw alert('decrypt_error', 'client Finished does not verify');
    this.transcript.add(raw);
    return { next: this.ticketing ? 'SEND_NST' : 'SEND_CCS' };
  }

  // ---------------------------------------------------------------- the server's last flight

  sendNewSessionTicket(_from: 'SEND_NST'): SendStep<'SEND_CCS', NewSessionTicket12Input, Action> {
    return {
      next: 'SEND_CCS',
      message: newSessionTicket12(this.config, this.host.negotiated, this.config.now()),
    };
  }

  sendChangeCipherSpec(_from: 'SEND_CCS'): SendStep<'SEND_FINISHED', ChangeCipherSpecInput, Action> {
    const protection = this.need(this.schedule).protections().server;
    return {
      next: 'SEND_FINISHED',
      message: { type: 1 },
      out: [{ kind: 'change_cipher_spec' }, { kind: 'write_keys', protection }],
    };
  }

  sendFinished(_from: 'SEND_FINISHED'): SendStep<'CONNECTED', Finished12Input, Action> {
    const verify = this.need(this.schedule).finished('server', this.transcript.hash());
    this.transcript.release();
    // RFC 5246 7.2: a session becomes resumable once its handshake is complete.
    rememberSession12(this.config, this.host.negotiated, this.sessionId);
    return { next: 'CONNECTED', message: { verify_data: verify }, out: [{ kind: 'handshake_complete' }] };
  }

  // ---------------------------------------------------------------- the abbreviated handshake

  /** RFC 5077 3.4: a ticket for a session resumed by its ID, its lifetime counted from its start. */
  sendResumedNewSessionTicket(
    _from: 'RESUME_SEND_NST',
  ): SendStep<'RESUME_SEND_CCS', NewSessionTicket12Input, Action> {
    const createdAt = this.need(this.session).createdAt;
    return {
      next: 'RESUME_SEND_CCS',
      message: newSessionTicket12(this.config, this.host.negotiated, createdAt),
    };
  }

  sendResumedChangeCipherSpec(
    _from: 'RESUME_SEND_CCS',
  ): SendStep<'RESUME_SEND_FINISHED', ChangeCipherSpecInput, Action> {
    const protection = this.need(this.schedule).protections().server;
    return {
      next: 'RESUME_SEND_FINISHED',
      message: { type: 1 },
      out: [{ kind: 'change_cipher_spec' }, { kind: 'write_keys', protection }],
    };
  }

  /** Our Finished comes first, over ClientHello, ServerHello and the ticket (RFC 5246 7.4.9). */
  sendResumedFinished(_from: 'RESUME_SEND_FINISHED'): SendStep<'RESUME_WAIT_CCS', Finished12Input, Action> {
    const verify = this.need(this.schedule).finished('server', this.transcript.hash());
    return { next: 'RESUME_WAIT_CCS', message: { verify_data: verify } };
  }

  onResumedChangeCipherSpec(
    _m: ChangeCipherSpec,
    _raw: Uint8Array,
    _from: 'RESUME_WAIT_CCS',
  ): Step<'RESUME_WAIT_FINISHED', Action> {
    const protection = this.need(this.schedule).protections().client;
    return { next: 'RESUME_WAIT_FINISHED', out: [{ kind: 'read_keys', protection }] };
  }

  onResumedFinished(
    m: Finished12,
    raw: Uint8Array,
    _from: 'RESUME_WAIT_FINISHED',
  ): Step<'CONNECTED', Action> {
    const expected = this.need(this.schedule).finished('client', this.transcript.hash());
    if (!this.config.crypto.timingSafeEqual(expected, m.verify_data))
      throw alert('decrypt_error', 'client Finished does not verify');
    this.transcript.add(raw);
    this.transcript.release();
    return { next: 'CONNECTED', out: [{ kind: 'handshake_complete' }] };
  }
}
