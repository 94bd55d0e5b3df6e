import { PosixErrors } from '@otpnet/inet-spec';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fromNodeError, inetOwnReasons, isInetReason } from '../src/errors.js';
import { formatError, InetError, type InetReason, inet, type PosixReason } from '../src/index.js';

const nodeError = (code: string, message = 'boom'): Error => Object.assign(new Error(message), { code });

describe('errors (inet:format_error/1)', () => {
  it('gives the POSIX texts and the reason', () => {
    expect(formatError('econnrefused')).toBe('connection refused');
    expect(inet.formatError('eaddrinuse')).toBe('address already in use');
    expect(formatError('nxdomain')).toBe('non-existing domain');
    expect(formatError('unknown')).toBe('unknown POSIX error');
    const e = new InetError('emsgsize');
    expect(e.reason).toBe('emsgsize');
    expect(e.message).toBe('message too long');
    expect(new InetError('timeout').message).toBe('timeout');
  });

  it('reasons outside the POSIX table read as themselves', () => {
    for (const r of inetOwnReasons) expect(new InetError(r).message).toBe(r);
  });
});

describe('InetReason', () => {
  it('is the POSIX table of specs/inet/posix-errors.spec plus inet’s own reasons, nothing else', () => {
    expectTypeOf<InetReason>().toEqualTypeOf<PosixReason | 'closed' | 'timeout' | 'unknown'>();
    expectTypeOf<PosixReason>().toEqualTypeOf<(typeof PosixErrors)[number]['name']>();
    expectTypeOf<string>().not.toExtend<InetReason>();
    // @ts-expect-error a reason that is in neither list does not type-check
    const e = new InetError('no_such_reason');
    expect(e).toBeInstanceOf(InetError);
  });

  it('every table row is a reason, and nothing else is', () => {
    for (const row of PosixErrors) expect(isInetReason(row.name), row.name).toBe(true);
    expect(isInetReason('no_such_reason')).toBe(false);
    expect(isInetReason('EINVAL')).toBe(false);
    expect(isInetReason(undefined)).toBe(false);
  });
});

describe('fromNodeError', () => {
  it('maps every POSIX code of the table to its reason', () => {
    for (const { name } of PosixErrors.filter((r) => /^e[a-z0-9]+$/.test(r.name))) {
      expect(fromNodeError(nodeError(name.toUpperCase())).reason).toBe(name);
    }
  });

  it('maps resolver codes as inet does', () => {
    expect(fromNodeError(nodeError('ENOTFOUND')).reason).toBe('nxdomain');
    expect(fromNodeError(nodeError('EAI_NONAME')).reason).toBe('nxdomain');
    expect(fromNodeError(nodeError('EAI_AGAIN')).reason).toBe('timeout');
    expect(fromNodeError(nodeError('ERR_STREAM_DESTROYED')).reason).toBe('closed');
  });

  it('maps a code it has no name for to unknown, keeping the code in the message', () => {
    const e = fromNodeError(nodeError('ENOSUCHTHING', 'strange'));
    expect(e.reason).toBe('unknown');
    expect(e.message).toContain('ENOSUCHTHING');
    expect(e.message).toContain('strange');
  });

  it('maps argument errors and non-errors to einval, and passes InetError through', () => {
    expect(fromNodeError(nodeError('ERR_SOCKET_BAD_PORT', 'bad port')).reason).toBe('einval');
    expect(fromNodeError('a string').reason).toBe('einval');
    expect(fromNodeError(null).reason).toBe('einval');
    const own = new InetError('closed');
    expect(fromNodeError(own)).toBe(own);
  });
});
