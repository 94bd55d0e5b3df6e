// The TypeScript types of a struct: the decoded value (every field present), the encoder's input
// (defaults, derived tags and absent fields optional), the unions of its selects, and the context
// it needs.
import type { FieldModel, StructModel } from '../../model/shape.js';
import { camelCase, docText } from '../context.js';
import { docs } from '../emit-enum.js';
import { defaultText, inputOptional, mayBeAbsent, tagDerivable, unionNames, valueFields } from './fields.js';
import type { ModuleGen } from './gen.js';
import { contextName, inputName, prop, readable } from './names.js';
import { codecOf } from './shapes/index.js';
import { selectType } from './shapes/select.js';

export function emitStructTypes(g: ModuleGen, s: StructModel): void {
  const file = g.ctx.file;
  if (s.params.length > 0) {
    file.addInterface({
      isExported: true,
      name: contextName(s.name),
      docs: [`What decoding or encoding a {@link ${s.name}} needs to know that is not on the wire.`],
      properties: s.params.map((p) => {
        const t = g.model.elementShape(s.module, p.type, 'value');
        return { name: camelCase(p.name), type: t ? codecOf(t).type(g, t, 'decoded') : 'never' };
      }),
    });
  }
  for (const f of s.fields) {
    if (f.shape.k !== 'select') continue;
    const names = unionNames(s, f);
    const tag = f.shape.sel.tag;
    const keyed = tag.k === 'prefix' ? 'the text that follows' : tag.name;
    file.addTypeAlias({
      isExported: true,
      name: names.decoded,
      docs: [`The variants of ${s.name}.${f.name}, keyed by ${keyed}.`],
      type: selectType(g, f.shape.sel, 'decoded'),
    });
    file.addTypeAlias({
      isExported: true,
      name: names.input,
      docs: [
        tag.k === 'param'
          ? `{@link ${names.decoded}} as an encoder takes it: the context fixes the case, so \`case\` may be left out.`
          : `{@link ${names.decoded}} as an encoder takes it.`,
      ],
      type: selectType(g, f.shape.sel, 'input'),
    });
  }
  const extra = s.decl.messageNumber !== undefined ? `Message number ${s.decl.messageNumber}.` : undefined;
  const shown = valueFields(s);
  file.addInterface({
    isExported: true,
    name: s.name,
    docs: docs(docText(s.decl, extra)),
    properties: shown.map((f) => ({
      name: prop(f.name),
      type: fieldType(g, s, f, 'decoded'),
      hasQuestionToken: mayBeAbsent(f),
      docs: docs(fieldDoc(g, s, f)),
    })),
  });
  file.addInterface({
    isExported: true,
    name: inputName(s.name),
    docs: [
      `What {@link encode${s.name}} takes: a {@link ${s.name}}, where fields with a default may be left out.`,
    ],
    properties: shown.map((f) => ({
      name: prop(f.name),
      type: fieldType(g, s, f, 'input'),
      hasQuestionToken: inputOptional(f),
    })),
  });
  if (s.decl.messageNumber !== undefined) {
    file.addStatements(
      `/** The message number of {@link ${s.name}}. */\nexport const ${s.name}_NUMBER = ${s.decl.messageNumber};`,
    );
  }
}

export function fieldType(g: ModuleGen, s: StructModel, f: FieldModel, mode: 'decoded' | 'input'): string {
  if (f.shape.k === 'select') {
    const names = unionNames(s, f);
    return mode === 'input' ? names.input : names.decoded;
  }
  return codecOf(f.shape).type(g, f.shape, mode);
}

function fieldDoc(g: ModuleGen, s: StructModel, f: FieldModel): string | undefined {
  const parts: string[] = [];
  const doc = f.ast.doc;
  if (doc) parts.push(/[.!?]$/.test(doc) ? doc : `${doc}.`);
  const sh = f.ast.shape;
  if (sh.kind === 'vector') parts.push(`Wire: <${sh.lo}..${sh.hi}> bytes.`);
  if (f.range) parts.push(`Range: ${f.range.lo ?? ''}..${f.range.hi ?? ''}.`);
  if (f.condition) parts.push('Present only when the spec condition holds.');
  if (f.defaultValue) parts.push(`${f.constant ? 'Always' : 'Default'}: ${defaultText(f.defaultValue)}.`);
  if (tagDerivable(f)) parts.push(`An encoder may leave it out: the case of ${f.tagOf[0]!.name} fixes it.`);
  if (f.mark)
    parts.push(`Its position is recorded in \`reader.marks['${s.name}.${f.name}']\` and \`writer.marks\`.`);
  void g;
  void readable;
  return parts.length ? parts.join(' ') : undefined;
}
