// dispatch -> a union of the messages it lists, and decodeX(payload, context): the number byte picks
// the message (and, for a number several messages share, the context does), whose own decoder then
// reads the whole payload. A number no entry has comes back as such, so that a runtime can answer
// it (SSH_MSG_UNIMPLEMENTED) instead of failing.
import type { DispatchDecl, DispatchEntry, StructDecl } from '../ast.js';
import type { ModuleGen } from './codec/gen.js';
import { codecOf } from './codec/shapes/index.js';
import { camelCase, docText } from './context.js';
import { docs } from './emit-enum.js';
import { tsString } from './literals.js';

interface Entry {
  e: DispatchEntry;
  decl: StructDecl;
  number: number;
}

export function emitDispatch(g: ModuleGen, d: DispatchDecl): void {
  const ctx = g.ctx;
  const module = ctx.module;
  const entries: Entry[] = [];
  for (const e of d.entries) {
    const found = g.model.program.lookup(module, e.message);
    if (found?.decl.kind === 'struct' && found.decl.messageNumber !== undefined)
      entries.push({ e, decl: found.decl, number: found.decl.messageNumber });
  }
  const ctxType = `${d.name}Context`;
  const paramType = (name: string) => {
    const p = d.params.find((x) => x.name === name)!;
    const shape = g.model.elementShape(module, p.type, 'value');
    return shape ? codecOf(shape).type(g, shape, 'decoded') : 'unknown';
  };
  if (d.params.length)
    ctx.file.addInterface({
      isExported: true,
      name: ctxType,
      docs: [`What tells apart the messages of {@link ${d.name}} that share a number.`],
      properties: d.params.map((p) => ({
        name: camelCase(p.name),
        type: paramType(p.name),
        hasQuestionToken: true,
      })),
    });
  const members = entries.map(
    (x) => `{ name: ${tsString(x.e.message)}; message: ${ctx.ref(x.decl, x.decl.name, true)} }`,
  );
  members.push('{ name: undefined; number: number; message: Uint8Array }');
  ctx.file.addTypeAlias({
    isExported: true,
    name: d.name,
    docs: docs(docText(d, 'A message of a number no entry has keeps its bytes, with `name` undefined.')),
    type: members.join(' | '),
  });
  const byNumber = new Map<number, Entry[]>();
  for (const x of entries) byNumber.set(x.number, [...(byNumber.get(x.number) ?? []), x]);
  const decodeError = ctx.wire('DecodeError');
  const where = tsString(d.name);
  const decodeOne = (x: Entry) =>
    `return { name: ${tsString(x.e.message)}, message: ${ctx.ref(x.decl, `decode${x.decl.name}`)}(payload, limits) };`;
  const lines = [
    `if (payload.length === 0) throw new ${decodeError}('truncated', ${where}, 'an empty payload has no message number');`,
    'switch (payload[0]) {',
  ];
  for (const [number, xs] of [...byNumber].sort(([a], [b]) => a - b)) {
    lines.push(`case ${number}:`);
    if (xs.length === 1 && !xs[0]!.e.when) {
      lines.push(decodeOne(xs[0]!));
      continue;
    }
    const param = xs[0]!.e.when!.param;
    lines.push(`switch (ctx.${camelCase(param)}) {`);
    for (const x of xs) lines.push(`case ${whenValue(g, d, x.e)}:`, decodeOne(x));
    lines.push(
      `default:\nthrow new ${decodeError}('no_case', ${where}, \`message ${number} depends on ${param}, and the context gives \${String(ctx.${camelCase(param)})}\`);`,
      '}',
    );
  }
  lines.push('default:\nreturn { name: undefined, number: payload[0]!, message: payload };', '}');
  ctx.file.addFunction({
    isExported: true,
    name: `decode${d.name}`,
    docs: [
      `Decode one message of {@link ${d.name}}: its first byte is the message number.${d.params.length ? ' Numbers several messages share need the context.' : ''} \`limits\` bound what the decode may cost.`,
    ],
    parameters: [
      { name: 'payload', type: 'Uint8Array' },
      ...(d.params.length ? [{ name: 'ctx', type: ctxType, initializer: '{}' }] : []),
      { name: 'limits', type: ctx.wire('DecodeLimits', true), hasQuestionToken: true },
    ],
    returnType: d.name,
    statements: lines.join('\n'),
  });
}

function whenValue(g: ModuleGen, d: DispatchDecl, e: DispatchEntry): string {
  const w = e.when!;
  const p = d.params.find((x) => x.name === w.param)!;
  const t = g.model.program.resolve(g.ctx.module, p.type.name);
  if (w.value.kind === 'ident' && t?.kind === 'enum') return `${g.ctx.ref(t.decl)}.${w.value.name}`;
  if (w.value.kind === 'string') return tsString(w.value.value);
  if (w.value.kind === 'number') return w.value.value.toString();
  return 'undefined';
}
