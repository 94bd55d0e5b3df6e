// The client's checks of EncryptedExtensions (RFC 8446 section 4.3.1): no extension the table of
// section 4.2 keeps out of it, none we did not offer, and answers that fit what we offered.
import { type EncryptedExtensions, ExtensionType } from '@otpnet/tls-spec';
import { equalBytes } from '@otpnet/wire';
import type { TlsConfig } from '../config/config.js';
import { alert } from '../errors.js';
import type { ClientOffer } from './client-hello.js';
import { checkSolicited, checkUnique, findExt } from './extensions.js';

const NOT_IN_EE: ReadonlySet<number> = new Set([
  ExtensionType.supported_versions,
  ExtensionType.key_share,
  ExtensionType.pre_shared_key,
  ExtensionType.psk_key_exchange_modes,
  ExtensionType.cookie,
  ExtensionType.signature_algorithms,
  ExtensionType.signature_algorithms_cert,
  ExtensionType.certificate_authorities,
  ExtensionType.status_request,
  ExtensionType.post_handshake_auth,
]);

export interface ServerParameters {
  /** The ALPN protocol the server chose. */
  readonly alpn: Uint8Array | undefined;
  /** The server's record_size_limit (RFC 8449). */
  readonly recordLimit: number | undefined;
}

export function checkEncryptedExtensions(
  config: TlsConfig,
  offer: ClientOffer,
  m: EncryptedExtensions,
): ServerParameters {
  checkUnique(m.extensions, 'EncryptedExtensions');
  for (const e of m.extensions)
    if (NOT_IN_EE.has(e.extension_type))
      throw alert('illegal_parameter', `extension ${e.extension_type} is not allowed in EncryptedExtensions`);
  checkSolicited(m.extensions, offer.offered, 'EncryptedExtensions');
  const answer = findExt(m.extensions, 'application_layer_protocol_negotiation');
  let alpn: Uint8Array | undefined;
  if (answer !== undefined) {
    const names = answer.protocol_name_list;
    alpn = names[0];
    if (names.length !== 1 || !alpn || !config.alpn.some((p) => equalBytes(p, alpn as Uint8Array)))
      throw alert('illegal_parameter', 'ALPN answer is not one protocol we offered');
  }
  return { alpn, recordLimit: findExt(m.extensions, 'record_size_limit') };
}
