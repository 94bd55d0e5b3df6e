import { checkOptionValue } from '@otpnet/wire';
import { describe, expect, it } from 'vitest';
import {
  SslCipherSuiteType,
  type TlsOptions,
  type TlsOptionsResolved,
  tlsOptionsSchema,
  tlsOptionsSpecNames,
  validateTlsOptions,
} from '../src/index.js';

function ok(input: unknown, role: 'client' | 'server'): TlsOptionsResolved {
  const result = validateTlsOptions(input, role);
  if (!result.ok) throw new Error(`expected valid options, got: ${result.problems.join('; ')}`);
  return result.value;
}

function problems(input: unknown, role: 'client' | 'server'): string[] {
  const result = validateTlsOptions(input, role);
  if (result.ok) throw new Error('expected problems, got valid options');
  return result.problems;
}

describe('validateTlsOptions defaults', () => {
  it('gives a client verify_peer, against the manual, so a default connection is authenticated', () => {
    expect(ok({}, 'client').verify).toBe('verify_peer');
  });

  it("gives a server the manual's verify_none and fail_if_no_peer_cert false", () => {
    const server = ok({}, 'server');
    expect(server.verify).toBe('verify_none');
    expect(server.failIfNoPeerCert).toBe(false);
  });

  it('offers only TLS 1.3 and 1.2 by default', () => {
    for (const role of ['client', 'server'] as const) {
      expect(ok({}, role).versions).toEqual(['tlsv1.3', 'tlsv1.2']);
    }
  });

  it("keeps the manual's depth 1 and the other common defaults", () => {
    const client = ok({}, 'client');
    expect(client.depth).toBe(1);
    expect(client.crlCheck).toBe(false);
    expect(client.crlCache).toEqual(['ssl_crl_cache', ['internal', []]]);
    expect(client.secureRenegotiate).toBe(false);
    expect(client.paddingCheck).toBe(true);
    expect(client.beastMitigation).toBe('one_n_minus_one');
    expect(client.logAlert).toBe(true);
    expect(client.handshake).toBe('full');
    expect(client.cbInfo).toEqual(['gen_tcp', 'tcp', 'tcp_closed', 'tcp_error']);
    expect(client.supportedGroups).toEqual(['x25519', 'x448', 'secp256r1', 'secp384r1']);
    expect(client.signatureAlgs[0]).toEqual(['sha512', 'ecdsa']);
    expect(client.signatureAlgs).toHaveLength(11);
  });

  it('fills in role-only defaults for their role alone', () => {
    const client = ok({}, 'client');
    const server = ok({}, 'server');
    expect(client.fallback).toBe(false);
    expect(server.fallback).toBeUndefined();
    expect(server.honorCipherOrder).toBe(false);
    expect(server.honorEccOrder).toBe(false);
    expect(server.clientRenegotiation).toBe(true);
    expect(server.v2HelloCompatible).toBe(false);
    for (const key of [
      'honorCipherOrder',
      'honorEccOrder',
      'clientRenegotiation',
      'failIfNoPeerCert',
    ] as const) {
      expect(client[key]).toBeUndefined();
    }
  });

  it('leaves options without a default out', () => {
    const client = ok({}, 'client');
    for (const key of [
      'cacerts',
      'ciphers',
      'reuseSessions',
      'hibernateAfter',
      'crypto',
      'keylog',
    ] as const) {
      expect(key in client).toBe(false);
    }
  });

  it('has a default for every role that passes its own type', () => {
    for (const o of tlsOptionsSchema.options) {
      if (o.default !== undefined) expect(checkOptionValue(o.type, o.default, o.spec)).toBeUndefined();
    }
  });
});

describe('validateTlsOptions keys', () => {
  it('accepts camelCase and snake_case names and returns camelCase', () => {
    const camel = ok({ serverNameIndication: 'example.com', alpnAdvertisedProtocols: ['h2'] }, 'client');
    const snake = ok({ server_name_indication: 'example.com', alpn_advertised_protocols: ['h2'] }, 'client');
    expect(camel).toEqual(snake);
    expect(snake.serverNameIndication).toBe('example.com');
    expect(snake.alpnAdvertisedProtocols).toEqual(['h2']);
  });

  it('refuses one option given under both names', () => {
    expect(problems({ hibernateAfter: 10, hibernate_after: 20 }, 'client')).toEqual([
      'hibernate_after: given twice (also as hibernateAfter)',
    ]);
  });

  it('names an unknown option with a did-you-mean', () => {
    expect(problems({ verfy: 'verify_peer' }, 'client')).toEqual([
      'verfy: unknown option; did you mean verify?',
    ]);
    expect(problems({ cacert: [] }, 'client')[0]).toMatch(/^cacert: unknown option; did you mean cacerts/);
  });

  it('treats an undefined value as not given', () => {
    expect(ok({ depth: undefined }, 'client').depth).toBe(1);
  });

  it('refuses what is not an options object', () => {
    expect(problems([], 'client')).toEqual(['expected an options object, got []']);
  });

  it('maps every TypeScript name to a schema option', () => {
    const specNames = new Set(tlsOptionsSchema.options.map((o) => o.spec));
    for (const spec of Object.values(tlsOptionsSpecNames)) expect(specNames.has(spec)).toBe(true);
  });
});

