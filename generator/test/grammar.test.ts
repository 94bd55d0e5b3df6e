// Syntax errors: each reports the position of the offending token and what was expected.
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../src/parse/parse.js';
import { problems } from './spec-helpers.js';

describe('grammar', () => {
  it('parses every declaration kind', () => {
    const f = parseSpec(
      'specs/t/all.spec',
      `import "other.spec";
      enum { a(1), (255) } E;
      struct { E e; opaque x<0..2^8-1>; } S;
      message M = 20 { byte[16] cookie; name-list names; }
      table T { name: ident key; a; }
      type V = "x" | y;
      options O { v: V = y; }
      machine m { final B; A send a -> B onA; }`,
    );
    expect(f.imports.map((i) => i.path)).toEqual(['other.spec']);
    expect(f.decls.map((d) => `${d.kind} ${d.name}`)).toEqual([
      'enum E',
      'struct S',
      'struct M',
      'table T',
      'type V',
      'options O',
      'machine m',
    ]);
  });

  it('evaluates bound expressions and keeps docs and annotations', () => {
    const f = parseSpec(
      'specs/t/a.spec',
      `// the doc
      /*@rfc 8446 4.1.2*/
      struct {
        opaque v<2..2^16-2>;  /* trailing doc */
      } S;`,
    );
    const s = f.decls[0]!;
    expect(s.doc).toBe('the doc');
    expect(s.annotations).toEqual([
      { name: 'rfc', args: '8446 4.1.2', pos: { file: 'specs/t/a.spec', line: 2, col: 7 } },
    ]);
    if (s.kind !== 'struct') throw new Error('not a struct');
    expect(s.fields[0]!.shape).toMatchObject({ kind: 'vector', lo: 2n, hi: 65534n });
    expect(s.fields[0]!.doc).toBe('trailing doc');
  });

  it('reports an unexpected token with what was expected', () => {
    expect(problems('struct { uint8 a } S;')).toEqual([
      'specs/t/a.spec:1:18: unexpected "}"; expected "(" or ":" or ";" or "<" or "=" or "[" or "if" or "little"',
    ]);
  });

  it('reports an unexpected end of file', () => {
    expect(problems('enum { a(1), (255) }')).toEqual([
      'specs/t/a.spec:1:21: unexpected end of file; expected a name',
    ]);
  });

  it('reports a character the language does not have', () => {
    expect(problems('struct {\n  uint8 a; # no\n} S;')).toEqual([
      'specs/t/a.spec:2:12: unexpected character "#"',
    ]);
  });

  it('reports a message number that does not fit in a byte', () => {
    expect(problems('message M = 300 { uint8 a; }')).toEqual([
      'specs/t/a.spec:1:13: message number 300 does not fit in one byte',
    ]);
  });

  it('reports a malformed @param and @with', () => {
    expect(problems('/*@param msg_type*/ struct { uint8 a; } S;')).toEqual([
      'specs/t/a.spec:1:1: @param expects "Type name", got "msg_type"',
    ]);
    expect(problems('struct { /*@with msg_type*/ uint8 a; } S;')).toEqual([
      'specs/t/a.spec:1:10: @with expects "name = value", got "msg_type"',
    ]);
  });

  it('reports a range on a type other than int', () => {
    expect(problems('options O { a: bool(0..1); }')).toEqual([
      'specs/t/a.spec:1:16: only int takes a range, as in int(0..255); got bool(…)',
    ]);
  });
});

describe('grammar: RFC 8446 forms', () => {
  it('parses named types', () => {
    const f = parseSpec(
      'specs/t/a.spec',
      'opaque Random[32];\nuint16 ProtocolVersion;\nopaque HostName<1..2^16-1>;',
    );
    expect(
      f.decls.map((d) => (d.kind === 'alias' ? `${d.name}=${d.type.name}/${d.shape.kind}` : d.kind)),
    ).toEqual(['Random=opaque/fixed', 'ProtocolVersion=uint16/one', 'HostName=opaque/vector']);
  });

  it('turns inline select arms into structs and names an unnamed select body', () => {
    const f = parseSpec(
      'specs/t/a.spec',
      `struct {
         select (Handshake.msg_type) {
           case client_hello: ProtocolVersion versions<2..254>;
           case server_hello: ProtocolVersion selected_version;
           case end_of_early_data: struct {};
         };
       } SupportedVersions;`,
    );
    expect(f.decls.map((d) => d.name)).toEqual([
      'SupportedVersions',
      'SupportedVersionsClientHello',
      'SupportedVersionsServerHello',
      'SupportedVersionsEndOfEarlyData',
    ]);
    const s = f.decls[0]!;
    if (s.kind !== 'struct') throw new Error('not a struct');
    expect(s.fields.map((x) => x.name)).toEqual(['body']);
  });
});

describe('grammar: naming arms', () => {
  it('names an arm with @name, documents it with its own @rfc, and makes an inline default arm', () => {
    const f = parseSpec(
      'specs/t/a.spec',
      `/*@rfc 4254 5.4*/
       struct {
         utf8 request_type;
         select (request_type) {
           /*@name PtyReq*/ /*@rfc 4254 6.2*/
           case "pty-req": utf8 term;
           case "shell": struct {};
           default: uint32 code;
         } data[..];
       } Request;`,
    );
    expect(f.decls.map((d) => d.name)).toEqual(['Request', 'PtyReq', 'RequestShell', 'RequestDefault']);
    const pty = f.decls[1]!;
    expect(pty.annotations.map((a) => `${a.name} ${a.args}`)).toEqual(['rfc 4254 6.2']);
    expect(f.decls[2]!.annotations.map((a) => `${a.name} ${a.args}`)).toEqual(['rfc 4254 5.4']);
  });
});
