// The SSH client transport machine (specs/ssh/client-transport.spec) driven through the packets a
// real exchange carries: OpenSSH's order (test/fixtures/ssh/capture-kexinit.mjs) for curve25519-sha256,
// the diffie-hellman-group path, and the strict-kex rejections.
import {
  SSH_MessageNumber,
  SSH_MessageNumberName,
  type SshClientTransportHandlers,
  type SshClientTransportState,
  stepSshClientTransport,
} from '@otpnet/ssh-spec';
import { UnexpectedMessageError } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/load.js';

type Step = [direction: 'send' | 'recv', message: string];

/** A client whose kex policy is fixed by `family`. */
function client(family: 'ecdh' | 'dh'): SshClientTransportHandlers<null> {
  return {
    sendIdentification: () => 'WAIT_IDENTIFICATION',
    onIdentification: () => 'SEND_KEXINIT',
    sendKexinit: () => 'WAIT_KEXINIT',
    onKexinit: () => (family === 'ecdh' ? 'SEND_KEX_ECDH_INIT' : 'SEND_KEXDH_INIT'),
    sendKexEcdhInit: () => 'WAIT_KEX_ECDH_REPLY',
    onKexEcdhReply: () => 'SEND_NEWKEYS',
    sendKexdhInit: () => 'WAIT_KEXDH_REPLY',
    onKexdhReply: () => 'SEND_NEWKEYS',
    sendNewkeys: () => 'WAIT_NEWKEYS',
    onNewkeys: () => 'SEND_SERVICE_REQUEST',
    sendServiceRequest: () => 'WAIT_SERVICE_ACCEPT',
    onExtInfo: () => 'WAIT_SERVICE_ACCEPT',
    onServiceAccept: () => 'SERVICE_ACCEPTED',
  };
}

const run = (
  handlers: SshClientTransportHandlers<null>,
  steps: Step[],
  from: SshClientTransportState = 'START',
) =>
  steps.reduce<SshClientTransportState>((s, [d, m]) => stepSshClientTransport(handlers, s, d, m, null), from);

describe('ssh_client_transport (RFC 4253 7, 8, 10; RFC 8308)', () => {
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
    expect(state).toBe('SERVICE_ACCEPTED');
  });

  it('takes the diffie-hellman-group path when that method is agreed', () => {
    const at = run(client('dh'), [
      ['send', 'identification'],
      ['recv', 'identification'],
      ['send', 'SSH_MSG_KEXINIT'],
      ['recv', 'SSH_MSG_KEXINIT'],
    ]);
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
