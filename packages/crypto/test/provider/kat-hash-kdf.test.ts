// Known-answer tests for hashes, HMAC (RFC 4231), HKDF (RFC 5869) and the TLS 1.3 key
// schedule (RFC 8448 section 3), run against both providers.
import { describe, expect, it } from 'vitest';
import { EACH, hex, unhex, utf8 } from './support.js';

const ABC = utf8('abc');

describe.each(EACH)('hashes and KDFs: %s', (_name, p) => {
  it('hashes "abc" (FIPS 180-4, RFC 1321)', () => {
    expect(hex(p.hash('md5', ABC))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex(p.hash('sha1', ABC))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(p.hash('sha224', ABC))).toBe('23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
    expect(hex(p.hash('sha256', ABC))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(p.hash('sha384', ABC))).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
    expect(hex(p.hash('sha512', ABC))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(p.hashLength('sha384')).toBe(48);
  });

  it('incremental hashes clone mid-stream (transcript hashes)', () => {
    const h = p.createHash('sha256').update(utf8('a'));
    const snapshot = h.clone();
    h.update(utf8('bc'));
    expect(hex(h.digest())).toBe(hex(p.hash('sha256', ABC)));
    expect(hex(snapshot.digest())).toBe(hex(p.hash('sha256', utf8('a'))));
  });

  it('HMAC (RFC 4231 test cases 1, 2 and 6)', () => {
    const key1 = new Uint8Array(20).fill(0x0b);
    const data1 = utf8('Hi There');
    expect(hex(p.hmac('sha224', key1, data1))).toBe(
      '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    );
    expect(hex(p.hmac('sha256', key1, data1))).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    expect(hex(p.hmac('sha384', key1, data1))).toBe(
      'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
    );
    expect(hex(p.hmac('sha512', key1, data1))).toBe(
      '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
    );
    expect(hex(p.hmac('sha256', utf8('Jefe'), utf8('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    const longKey = new Uint8Array(131).fill(0xaa);
    expect(
      hex(p.hmac('sha256', longKey, utf8('Test Using Larger Than Block-Size Key - Hash Key First'))),
    ).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });

  it('HKDF (RFC 5869 test cases 1 and 3)', () => {
    const ikm = new Uint8Array(22).fill(0x0b);
    const prk = p.hkdfExtract('sha256', unhex('000102030405060708090a0b0c'), ikm);
    expect(hex(prk)).toBe('077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5');
    expect(hex(p.hkdfExpand('sha256', prk, unhex('f0f1f2f3f4f5f6f7f8f9'), 42))).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
    const prk3 = p.hkdfExtract('sha256', new Uint8Array(0), ikm);
    expect(hex(prk3)).toBe('19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04');
    expect(hex(p.hkdfExpand('sha256', prk3, new Uint8Array(0), 42))).toBe(
      '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
    );
    expect(() => p.hkdfExpand('sha256', prk3, new Uint8Array(0), 255 * 32 + 1)).toThrow(/out of range/);
  });

  it('TLS 1.3 key schedule (RFC 8448 section 3, simple 1-RTT handshake)', () => {
    const zero = new Uint8Array(32);
    const early = p.hkdfExtract('sha256', new Uint8Array(0), zero);
    expect(hex(early)).toBe('33ad0a1c607ec03b09e6cd9893680ce210adf300aa1f2660e1b22e10f170f92a');
    const derived = p.deriveSecret('sha256', early, 'derived', p.hash('sha256', new Uint8Array(0)));
    expect(hex(derived)).toBe('6f2615a108c702c5678f54fc9dbab69716c076189c48250cebeac3576c3611ba');
    const shared = unhex('8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d');
    const hs = p.hkdfExtract('sha256', derived, shared);
    expect(hex(hs)).toBe('1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac');
    const th = unhex('860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8');
    const cHs = p.deriveSecret('sha256', hs, 'c hs traffic', th);
    const sHs = p.deriveSecret('sha256', hs, 's hs traffic', th);
    expect(hex(cHs)).toBe('b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21');
    expect(hex(sHs)).toBe('b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38');
    const empty = new Uint8Array(0);
    expect(hex(p.hkdfExpandLabel('sha256', sHs, 'key', empty, 16))).toBe('3fce516009c21727d0f2e4e86ee403bc');
    expect(hex(p.hkdfExpandLabel('sha256', sHs, 'iv', empty, 12))).toBe('5d313eb2671276ee13000b30');
    expect(hex(p.hkdfExpandLabel('sha256', cHs, 'key', empty, 16))).toBe('dbfaa693d1762c5b666af5d950258d01');
    expect(hex(p.hkdfExpandLabel('sha256', cHs, 'iv', empty, 12))).toBe('5bd3c71b836e0b76bb73265f');
    const master = p.hkdfExtract(
      'sha256',
      p.deriveSecret('sha256', hs, 'derived', p.hash('sha256', empty)),
      zero,
    );
    expect(hex(master)).toBe('18df06843d13a08bf2a449844c5f8a478001bc4d4c627984d5a41da8d0402919');
  });

  it('TLS PRFs split odd-length secrets and truncate', () => {
    const out = p.tls10Prf(new Uint8Array(47).fill(1), 'master secret', new Uint8Array(64), 48);
    expect(out.length).toBe(48);
    expect(p.tls12Prf('sha384', new Uint8Array(48), 'key expansion', new Uint8Array(64), 7).length).toBe(7);
  });

  it('SSH KDF extends past one hash block (RFC 4253 section 7.2)', () => {
    const k = unhex('0000000101');
    const h = new Uint8Array(32).fill(2);
    const out = p.sshKdf('sha256', k, h, 'C', h, 64);
    const k1 = p.hash('sha256', new Uint8Array([...k, ...h, 0x43, ...h]));
    const k2 = p.hash('sha256', new Uint8Array([...k, ...h, ...k1]));
    expect(hex(out)).toBe(hex(k1) + hex(k2));
    expect(hex(p.sshKdf('sha256', k, h, 'C', h, 16))).toBe(hex(k1).slice(0, 32));
  });
});
