// Finding and building hello extensions over the generated Extension union.
import type { Extension, ExtensionExtensionData, ExtensionInput } from '@otpnet/tls-spec';
import { alert } from '../errors.js';

export type ExtName = Exclude<ExtensionExtensionData['case'], undefined>;
export type ExtValue<K extends ExtName> = Extract<ExtensionExtensionData, { case: K }>['value'];

/** The decoded body of extension `name`, or undefined when absent. */
export function findExt<K extends ExtName>(
  exts: readonly Extension[] | undefined,
  name: K,
): ExtValue<K> | undefined {
  if (!exts) return undefined;
  for (const e of exts)
    if (e.extension_data.case === name) return e.extension_data.value as ExtValue<K> | undefined;
  return undefined;
}

/** The inner value of a body that selects on the message type (`{ body: { case, value } }`). */
export function bodyOf<V>(v: { body: { case: string | undefined; value: unknown } }, where: string): V {
  if (v.body.case === undefined) throw alert('illegal_parameter', `${where} not allowed in this message`);
  return v.body.value as V;
}

/** Refuses duplicate extension types (RFC 8446 section 4.2, RFC 5246 section 7.4.1.4). */
export function checkUnique(exts: readonly Extension[] | undefined, where: string): void {
  if (!exts) return;
  const seen = new Set<number>();
  for (const e of exts) {
    if (seen.has(e.extension_type))
      throw alert('illegal_parameter', `${where}: extension ${e.extension_type} twice`);
    seen.add(e.extension_type);
  }
}

/**
 * Refuses extensions the peer may only send in answer to ours (RFC 8446 section 4.2: "MUST
 * NOT ... unless the same extension type appeared in the corresponding ClientHello").
 */
export function checkSolicited(
  exts: readonly Extension[] | undefined,
  offered: ReadonlySet<number>,
  where: string,
): void {
  if (!exts) return;
  for (const e of exts)
    if (!offered.has(e.extension_type))
      throw alert('unsupported_extension', `${where}: extension ${e.extension_type} was not offered`);
}

/** An extension for an encoder: `ext('key_share', {...})`. */
export function ext<K extends ExtName>(
  name: K,
  value: Extract<ExtensionInput['extension_data'], { case: K }>['value'],
): ExtensionInput {
  return { extension_data: { case: name, value } as ExtensionInput['extension_data'] };
}
