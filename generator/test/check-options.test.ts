// One test per kind of problem the checker finds in `type` and `options` declarations, each pinned
// to the exact `file:line:col: message` it prints.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problems, problemsOf } from './spec-problems.js';

const lines = (...ls: string[]) => `${ls.join('\n')}\n`;

describe('checkOptions', () => {
  it('accepts the inet socket options', () => {
    const text = fs.readFileSync(new URL('../../specs/inet/options.spec', import.meta.url), 'utf8');
    expect(problems({ 'specs/inet/options.spec': text })).toEqual([]);
  });

  it('accepts every kind of option type, default and constraint', () => {
    const text = lines(
      'type SslVersion = "tlsv1.3" | "tlsv1.2";',
      'options O {',
      '    client verify: verify_none | verify_peer = verify_peer "doc";',
      '    server verify: verify_none | verify_peer = verify_none;',
      '    versions: SslVersion[] = ["tlsv1.3"];',
      '    linger: {bool, int(0..)} = {false, 0};',
      '    ip: ip = {127, 0, 0, 1};',
      '    name: string = "x";',
      '    neg: int(-5..-1) = -3;',
      '    fail_if_no_peer_cert: bool = false;',
      '    sni_hosts: any;',
      '    sni_fun: fun;',
      '    exclusive(sni_hosts, sni_fun);',
      '    requires(fail_if_no_peer_cert, verify == verify_peer);',
      '    requires(sni_fun, verify);',
      '}',
    );
    expect(problemsOf(text)).toEqual([]);
  });

  it('reports an unknown type name with a suggestion', () => {
    const text = lines('type SslVersion = "tlsv1.3";', 'options O {', '    versions: SslVerison[];', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:15: unknown type SslVerison; did you mean SslVersion?',
    ]);
  });

  it('reports a name that is not an option type', () => {
    const text = lines('enum { a(1), (255) } Kind;', 'options O {', '    kind: Kind;', '}');
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:3:11: Kind is an enum, not an option type']);
  });

  it('reports a type that refers to itself', () => {
    const text = lines('type Tree = {int, Forest};', 'type Forest = Tree[];');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:1:6: type Tree refers to itself',
      'specs/t/a.spec:2:6: type Forest refers to itself',
    ]);
  });

  it('reports an int range that cannot hold', () => {
    const text = lines('options O {', '    depth: int(10..5);', '}');
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:2:12: int(10..5) cannot hold: 10 > 5']);
  });

  it('reports an option declared twice for one role', () => {
    const text = lines('options O {', '    depth: int;', '    depth: int;', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:5: duplicate option depth (first declared at line 2)',
    ]);
  });

  it('reports an option declared for all roles and for one role', () => {
    const text = lines('options O {', '    verify: bool;', '    server verify: bool;', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:12: option verify is declared for all roles (line 2) and for server (line 3); declare it once per role or once for all',
    ]);
  });

  it('reports two spec names that become one TypeScript name', () => {
    const text = lines('options O {', '    foo_bar: int;', '    fooBar: int;', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:5: options foo_bar and fooBar both become fooBar in TypeScript',
    ]);
  });

  it('reports defaults that do not fit the type', () => {
    const text = lines(
      'type Timeout = int(0..) | infinity;',
      'options O {',
      '    depth: int(0..255) = 300;',
      '    linger: {bool, int} = {false};',
      '    timeout: Timeout = forever;',
      '    cacerts: der[] = [1];',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:26: depth: default 300 does not fit int(0..255)',
      'specs/t/a.spec:4:27: linger: default {false} does not fit {bool, int}',
      'specs/t/a.spec:5:24: timeout: default forever does not fit Timeout',
      'specs/t/a.spec:6:22: cacerts: default [1] does not fit der[]',
    ]);
  });

  it('reports constraints that name unknown options', () => {
    const text = lines(
      'options O {',
      '    sni_hosts: any;',
      '    sni_fun: fun;',
      '    verify: bool;',
      '    exclusive(sni_hosts, sni_fn);',
      '    requires(sni_host, verfy);',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:5:5: exclusive(sni_hosts, sni_fn): unknown option sni_fn; did you mean sni_fun?',
      'specs/t/a.spec:6:5: requires: unknown option sni_host; did you mean sni_hosts?',
      'specs/t/a.spec:6:24: requires: unknown option verfy; did you mean verify?',
    ]);
  });

  it('reports an exclusive() with fewer than two options', () => {
    const text = lines('options O {', '    a: any;', '    exclusive(a, a);', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:5: exclusive(a, a) needs at least two different options',
    ]);
  });

  it('reports a requires() comparison with a value the option cannot take', () => {
    const text = lines(
      'options O {',
      '    verify: verify_none | verify_peer;',
      '    fail_if_no_peer_cert: bool;',
      '    requires(fail_if_no_peer_cert, verify == verify_pear);',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:4:46: requires: verify_pear does not fit verify: verify_none | verify_peer; did you mean verify_peer?',
    ]);
  });
});
