// The AEAD that seals a server's tickets, one per ticket key: a listener's key lives as long as
// the listener, and importing it again is a good part of sealing a ticket.
import type { Aead, Provider } from '@otpnet/crypto';

const aeads = new WeakMap<Provider, WeakMap<Uint8Array, Aead>>();

export function ticketAead(crypto: Provider, key: Uint8Array): Aead {
  let byKey = aeads.get(crypto);
  if (!byKey) {
    byKey = new WeakMap();
    aeads.set(crypto, byKey);
  }
  let aead = byKey.get(key);
  if (!aead) {
    aead = crypto.aead('aes-256-gcm', key);
    byKey.set(key, aead);
  }
  return aead;
}
