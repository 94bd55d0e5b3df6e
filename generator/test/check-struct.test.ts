// The checker on enums, structs, selects and tables: one test per kind of problem, each with the
// exact message and position.
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../src/parse/parse.js';
import { problems, problemsOf } from './spec-helpers.js';

const E = 'enum { a(1), b(2), (255) } E;\n';

describe('checker: names', () => {
  it('reports an unknown type, suggesting a close name', () => {
    expect(problems('struct { uint322 a; } S;')).toEqual([
      'specs/t/a.spec:1:10: unknown type uint322; did you mean uint32?',
    ]);
  });
  it('reports a declaration that is not a wire type', () => {
    expect(problems('table T { n: ident; x; }\nstruct { T a; } S;')).toEqual([
      'specs/t/a.spec:2:10: T is a table, not a wire type',
    ]);
  });
  it('reports a duplicate declaration', () => {
    expect(problems('struct { uint8 a; } S;\nstruct { uint8 b; } S;')).toEqual([
      'specs/t/a.spec:2:21: duplicate name S (first declared at line 1)',
    ]);
  });
  it('reports an import that does not exist', () => {
    expect(problems('import "nope.spec";')).toEqual([
      'specs/t/a.spec:1:1: cannot find imported file "nope.spec"',
    ]);
  });
  it('resolves names through imports', () => {
    expect(
      problemsOf({ 'specs/t/a.spec': 'import "b.spec";\nstruct { E e; } S;', 'specs/t/b.spec': E }),
    ).toEqual([]);
  });
});

describe('checker: enums', () => {
  it('needs a (max) entry', () => {
    expect(problems('enum { a(1) } E;')).toEqual([
      'specs/t/a.spec:1:15: enum E needs a (max) entry that fixes its width, as in RFC 8446 section 3.5',
    ]);
  });
  it('reports a maximum beyond four bytes', () => {
    expect(problems('enum { a(1), (2^40) } E;')).toEqual([
      'specs/t/a.spec:1:14: enum maximum 1099511627776 does not fit in 4 bytes',
    ]);
  });
  it('reports duplicate members and values, and values beyond the maximum', () => {
    expect(problems('enum { a(1), a(2), b(1), c(300), (255) } E;')).toEqual([
      'specs/t/a.spec:1:14: duplicate enum member a',
      'specs/t/a.spec:1:20: b: value 1 in enum E is also a',
      'specs/t/a.spec:1:26: c(300) is outside 0..255',
    ]);
  });
});

describe('checker: struct fields', () => {
  it('reports a duplicate field', () => {
    expect(problems('struct { uint8 a; uint16 a; } S;')).toEqual([
      'specs/t/a.spec:1:26: duplicate field a in S',
    ]);
  });
  it('reports vector bounds that cannot hold', () => {
    expect(problems('struct { opaque a<5..4>; } S;')).toEqual([
      'specs/t/a.spec:1:18: a: bounds <5..4> cannot hold: 5 > 4',
    ]);
    expect(problems('struct { opaque a<0..2^40>; } S;')).toEqual([
      'specs/t/a.spec:1:18: a: upper bound 1099511627776 does not fit a 4-byte length',
    ]);
    expect(problems('struct { uint32 a<5..7>; } S;')).toEqual([
      'specs/t/a.spec:1:18: a: no length in <5..7> is a multiple of the element size 4',
    ]);
  });
  it('reports a fixed size that is not a multiple of the element size', () => {
    expect(problems('struct { uint16 a[3]; } S;')).toEqual([
      'specs/t/a.spec:1:18: a: 3 bytes is not a multiple of the element size 2',
    ]);
    expect(problems('struct { utf8 a[4]; } S;')).toEqual([
      'specs/t/a.spec:1:16: a: a fixed-size array needs a fixed-size element type',
    ]);
  });
  it('reports count prefixes and count fields that cannot count', () => {
    expect(problems('struct { uint8 a[n: utf8]; } S;')).toEqual([
      'specs/t/a.spec:1:21: a: a count prefix must be an unsigned integer type, not utf8',
    ]);
    expect(problems('struct { uint8 a[len]; uint8 len; } S;')).toEqual([
      'specs/t/a.spec:1:18: a: the length uses len, which comes after it: a decoder reads fields in order',
    ]);
    expect(problems('struct { uint8 lenn; uint8 a[len]; } S;')).toEqual([
      'specs/t/a.spec:1:30: a: the length uses len, which is no field or context parameter of S; did you mean lenn?',
    ]);
    expect(problems('struct { utf8 n; uint8 a[n]; } S;')).toEqual([
      'specs/t/a.spec:1:25: a: the count field n must be a single unsigned integer of at most 32 bits',
    ]);
  });
  it('lets only fixed-size fields follow [..], which leaves them its tail', () => {
    expect(problems('struct { opaque a[..]; uint8 b; } S;')).toEqual([]);
    expect(problems('struct { opaque a[..]; opaque b<0..255>; } S;')).toEqual([
      'specs/t/a.spec:1:18: a: [..] takes the rest of the input, so only fixed-size fields may follow it (b is not)',
    ]);
  });
  it('keeps values that run to the end of the input to the last field', () => {
    expect(
      problems('struct { opaque a[..]; } R;\nstruct { R r; uint8 b; } S;\nstruct { R rs<0..255>; } V;'),
    ).toEqual([
      'specs/t/a.spec:2:12: r: R runs to the end of its input, so only the last field of S may hold one',
      'specs/t/a.spec:3:12: rs: R runs to the end of its input, so it cannot be an array element',
    ]);
  });
  it('checks defaults against the field type', () => {
    expect(problems(`${E}struct { uint8 a = 300; E e = c; boolean f = 1; opaque g<0..3> = 1; } S;`)).toEqual([
      'specs/t/a.spec:2:20: a: default 300 does not fit uint8',
      'specs/t/a.spec:2:31: c is not a member of E',
      'specs/t/a.spec:2:46: f: expected true or false',
      'specs/t/a.spec:2:66: g: only numbers, booleans, text, enum values and fixed-size bytes take a default',
    ]);
  });
});

