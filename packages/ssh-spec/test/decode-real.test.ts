// The SSH_MSG_KEXINIT and SSH_MSG_KEX_ECDH_INIT that OpenSSH's ssh client really sends
// (test/fixtures/ssh/capture-kexinit.mjs) through the generated codecs, and RFC 4254 channel messages
// built from the RFC's field lists.
import {
  CiphersByName,
  CompressionsByName,
  decodeSSH_MSG_CHANNEL_OPEN,
  decodeSSH_MSG_CHANNEL_REQUEST,
  decodeSSH_MSG_DISCONNECT,
  decodeSSH_MSG_KEX_ECDH_INIT,
  decodeSSH_MSG_KEXINIT,
  decodeSSH_MSG_USERAUTH_REQUEST,
  encodeSSH_MSG_CHANNEL_OPEN,
  encodeSSH_MSG_CHANNEL_REQUEST,
  encodeSSH_MSG_DISCONNECT,
  encodeSSH_MSG_KEX_ECDH_INIT,
  encodeSSH_MSG_KEXINIT,
  encodeSSH_MSG_USERAUTH_REQUEST,
  HostKeyAlgorithmsByName,
  KexAlgorithmsByName,
  KexMessages,
  MacsByName,
  SSH_DisconnectReasonCode,
  SSH_MSG_CHANNEL_OPEN_NUMBER,
  type SSH_MSG_CHANNEL_REQUEST,
  SSH_MSG_CHANNEL_REQUEST_NUMBER,
  SSH_MSG_KEX_ECDH_INIT_NUMBER,
  SSH_MSG_KEXINIT_NUMBER,
  type SSH_MSG_USERAUTH_REQUEST,
  TerminalModeOpcode,
} from '@otpnet/ssh-spec';
import { describe, expect, it } from 'vitest';
import { fixture, toHex } from '../../../test/fixtures/load.js';

/** RFC 4251 section 5 encoders, written out by hand so the test does not trust the codec. */
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const str = (s: string | number[]) => {
  const b = typeof s === 'string' ? Array.from(new TextEncoder().encode(s)) : s;
  return [...u32(b.length), ...b];
};
const bytes = (...parts: (number | number[])[]) => new Uint8Array(parts.flat());

