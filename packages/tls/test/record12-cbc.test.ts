// The TLS 1.2 CBC record protection on its own, with both providers: records of every length
// round-trip under MAC-then-encrypt and encrypt-then-MAC; a record that was tampered with, one
// with a valid MAC but bad padding, one too short, one replayed all fail with the same
// bad_record_mac; padding of any valid length (up to 255 bytes, as other stacks may send) opens.
import { type CipherAlg, getProvider, type HashAlg, type Provider } from '@otpnet/crypto';
import { ContentType } from '@otpnet/tls-spec';
import { describe, expect, it } from 'vitest';
import { AlertError } from '../src/errors.js';
import { writeSequence } from '../src/record/protection.js';
import { type CbcKeys, Tls12CbcProtection } from '../src/record/protection12-cbc.js';

const APP = ContentType.application_data;
const HEADER = 5;

const CASES: readonly (readonly [CipherAlg, HashAlg])[] = [
  ['aes-128-cbc', 'sha1'],
  ['aes-256-cbc', 'sha1'],
  ['aes-128-cbc', 'sha256'],
  ['aes-256-cbc', 'sha256'],
  ['aes-256-cbc', 'sha384'],
];

function keysFor(crypto: Provider, cipher: CipherAlg, mac: HashAlg, encryptThenMac: boolean): CbcKeys {
  return {
    cipher,
    mac,
    encKey: crypto.randomBytes(cipher === 'aes-128-cbc' ? 16 : 32),
    macKey: crypto.randomBytes(crypto.hashLength(mac)),
    encryptThenMac,
    random: (n) => crypto.randomBytes(n),
  };
}

/** The alert `open` fails with (undefined when it opens). */
function openError(
  p: Tls12CbcProtection,
  record: Uint8Array,
): { alert: string; message: string } | undefined {
  try {
    p.open(record[0] as number, record.subarray(0, HEADER), record.subarray(HEADER));
    return undefined;
  } catch (e) {
    if (!(e instanceof AlertError)) throw e;
    return { alert: e.alert, message: e.message };
  }
}

/**
 * A MAC-then-encrypt record built by hand: `content`, its MAC (or `badMac`), then `padding` as
 * given (the last byte being padding_length), encrypted under a random IV.
 */
function craftMte(
  crypto: Provider,
  keys: CbcKeys,
  seq: number,
  content: Uint8Array,
  padding: Uint8Array,
  badMac = false,
): Uint8Array {
  const pseudo = new Uint8Array(13);
  writeSequence(pseudo, 0, seq);
  pseudo.set([APP, 3, 3, content.length >> 8, content.length & 0xff], 8);
  const mac = crypto.hmac(keys.mac, keys.macKey, Buffer.concat([pseudo, content]));
  if (badMac) mac[0] = (mac[0] as number) ^ 1;
  const plain = Buffer.concat([content, mac, padding]);
  const iv = crypto.randomBytes(16);
  const encrypted = crypto.cipher(keys.cipher, keys.encKey, iv, 'encrypt').update(plain);
  const length = 16 + encrypted.length;
  return Uint8Array.from(
    Buffer.concat([Buffer.from([APP, 3, 3, length >> 8, length & 0xff]), iv, encrypted]),
  );
}

const pad = (n: number, value = n): Uint8Array => new Uint8Array(n + 1).fill(value);