describe('checker: select and context', () => {
  it('needs the tag as an earlier field or a parameter', () => {
    expect(problems(`${E}struct { select (kind) { case a: uint8; } v; E kind; } S;`)).toEqual([
      'specs/t/a.spec:2:18: select (kind): S has no earlier field or context parameter kind',
    ]);
  });
  it('reports duplicate and misfit case labels', () => {
    expect(
      problems(
        `${E}struct { E t; select (t) { case a: uint8; case a, 2: uint16; case "x": uint8; case z: uint8; } v; } S;`,
      ),
    ).toEqual([
      'specs/t/a.spec:2:48: duplicate case a in select (t) (first at line 2)',
      'specs/t/a.spec:2:67: case label "x" does not fit the select\'s tag type E',
      'specs/t/a.spec:2:84: z is not a member of E',
    ]);
  });
  it('needs a parameter to flow down or be bound', () => {
    expect(
      problems(`${E}/*@param E t*/ struct { select (t) { case a: uint8; } v; } P;\nstruct { P p; } S;`),
    ).toEqual([
      'specs/t/a.spec:3:12: p: P needs context t; declare /*@param E t*/ on S or bind it with /*@with t = …*/',
    ]);
    expect(
      problems(
        `${E}/*@param E t*/ struct { select (t) { case a: uint8; } v; } P;\nstruct { /*@with t = a*/ P p; } S;`,
      ),
    ).toEqual([]);
  });
  it('reports @with for a parameter the type does not take', () => {
    expect(problems(`${E}struct { uint8 x; } P;\nstruct { /*@with t = a*/ P p; } S;`)).toEqual([
      'specs/t/a.spec:3:10: @with t: P takes no context parameter t',
    ]);
  });
});

describe('checker: tables', () => {
  it('reports duplicate keys, wrong cells, missing cells and unknown column types', () => {
    expect(
      problems(`${E}table T { name: ident key; code: uint8; kind: E; note: string?; v: ident[];
        x, 1, a, -, [p];
        x, 300, c, "n", [q];
        y, 2, b;
      }
      table U { n: colour; }`),
    ).toEqual([
      'specs/t/a.spec:4:9: duplicate name x in table T (first at line 3)',
      'specs/t/a.spec:4:12: code: expected a uint8',
      'specs/t/a.spec:4:17: kind: expected a member of E',
      'specs/t/a.spec:5:9: row has 3 values; table T has 5 columns',
      'specs/t/a.spec:7:20: unknown column type colour; expected ident, string, int, uint8..uint32, bool, an enum or a table',
    ]);
  });

  it('takes a table of names as a column type: each cell must name one of its rows', () => {
    expect(
      problems(`table Hashes { name: ident key; length: int; sha256, 32; sha384, 48; }
      table Macs { name: string key; hash: Hashes?; also: Hashes[]; "a", sha256, [sha384]; "b", sha265, []; "c", -, [md5]; }
      table Self { name: ident key; next: Self; a, a; }
      table Sizes { size: int key; 1; }
      table Uses { n: ident key; s: Sizes; x, 1; }`),
    ).toEqual([
      'specs/t/a.spec:2:97: hash: expected a name in table Hashes; did you mean sha256?',
      'specs/t/a.spec:2:118: also: expected a name in table Hashes',
      'specs/t/a.spec:3:43: column next cannot take its own table as its type',
      'specs/t/a.spec:5:37: table Sizes has no key column of names (ident or string key), so it cannot type column s',
    ]);
  });
});

