// Each registry has one source: the key-file ciphers come from the SSH algorithm table, and the
// RFC 3526 MODP primes are written once for both the DH and the SRP groups.
import { Ciphers } from '@otpnet/ssh-spec';
import { describe, expect, it } from 'vitest';
import { DH_GROUPS, SRP_GROUPS } from '../src/index.js';
import { KEY_FILE_MODES, SSH_CIPHERS } from '../src/keys/ssh-ciphers.js';
import {
  MODP_1024,
  MODP_2048,
  MODP_3072,
  MODP_4096,
  MODP_6144,
  MODP_8192,
} from '../src/provider/groups/modp-primes.js';

describe('registries: OpenSSH key-file ciphers', () => {
  it('every cipher with a mode is available', () => {
    expect([...SSH_CIPHERS.keys()].sort()).toEqual(Object.keys(KEY_FILE_MODES).sort());
  });

  it('sizes and AEAD-ness are the SSH table rows', () => {
    for (const c of SSH_CIPHERS.values()) {
      const row = Ciphers.find((r) => r.name === c.name);
      expect(row, c.name).toBeDefined();
      expect([c.name, c.keyBytes, c.ivBytes, c.blockBytes, c.tagBytes > 0]).toEqual([
        c.name,
        row?.key_len,
        row?.iv_len,
        row?.block,
        row?.aead,
      ]);
      expect(c.mode === 'gcm').toBe(row?.aead);
    }
  });
});

describe('registries: MODP primes', () => {
  it('the DH and SRP groups share the RFC 2409 / RFC 3526 primes', () => {
    expect(DH_GROUPS.group1.p).toBe(MODP_1024);
    expect(DH_GROUPS.group14.p).toBe(MODP_2048);
    expect(DH_GROUPS.group16.p).toBe(MODP_4096);
    expect(DH_GROUPS.group18.p).toBe(MODP_8192);
    expect(SRP_GROUPS.srp3072.p).toBe(MODP_3072);
    expect(SRP_GROUPS.srp4096.p).toBe(MODP_4096);
    expect(SRP_GROUPS.srp6144.p).toBe(MODP_6144);
    expect(SRP_GROUPS.srp8192.p).toBe(MODP_8192);
    // RFC 5054's 2048-bit SRP group is its own prime, not RFC 3526 group 14.
    expect(SRP_GROUPS.srp2048.p).not.toBe(MODP_2048);
  });

  it('each prime has the RFC 3526 shape: 64 one bits at both ends, then the bits of pi', () => {
    const ones = (1n << 64n) - 1n;
    for (const [bits, p] of [
      [1024, MODP_1024],
      [2048, MODP_2048],
      [3072, MODP_3072],
      [4096, MODP_4096],
      [6144, MODP_6144],
      [8192, MODP_8192],
    ] as const) {
      expect(p.toString(2).length).toBe(bits);
      expect(p >> BigInt(bits - 64)).toBe(ones);
      expect(p & ones).toBe(ones);
      // floor(2^62 * pi) = 0xc90fdaa22168c234..., the start of every RFC 2409/3526 prime's middle.
      expect((p >> BigInt(bits - 128)) & ones).toBe(0xc90fdaa22168c234n);
    }
  });
});