describe('OpenSSH ssh KEXINIT', () => {
  const payload = fixture('ssh/openssh-kexinit.bin');
  const kex = decodeSSH_MSG_KEXINIT(payload);

  it('is message 20 with a 16-byte cookie (RFC 4253 7.1)', () => {
    expect(SSH_MSG_KEXINIT_NUMBER).toBe(20);
    expect(payload[0]).toBe(20);
    expect(kex.cookie).toHaveLength(16);
    expect(toHex(kex.cookie)).toBe(toHex(payload.subarray(1, 17)));
  });

  it('offers the kex methods and pseudo-algorithms of a current client', () => {
    expect(kex.kex_algorithms).toContain('curve25519-sha256');
    expect(kex.kex_algorithms).toContain('ecdh-sha2-nistp256');
    expect(kex.kex_algorithms).toContain('ext-info-c'); // RFC 8308
    expect(kex.kex_algorithms).toContain('kex-strict-c-v00@openssh.com'); // strict kex (Terrapin)
    expect(kex.kex_algorithms.every((n) => n.length > 0 && !n.includes(','))).toBe(true);
  });

  it('lists host key, cipher, MAC and compression algorithms in both directions', () => {
    expect(kex.server_host_key_algorithms).toContain('ssh-ed25519');
    expect(kex.server_host_key_algorithms).toContain('rsa-sha2-256');
    expect(kex.encryption_algorithms_client_to_server).toContain('chacha20-poly1305@openssh.com');
    expect(kex.encryption_algorithms_client_to_server).toContain('aes128-ctr');
    expect(kex.encryption_algorithms_server_to_client).toEqual(kex.encryption_algorithms_client_to_server);
    expect(kex.mac_algorithms_client_to_server).toContain('hmac-sha2-256');
    expect(kex.mac_algorithms_server_to_client).toEqual(kex.mac_algorithms_client_to_server);
    expect(kex.compression_algorithms_client_to_server).toContain('none');
    expect(kex.languages_client_to_server).toEqual([]);
    expect(kex.languages_server_to_client).toEqual([]);
  });

  it('offers only algorithms the registries describe (specs/ssh/algorithms.spec)', () => {
    for (const n of kex.kex_algorithms) expect(KexAlgorithmsByName.has(n), n).toBe(true);
    for (const n of kex.server_host_key_algorithms) expect(HostKeyAlgorithmsByName.has(n), n).toBe(true);
    for (const n of kex.encryption_algorithms_client_to_server) expect(CiphersByName.has(n), n).toBe(true);
    for (const n of kex.mac_algorithms_client_to_server) expect(MacsByName.has(n), n).toBe(true);
    for (const n of kex.compression_algorithms_client_to_server)
      expect(CompressionsByName.has(n), n).toBe(true);
    // the method the listener picked uses the messages of kex-ecdh.spec
    expect(KexAlgorithmsByName.get('curve25519-sha256')?.messages).toBe(KexMessages.kex_ecdh);
    expect(CiphersByName.get('chacha20-poly1305@openssh.com')).toMatchObject({ key_len: 64, aead: true });
  });

  it('sends no guessed kex packet and a zero reserved field', () => {
    expect(kex.first_kex_packet_follows).toBe(false);
    expect(kex.reserved).toBe(0);
  });

  it('re-encodes to the captured bytes', () => {
    expect(toHex(encodeSSH_MSG_KEXINIT(kex))).toBe(toHex(payload));
  });

  it('rejects another message number and a truncated payload', () => {
    const other = payload.slice();
    other[0] = 21;
    expect(() => decodeSSH_MSG_KEXINIT(other)).toThrow();
    expect(() => decodeSSH_MSG_KEXINIT(payload.subarray(0, payload.length - 1))).toThrow();
  });
});

describe('OpenSSH ssh SSH_MSG_KEX_ECDH_INIT (RFC 5656 7.1, RFC 8731 3)', () => {
  const payload = fixture('ssh/openssh-kex-ecdh-init.bin');

  it('carries a 32-byte X25519 public key and re-encodes to the captured bytes', () => {
    expect(SSH_MSG_KEX_ECDH_INIT_NUMBER).toBe(30);
    const m = decodeSSH_MSG_KEX_ECDH_INIT(payload);
    expect(m.Q_C).toHaveLength(32);
    expect(toHex(encodeSSH_MSG_KEX_ECDH_INIT(m))).toBe(toHex(payload));
  });
});

describe('SSH_MSG_DISCONNECT (RFC 4253 11.1)', () => {
  it('decodes the reason code enum and the texts', () => {
    const wire = bytes(1, u32(11), str('bye'), str(''));
    const m = decodeSSH_MSG_DISCONNECT(wire);
    expect(m.reason_code).toBe(SSH_DisconnectReasonCode.SSH_DISCONNECT_BY_APPLICATION);
    expect(m.description).toBe('bye');
    expect(m.language_tag).toBe('');
    expect(toHex(encodeSSH_MSG_DISCONNECT(m))).toBe(toHex(wire));
  });
});

