// TypeScript names of what the codec emitter generates, as a person would write them: a select's
// union is `ChannelRequestData` (not `SSH_MSG_CHANNEL_REQUESTTypeSpecificData`), an encoder's input
// is `ClientHelloInput`, a context is `HandshakeContext`.
import type { Field } from '../../ast.js';
import { camelCase } from '../context.js';

/** `SSH_MSG_CHANNEL_REQUEST` -> `ChannelRequest`; `ClientHello` stays. */
export function readable(name: string): string {
  if (!/^[A-Z0-9_]+$/.test(name)) return name;
  const words = name
    .replace(/^SSH_MSG_/, '')
    .split('_')
    .filter(Boolean);
  return words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join('');
}

export function pascal(name: string): string {
  const c = camelCase(name.replace(/[^A-Za-z0-9_]/g, '_'));
  return c.charAt(0).toUpperCase() + c.slice(1);
}

/** The union type of a select field: `/*@name X*\/`, or the struct's readable name and the field's. */
export function selectTypeName(structName: string, f: Field): string {
  const named = f.annotations.find((a) => a.name === 'name')?.args;
  if (named) return named;
  const field =
    f.name === 'body' ? 'Body' : pascal(f.name.replace(/^(?:[a-z]+_)?(?:type|request|method)_specific_/, ''));
  return `${readable(structName)}${field}`;
}

export function inputName(typeName: string): string {
  return `${typeName}Input`;
}

export function contextName(structName: string): string {
  return `${structName}Context`;
}

const RESERVED = new Set(
  'r w v f ctx n out break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(
    ' ',
  ),
);

/** A local variable name for a field. */
export function local(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  return RESERVED.has(id) ? `${id}_` : id;
}

/** A property key for a field, quoted when it is not an identifier. */
export function prop(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `'${name}'`;
}

/** `v.name` or `v['name-x']`. */
export function member(obj: string, name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${obj}.${name}` : `${obj}['${name}']`;
}

/** A TypeScript string literal in the project's quote style. */
export function str(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}
