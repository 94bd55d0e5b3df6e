// Generated from specs/ssh/algorithms.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import * as M from '../src/algorithms.js';

describe('SshHashes table', () => {
  it('has a different name in every row', () => {
    const keys = M.SshHashes.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('PublicKeyTypes table', () => {
  it('has a different name in every row', () => {
    const keys = M.PublicKeyTypes.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('KexAlgorithms table', () => {
  it('has a different name in every row', () => {
    const keys = M.KexAlgorithms.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of SshHashes in hash', () => {
    for (const row of M.KexAlgorithms)
      for (const name of [row.hash])
        if (name !== undefined) expect(M.SshHashesByName.has(name), name).toBe(true);
  });
});

describe('HostKeyAlgorithms table', () => {
  it('has a different name in every row', () => {
    const keys = M.HostKeyAlgorithms.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of PublicKeyTypes in key', () => {
    for (const row of M.HostKeyAlgorithms)
      for (const name of [row.key]) expect(M.PublicKeyTypesByName.has(name), name).toBe(true);
  });
  it('names rows of SshHashes in hash', () => {
    for (const row of M.HostKeyAlgorithms)
      for (const name of [row.hash])
        if (name !== undefined) expect(M.SshHashesByName.has(name), name).toBe(true);
  });
});

describe('Ciphers table', () => {
  it('has a different name in every row', () => {
    const keys = M.Ciphers.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('Macs table', () => {
  it('has a different name in every row', () => {
    const keys = M.Macs.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of SshHashes in hash', () => {
    for (const row of M.Macs)
      for (const name of [row.hash])
        if (name !== undefined) expect(M.SshHashesByName.has(name), name).toBe(true);
  });
});

describe('Compressions table', () => {
  it('has a different name in every row', () => {
    const keys = M.Compressions.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