describe('checker: aliases and inline arms', () => {
  it('expands aliases into the fields that use them', () => {
    expect(
      problems('opaque Random[32];\nuint16 Version;\nstruct { Random r; Version v; Version vs<2..254>; } S;'),
    ).toEqual([]);
  });
  it('lets a sized named type be an array element or a case body, but not a count', () => {
    expect(problems('opaque Name<1..255>;\nstruct { Name names<2..2^16-1>; } S;')).toEqual([]);
    expect(problems(`${E}opaque Random[32];\nstruct { E t; select (t) { case a: Random; } v; } S;`)).toEqual(
      [],
    );
    expect(problems('uint8 Len[2];\nstruct { uint8 xs[n: Len]; } S;')).toEqual([
      'specs/t/a.spec:2:22: xs: a count prefix must be an unsigned integer type, not Len',
    ]);
  });
  it('rejects an alias that refers to itself', () => {
    expect(problems('A B;\nB A;\nstruct { A a; } S;')).toEqual(['specs/t/a.spec:1:3: B refers to itself']);
  });
  it('checks an alias like a field', () => {
    expect(problems('opaque Name<5..4>;')).toEqual([
      'specs/t/a.spec:1:12: Name: bounds <5..4> cannot hold: 5 > 4',
    ]);
  });
  it('turns inline arms into structs named after the parent and the label', () => {
    const text = `${E}/*@param E t*/ struct { select (t) { case a: uint16 x; case b: struct {}; }; } S;\nstruct { /*@with t = a*/ S s; } P;`;
    expect(problems(text)).toEqual([]);
  });
  it('accepts @with on a select whose case bodies take the parameter', () => {
    const text = `${E}/*@param E t*/ struct { select (t) { case a: uint8; } v; } C;\nstruct { E k; /*@with t = a*/ select (k) { case a: C; } v; } S;`;
    expect(problems(text)).toEqual([]);
    expect(
      problems(`${E}struct { uint8 x; } C;\nstruct { E k; /*@with t = a*/ select (k) { case a: C; } v; } S;`),
    ).toEqual(['specs/t/a.spec:3:15: @with t: no case of this select takes a context parameter t']);
  });
});

describe('checker: @optional, @const and boolean selects', () => {
  it('keeps @optional to trailing fields without defaults', () => {
    expect(problems('struct { /*@optional*/ uint8 a; uint8 b; } S;')).toEqual([
      'specs/t/a.spec:1:30: a: only trailing fields can be @optional: every field after it must be optional too',
    ]);
    expect(problems('struct { uint8 a; /*@optional*/ uint8 b = 1; } S;')).toEqual([
      'specs/t/a.spec:1:39: b: an @optional field takes no default',
    ]);
  });
  it('needs a value for @const', () => {
    expect(problems('struct { /*@const*/ uint8 v; } S;')).toEqual([
      'specs/t/a.spec:1:27: v: @const needs the value: write the field as `T v = value;`',
    ]);
  });
  it('selects on a boolean with true and false', () => {
    expect(
      problems(
        'struct { boolean b; select (b) { case true: uint8; case false: uint16; case 1: uint8; } v; } S;',
      ),
    ).toEqual(["specs/t/a.spec:1:77: case label 1 does not fit the select's tag type boolean"]);
  });
  it('rejects an element count on a select, which the codec would not bound', () => {
    expect(
      problems(
        `${E}struct { E t; uint24 length; select (t) { case a: uint8; default: opaque; } body[length]; } S;`,
      ),
    ).toEqual([
      'specs/t/a.spec:2:81: body: a select is one value: give it a length <lo..hi>, [..] or nothing, not an element count',
    ]);
    expect(problems(`${E}struct { E t; select (t) { case a: uint8; } v[n: uint32]; } S;`)).toEqual([
      'specs/t/a.spec:2:46: v: a select is one value: give it a length <lo..hi>, [..] or nothing, not an element count',
    ]);
  });
  it('names the inline arms of a boolean select after true and false', () => {
    const parsed = parseSpec(
      'specs/t/a.spec',
      'struct { boolean b; select (b) { case true: uint8 s; case false: struct {}; }; } S;',
    );
    expect(parsed.decls.map((d) => d.name)).toEqual(['S', 'STrue', 'SFalse']);
    expect(
      problems('struct { boolean b; select (b) { case true: uint8 s; case false: struct {}; }; } S;'),
    ).toEqual([]);
  });
});
