// Generated from specs/tls/options.spec by otpnet-gen. Do not edit.

import { describe, expect, it } from 'vitest';
import { checkOptionValue } from '@otpnet/wire';
import * as M from '../src/options.js';

describe('TlsOptions', () => {
  it('accepts no options for either role', () => {
    for (const role of ['client', 'server'] as const) expect(M.validateTlsOptions({}, role).ok).toBe(true);
  });

  it('has defaults that pass their own type', () => {
    for (const o of M.tlsOptionsSchema.options) {
      if (o.default !== undefined) expect(checkOptionValue(o.type, o.default, o.spec)).toBeUndefined();
    }
  });

  it('maps spec names and TypeScript names both ways', () => {
    const tsNames: Record<string, string> = M.tlsOptionsTsNames;
    for (const [ts, spec] of Object.entries(M.tlsOptionsSpecNames)) expect(tsNames[spec]).toBe(ts);
  });

  it('rejects an unknown option by name', () => {
    const result = M.validateTlsOptions({ verifyx: 1 }, 'client');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^verifyx: unknown option/);
  });
});
