import { describe, expect, it } from 'vitest';
import {
  checkOptionValue,
  describeOptionType,
  didYouMean,
  isIpAddress,
  type OptionSchema,
  opt,
  validateOptions,
} from '../src/index.js';

// The schema a spec like this one generates:
//   client verify: verify_none | verify_peer = verify_peer;
//   server verify: verify_none | verify_peer = verify_none;
//   depth: int(0..255) = 10;
//   versions: ("tlsv1.3" | "tlsv1.2")[] = ["tlsv1.3", "tlsv1.2"];
//   linger: {bool, int(0..)};
//   server fail_if_no_peer_cert: bool = false;
//   sni_hosts: {string, any}[];  sni_fun: fun;  cacerts: der[];
//   /*@deprecated "use cacerts"*/ cacertfile: string;
//   exclusive(sni_hosts, sni_fun); requires(fail_if_no_peer_cert, verify == verify_peer);
//   requires(cacertfile, cacerts);
const verify = opt.oneOf('verify_none', 'verify_peer');
const schema: OptionSchema = {
  name: 'TlsOptions',
  options: [
    { spec: 'verify', ts: 'verify', role: 'client', type: verify, default: 'verify_peer' },
    { spec: 'verify', ts: 'verify', role: 'server', type: verify, default: 'verify_none' },
    { spec: 'depth', ts: 'depth', role: 'common', type: opt.int(0, 255), default: 10 },
    {
      spec: 'versions',
      ts: 'versions',
      role: 'common',
      type: opt.list(opt.oneOf('tlsv1.3', 'tlsv1.2')),
      default: ['tlsv1.3', 'tlsv1.2'],
    },
    { spec: 'linger', ts: 'linger', role: 'common', type: opt.tuple(opt.bool, opt.int(0)) },
    { spec: 'fail_if_no_peer_cert', ts: 'failIfNoPeerCert', role: 'server', type: opt.bool, default: false },
    { spec: 'sni_hosts', ts: 'sniHosts', role: 'common', type: opt.list(opt.tuple(opt.string, opt.any)) },
    { spec: 'sni_fun', ts: 'sniFun', role: 'common', type: opt.fun },
    { spec: 'cacerts', ts: 'cacerts', role: 'common', type: opt.list(opt.der) },
    { spec: 'cacertfile', ts: 'cacertfile', role: 'common', type: opt.string, deprecated: 'use cacerts' },
  ],
  constraints: [
    { kind: 'exclusive', options: ['sni_hosts', 'sni_fun'] },
    { kind: 'requires', option: 'fail_if_no_peer_cert', other: 'verify', op: '==', value: 'verify_peer' },
    { kind: 'requires', option: 'cacertfile', other: 'cacerts' },
  ],
};

