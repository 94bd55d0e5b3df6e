// The SSH client transport machine (specs/ssh/client-transport.spec) driven through the packets a
// real exchange carries: OpenSSH's order (test/fixtures/ssh/capture-kexinit.mjs) for curve25519-sha256,
// the diffie-hellman-group and group-exchange paths, a guessed first kex packet, a key re-exchange,
// and the strict-kex rejections.
import {
  decodeSshMessage,
  KexMessages,
  receiveSshClientTransport,
  SSH_MessageNumber,
  SSH_MessageNumberName,
  type SshClientTransportHandlers,
  type SshClientTransportState,
  sendSshClientTransport,
} from '@otpnet/ssh-spec';
import { UnexpectedMessageError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/load.js';

type Step = [direction: 'send' | 'recv', message: string];
type Family = 'ecdh' | 'dh' | 'gex';

type Policy = Record<string, () => SshClientTransportState>;

/** Handlers that only choose the next state: each returns a Step (and, sending, no real message). */
function handlers(policy: Policy): SshClientTransportHandlers<null> {
  const out: Record<string, () => unknown> = {};
  for (const [name, next] of Object.entries(policy)) out[name] = () => ({ next: next(), message: null });
  return out as unknown as SshClientTransportHandlers<null>;
}

/** A client whose kex policy is fixed by `family`; it guesses when `guess` is set. */
function client(
  family: Family,
  guess?: { family: Family; right: boolean },
): SshClientTransportHandlers<null> {
  return handlers(policy(family, guess));
}

function policy(family: Family, guess?: { family: Family; right: boolean }): Policy {
  const send = { ecdh: 'SEND_KEX_ECDH_INIT', dh: 'SEND_KEXDH_INIT', gex: 'SEND_GEX_REQUEST' } as const;
  const rekeySend = {
    ecdh: 'REKEY_SEND_KEX_ECDH_INIT',
    dh: 'REKEY_SEND_KEXDH_INIT',
    gex: 'REKEY_SEND_GEX_REQUEST',
  } as const;
  const guessState = {
    ecdh: 'GUESS_KEX_ECDH_INIT',
    dh: 'GUESS_KEXDH_INIT',
    gex: 'GUESS_GEX_REQUEST',
  } as const;
  return {
    sendIdentification: () => 'WAIT_IDENTIFICATION',
    onIdentification: () => 'SEND_KEXINIT',
    sendKexinit: () => (guess ? guessState[guess.family] : 'WAIT_KEXINIT'),
    onKexinit: () => send[family],
    onWrongKexGuess: () => send[family],
    sendGuessedKexEcdhInit: () => 'GUESSED_KEX_ECDH',
    sendGuessedKexdhInit: () => 'GUESSED_KEXDH',
    sendGuessedKexDhGexRequest: () => 'GUESSED_GEX',
    sendGuessedKexDhGexRequestOld: () => 'GUESSED_GEX',
    onKexinitAfterKexEcdhGuess: () => (guess?.right ? 'WAIT_KEX_ECDH_REPLY' : send[family]),
    onKexinitAfterKexdhGuess: () => (guess?.right ? 'WAIT_KEXDH_REPLY' : send[family]),
    onKexinitAfterGexGuess: () => (guess?.right ? 'WAIT_GEX_GROUP' : send[family]),
    sendKexEcdhInit: () => 'WAIT_KEX_ECDH_REPLY',
    onKexEcdhReply: () => 'SEND_NEWKEYS',
    sendKexdhInit: () => 'WAIT_KEXDH_REPLY',
    onKexdhReply: () => 'SEND_NEWKEYS',
    sendKexDhGexRequest: () => 'WAIT_GEX_GROUP',
    sendKexDhGexRequestOld: () => 'WAIT_GEX_GROUP',
    onKexDhGexGroup: () => 'SEND_GEX_INIT',
    sendKexDhGexInit: () => 'WAIT_GEX_REPLY',
    onKexDhGexReply: () => 'SEND_NEWKEYS',
    sendNewkeys: () => 'WAIT_NEWKEYS',
    sendExtInfo: () => 'WAIT_NEWKEYS',
    onNewkeys: () => 'SEND_SERVICE_REQUEST',
    sendServiceRequest: () => 'WAIT_SERVICE_ACCEPT',
    onExtInfo: () => 'EXT_INFO_RECEIVED',
    onServiceAccept: () => 'ESTABLISHED',
    sendRekeyKexinit: () => 'REKEY_WAIT_KEXINIT',
    onRekeyKexinit: () => 'REKEY_SEND_KEXINIT',
    sendRekeyKexinitReply: () => rekeySend[family],
    onRekeyKexinitReply: () => rekeySend[family],
    onRekeyWrongKexGuess: () => rekeySend[family],
    sendRekeyKexEcdhInit: () => 'REKEY_WAIT_KEX_ECDH_REPLY',
    onRekeyKexEcdhReply: () => 'REKEY_SEND_NEWKEYS',
    sendRekeyKexdhInit: () => 'REKEY_WAIT_KEXDH_REPLY',
    onRekeyKexdhReply: () => 'REKEY_SEND_NEWKEYS',
    sendRekeyKexDhGexRequest: () => 'REKEY_WAIT_GEX_GROUP',
    sendRekeyKexDhGexRequestOld: () => 'REKEY_WAIT_GEX_GROUP',
    onRekeyKexDhGexGroup: () => 'REKEY_SEND_GEX_INIT',
    sendRekeyKexDhGexInit: () => 'REKEY_WAIT_GEX_REPLY',
    onRekeyKexDhGexReply: () => 'REKEY_SEND_NEWKEYS',
    sendRekeyNewkeys: () => 'REKEY_WAIT_NEWKEYS',
    onRekeyNewkeys: () => 'ESTABLISHED',
  };
}

const none = new Uint8Array(0);

const run = (h: SshClientTransportHandlers<null>, steps: Step[], from: SshClientTransportState = 'START') =>
  steps.reduce<SshClientTransportState>(
    (s, [d, m]) =>
      d === 'recv'
        ? receiveSshClientTransport(h, s, { name: m, message: null, raw: none }).next
        : sendSshClientTransport(h, s, m as never).next,
    from,
  );

const hello: Step[] = [
  ['send', 'identification'],
  ['recv', 'identification'],
  ['send', 'SSH_MSG_KEXINIT'],
];

describe('ssh_client_transport (RFC 4253 7, 8, 9, 10; RFC 4419; RFC 8308)', () => {
  it('decodes what arrives with the dispatch, the kex method picking messages 30 and 31', () => {
    const ecdhInit = fixture('ssh/openssh-kex-ecdh-init.bin');
    const m = decodeSshMessage(ecdhInit, { kex: KexMessages.kex_ecdh });
    expect(m.name).toBe('SSH_MSG_KEX_ECDH_INIT');
    expect(decodeSshMessage(ecdhInit, { kex: KexMessages.kexdh }).name).toBe('SSH_MSG_KEXDH_INIT');
    expect(() => decodeSshMessage(ecdhInit)).toThrow(expect.objectContaining({ kind: 'no_case' }));
    // a number no message has keeps its bytes, for SSH_MSG_UNIMPLEMENTED (RFC 4253 11.4)
    expect(decodeSshMessage(Uint8Array.of(199, 1, 2))).toEqual({
      name: undefined,
      number: 199,
      message: Uint8Array.of(199, 1, 2),
    });
    // a handler receives the decoded message and its bytes
    const seen: unknown[] = [];
    const h = handlers(policy('ecdh'));
    (h as unknown as Record<string, unknown>)['onKexEcdhReply'] = (
      msg: unknown,
      raw: Uint8Array,
      from: string,
    ) => {
      seen.push(msg, raw.length, from);
      return { next: 'SEND_NEWKEYS' };
    };
    const reply = decodeSshMessage(Uint8Array.of(31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), {
      kex: KexMessages.kex_ecdh,
    });
    if (reply.name === undefined) throw new Error('not decoded');
    const step = receiveSshClientTransport(h, 'WAIT_KEX_ECDH_REPLY', {
      ...reply,
      raw: Uint8Array.of(31),
    } as never);
    expect(step.next).toBe('SEND_NEWKEYS');
    expect(seen).toEqual([reply.message, 1, 'WAIT_KEX_ECDH_REPLY']);
  });

  it('follows OpenSSH: the message numbers of the captured packets name the rows', () => {
    const kexinit = fixture('ssh/openssh-kexinit.bin')[0]!;
    const ecdhInit = fixture('ssh/openssh-kex-ecdh-init.bin')[0]!;
    expect(SSH_MessageNumberName(kexinit)).toBe('SSH_MSG_KEXINIT');
    expect(ecdhInit).toBe(30); // kex-method specific: named by the negotiated family, not by the enum
    const state = run(client('ecdh'), [
      ['send', 'identification'],
      ['recv', 'identification'],
      ['send', SSH_MessageNumberName(kexinit)],
      ['recv', 'SSH_MSG_KEXINIT'],
      ['send', 'SSH_MSG_KEX_ECDH_INIT'],
      ['recv', 'SSH_MSG_KEX_ECDH_REPLY'],
      ['send', 'SSH_MSG_NEWKEYS'],
      ['recv', 'SSH_MSG_NEWKEYS'],
      ['send', 'SSH_MSG_SERVICE_REQUEST'],
      ['recv', SSH_MessageNumberName(SSH_MessageNumber.SSH_MSG_EXT_INFO)],
      ['recv', 'SSH_MSG_SERVICE_ACCEPT'],
    ]);
    expect(state).toBe('ESTABLISHED');
  });

  it('takes the diffie-hellman-group path when that method is agreed', () => {
    const at = run(client('dh'), [...hello, ['recv', 'SSH_MSG_KEXINIT']]);
    expect(at).toBe('SEND_KEXDH_INIT');
    expect(() => run(client('dh'), [['send', 'SSH_MSG_KEX_ECDH_INIT']], at)).toThrow(UnexpectedMessageError);
    expect(
      run(
        client('dh'),
        [
          ['send', 'SSH_MSG_KEXDH_INIT'],
          ['recv', 'SSH_MSG_KEXDH_REPLY'],
        ],
        at,
      ),
    ).toBe('SEND_NEWKEYS');
  });

  it('runs the group exchange: request, group, init, reply (RFC 4419 3)', () => {
    expect(
      run(client('gex'), [
        ...hello,
        ['recv', 'SSH_MSG_KEXINIT'],
        ['send', 'SSH_MSG_KEX_DH_GEX_REQUEST'],
        ['recv', 'SSH_MSG_KEX_DH_GEX_GROUP'],
        ['send', 'SSH_MSG_KEX_DH_GEX_INIT'],
        ['recv', 'SSH_MSG_KEX_DH_GEX_REPLY'],
      ]),
    ).toBe('SEND_NEWKEYS');
  });

  it('uses a right guess and resends after a wrong one (RFC 4253 7)', () => {
    const guessed: Step[] = [...hello, ['send', 'SSH_MSG_KEX_ECDH_INIT'], ['recv', 'SSH_MSG_KEXINIT']];
    expect(run(client('ecdh', { family: 'ecdh', right: true }), guessed)).toBe('WAIT_KEX_ECDH_REPLY');
    expect(run(client('dh', { family: 'ecdh', right: false }), guessed)).toBe('SEND_KEXDH_INIT');
  });

  it('sends EXT_INFO right after its first NEWKEYS and reads the server one at most once', () => {
    const h = handlers({ ...policy('ecdh'), sendNewkeys: () => 'SEND_EXT_INFO' });
    const at = run(h, [...hello, ['recv', 'SSH_MSG_KEXINIT'], ['send', 'SSH_MSG_KEX_ECDH_INIT']]);
    expect(
      run(
        h,
        [
          ['recv', 'SSH_MSG_KEX_ECDH_REPLY'],
          ['send', 'SSH_MSG_NEWKEYS'],
          ['send', 'SSH_MSG_EXT_INFO'],
          ['recv', 'SSH_MSG_NEWKEYS'],
          ['send', 'SSH_MSG_SERVICE_REQUEST'],
          ['recv', 'SSH_MSG_EXT_INFO'],
        ],
        at,
      ),
    ).toBe('EXT_INFO_RECEIVED');
    expect(() => run(h, [['recv', 'SSH_MSG_EXT_INFO']], 'EXT_INFO_RECEIVED')).toThrow(UnexpectedMessageError);
  });

  it('re-exchanges keys from ESTABLISHED, started by either side (RFC 4253 9)', () => {
    const rekey: Step[] = [
      ['send', 'SSH_MSG_KEX_ECDH_INIT'],
      ['recv', 'SSH_MSG_KEX_ECDH_REPLY'],
      ['send', 'SSH_MSG_NEWKEYS'],
      ['recv', 'SSH_MSG_NEWKEYS'],
    ];
    const ours: Step[] = [['send', 'SSH_MSG_KEXINIT'], ['recv', 'SSH_MSG_KEXINIT'], ...rekey];
    const theirs: Step[] = [['recv', 'SSH_MSG_KEXINIT'], ['send', 'SSH_MSG_KEXINIT'], ...rekey];
    expect(run(client('ecdh'), ours, 'ESTABLISHED')).toBe('ESTABLISHED');
    expect(run(client('ecdh'), theirs, 'ESTABLISHED')).toBe('ESTABLISHED');
    // no second KEXINIT, no EXT_INFO and no service request during a re-exchange
    expect(() => run(client('ecdh'), [['recv', 'SSH_MSG_KEXINIT']], 'REKEY_WAIT_KEX_ECDH_REPLY')).toThrow(
      UnexpectedMessageError,
    );
    expect(() => run(client('ecdh'), [['recv', 'SSH_MSG_EXT_INFO']], 'REKEY_WAIT_NEWKEYS')).toThrow(
      UnexpectedMessageError,
    );
    expect(() => run(client('ecdh'), [['send', 'SSH_MSG_SERVICE_REQUEST']], 'REKEY_WAIT_KEXINIT')).toThrow(
      UnexpectedMessageError,
    );
  });

  it('rejects what strict kex forbids during the first key exchange', () => {
    expect(() => run(client('ecdh'), [['recv', 'SSH_MSG_IGNORE']], 'WAIT_KEXINIT')).toThrow(
      UnexpectedMessageError,
    );
    expect(() => run(client('ecdh'), [['recv', 'SSH_MSG_SERVICE_ACCEPT']], 'WAIT_NEWKEYS')).toThrow(
      UnexpectedMessageError,
    );
    expect(() => run(client('ecdh'), [['recv', 'SSH_MSG_NEWKEYS']], 'WAIT_KEX_ECDH_REPLY')).toThrow(
      UnexpectedMessageError,
    );
  });
});
