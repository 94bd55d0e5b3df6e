import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingPeers } from '../../../test/support/peers.js';
import { x509 } from '../src/index.js';
import { buildPki } from './fixtures/pki.js';
import { TempDir } from './fixtures/tools.js';

describe.skipIf(missingPeers('openssl'))('x509: path validation against an openssl-made PKI', () => {
  const dir = new TempDir();
  const cert = (name: string): x509.Certificate => x509.parseCertificate(dir.text(`${name}.pem`));
  let root: x509.Certificate;
  let int: x509.Certificate;
  let leaf: x509.Certificate;

  beforeAll(() => {
    buildPki(dir);
    root = cert('root');
    int = cert('int');
    leaf = cert('leaf');
  });
  afterAll(() => dir.remove());

  describe.each(['node', 'noble'] as const)('with the %s provider', (crypto) => {
    const validate = (
      chain: Parameters<typeof x509.validatePath>[0],
      anchors: Parameters<typeof x509.validatePath>[1],
      opts: x509.PathValidationOptions = {},
    ): x509.PathValidationResult => x509.validatePath(chain, anchors, { ...opts, crypto });

    it('a good chain validates, with or without the root in it, from DER or PEM', () => {
      expect(validate([leaf, int], [root])).toMatchObject({ ok: true });
      expect(validate([leaf, int, root], [root])).toMatchObject({ ok: true });
      expect(validate([leaf.der, dir.text('int.pem')], [root.der])).toMatchObject({ ok: true });
      const r = validate([leaf, int], [root]);
      expect(r.ok && r.path.length).toBe(2);
      expect(r.ok && r.anchor.der).toEqual(root.der);
      // An Ed25519 leaf under the P-256 intermediate under the RSA root.
      expect(validate([cert('edleaf'), int], [root])).toMatchObject({ ok: true });
      // RSASSA-PSS (SHA-384, salt 48) and Ed448 signatures.
      expect(cert('pssleaf').signatureAlgorithm.oid).toBe('1.2.840.113549.1.1.10');
      expect(validate([cert('pssleaf')], [root])).toMatchObject({ ok: true });
      expect(validate([cert('under-edroot')], [cert('edroot')])).toMatchObject({ ok: true });
      expect(validate([cert('pss20')], [root])).toMatchObject({ ok: true });
      // A trusted intermediate is an anchor too (partial chain).
      expect(validate([leaf, int], [int])).toMatchObject({ ok: true });
    });

    it('cert_expired: after notAfter and before notBefore', () => {
      const later = new Date(Date.now() + 400 * 86_400_000);
      expect(validate([leaf, int], [root], { now: later })).toEqual({
        ok: false,
        reason: 'cert_expired',
        certIndex: 0,
      });
      const earlier = new Date('2001-01-01T00:00:00Z');
      expect(validate([leaf, int], [root], { now: earlier })).toEqual({
        ok: false,
        reason: 'cert_expired',
        certIndex: 1,
      });
    });

    it('unknown_ca and selfsigned_peer', () => {
      expect(validate([leaf, int], [cert('constrained')])).toEqual({
        ok: false,
        reason: 'unknown_ca',
        certIndex: 1,
      });
      expect(validate([leaf], [root])).toEqual({ ok: false, reason: 'unknown_ca', certIndex: 0 });
      expect(validate([cert('selfsigned')], [root])).toEqual({
        ok: false,
        reason: 'selfsigned_peer',
        certIndex: 0,
      });
      // Trusted explicitly, the self-signed certificate is fine.
      expect(validate([cert('selfsigned')], [cert('selfsigned')])).toMatchObject({ ok: true });
    });

    it('invalid_issuer: the leaf names another CA than the one that follows it', () => {
      expect(validate([cert('leaf2'), int], [root])).toEqual({
        ok: false,
        reason: 'invalid_issuer',
        certIndex: 0,
      });
    });

    it('invalid_signature: one flipped byte in the signature', () => {
      const der = leaf.der.slice();
      der[der.length - 3] = (der[der.length - 3] ?? 0) ^ 0x01;
      expect(validate([der, int], [root])).toEqual({
        ok: false,
        reason: 'invalid_signature',
        certIndex: 0,
      });
      const intDer = int.der.slice();
      intDer[intDer.length - 5] = (intDer[intDer.length - 5] ?? 0) ^ 0x80;
      expect(validate([leaf, intDer], [root])).toEqual({
        ok: false,
        reason: 'invalid_signature',
        certIndex: 1,
      });
    });

    it('max_path_length_reached: depth counts intermediates', () => {
      expect(validate([leaf, int], [root], { depth: 0 })).toEqual({
        ok: false,
        reason: 'max_path_length_reached',
        certIndex: 0,
      });
      expect(validate([leaf, int], [root], { depth: 1 })).toMatchObject({ ok: true });
      // Directly under a trusted CA, depth 0 is enough.
      expect(validate([leaf], [int], { depth: 0 })).toMatchObject({ ok: true });
    });

    it('missing_basic_constraint and invalid_key_usage for bad intermediates', () => {
      expect(validate([cert('under-notca'), cert('notca')], [root])).toEqual({
        ok: false,
        reason: 'missing_basic_constraint',
        certIndex: 1,
      });
      expect(validate([cert('under-nobc'), cert('nobc')], [root])).toEqual({
        ok: false,
        reason: 'missing_basic_constraint',
        certIndex: 1,
      });
      expect(validate([cert('under-nocertsign'), cert('nocertsign')], [root])).toEqual({
        ok: false,
        reason: 'invalid_key_usage',
        certIndex: 1,
      });
    });

    it('name_not_permitted: name constraints of an intermediate', () => {
      const constrained = cert('constrained');
      expect(validate([cert('allowed'), constrained], [root])).toMatchObject({ ok: true });
      expect(validate([cert('denied'), constrained], [root])).toEqual({
        ok: false,
        reason: 'name_not_permitted',
        certIndex: 0,
      });
    });

    it('unknown_critical_extension and invalid_ext_key_usage', () => {
      expect(validate([cert('critical'), int], [root])).toEqual({
        ok: false,
        reason: 'unknown_critical_extension',
        certIndex: 0,
      });
      expect(validate([leaf, int], [root], { purpose: 'serverAuth' })).toMatchObject({ ok: true });
      expect(validate([leaf, int], [root], { purpose: 'clientAuth' })).toEqual({
        ok: false,
        reason: 'invalid_ext_key_usage',
        certIndex: 0,
      });
    });

    it('{revoked, Reason} from the intermediate CRL', () => {
      const crls = [x509.parseCrl(dir.text('int.crl.pem'))];
      const revoked = validate([cert('revoked'), int], [root], { crls });
      expect(revoked).toEqual({ ok: false, reason: { revoked: 'keyCompromise' }, certIndex: 0 });
      expect(!revoked.ok && x509.formatBadCertReason(revoked.reason)).toBe('{revoked,keyCompromise}');
      expect(validate([cert('held'), int], [root], { crls })).toEqual({
        ok: false,
        reason: { revoked: 'certificateHold' },
        certIndex: 0,
      });
      expect(validate([leaf, int], [root], { crls })).toMatchObject({ ok: true });
      // crl_check true needs a CRL for every certificate: the root's is missing here.
      expect(validate([leaf, int], [root], { crls, crlCheck: true })).toEqual({
        ok: false,
        reason: 'revocation_status_undetermined',
        certIndex: 1,
      });
      const both = [...crls, x509.parseCrl(dir.text('root.crl.pem'))];
      expect(validate([leaf, int], [root], { crls: both, crlCheck: true })).toMatchObject({
        ok: true,
      });
      expect(validate([leaf, int], [root], { crls, crlCheck: 'peer' })).toMatchObject({ ok: true });
      // A CRL past its nextUpdate does not count.
      const late = new Date(Date.now() + 60 * 86_400_000);
      expect(validate([cert('revoked'), int], [root], { crls, now: late })).toMatchObject({
        ok: true,
      });
    });

    it('a shuffled chain reports each failure at its position in the chain as given', () => {
      const crls = [x509.parseCrl(dir.text('int.crl.pem'))];
      expect(validate([cert('revoked'), root, int], [root], { crls })).toEqual({
        ok: false,
        reason: { revoked: 'keyCompromise' },
        certIndex: 0,
      });
      expect(validate([cert('under-nocertsign'), root, cert('nocertsign')], [root])).toEqual({
        ok: false,
        reason: 'invalid_key_usage',
        certIndex: 2,
      });
      const intDer = int.der.slice();
      intDer[intDer.length - 5] = (intDer[intDer.length - 5] ?? 0) ^ 0x80;
      expect(validate([leaf, root, intDer], [root])).toEqual({
        ok: false,
        reason: 'invalid_signature',
        certIndex: 2,
      });
      expect(validate([leaf, cert('edleaf'), int], [root], { depth: 0 })).toEqual({
        ok: false,
        reason: 'max_path_length_reached',
        certIndex: 0,
      });
    });

    it('hostname_check_failed', () => {
      expect(validate([leaf, int], [root], { hostname: 'localhost' })).toMatchObject({ ok: true });
      expect(validate([leaf, int], [root], { hostname: 'evil.test' })).toEqual({
        ok: false,
        reason: 'hostname_check_failed',
        certIndex: 0,
      });
    });
  });
});
