// What ties a struct's fields together: counts and sizeof lengths the encoder computes, tags
// that selects read, bit fields packed into one integer, and the fixed-size tail a `[..]` leaves.
import { didYouMean } from '../check/errors.js';
import { fixedSize } from './facts.js';
import type { Model } from './model.js';
import type { BitField, FieldModel, StructModel } from './shape.js';

/** Mark the fields the encoder computes: counts named alone by a later array, and sizeof lengths. */
export function linkDerived(model: Model, s: StructModel): void {
  const byName = new Map(s.fields.map((f) => [f.name, f]));
  for (const f of s.fields) {
    const len = f.shape.k === 'bytes' || f.shape.k === 'list' ? f.shape.len : undefined;
    if (len?.k === 'count' && len.bare !== undefined) {
      const counter = byName.get(len.bare);
      if (!counter || counter.index >= f.index) continue; // the checker reports it
      if (counter.derived) {
        model.report(
          f.ast.shape.kind === 'count' ? f.ast.shape.pos : f.ast.pos,
          `${f.name}: ${counter.name} already counts ${counter.derived.k === 'count' ? counter.derived.of.name : 'other fields'}`,
        );
        continue;
      }
      counter.derived = { k: 'count', of: f };
    }
    const so = f.ast.sizeOf;
    if (so) {
      const from = byName.get(so.from);
      const to = byName.get(so.to);
      if (!from || !to) {
        const missing = !from ? so.from : so.to;
        model.report(
          so.pos,
          `${f.name}: sizeof names no field ${missing}${didYouMean(
            missing,
            s.fields.map((g) => g.name),
          )}`,
        );
        continue;
      }
      if (to.index < from.index) {
        model.report(so.pos, `${f.name}: sizeof(${so.from}..${so.to}) runs backwards`);
        continue;
      }
      if (from.index < f.index) {
        model.report(
          so.pos,
          `${f.name}: a length must come before what it measures, or be the first field measured`,
        );
        continue;
      }
      if (f.derived) {
        model.report(
          so.pos,
          `${f.name}: counts ${f.derived.k === 'count' ? f.derived.of.name : 'other fields'} already`,
        );
        continue;
      }
      f.derived = { k: 'sizeof', from: from.index, to: to.index, self: from.index === f.index };
    }
  }
  for (const f of s.fields) {
    if (f.shape.k !== 'select' || f.shape.sel.tag.k !== 'field') continue;
    const tag = byName.get(f.shape.sel.tag.name);
    if (tag) tag.tagOf.push(f);
  }
}

/** Consecutive bit fields of one integer type form a group, most significant bits first. */
export function groupBits(model: Model, s: StructModel): void {
  let i = 0;
  while (i < s.fields.length) {
    const f = s.fields[i]!;
    if (!f.ast.bits) {
      i++;
      continue;
    }
    const unit = f.shape.k === 'int' ? f.shape.prim : undefined;
    if (!unit || unit.signed || unit.bytes === 8) {
      model.report(
        f.ast.bits.pos,
        `${f.name}: a bit field is part of an unsigned integer of at most 32 bits`,
      );
      i++;
      continue;
    }
    const members: FieldModel[] = [];
    let bits = 0;
    let j = i;
    while (j < s.fields.length && s.fields[j]!.ast.bits && bits < unit.bytes * 8) {
      const g = s.fields[j]!;
      if (g.shape.k !== 'int' || g.shape.prim.bytes !== unit.bytes) {
        model.report(
          g.ast.bits!.pos,
          `${g.name}: the bit fields of one group have one integer type (${unit.name})`,
        );
        break;
      }
      members.push(g);
      bits += Number(g.ast.bits!.width);
      j++;
    }
    if (bits !== unit.bytes * 8) {
      model.report(
        f.ast.bits.pos,
        `${f.name}: the bit fields from here take ${bits} bits, not the ${unit.bytes * 8} of a ${unit.name}`,
      );
    } else {
      let shift = bits;
      for (const g of members) {
        const width = Number(g.ast.bits!.width);
        shift -= width;
        const bf: BitField = { first: f.index, unit, shift, width, members: members.map((x) => x.index) };
        g.bits = bf;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** A `[..]` field followed by fixed-size fields leaves them its tail. */
export function finishRest(model: Model, s: StructModel): void {
  s.fields.forEach((f, i) => {
    const len = f.shape.k === 'bytes' || f.shape.k === 'list' ? f.shape.len : undefined;
    if (len?.k !== 'rest') return;
    let tail = 0;
    for (const g of s.fields.slice(i + 1)) {
      if (g.shape.k === 'bytes' && g.shape.len.k === 'trailing') continue;
      const size = g.bits ? (g.bits.first === g.index ? g.bits.unit.bytes : 0) : fixedSize(model, g.shape);
      if (size === undefined || g.condition || g.optional) {
        model.report(
          f.ast.shape.kind === 'rest' ? f.ast.shape.pos : f.ast.pos,
          `${f.name}: [..] takes the rest of the input, so only fixed-size fields may follow it (${g.name} is not)`,
        );
        return;
      }
      tail += size;
    }
    len.tail = tail;
  });
}
