// Generated from specs/dist/control.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import { DistFlagsByFlag } from '../src/handshake.js';
import * as M from '../src/control.js';

describe('TermKinds table', () => {
  it('has a different name in every row', () => {
    const keys = M.TermKinds.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ControlElements table', () => {
  it('has a different name in every row', () => {
    const keys = M.ControlElements.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of TermKinds in term', () => {
    for (const row of M.ControlElements)
      for (const name of [row.term]) expect(M.TermKindsByName.has(name), name).toBe(true);
  });
});

describe('ControlPayloads table', () => {
  it('has a different name in every row', () => {
    const keys = M.ControlPayloads.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('ControlMessages table', () => {
  it('has a different name in every row', () => {
    const keys = M.ControlMessages.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('has a different op in every row', () => {
    const keys = M.ControlMessages.map((row) => row.op);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of ControlElements in elements', () => {
    for (const row of M.ControlMessages)
      for (const name of row.elements) expect(M.ControlElementsByName.has(name), name).toBe(true);
  });
  it('names rows of ControlPayloads in followed_by', () => {
    for (const row of M.ControlMessages)
      for (const name of [row.followed_by])
        if (name !== undefined) expect(M.ControlPayloadsByName.has(name), name).toBe(true);
  });
  it('names rows of DistFlags in flag', () => {
    for (const row of M.ControlMessages)
      for (const name of [row.flag])
        if (name !== undefined) expect(DistFlagsByFlag.has(name), name).toBe(true);
  });
});
