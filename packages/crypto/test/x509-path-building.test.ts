// Path building: chains as real peers send them (out of order, with unrelated certificates, with
// or without the root, cross-signed), alternatives when a candidate fails, Erlang's
// partial_chain, and signatures (SHA-224, RSASSA-PSS) verified by each provider on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { getProvider, type Provider, x509 } from '../src/index.js';
import { buildPathPki } from './fixtures/path-pki.js';
import { TempDir } from './fixtures/tools.js';

describe.skipIf(missingPeers('openssl'))('x509: path building over an openssl-made PKI', () => {
  const dir = new TempDir();
  const certs = new Map<string, x509.Certificate>();
  const c = (name: string): x509.Certificate => {
    let cert = certs.get(name);
    if (cert === undefined) {
      cert = x509.parseCertificate(dir.text(`${name}.pem`));
      certs.set(name, cert);
    }
    return cert;
  };
  const cns = (r: x509.PathValidationResult): string[] =>
    r.ok ? [...r.path, r.anchor].map((x) => x509.nameAttribute(x.subject, 'CN') ?? '?') : [];
  const via = (r: x509.PathValidationResult): x509.Certificate | undefined => (r.ok ? r.anchor : undefined);
  const DAY = 86_400_000;

  beforeAll(() => buildPathPki(dir), 60_000);
  afterAll(() => dir.remove());

  describe.each(['node', 'noble'] as const)('with the %s provider', (crypto) => {
    const validate = (
      chain: readonly string[],
      anchors: readonly string[],
      opts: x509.PathValidationOptions = {},
    ): x509.PathValidationResult => x509.validatePath(chain.map(c), anchors.map(c), { ...opts, crypto });

    it('shuffled chains, with or without the root, validate in path order', () => {
      const want = ['sub.path.test', 'Path Sub CA', 'Path Intermediate', 'Path Root A'];
      expect(cns(validate(['subleaf', 'sub', 'int'], ['roota']))).toEqual(want);
      expect(cns(validate(['subleaf', 'int', 'sub'], ['roota']))).toEqual(want);
      expect(cns(validate(['subleaf', 'roota', 'int', 'sub'], ['roota']))).toEqual(want);
      expect(cns(validate(['subleaf', 'sub', 'roota', 'int'], ['rootb', 'roota']))).toEqual(want);
      // The depth still counts the intermediates of the built path, and names the leaf.
      expect(validate(['subleaf', 'int', 'sub'], ['roota'], { depth: 1 })).toEqual({
        ok: false,
        reason: 'max_path_length_reached',
        certIndex: 0,
      });
    });

    it('unrelated and repeated certificates are passed over', () => {
      const r = validate(['leaf', 'junk', 'sub', 'junk-leaf', 'rootb', 'int', 'int'], ['roota']);
      expect(cns(r)).toEqual(['leaf.path.test', 'Path Intermediate', 'Path Root A']);
      // unknown_ca names the top of the path that could be built (int, at position 2).
      expect(validate(['leaf', 'junk', 'int'], ['rootb'])).toEqual({
        ok: false,
        reason: 'unknown_ca',
        certIndex: 2,
      });
    });

    it('cross-signed intermediates and roots: the path goes to whichever root is trusted', () => {
      expect(cns(validate(['leaf', 'int', 'int-b'], ['rootb']))).toEqual([
        'leaf.path.test',
        'Path Intermediate',
        'Path Root B',
      ]);
      expect(via(validate(['leaf', 'int-b', 'int'], ['roota']))?.der).toEqual(c('roota').der);
      expect(validate(['leaf', 'int'], ['rootb'])).toMatchObject({ ok: false, reason: 'unknown_ca' });
      // Root B cross-signed by Root A: a client that trusts only A goes one step further.
      const r = validate(['leaf', 'int-b', 'rootb-x'], ['roota']);
      expect(cns(r)).toEqual(['leaf.path.test', 'Path Intermediate', 'Path Root B', 'Path Root A']);
      // A path that ends at an anchor sooner is preferred, so depth 1 is enough with B trusted.
      const short = validate(['leaf', 'int-b', 'rootb-x'], ['roota', 'rootb'], { depth: 1 });
      expect(via(short)?.der).toEqual(c('rootb').der);
      expect(validate(['leaf', 'int-b', 'rootb-x'], ['roota'], { depth: 1 })).toEqual({
        ok: false,
        reason: 'max_path_length_reached',
        certIndex: 0,
      });
    });

    it('a candidate that fails sends the search to the next one', () => {
      // Same-named intermediate with another key: the leaf's signature fails under it.
      const r = validate(['leaf-nokid', 'int-fake', 'int'], ['roota']);
      expect(r.ok && r.path[1]?.der).toEqual(c('int').der);
      expect(validate(['leaf-nokid', 'int-fake'], ['roota'])).toEqual({
        ok: false,
        reason: 'invalid_signature',
        certIndex: 0,
      });
      // A look-alike that has expired: the path through it fails, the other one passes.
      const now = new Date(Date.now() + 2 * DAY);
      const later = validate(['leaf', 'int-short', 'int'], ['roota'], { now });
      expect(later.ok && later.path[1]?.der).toEqual(c('int').der);
      expect(validate(['leaf', 'int-short'], ['roota'], { now })).toEqual({
        ok: false,
        reason: 'cert_expired',
        certIndex: 1,
      });
    });

    it('partial_chain may trust an intermediate of the chain', () => {
      const seen: string[][] = [];
      const pickInt = (chain: readonly x509.Certificate[]) => {
        seen.push(chain.map((x) => x509.nameAttribute(x.subject, 'CN') ?? '?'));
        return chain.find((x) => x509.nameAttribute(x.subject, 'CN') === 'Path Intermediate');
      };
      const r = validate(['leaf', 'int'], [], { partialChain: pickInt });
      expect(r.ok && r.anchor.der).toEqual(c('int').der);
      expect(r.ok && r.path.length).toBe(1);
      expect(seen[0]).toEqual(['leaf.path.test', 'Path Intermediate']);
      // Out of order with unrelated certificates, and as DER.
      const der = validate(['subleaf', 'junk', 'int', 'sub'], [], { partialChain: () => c('int').der });
      expect(cns(der)).toEqual(['sub.path.test', 'Path Sub CA', 'Path Intermediate']);
      // It shortens a path that reaches a trusted root too, as in ssl.
      const shortened = validate(['leaf', 'int'], ['roota'], { partialChain: pickInt });
      expect(shortened.ok && shortened.anchor.der).toEqual(c('int').der);
      // A certificate outside the chain, no answer, or an exception: unknown_ca as without it.
      const unknown = { ok: false, reason: 'unknown_ca', certIndex: 1 };
      expect(validate(['leaf', 'int'], [], { partialChain: () => c('rootb') })).toEqual(unknown);
      expect(validate(['leaf', 'int'], [], { partialChain: () => undefined })).toEqual(unknown);
      const throws = () => {
        throw new Error('no');
      };
      expect(validate(['leaf', 'int'], [], { partialChain: throws })).toEqual(unknown);
      // The chosen anchor is still checked against: a bad signature below it fails.
      expect(validate(['leaf-nokid', 'int-fake'], [], { partialChain: () => c('int-fake') })).toEqual({
        ok: false,
        reason: 'invalid_signature',
        certIndex: 0,
      });
      // A lone self-signed peer is selfsigned_peer before partial_chain is asked.
      expect(validate(['junk'], [], { partialChain: () => c('junk') })).toEqual({
        ok: false,
        reason: 'selfsigned_peer',
        certIndex: 0,
      });
    });

    it('SHA-224 and RSASSA-PSS certificates verify', () => {
      expect(c('leaf-sha224').signatureAlgorithm.oid).toBe('1.2.840.10045.4.3.1');
      expect(validate(['leaf-sha224', 'int'], ['roota'])).toMatchObject({ ok: true });
      expect(c('rsaroot').signatureAlgorithm.oid).toBe('1.2.840.113549.1.1.14');
      expect(validate(['rsaroot'], ['rsaroot'])).toMatchObject({ ok: true });
      expect(validate(['rsa-sha224'], ['rsaroot'])).toMatchObject({ ok: true });
      for (const name of ['pss-sha224', 'pss-sha1', 'pss-sha512-salt0']) {
        expect(c(name).signatureAlgorithm.oid).toBe('1.2.840.113549.1.1.10');
        expect(validate([name], ['rsaroot'])).toMatchObject({ ok: true });
      }
      // Under another key the same signatures fail.
      expect(validate(['leaf-sha224', 'int-fake'], ['roota'])).toMatchObject({
        ok: false,
        reason: 'invalid_signature',
      });
    });
  });

  it('every signature goes through the chosen provider', () => {
    const noble = getProvider('noble');
    let calls = 0;
    const counting: Provider = {
      ...noble,
      verify: (...args) => {
        calls++;
        return noble.verify(...args);
      },
    };
    const names = ['subleaf', 'int', 'sub'];
    const r = x509.validatePath(names.map(c), [c('roota')], { crypto: counting });
    expect(r.ok).toBe(true);
    expect(calls).toBe(3);
    expect(x509.validatePath([c('pss-sha224')], [c('rsaroot')], { crypto: counting }).ok).toBe(true);
    expect(calls).toBe(4);
  });

  it('a chain full of look-alikes costs a bounded number of signature checks', () => {
    const noble = getProvider('noble');
    let calls = 0;
    const counting: Provider = {
      ...noble,
      verify: (...args) => {
        calls++;
        return noble.verify(...args);
      },
    };
    // 150 distinct certificates named like the intermediate (damaged copies of int-fake).
    const fake = c('int-fake').der;
    const lookAlikes = Array.from({ length: 150 }, (_, k) => {
      const der = fake.slice();
      const at = der.length - 1 - (k % 30);
      der[at] = (der[at] ?? 0) ^ (1 + Math.floor(k / 30));
      return der;
    });
    const r = x509.validatePath([c('leaf-nokid').der, ...lookAlikes, c('int').der], [c('roota')], {
      crypto: counting,
    });
    expect(r.ok).toBe(false);
    expect(calls).toBeLessThan(80);
    // With fewer of them the real intermediate is still reached.
    calls = 0;
    const few = x509.validatePath(
      [c('leaf-nokid').der, ...lookAlikes.slice(0, 20), c('int').der],
      [c('roota')],
      {
        crypto: counting,
      },
    );
    expect(few.ok).toBe(true);
    expect(calls).toBe(22);
  });
});

describe('x509 sources', () => {
  it('verify signatures only through the provider interface, never node:crypto directly', () => {
    const src = fileURLToPath(new URL('../src/x509', import.meta.url));
    for (const file of readdirSync(src)) {
      const text = readFileSync(join(src, file), 'utf8');
      expect(text, file).not.toMatch(/provider\/node\/|['"]node:crypto['"]/);
    }
  });
});
