// One test per kind of problem the checker finds in `machine` declarations, each pinned to the
// exact `file:line:col: message` it prints.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problems, problemsOf } from './spec-problems.js';

const lines = (...ls: string[]) => `${ls.join('\n')}\n`;
const ENUM = 'enum { hello(1), reply(2), bye(3), (255) } Msg;';

describe('checkMachine', () => {
  it('accepts the TLS 1.3 client machine', () => {
    const read = (f: string) => fs.readFileSync(new URL(`../../specs/tls/${f}`, import.meta.url), 'utf8');
    const files = Object.fromEntries(
      fs
        .readdirSync(new URL('../../specs/tls/', import.meta.url))
        .filter((f) => f.endsWith('.spec'))
        .map((f) => [`specs/tls/${f}`, read(f)]),
    );
    expect(problems(files)).toEqual([]);
  });

  it('takes message names from the enum, messages {} and message declarations in scope', () => {
    const text = lines(
      ENUM,
      'message SSH_MSG_IGNORE = 2 { string data; }',
      'machine m : Msg {',
      '    messages { extra }',
      '    A send hello -> B onA;',
      '    B recv extra -> C onB;',
      '    C recv SSH_MSG_IGNORE -> A onC;',
      '}',
    );
    expect(problemsOf(text)).toEqual([]);
  });

  it('reports an unknown message with a suggestion', () => {
    const text = lines(ENUM, 'machine m : Msg {', '    A send helo -> A onA;', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:12: unknown message helo in machine m; did you mean hello?',
    ]);
  });

  it('reports an unknown enum after the colon', () => {
    const text = lines(ENUM, 'machine m : Msgs {', '    A send hello -> A onA;', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:2:13: unknown message source Msgs of machine m; did you mean Msg?',
    ]);
  });

  it('reports a message source without one select', () => {
    const text = lines(
      'struct { uint8 x; } S;',
      'machine m : S {',
      '    messages { hello }',
      '    A send hello -> A onA;',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      "specs/t/a.spec:2:13: S has 0 selects; a machine's messages come from one",
    ]);
  });

  it('reports two rows for one (state, direction, message)', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    A send hello -> B onA;',
      '    B recv reply -> A onB;',
      '    A send hello -> A onA;',
      '}',
    );
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:5:5: two rows for (A, send hello): lines 3 and 5']);
  });

  it('reports an unknown initial state', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    initial STAR;',
      '    START send hello -> START onA;',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:13: unknown initial state STAR; did you mean START?',
    ]);
  });

  it('reports an unknown final state', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    final DONE;',
      '    A send hello -> B onA;',
      '    B recv bye -> A onB;',
      '}',
    );
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:3:11: unknown final state DONE']);
  });

  it('reports a state that is unreachable from the initial state', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    A send hello -> A onA;',
      '    X recv reply -> A onX;',
      '}',
    );
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:4:5: state X is unreachable from A']);
  });

  it('reports a state with no rows that is not final', () => {
    const text = lines(ENUM, 'machine m : Msg {', '    A send hello -> A | STUCK onA;', '}');
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:3:5: state STUCK has no way out (no rows, and it is not declared final)',
    ]);
  });

  it('reports states from which no final state is reachable', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    final DONE;',
      '    A send hello -> LOOP | DONE onA;',
      '    LOOP recv reply -> LOOP onLoop;',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:4:5: state LOOP has no way out: no final state (DONE) is reachable from it',
    ]);
  });

  it('reports a handler used for both directions', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    A send hello -> B onIt;',
      '    B recv reply -> A onIt;',
      '}',
    );
    expect(problemsOf(text)).toEqual([
      'specs/t/a.spec:4:5: handler onIt is used for send (line 3) and recv rows; give each direction its own handler',
    ]);
  });

  it('lets one handler serve several rows of one direction', () => {
    const text = lines(
      ENUM,
      'machine m : Msg {',
      '    A recv hello -> B onMsg;',
      '    B recv reply -> A onMsg;',
      '}',
    );
    expect(problemsOf(text)).toEqual([]);
  });

  it('reports a next state listed twice', () => {
    const text = lines(ENUM, 'machine m : Msg {', '    A send hello -> A | A onA;', '}');
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:3:5: next state A is listed twice']);
  });

  it('reports a machine without rows', () => {
    const text = lines(ENUM, 'machine m : Msg {', '    initial A;', '}');
    expect(problemsOf(text)).toEqual(['specs/t/a.spec:2:9: machine m has no rows']);
  });
});
