// Generated from specs/inet/posix-errors.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import * as M from '../src/posix-errors.js';

describe('PosixErrors table', () => {
  it('has a different name in every row', () => {
    const keys = M.PosixErrors.map((row) => row.name);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
