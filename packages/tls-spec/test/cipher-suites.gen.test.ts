// Generated from specs/tls/cipher-suites.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import { AuthenticationsByName } from '../src/algorithms.js';
import { BulkCiphersByName } from '../src/algorithms.js';
import { KeyExchangesByName } from '../src/algorithms.js';
import { TlsHashesByName } from '../src/algorithms.js';
import * as M from '../src/cipher-suites.js';

describe('CipherSuites table', () => {
  it('has a different suite in every row', () => {
    const keys = M.CipherSuites.map((row) => row.suite);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of KeyExchanges in kex', () => {
    for (const row of M.CipherSuites)
      for (const name of [row.kex]) expect(KeyExchangesByName.has(name), name).toBe(true);
  });
  it('names rows of Authentications in auth', () => {
    for (const row of M.CipherSuites)
      for (const name of [row.auth]) expect(AuthenticationsByName.has(name), name).toBe(true);
  });
  it('names rows of BulkCiphers in cipher', () => {
    for (const row of M.CipherSuites)
      for (const name of [row.cipher]) expect(BulkCiphersByName.has(name), name).toBe(true);
  });
  it('names rows of TlsHashes in mac', () => {
    for (const row of M.CipherSuites)
      for (const name of [row.mac])
        if (name !== undefined) expect(TlsHashesByName.has(name), name).toBe(true);
  });
  it('names rows of TlsHashes in prf', () => {
    for (const row of M.CipherSuites)
      for (const name of [row.prf]) expect(TlsHashesByName.has(name), name).toBe(true);
  });
});

describe('OpensslSuiteNames table', () => {
  it('has a different suite in every row', () => {
    const keys = M.OpensslSuiteNames.map((row) => row.suite);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