describe('SSH_MSG_CHANNEL_REQUEST (RFC 4254 5.4, 6)', () => {
  const request = (type: string, wantReply: boolean, data: number[]) =>
    bytes(98, u32(7), str(type), wantReply ? 1 : 0, data);

  const roundTrip = (wire: Uint8Array): SSH_MSG_CHANNEL_REQUEST => {
    const m = decodeSSH_MSG_CHANNEL_REQUEST(wire);
    expect(toHex(encodeSSH_MSG_CHANNEL_REQUEST(m))).toBe(toHex(wire));
    return m;
  };

  it('is message 98', () => {
    expect(SSH_MSG_CHANNEL_REQUEST_NUMBER).toBe(98);
  });

  it('pty-req carries the terminal and its modes, up to TTY_OP_END (RFC 4254 8)', () => {
    const modes = [53, ...u32(1), 128, ...u32(38400), 0]; // ECHO 1, TTY_OP_ISPEED 38400, TTY_OP_END
    const m = roundTrip(
      request('pty-req', true, [
        ...str('xterm-256color'),
        ...u32(80),
        ...u32(24),
        ...u32(640),
        ...u32(480),
        ...str(modes),
      ]),
    );
    expect(m.recipient_channel).toBe(7);
    expect(m.request_type).toBe('pty-req');
    expect(m.want_reply).toBe(true);
    expect(m.type_specific_data.case).toBe('pty-req');
    if (m.type_specific_data.case !== 'pty-req') return;
    const pty = m.type_specific_data.value;
    expect(pty.TERM_environment_variable).toBe('xterm-256color');
    expect([pty.terminal_width_characters, pty.terminal_height_rows]).toEqual([80, 24]);
    expect([pty.terminal_width_pixels, pty.terminal_height_pixels]).toEqual([640, 480]);
    expect(pty.encoded_terminal_modes).toEqual([
      { opcode: TerminalModeOpcode.ECHO, argument: 1 },
      { opcode: TerminalModeOpcode.TTY_OP_ISPEED, argument: 38400 },
    ]);
  });

  it('pty-req modes: a list without TTY_OP_END, or bytes after it, are refused', () => {
    const pty = (modes: number[]) =>
      request('pty-req', true, [
        ...str('vt100'),
        ...u32(80),
        ...u32(24),
        ...u32(0),
        ...u32(0),
        ...str(modes),
      ]);
    expect(() => decodeSSH_MSG_CHANNEL_REQUEST(pty([53, ...u32(1)]))).toThrow(
      expect.objectContaining({ path: 'SSH_MSG_CHANNEL_REQUEST.pty-req.encoded_terminal_modes[1]' }),
    );
    expect(() => decodeSSH_MSG_CHANNEL_REQUEST(pty([0, 53]))).toThrow(
      expect.objectContaining({ kind: 'length' }),
    );
    // an element may not start with the terminator: it would end the list early
    expect(() =>
      encodeSSH_MSG_CHANNEL_REQUEST({
        recipient_channel: 1,
        want_reply: false,
        type_specific_data: {
          case: 'pty-req',
          value: {
            TERM_environment_variable: 'vt100',
            terminal_width_characters: 80,
            terminal_height_rows: 24,
            terminal_width_pixels: 0,
            terminal_height_pixels: 0,
            encoded_terminal_modes: [{ opcode: TerminalModeOpcode.TTY_OP_END, argument: 0 }],
          },
        },
      }),
    ).toThrow(expect.objectContaining({ kind: 'bad_value' }));
  });

  it('shell has no data; exec, subsystem and env carry theirs', () => {
    expect(roundTrip(request('shell', true, [])).type_specific_data).toEqual({ case: 'shell', value: {} });
    const exec = roundTrip(request('exec', true, str('uname -a'))).type_specific_data;
    expect(exec).toEqual({ case: 'exec', value: { command: 'uname -a' } });
    const sub = roundTrip(request('subsystem', true, str('sftp'))).type_specific_data;
    expect(sub).toEqual({ case: 'subsystem', value: { subsystem_name: 'sftp' } });
    const env = roundTrip(request('env', false, [...str('LANG'), ...str('C.UTF-8')])).type_specific_data;
    expect(env.case).toBe('env');
    if (env.case === 'env') {
      expect(env.value.variable_name).toBe('LANG');
      expect(new TextDecoder().decode(env.value.variable_value)).toBe('C.UTF-8');
    }
  });

  it('window-change, xon-xoff, signal, exit-status and exit-signal', () => {
    expect(
      roundTrip(request('window-change', false, [...u32(132), ...u32(43), ...u32(0), ...u32(0)]))
        .type_specific_data,
    ).toEqual({
      case: 'window-change',
      value: {
        terminal_width_columns: 132,
        terminal_height_rows: 43,
        terminal_width_pixels: 0,
        terminal_height_pixels: 0,
      },
    });
    expect(roundTrip(request('xon-xoff', false, [1])).type_specific_data).toEqual({
      case: 'xon-xoff',
      value: { client_can_do: true },
    });
    expect(roundTrip(request('signal', false, str('INT'))).type_specific_data).toEqual({
      case: 'signal',
      value: { signal_name: 'INT' },
    });
    expect(roundTrip(request('exit-status', false, u32(3))).type_specific_data).toEqual({
      case: 'exit-status',
      value: { exit_status: 3 },
    });
    expect(
      roundTrip(request('exit-signal', false, [...str('SEGV'), 1, ...str('Segmentation fault'), ...str('')]))
        .type_specific_data,
    ).toEqual({
      case: 'exit-signal',
      value: {
        signal_name: 'SEGV',
        core_dumped: true,
        error_message: 'Segmentation fault',
        language_tag: '',
      },
    });
  });

  it('x11-req', () => {
    const m = roundTrip(
      request('x11-req', true, [0, ...str('MIT-MAGIC-COOKIE-1'), ...str('0a1b2c'), ...u32(0)]),
    );
    expect(m.type_specific_data).toEqual({
      case: 'x11-req',
      value: {
        single_connection: false,
        x11_authentication_protocol: 'MIT-MAGIC-COOKIE-1',
        x11_authentication_cookie: '0a1b2c',
        x11_screen_number: 0,
      },
    });
  });

  it('keeps an unknown request type as bytes', () => {
    const m = roundTrip(request('foo@example.com', true, [1, 2, 3]));
    expect(m.type_specific_data.case).toBeUndefined();
    expect(Array.from(m.type_specific_data.value as Uint8Array)).toEqual([1, 2, 3]);
  });

  it('rejects a known request with trailing bytes', () => {
    expect(() => decodeSSH_MSG_CHANNEL_REQUEST(request('exit-status', false, [...u32(3), 0]))).toThrow();
  });
});

