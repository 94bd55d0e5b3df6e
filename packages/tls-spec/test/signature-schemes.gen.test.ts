// Generated from specs/tls/signature-schemes.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import { SignatureAlgorithmsByName } from '../src/algorithms.js';
import { SigningCurvesByName } from '../src/algorithms.js';
import { TlsHashesByName } from '../src/algorithms.js';
import * as M from '../src/signature-schemes.js';

describe('SignatureSchemes table', () => {
  it('has a different scheme in every row', () => {
    const keys = M.SignatureSchemes.map((row) => row.scheme);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of SignatureAlgorithms in sig', () => {
    for (const row of M.SignatureSchemes)
      for (const name of [row.sig]) expect(SignatureAlgorithmsByName.has(name), name).toBe(true);
  });
  it('names rows of TlsHashes in hash', () => {
    for (const row of M.SignatureSchemes)
      for (const name of [row.hash])
        if (name !== undefined) expect(TlsHashesByName.has(name), name).toBe(true);
  });
  it('names rows of SigningCurves in curve', () => {
    for (const row of M.SignatureSchemes)
      for (const name of [row.curve])
        if (name !== undefined) expect(SigningCurvesByName.has(name), name).toBe(true);
  });
});