describe('validateOptions', () => {
  it('fills in the role defaults', () => {
    expect(validateOptions(schema, {}, 'client')).toEqual({
      ok: true,
      value: { verify: 'verify_peer', depth: 10, versions: ['tlsv1.3', 'tlsv1.2'] },
      warnings: [],
    });
    expect(validateOptions(schema, {}, 'server')).toEqual({
      ok: true,
      value: { verify: 'verify_none', depth: 10, versions: ['tlsv1.3', 'tlsv1.2'], failIfNoPeerCert: false },
      warnings: [],
    });
  });

  it('accepts camelCase and spec names, and returns TypeScript names', () => {
    const r = validateOptions(
      schema,
      { fail_if_no_peer_cert: true, verify: 'verify_peer', depth: 3 },
      'server',
    );
    expect(r).toMatchObject({ ok: true, value: { failIfNoPeerCert: true, verify: 'verify_peer', depth: 3 } });
    const s = validateOptions(schema, { failIfNoPeerCert: true, verify: 'verify_peer' }, 'server');
    expect(s).toMatchObject({ ok: true, value: { failIfNoPeerCert: true } });
  });

  it('reports every problem at once', () => {
    const r = validateOptions(
      schema,
      {
        depth: -1,
        verfy: 'verify_peer',
        versions: ['tlsv1.3', 'tlsv1.9'],
        linger: [true],
        verify: 'verify_per',
      },
      'client',
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        'depth: expected an integer 0..255, got -1',
        'verfy: unknown option; did you mean verify?',
        'versions[1]: expected tlsv1.3 or tlsv1.2, got "tlsv1.9"',
        'linger: expected a tuple {true or false, an integer >= 0}, got [true]',
        'verify: expected verify_none or verify_peer, got "verify_per"; did you mean verify_peer?',
      ],
      warnings: [],
    });
  });

  it('names the element of a tuple that does not fit', () => {
    expect(validateOptions(schema, { linger: [true, -5] }, 'client')).toMatchObject({
      problems: ['linger[1]: expected an integer >= 0, got -5'],
    });
  });

  it('rejects an option of the other role', () => {
    expect(validateOptions(schema, { failIfNoPeerCert: true }, 'client')).toMatchObject({
      ok: false,
      problems: ['failIfNoPeerCert: server-only option, not valid for a client'],
    });
  });

  it('rejects an option given under both names', () => {
    expect(validateOptions(schema, { sni_hosts: [], sniHosts: [] }, 'client')).toMatchObject({
      problems: ['sniHosts: given twice (also as sni_hosts)'],
    });
  });

  it('checks exclusive() and requires(), naming both options', () => {
    const r = validateOptions(schema, { sniHosts: [], sniFun: () => [], failIfNoPeerCert: true }, 'server');
    expect(r).toMatchObject({
      ok: false,
      problems: [
        'sniHosts and sniFun cannot be given together',
        'failIfNoPeerCert requires verify == "verify_peer" (verify is "verify_none")',
      ],
    });
    expect(validateOptions(schema, { cacertfile: 'ca.pem' }, 'client')).toMatchObject({
      problems: ['cacertfile requires cacerts to be given'],
    });
  });

  it('counts a given value, not the default, for requires()', () => {
    const r = validateOptions(schema, { failIfNoPeerCert: true, verify: 'verify_peer' }, 'server');
    expect(r.ok).toBe(true);
  });

  it('warns about deprecated options', () => {
    const r = validateOptions(schema, { cacertfile: 'ca.pem', cacerts: [new Uint8Array(3)] }, 'client');
    expect(r).toMatchObject({ ok: true, warnings: ['cacertfile: deprecated: use cacerts'] });
  });

  it('treats an undefined value as not given', () => {
    expect(validateOptions(schema, { depth: undefined }, 'client')).toMatchObject({
      ok: true,
      value: { depth: 10 },
    });
  });

  it('rejects input that is not an object', () => {
    for (const input of [null, 3, 'verify', [['verify', 'verify_peer']]]) {
      expect(validateOptions(schema, input, 'client')).toMatchObject({ ok: false });
    }
  });
});

describe('checkOptionValue', () => {
  it('checks each kind of type', () => {
    const fits: [ReturnType<typeof opt.int>, unknown][] = [
      [opt.bool, false],
      [opt.int(), -3],
      [opt.string, ''],
      [opt.binary, new Uint8Array(1)],
      [opt.der, new Uint8Array(0)],
      [opt.ip, '::1'],
      [opt.fun, () => 1],
      [opt.any, null],
      [opt.literal(4), 4],
      [opt.list(opt.int()), []],
      [opt.union(opt.int(0), opt.literal('infinity')), 'infinity'],
    ];
    for (const [desc, value] of fits) expect(checkOptionValue(desc, value, 'x')).toBeUndefined();
    expect(checkOptionValue(opt.int(), 1.5, 'x')).toBe('x: expected an integer, got 1.5');
    expect(checkOptionValue(opt.binary, 'abc', 'x')).toBe('x: expected bytes (a Uint8Array), got "abc"');
    expect(checkOptionValue(opt.fun, 1, 'x')).toBe('x: expected a function, got 1');
    expect(checkOptionValue(opt.literal('once'), true, 'x')).toBe('x: expected once, got true');
  });

  it('describes unions of many literals', () => {
    expect(describeOptionType(opt.oneOf('raw', 0, 1, 2))).toBe('one of raw, 0, 1 or 2');
  });
});

describe('isIpAddress', () => {
  it('accepts addresses as text and as tuples', () => {
    for (const ip of [
      '127.0.0.1',
      '::',
      '::1',
      'fe80::1',
      '2001:db8::8a2e:370:7334',
      '::ffff:10.0.0.1',
      [10, 0, 0, 1],
    ]) {
      expect(isIpAddress(ip), String(ip)).toBe(true);
    }
    expect(isIpAddress([0, 0, 0, 0, 0, 0, 0, 65535])).toBe(true);
  });

  it('rejects what is not an address', () => {
    for (const ip of [
      '256.0.0.1',
      '1.2.3',
      'localhost',
      '1::2::3',
      '12345::',
      [1, 2, 3],
      [256, 0, 0, 1],
      '',
    ]) {
      expect(isIpAddress(ip), String(ip)).toBe(false);
    }
  });
});

describe('didYouMean', () => {
  it('suggests a close name and nothing for a distant one', () => {
    expect(didYouMean('verfy', ['verify', 'depth'])).toBe('; did you mean verify?');
    expect(didYouMean('xyz', ['verify', 'depth'])).toBe('');
  });
});