describe('SSH_MSG_CHANNEL_OPEN (RFC 4254 5.1, 6.1, 7.2)', () => {
  const open = (type: string, data: number[]) => bytes(90, str(type), u32(0), u32(2097152), u32(32768), data);

  it('session', () => {
    expect(SSH_MSG_CHANNEL_OPEN_NUMBER).toBe(90);
    const wire = open('session', []);
    const m = decodeSSH_MSG_CHANNEL_OPEN(wire);
    expect(m.channel_type).toBe('session');
    expect(m.initial_window_size).toBe(2097152);
    expect(m.maximum_packet_size).toBe(32768);
    expect(m.channel_type_specific_data).toEqual({ case: 'session', value: {} });
    expect(toHex(encodeSSH_MSG_CHANNEL_OPEN(m))).toBe(toHex(wire));
  });

  it('direct-tcpip', () => {
    const wire = open('direct-tcpip', [
      ...str('example.com'),
      ...u32(443),
      ...str('127.0.0.1'),
      ...u32(50000),
    ]);
    const m = decodeSSH_MSG_CHANNEL_OPEN(wire);
    expect(m.channel_type_specific_data).toEqual({
      case: 'direct-tcpip',
      value: {
        host_to_connect: 'example.com',
        port_to_connect: 443,
        originator_ip_address: '127.0.0.1',
        originator_port: 50000,
      },
    });
    expect(toHex(encodeSSH_MSG_CHANNEL_OPEN(m))).toBe(toHex(wire));
  });

  it('forwarded-tcpip and x11', () => {
    const fwd = open('forwarded-tcpip', [...str('0.0.0.0'), ...u32(8080), ...str('10.0.0.2'), ...u32(40000)]);
    expect(decodeSSH_MSG_CHANNEL_OPEN(fwd).channel_type_specific_data).toEqual({
      case: 'forwarded-tcpip',
      value: {
        address_that_was_connected: '0.0.0.0',
        port_that_was_connected: 8080,
        originator_ip_address: '10.0.0.2',
        originator_port: 40000,
      },
    });
    const x11 = open('x11', [...str('192.168.7.38'), ...u32(6010)]);
    expect(decodeSSH_MSG_CHANNEL_OPEN(x11).channel_type_specific_data).toEqual({
      case: 'x11',
      value: { originator_address: '192.168.7.38', originator_port: 6010 },
    });
  });
});

