// @noble/curves instances by curve name.
import { ed448, x448 } from '@noble/curves/ed448.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import type { EcCurve } from '../key-types.js';

export const WEIERSTRASS = { secp256r1: p256, secp384r1: p384, secp521r1: p521 } as const satisfies Record<
  EcCurve,
  unknown
>;
export const MONTGOMERY = { x25519, x448 } as const;
export const EDWARDS = { ed25519, ed448 } as const;
