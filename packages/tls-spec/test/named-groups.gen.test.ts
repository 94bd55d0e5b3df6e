// Generated from specs/tls/named-groups.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import { GroupKindsByName } from '../src/algorithms.js';
import * as M from '../src/named-groups.js';

describe('NamedGroups table', () => {
  it('has a different group in every row', () => {
    const keys = M.NamedGroups.map((row) => row.group);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('names rows of GroupKinds in kind', () => {
    for (const row of M.NamedGroups)
      for (const name of [row.kind]) expect(GroupKindsByName.has(name), name).toBe(true);
  });
});