describe('validateTlsOptions values', () => {
  it('takes the classic verify codes 0, 1 and 2', () => {
    for (const code of [0, 1, 2]) expect(ok({ verify: code }, 'client').verify).toBe(code);
    expect(problems({ verify: 3 }, 'client')).toEqual([
      'verify: expected one of verify_none, verify_peer, 0, 1 or 2, got 3',
    ]);
  });

  it('suggests the atom meant', () => {
    expect(problems({ verify: 'verify_per' }, 'client')[0]).toMatch(
      /^verify: expected .*, got "verify_per"; did you mean verify_peer\?$/,
    );
  });

  it('checks depth as a byte', () => {
    expect(ok({ depth: 255 }, 'client').depth).toBe(255);
    expect(problems({ depth: -1 }, 'client')).toEqual(['depth: expected an integer 0..255, got -1']);
    expect(problems({ depth: 2.5 }, 'client')).toEqual(['depth: expected an integer 0..255, got 2.5']);
  });

  it('accepts the legacy versions in the schema and names the bad element', () => {
    expect(ok({ versions: ['tlsv1.2', 'tlsv1.1', 'tlsv1', 'sslv3'] }, 'client').versions).toHaveLength(4);
    expect(problems({ versions: ['tlsv1.3', 'tlsv1.9'] }, 'client')[0]).toMatch(
      /^versions\[1\]: expected one of tlsv1\.3, .*sslv3, got "tlsv1\.9"/,
    );
    expect(problems({ versions: 'tlsv1.3' }, 'client')[0]).toMatch(/^versions: expected a list of/);
  });

  it('accepts ALPN names as text or bytes', () => {
    const value = ok({ alpnPreferredProtocols: ['h2', new Uint8Array([0x68, 0x32])] }, 'server');
    expect(value.alpnPreferredProtocols).toHaveLength(2);
    expect(problems({ alpnPreferredProtocols: ['h2', 2] }, 'server')).toEqual([
      'alpnPreferredProtocols[1]: expected a string or bytes (a Uint8Array), got 2',
    ]);
  });

  it('accepts a host name or disable for server_name_indication', () => {
    expect(ok({ serverNameIndication: 'disable' }, 'client').serverNameIndication).toBe('disable');
    expect(problems({ serverNameIndication: false }, 'client')[0]).toMatch(/^serverNameIndication: expected/);
  });

  it('accepts ciphers as a string, names, tuples or maps', () => {
    expect(ok({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:AES256-SHA' }, 'client').ciphers).toBeTypeOf('string');
    const list = [
      'TLS_AES_128_GCM_SHA256',
      ['ecdhe_rsa', 'aes_128_gcm', 'sha256'],
      { cipher: 'aes_256_gcm' },
    ];
    expect(ok({ ciphers: list }, 'client').ciphers).toEqual(list);
    expect(problems({ ciphers: 5 }, 'client')[0]).toMatch(
      /^ciphers: expected a string or a list of any value/,
    );
  });

  it('exports the suite tuple type for the runtime to check tuple elements', () => {
    expect(
      checkOptionValue(SslCipherSuiteType, ['ecdhe_ecdsa', 'chacha20_poly1305', 'sha256'], 'c'),
    ).toBeUndefined();
    expect(
      checkOptionValue(SslCipherSuiteType, ['rsa', 'aes_128_cbc', 'sha', 'sha256'], 'c'),
    ).toBeUndefined();
    expect(checkOptionValue(SslCipherSuiteType, ['rsa', 'aes_128_ccm', 'sha'], 'c')).toMatch(/^c: expected/);
  });

  it('checks certificates, keys and the password', () => {
    const der = new Uint8Array([0x30, 0x00]);
    const value = ok(
      { cert: [der, der], key: ['PrivateKeyInfo', der], cacerts: [der], password: () => 'secret' },
      'server',
    );
    expect(value.cert).toEqual([der, der]);
    expect(ok({ cert: der, password: 'secret' }, 'client').cert).toBe(der);
    const bad = problems({ cert: 'cert.pem', key: ['RSAKey', der], cacerts: [der, 'ca.pem'] }, 'client');
    expect(bad).toEqual([
      'cert: expected DER bytes (a Uint8Array) or a list of DER bytes (a Uint8Array), got "cert.pem"',
      'key[0]: expected one of RSAPrivateKey, DSAPrivateKey, ECPrivateKey or PrivateKeyInfo, got "RSAKey"',
      'cacerts[1]: expected DER bytes (a Uint8Array), got "ca.pem"',
    ]);
  });

  it('checks signature algorithms as pairs or scheme names', () => {
    const algs = [['sha256', 'rsa'], 'rsa_pss_rsae_sha256'];
    expect(ok({ signatureAlgs: algs }, 'server').signatureAlgs).toEqual(algs);
    expect(problems({ signatureAlgs: [['sha256', 'ed25519']] }, 'server')[0]).toMatch(
      /^signatureAlgs\[0\]: expected/,
    );
  });

  it('checks funs and {Fun, State} pairs', () => {
    const fun = () => undefined;
    expect(ok({ verifyFun: [fun, []], partialChain: fun, keylog: fun }, 'client').keylog).toBe(fun);
    expect(problems({ keylog: 'keylog.txt' }, 'client')).toEqual([
      'keylog: expected a function, got "keylog.txt"',
    ]);
    expect(problems({ verifyFun: fun }, 'client')[0]).toMatch(
      /^verifyFun: expected a tuple \{a function, any value\}/,
    );
  });

  it('checks the crypto provider name', () => {
    expect(ok({ crypto: 'noble' }, 'client').crypto).toBe('noble');
    expect(problems({ crypto: 'nobel' }, 'client')).toEqual([
      'crypto: expected noble or node, got "nobel"; did you mean noble?',
    ]);
  });

  it('reports every problem at once', () => {
    expect(problems({ depth: 'ten', versions: ['tls'], logAlert: 1 }, 'client')).toHaveLength(3);
  });
});

describe('validateTlsOptions roles', () => {
  it('refuses server-only options for a client', () => {
    expect(problems({ failIfNoPeerCert: true, sniFun: () => [], dhfile: 'dh.pem' }, 'client')).toEqual([
      'failIfNoPeerCert: server-only option, not valid for a client',
      'sniFun: server-only option, not valid for a client',
      'dhfile: server-only option, not valid for a client',
    ]);
  });

  it('refuses client-only options for a server', () => {
    expect(problems({ server_name_indication: 'example.com', srpIdentity: ['u', 'p'] }, 'server')).toEqual([
      'server_name_indication: client-only option, not valid for a server',
      'srpIdentity: client-only option, not valid for a server',
    ]);
  });

  it('checks role-specific types against the role given', () => {
    expect(ok({ sessionTickets: 'auto' }, 'client').sessionTickets).toBe('auto');
    expect(ok({ sessionTickets: 'stateless' }, 'server').sessionTickets).toBe('stateless');
    expect(problems({ sessionTickets: 'stateless' }, 'client')[0]).toMatch(
      /^sessionTickets: expected one of disabled, manual or auto, got "stateless"/,
    );
    expect(problems({ earlyData: 'enabled' }, 'client')[0]).toMatch(/^earlyData: expected bytes/);
    expect(ok({ earlyData: 'enabled' }, 'server').earlyData).toBe('enabled');
  });

  it('accepts a deprecated NPN option with a warning', () => {
    const result = validateTlsOptions({ nextProtocolsAdvertised: ['http/1.1'] }, 'server');
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'nextProtocolsAdvertised: deprecated: NPN is superseded by ALPN: use alpn_preferred_protocols',
    ]);
  });
});

describe('validateTlsOptions constraints', () => {
  it('refuses sni_hosts together with sni_fun', () => {
    expect(problems({ sniHosts: [['example.com', {}]], sni_fun: () => [] }, 'server')).toEqual([
      'sniHosts and sni_fun cannot be given together',
    ]);
    expect(ok({ sniHosts: [['example.com', {}]] }, 'server').sniHosts).toHaveLength(1);
  });

  it('requires verify_peer (or the classic 1 or 2) for fail_if_no_peer_cert', () => {
    expect(problems({ failIfNoPeerCert: true }, 'server')).toEqual([
      'failIfNoPeerCert requires verify != "verify_none" (verify is "verify_none")',
    ]);
    expect(problems({ failIfNoPeerCert: true, verify: 0 }, 'server')).toEqual([
      'failIfNoPeerCert requires verify != 0 (verify is 0)',
    ]);
    for (const verify of ['verify_peer', 1, 2]) {
      expect(ok({ failIfNoPeerCert: true, verify }, 'server').failIfNoPeerCert).toBe(true);
    }
  });

  it('requires reuse_sessions not false for reuse_session', () => {
    const reuseSession = () => true;
    expect(problems({ reuseSession, reuseSessions: false }, 'server')).toEqual([
      'reuseSession requires reuse_sessions != false (reuseSessions is false)',
    ]);
    expect(ok({ reuseSession }, 'server').reuseSession).toBe(reuseSession);
  });

  it('requires user_lookup_fun for psk_identity', () => {
    expect(problems({ pskIdentity: 'id' }, 'client')).toEqual([
      'pskIdentity requires user_lookup_fun to be given',
    ]);
    expect(ok({ pskIdentity: 'hint', userLookupFun: [() => 'error', null] }, 'server').pskIdentity).toBe(
      'hint',
    );
  });
});

// A compile-time check that the input type takes what the tests above pass.
const typed: TlsOptions = {
  verify: 2,
  versions: ['tlsv1.3'],
  ciphers: 'AES128-SHA',
  alpnAdvertisedProtocols: ['h2', new Uint8Array([1])],
  clientPreferredNextProtocols: ['client', ['h2'], 'http/1.1'],
  crypto: 'node',
};
void typed;
