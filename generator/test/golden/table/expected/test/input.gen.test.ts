// Generated from specs/table/input.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import * as M from '../src/input.js';

describe('CipherSuites table', () => {
  it('has a different name in every row', () => {
    const keys = M.CipherSuites.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has a different code in every row', () => {
    const keys = M.CipherSuites.map((row) => row.code);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('PacketTypes table', () => {
  it('has a different name in every row', () => {
    const keys = M.PacketTypes.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has a different type in every row', () => {
    const keys = M.PacketTypes.map((row) => row.type);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has a different mtu in every row', () => {
    const keys = M.PacketTypes.flatMap((row) => (row.mtu === undefined ? [] : [row.mtu]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
