// The codec of each kind of Shape.
import type { Shape } from '../../../model/shape.js';
import { bytesCodec } from './bytes.js';
import type { ShapeCodec } from './codec.js';
import { framedCodec } from './framed.js';
import { listCodec } from './list.js';
import { aliasCodec, namedCodec, structCodec } from './ref.js';
import { boolCodec, enumCodec, float64Codec, intCodec, variableCodec } from './scalar.js';
import { selectCodec } from './select.js';

const CODECS: { [K in Shape['k']]: ShapeCodec<Extract<Shape, { k: K }>> } = {
  int: intCodec,
  float64: float64Codec,
  bool: boolCodec,
  enum: enumCodec,
  variable: variableCodec,
  struct: structCodec,
  alias: aliasCodec,
  named: namedCodec,
  bytes: bytesCodec,
  list: listCodec,
  select: selectCodec,
  framed: framedCodec,
};

export function codecOf<S extends Shape>(s: S): ShapeCodec<S> {
  return CODECS[s.k] as unknown as ShapeCodec<S>;
}
