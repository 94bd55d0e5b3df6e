// Bytes that hold exactly one value (`string<TerminalModes>`, `opaque<T> x<lo..hi>`): the value is
// read inside the length and must end where it does; the encoder fills the length in afterwards.
import type { Shape } from '../../../model/shape.js';
import { vectorBounds } from './bytes.js';
import type { ShapeCodec } from './codec.js';
import { codecOf } from './index.js';

type Framed = Extract<Shape, { k: 'framed' }>;

export const framedCodec: ShapeCodec<Framed> = {
  type: (g, s, mode) => codecOf(s.inner).type(g, s.inner, mode),
  read(g, s, name, d, o) {
    const end = `${o.local}End`;
    return [
      `const ${end} = r.enterVector(${d});`,
      ...codecOf(s.inner).read(g, s.inner as never, name, d, o),
      `r.leave(${end}, ${d});`,
    ];
  },
  write(g, s, v, d, o) {
    const mark = `${o.local}Mark`;
    return [
      `const ${mark} = w.beginVector(${d});`,
      ...codecOf(s.inner).write(g, s.inner as never, v, d, o),
      `w.endVector(${mark}, ${d});`,
    ];
  },
  bounds: (_g, s) => vectorBounds(s.len),
  arbitrary: (t, s) => codecOf(s.inner).arbitrary(t, s.inner as never),
};
