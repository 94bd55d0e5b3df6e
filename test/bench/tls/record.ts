// The record layer's cost over its AEAD: 16 KiB application-data records sealed and opened by
// Tls13Protection, against the same AEAD called directly on the same data (raw @noble/ciphers for
// the noble provider, raw node:crypto for the node provider). 1.00 = the record layer is free.
import * as nc from 'node:crypto';
import { gcm } from '@noble/ciphers/aes.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { getProvider } from '../../../packages/crypto/src/index.js';
import { Tls13Protection } from '../../../packages/tls/src/record/protection13.js';

const SIZE = 16 * 1024;
const TYPE = 23;

export interface RecordRow {
  name: string;
  raw: number;
  ours: number;
}

function rate(fn: () => unknown, ms: number): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    calls++;
    now = performance.now();
  }
  return (calls * 1000) / (now - start);
}

/** Best of interleaved rounds, in MB/s of plaintext. */
function pair(raw: () => unknown, ours: () => unknown, budgetMs: number): [number, number] {
  const rounds = 10;
  const per = budgetMs / rounds / 2;
  rate(raw, per);
  rate(ours, per);
  let a = 0;
  let b = 0;
  for (let r = 0; r < rounds; r++) {
    a = Math.max(a, rate(raw, per));
    b = Math.max(b, rate(ours, per));
  }
  return [(a * SIZE) / 1e6, (b * SIZE) / 1e6];
}

type Alg = 'aes-128-gcm' | 'chacha20-poly1305';

function rawNoble(alg: Alg, key: Uint8Array) {
  const make = alg === 'chacha20-poly1305' ? chacha20poly1305 : gcm;
  return {
    seal: (nonce: Uint8Array, pt: Uint8Array, aad: Uint8Array) => make(key, nonce, aad).encrypt(pt),
    open: (nonce: Uint8Array, ct: Uint8Array, aad: Uint8Array) => make(key, nonce, aad).decrypt(ct),
  };
}

function rawNode(alg: Alg, key: Uint8Array) {
  const ko = nc.createSecretKey(key);
  const opts = { authTagLength: 16 } as const;
  return {
    seal: (nonce: Uint8Array, pt: Uint8Array, aad: Uint8Array) => {
      const c = nc.createCipheriv(alg as nc.CipherGCMTypes, ko, nonce, opts);
      c.setAAD(aad, { plaintextLength: pt.length });
      const body = c.update(pt);
      c.final();
      return Buffer.concat([body, c.getAuthTag()]);
    },
    open: (nonce: Uint8Array, ct: Uint8Array, aad: Uint8Array) => {
      const d = nc.createDecipheriv(alg as nc.CipherGCMTypes, ko, nonce, opts);
      d.setAuthTag(ct.subarray(ct.length - 16));
      d.setAAD(aad, { plaintextLength: ct.length - 16 });
      const out = d.update(ct.subarray(0, ct.length - 16));
      d.final();
      return out;
    },
  };
}

export function recordRows(provider: 'noble' | 'node', budgetMs: number): RecordRow[] {
  const rows: RecordRow[] = [];
  const p = getProvider(provider);
  for (const alg of ['aes-128-gcm', 'chacha20-poly1305'] as const) {
    const key = nc.randomBytes(alg === 'aes-128-gcm' ? 16 : 32);
    const iv = nc.randomBytes(12);
    const data = nc.randomBytes(SIZE);
    const nonce = nc.randomBytes(12);
    const aad = Uint8Array.of(23, 3, 3, 0x40, 0x11);
    const raw = provider === 'noble' ? rawNoble(alg, key) : rawNode(alg, key);
    const sealer = new Tls13Protection(p.aead(alg, key), iv);
    const [rs, os] = pair(
      () => raw.seal(nonce, data, aad),
      () => sealer.seal(TYPE, data),
      budgetMs,
    );
    rows.push({ name: `${provider} ${alg} seal 16KiB`, raw: rs, ours: os });

    // Opening needs records sealed under the sequence numbers the opener expects: a ring of them,
    // the opener's sequence rewound at each turn. Records may be opened in place, so each is
    // copied to a fresh buffer first, as received bytes would be; the raw side copies too.
    const records = Array.from({ length: 16 }, (_, i) => {
      const s = new Tls13Protection(p.aead(alg, key), iv);
      s.sequence = i;
      return Uint8Array.from(s.seal(TYPE, data));
    });
    const opener = new Tls13Protection(p.aead(alg, key), iv);
    const wire = new Uint8Array((records[0] as Uint8Array).length);
    let at = 0;
    const ct = raw.seal(nonce, data, aad);
    const rawWire = new Uint8Array(ct.length);
    const [ro, oo] = pair(
      () => {
        rawWire.set(ct);
        return raw.open(nonce, rawWire, aad);
      },
      () => {
        wire.set(records[at] as Uint8Array);
        opener.sequence = at;
        at = (at + 1) % records.length;
        return opener.open(TYPE, wire.subarray(0, 5), wire.subarray(5));
      },
      budgetMs,
    );
    rows.push({ name: `${provider} ${alg} open 16KiB`, raw: ro, ours: oo });
  }
  return rows;
}