describe.each(['node', 'noble'] as const)('TLS 1.2 CBC records (%s provider)', (provider) => {
  const crypto = getProvider(provider);

  describe.each(CASES)('%s with HMAC-%s', (cipher, mac) => {
    it.each([false, true])('round-trips records of every size (encrypt_then_mac: %s)', (etm) => {
      const keys = keysFor(crypto, cipher, mac, etm);
      const writer = new Tls12CbcProtection(crypto, keys);
      const reader = new Tls12CbcProtection(crypto, keys);
      const m = crypto.hashLength(mac);
      for (const n of [0, 1, 15, 16, 17, 31, 32, 33, 47, 63, 64, 100, 255, 1000, 16384]) {
        const data = crypto.randomBytes(n);
        const record = writer.seal(APP, data);
        // The IV, the least padding, and the MAC inside (MtE) or after (ETM) the encryption.
        const inner = etm ? n + 1 : n + m + 1;
        expect(record.length).toBe(HEADER + 16 + Math.ceil(inner / 16) * 16 + (etm ? m : 0));
        expect(record[3]! * 256 + record[4]!).toBe(record.length - HEADER);
        const opened = reader.open(APP, record.subarray(0, HEADER), record.subarray(HEADER));
        expect(Buffer.from(opened.content).equals(Buffer.from(data))).toBe(true);
      }
      expect(writer.sequence).toBe(15);
      expect(reader.sequence).toBe(15);
    });

    it.each([false, true])('refuses a record with any byte changed (encrypt_then_mac: %s)', (etm) => {
      const keys = keysFor(crypto, cipher, mac, etm);
      const record = new Tls12CbcProtection(crypto, keys).seal(APP, crypto.randomBytes(40));
      for (let at = HEADER; at < record.length; at += 7) {
        const bad = record.slice();
        bad[at] = (bad[at] as number) ^ 0x01;
        expect(openError(new Tls12CbcProtection(crypto, keys), bad)?.alert).toBe('bad_record_mac');
      }
    });

    it.each([false, true])('refuses a replayed or reordered record (encrypt_then_mac: %s)', (etm) => {
      const keys = keysFor(crypto, cipher, mac, etm);
      const writer = new Tls12CbcProtection(crypto, keys);
      const first = writer.seal(APP, Uint8Array.of(1, 2, 3));
      const reader = new Tls12CbcProtection(crypto, keys);
      expect(openError(reader, first)).toBeUndefined();
      expect(openError(reader, first)?.alert).toBe('bad_record_mac');
    });

    it.each([false, true])(
      'refuses records too short or not of whole blocks (encrypt_then_mac: %s)',
      (etm) => {
        const keys = keysFor(crypto, cipher, mac, etm);
        for (const n of [0, 15, 16, 17, 31, 32 + 5]) {
          const record = new Uint8Array(HEADER + n);
          record.set([APP, 3, 3, n >> 8, n & 0xff]);
          expect(openError(new Tls12CbcProtection(crypto, keys), record)?.alert).toBe('bad_record_mac');
        }
      },
    );

    it('opens MAC-then-encrypt padding of every valid length, up to 255 bytes', () => {
      const keys = keysFor(crypto, cipher, mac, false);
      const reader = new Tls12CbcProtection(crypto, keys);
      const m = crypto.hashLength(mac);
      const content = crypto.randomBytes(21);
      let seq = 0;
      for (let p = 0; p < 256; p++) {
        if ((content.length + m + p + 1) % 16 !== 0) continue;
        const opened = reader.open(
          APP,
          new Uint8Array(HEADER),
          craftMte(crypto, keys, seq++, content, pad(p)).subarray(HEADER),
        );
        expect(Buffer.from(opened.content).equals(Buffer.from(content))).toBe(true);
      }
      expect(seq).toBeGreaterThan(10);
    });

    it('answers bad padding under a good MAC exactly as a bad MAC: bad_record_mac, same text', () => {
      const keys = keysFor(crypto, cipher, mac, false);
      const m = crypto.hashLength(mac);
      // The least padding after 12 bytes of content and the MAC fills the last block.
      const content = crypto.randomBytes(12);
      const p = 15 - ((content.length + m) % 16);
      const badMac = openError(
        new Tls12CbcProtection(crypto, keys),
        craftMte(crypto, keys, 0, content, pad(p), true),
      );
      expect(badMac?.alert).toBe('bad_record_mac');
      const badPads = [
        pad(p, (p + 1) % 256), // padding_length says one more than there is
        Uint8Array.from([...new Uint8Array(p).fill(p ^ 1), p]), // padding bytes differ from their length
        // A block more of padding, its first byte wrong
        Uint8Array.from([...new Uint8Array(p + 17).fill(p + 16)].map((b, i) => (i === 0 ? b ^ 0x80 : b))),
        Uint8Array.from([...new Uint8Array(p).fill(p), 255]), // longer than the record
      ];
      for (const padding of badPads) {
        const e = openError(
          new Tls12CbcProtection(crypto, keys),
          craftMte(crypto, keys, 0, content, padding),
        );
        expect(e).toEqual(badMac);
      }
    });

    it('runs as many hash compressions for every padding length, valid or not (Lucky13)', () => {
      const keys = keysFor(crypto, cipher, mac, false);
      const m = crypto.hashLength(mac);
      const block = mac === 'sha384' ? 128 : 64;
      // Compressions of one hash over `n` bytes: the data, 0x80 and the length field (FIPS 180-4).
      const compressions = (n: number) => Math.floor((n + block / 8) / block) + 1;
      let work = 0;
      const spy: Provider = Object.create(crypto);
      spy.hmac = (alg, key, data) => {
        work += compressions(block + data.length) + compressions(block + m);
        return crypto.hmac(alg, key, data);
      };
      spy.createHash = (alg) => {
        const h = crypto.createHash(alg);
        let n = 0;
        const ctx = {
          update(d: Uint8Array) {
            n += d.length;
            h.update(d);
            return ctx;
          },
          digest() {
            work += compressions(n);
            return h.digest();
          },
          clone: () => h.clone(),
        };
        return ctx;
      };
      // Records of one length (320 bytes of plaintext) whose padding runs from none to 255 bytes.
      const total = 320;
      const seen = new Set<number>();
      for (const p of [0, 1, 7, 15, 16, 63, 64, 100, 200, 255]) {
        const content = crypto.randomBytes(total - m - p - 1);
        for (const padding of [pad(p), pad(p, p ^ 0x40)]) {
          work = 0;
          const e = openError(new Tls12CbcProtection(spy, keys), craftMte(crypto, keys, 0, content, padding));
          expect(e?.alert === undefined || e.alert === 'bad_record_mac').toBe(true);
          seen.add(work);
        }
      }
      expect(seen.size).toBe(1);
    });

    it('with encrypt_then_mac, checks the MAC over the ciphertext before decrypting', () => {
      const keys = keysFor(crypto, cipher, mac, true);
      const m = crypto.hashLength(mac);
      const record = new Tls12CbcProtection(crypto, keys).seal(APP, crypto.randomBytes(30));
      // The MAC travels in the clear after the ciphertext: it is HMAC over the header and IV || C.
      const sealed = record.subarray(HEADER, record.length - m);
      const pseudo = new Uint8Array(13);
      pseudo.set([APP, 3, 3, sealed.length >> 8, sealed.length & 0xff], 8);
      const expected = crypto.hmac(mac, keys.macKey, Buffer.concat([pseudo, sealed]));
      expect(Buffer.from(record.subarray(record.length - m)).equals(Buffer.from(expected))).toBe(true);
      // A MAC-then-encrypt reader of the same keys does not take it, nor the reverse.
      expect(
        openError(new Tls12CbcProtection(crypto, { ...keys, encryptThenMac: false }), record)?.alert,
      ).toBe('bad_record_mac');
    });
  });

  it('refuses change_cipher_spec under keys and records over the TLS 1.2 limit', () => {
    const keys = keysFor(crypto, 'aes-128-cbc', 'sha256', false);
    const record = new Tls12CbcProtection(crypto, keys).seal(
      ContentType.change_cipher_spec,
      Uint8Array.of(1),
    );
    const reader = new Tls12CbcProtection(crypto, keys);
    expect(openError(reader, record)?.alert).toBe('unexpected_message');
    const huge = new Uint8Array(HEADER + 16384 + 2049);
    huge[0] = APP;
    expect(openError(reader, huge)?.alert).toBe('record_overflow');
  });

  it('takes each explicit IV from the configured random source', () => {
    const ivs: Uint8Array[] = [];
    const keys = {
      ...keysFor(crypto, 'aes-256-cbc', 'sha384', true),
      random: (n: number) => {
        const iv = crypto.randomBytes(n);
        ivs.push(iv);
        return iv;
      },
    };
    const p = new Tls12CbcProtection(crypto, keys);
    const a = p.seal(APP, Uint8Array.of(1));
    const b = p.seal(APP, Uint8Array.of(1));
    expect(ivs.length).toBe(2);
    expect(Buffer.from(a.subarray(HEADER, HEADER + 16)).equals(Buffer.from(ivs[0]!))).toBe(true);
    expect(Buffer.from(b.subarray(HEADER, HEADER + 16)).equals(Buffer.from(ivs[1]!))).toBe(true);
  });
});

describe('TLS 1.2 CBC records between providers', () => {
  it.each([false, true])('what noble seals node opens and back (encrypt_then_mac: %s)', (etm) => {
    const noble = getProvider('noble');
    const node = getProvider('node');
    const keys = keysFor(node, 'aes-256-cbc', 'sha256', etm);
    for (const [a, b] of [
      [noble, node],
      [node, noble],
    ] as const) {
      const data = a.randomBytes(5000);
      const record = new Tls12CbcProtection(a, keys).seal(APP, data);
      const opened = new Tls12CbcProtection(b, keys).open(
        APP,
        record.subarray(0, HEADER),
        record.subarray(HEADER),
      );
      expect(Buffer.from(opened.content).equals(Buffer.from(data))).toBe(true);
    }
  });
});
