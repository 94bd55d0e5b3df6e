// Generated from specs/tls/algorithms.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import * as M from '../src/algorithms.js';

describe('TlsHashes table', () => {
  it('has a different name in every row', () => {
    const keys = M.TlsHashes.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('KeyExchanges table', () => {
  it('has a different name in every row', () => {
    const keys = M.KeyExchanges.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('Authentications table', () => {
  it('has a different name in every row', () => {
    const keys = M.Authentications.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('BulkCiphers table', () => {
  it('has a different name in every row', () => {
    const keys = M.BulkCiphers.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('SignatureAlgorithms table', () => {
  it('has a different name in every row', () => {
    const keys = M.SignatureAlgorithms.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('SigningCurves table', () => {
  it('has a different name in every row', () => {
    const keys = M.SigningCurves.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('GroupKinds table', () => {
  it('has a different name in every row', () => {
    const keys = M.GroupKinds.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