describe('SSH_MSG_USERAUTH_REQUEST (RFC 4252 7, 8)', () => {
  const auth = (method: string, fields: number[]) =>
    bytes(50, str('alice'), str('ssh-connection'), str(method), fields);

  const roundTrip = (wire: Uint8Array): SSH_MSG_USERAUTH_REQUEST => {
    const m = decodeSSH_MSG_USERAUTH_REQUEST(wire);
    expect(toHex(encodeSSH_MSG_USERAUTH_REQUEST(m))).toBe(toHex(wire));
    return m;
  };

  const key = [
    0,
    0,
    0,
    11,
    ...new TextEncoder().encode('ssh-ed25519'),
    0,
    0,
    0,
    32,
    ...new Array(32).fill(7),
  ];

  it('publickey without a signature asks whether the key is acceptable', () => {
    const m = roundTrip(auth('publickey', [0, ...str('ssh-ed25519'), ...str(key)]));
    expect(m.user_name).toBe('alice');
    expect(m.method_specific_fields).toEqual({
      case: 'publickey',
      value: {
        has_signature: false,
        public_key_algorithm_name: 'ssh-ed25519',
        public_key_blob: new Uint8Array(key),
        body: { case: false, value: {} },
      },
    });
  });

  it('publickey with a signature carries it after the key', () => {
    const signature = [...str('ssh-ed25519'), ...str(new Array(64).fill(9))];
    const m = roundTrip(auth('publickey', [1, ...str('ssh-ed25519'), ...str(key), ...str(signature)]));
    expect(m.method_specific_fields.case).toBe('publickey');
    if (m.method_specific_fields.case !== 'publickey') return;
    const req = m.method_specific_fields.value;
    expect(req.has_signature).toBe(true);
    expect(req.body.case).toBe(true);
    if (req.body.case !== true) return;
    expect(Array.from(req.body.value.signature)).toEqual(signature);
  });

  it('publickey: a signature must agree with has_signature', () => {
    // FALSE followed by a signature: trailing bytes; TRUE without one: the string is missing
    expect(() =>
      decodeSSH_MSG_USERAUTH_REQUEST(auth('publickey', [0, ...str('ssh-ed25519'), ...str(key), ...str([1])])),
    ).toThrow();
    expect(() =>
      decodeSSH_MSG_USERAUTH_REQUEST(auth('publickey', [1, ...str('ssh-ed25519'), ...str(key)])),
    ).toThrow();
  });

  it('password, and a password change with the old and the new password', () => {
    expect(roundTrip(auth('password', [0, ...str('hunter2')])).method_specific_fields).toEqual({
      case: 'password',
      value: { change_password: false, password: 'hunter2', body: { case: false, value: {} } },
    });
    expect(
      roundTrip(auth('password', [1, ...str('hunter2'), ...str('correct horse')])).method_specific_fields,
    ).toEqual({
      case: 'password',
      value: {
        change_password: true,
        password: 'hunter2',
        body: { case: true, value: { new_password: 'correct horse' } },
      },
    });
    expect(() => decodeSSH_MSG_USERAUTH_REQUEST(auth('password', [1, ...str('hunter2')]))).toThrow();
  });

  it('refuses to encode a body that disagrees with its flag', () => {
    expect(() =>
      encodeSSH_MSG_USERAUTH_REQUEST({
        user_name: 'alice',
        service_name: 'ssh-connection',
        method_name: 'password',
        method_specific_fields: {
          case: 'password',
          value: {
            change_password: false,
            password: 'x',
            body: { case: true, value: { new_password: 'y' } },
          },
        },
      }),
    ).toThrow();
  });
});
