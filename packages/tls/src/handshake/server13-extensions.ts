// The TLS 1.3 server's extensions: those of its ServerHello and HelloRetryRequest (RFC 8446
// sections 4.1.3, 4.1.4) and of its EncryptedExtensions (section 4.3.1), each only in answer to
// what the client sent.
import { type ExtensionInput, ProtocolVersion } from '@otpnet/tls-spec';
import type { Negotiated } from './driver.js';
import { ext } from './extensions.js';
import { recordLimitExtension } from './record-size-limit.js';

export const SELECTED_TLS13 = ext('supported_versions', {
  body: { value: { selected_version: ProtocolVersion.tls1_3 } },
});

/** pre_shared_key (when the ticket was taken), key_share, supported_versions: RFC 8448's order. */
export function serverHelloExtensions(group: number, share: Uint8Array, psk: boolean): ExtensionInput[] {
  const exts: ExtensionInput[] = [];
  if (psk) exts.push(ext('pre_shared_key', { body: { value: { selected_identity: 0 } } }));
  exts.push(ext('key_share', { body: { value: { server_share: { group, key_exchange: share } } } }));
  exts.push(SELECTED_TLS13);
  return exts;
}

/** ALPN's choice, our record_size_limit when the client sent one (RFC 8449 section 4), SNI's ack. */
export function encryptedExtensions(n: Negotiated): ExtensionInput[] {
  const exts: ExtensionInput[] = [];
  if (n.alpn) exts.push(ext('application_layer_protocol_negotiation', { protocol_name_list: [n.alpn] }));
  if (n.peerRecordLimit !== undefined) exts.push(recordLimitExtension('tlsv1.3'));
  if (n.serverName !== undefined) exts.push(ext('server_name', { body: { value: {} } }));
  return exts;
}
