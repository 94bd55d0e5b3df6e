// struct / message -> its types, readX/writeX over the wire Reader and Writer, and the
// decodeX/encodeX entry points. The code is straight-line: a statement or a few per field, no
// interpreter at run time.
import type { StructModel } from '../../model/shape.js';
import type { ModuleGen } from './gen.js';
import { StructGen } from './gen.js';
import { contextName, inputName } from './names.js';
import { readFunction, readSignature } from './struct-read.js';
import { emitStructTypes } from './struct-types.js';
import { writeFunction, writeSignature } from './struct-write.js';

export function emitStruct(g: ModuleGen, s: StructModel): void {
  emitStructTypes(g, s);
  const sg = new StructGen(g, s);
  const file = g.ctx.file;
  const ctxType = sg.hasContext ? contextName(s.name) : undefined;
  const read = usesF(readFunction(sg));
  file.addFunction({
    isExported: true,
    name: `read${s.name}`,
    docs: [`Read a {@link ${s.name}} at the reader's position.`],
    parameters: readSignature(sg).params,
    returnType: s.name,
    statements: read.join('\n'),
  });
  const write = usesF(writeFunction(sg));
  file.addFunction({
    isExported: true,
    name: `write${s.name}`,
    docs: [
      `Write a {@link ${s.name}}; throws EncodeError naming the field for a value the spec does not allow.`,
    ],
    parameters: writeSignature(sg),
    returnType: 'void',
    statements: write.join('\n'),
  });
  const ctxParam = ctxType ? [{ name: 'ctx', type: ctxType }] : [];
  file.addFunction({
    isExported: true,
    name: `decode${s.name}`,
    docs: [
      `Decode a whole {@link ${s.name}}: trailing bytes are an error. Opaque fields are views into \`bytes\`; \`limits\` bound what one decode may cost.`,
    ],
    parameters: [
      { name: 'bytes', type: 'Uint8Array' },
      ...ctxParam,
      { name: 'limits', type: g.ctx.wire('DecodeLimits', true), hasQuestionToken: true },
    ],
    returnType: s.name,
    statements: [
      `const r = new ${g.ctx.wire('Reader')}(bytes, 0, bytes.length, limits, ${sg.self.replace(/^f\./, `F.${s.name}.`)});`,
      `const v = read${s.name}(r${ctxType ? ', ctx' : ''});`,
      `r.done(${sg.self.replace(/^f\./, `F.${s.name}.`)});`,
      'return v;',
    ].join('\n'),
  });
  file.addFunction({
    isExported: true,
    name: `encode${s.name}`,
    docs: [`Encode a {@link ${s.name}}.`],
    parameters: [{ name: 'v', type: inputName(s.name) }, ...ctxParam],
    returnType: 'Uint8Array',
    statements: [
      `const w = new ${g.ctx.wire('Writer')}();`,
      `write${s.name}(w, v${ctxType ? ', ctx' : ''});`,
      'return w.finish();',
    ].join('\n'),
  });
}

/** Drop the descriptor-table line of a function that reads no descriptor. */
export function usesF(lines: string[]): string[] {
  const [first, ...rest] = lines;
  return first?.startsWith('const f = F.') && !rest.some((l) => /\bf\./.test(l)) ? rest : lines;
}
