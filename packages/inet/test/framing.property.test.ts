// Properties of the sans-IO framing: any split of a stream into chunks yields the same packets
// as the whole stream, encoding then decoding gives back the body, and hostile bytes never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePacket, encodeFrame, PacketReader, type PacketTypeName } from '../src/framing/index.js';

const types: PacketTypeName[] = [
  'raw',
  'packet_1',
  'packet_2',
  'packet_4',
  'asn1',
  'cdr',
  'sunrm',
  'fcgi',
  'line',
  'tpkt',
  'http',
  'http_bin',
  'httph',
  'httph_bin',
];
const limits = { maxPacket: 1 << 16, truncate: 64, delimiter: 10 };

function drain(r: PacketReader): unknown[] {
  const out: unknown[] = [];
  for (;;) {
    const p = r.next();
    if (p.kind === 'more') return out;
    out.push(p.kind === 'error' ? 'error' : p.packet);
    if (p.kind === 'error') return out;
  }
}

/** The packets of `chunks`, in raw mode as one concatenation (raw packets are whatever arrived). */
function framed(type: PacketTypeName, chunks: Uint8Array[]): unknown[] {
  const r = new PacketReader(type, limits);
  const out: unknown[] = [];
  for (const c of chunks) {
    r.push(c);
    out.push(...drain(r));
    if (out.includes('error')) break;
  }
  if (type === 'raw') return [Uint8Array.from(out.flatMap((p) => [...(p as Uint8Array)]))];
  return out;
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
}

// Streams that are mostly well-formed for each type, so that the properties see whole packets.
const lengthFramed = (size: 1 | 2 | 4) =>
  fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }).map((bodies) =>
    Uint8Array.from(
      bodies.flatMap((b) => {
        const f = encodeFrame(
          size === 1 ? 'packet_1' : size === 2 ? 'packet_2' : 'packet_4',
          b.subarray(0, size === 1 ? 255 : 300),
        );
        return (f as Uint8Array[]).flatMap((x) => [...x]);
      }),
    ),
  );
const textish = fc
  .array(
    fc.constantFrom('GET / HTTP/1.1', 'Host: a', ' folded', 'X-A: b', '', 'HTTP/1.0 200 OK', 'junk', '\r'),
    {
      maxLength: 12,
    },
  )
  .map((lines) => new TextEncoder().encode(lines.map((l) => `${l}\r\n`).join('')));

describe('framing properties', () => {
  it('any chunking gives the packets of the whole stream', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.oneof(
          lengthFramed(1),
          lengthFramed(2),
          lengthFramed(4),
          textish,
          fc.uint8Array({ maxLength: 600 }),
        ),
        fc.array(fc.nat(), { maxLength: 10 }),
        (type, stream, cuts) => {
          expect(framed(type, split(stream, cuts))).toEqual(framed(type, [stream]));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('encodeFrame then decodePacket gives the body back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4) as fc.Arbitrary<1 | 2 | 4>,
        fc.uint8Array({ maxLength: 255 }),
        (size, body) => {
          const name = size === 1 ? 'packet_1' : size === 2 ? 'packet_2' : 'packet_4';
          const wire = Uint8Array.from((encodeFrame(name, body) as Uint8Array[]).flatMap((x) => [...x]));
          expect(decodePacket(size, wire)).toEqual({ status: 'ok', packet: body, rest: new Uint8Array(0) });
        },
      ),
    );
  });

  it('hostile bytes never throw, and lengths past packet_size are invalid, not allocated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.uint8Array({ maxLength: 200 }), (type, bytes) => {
        const r = decodePacket(type, bytes, { packet_size: 100, line_length: 50 });
        expect(['ok', 'more', 'error']).toContain(r.status);
      }),
      { numRuns: 3000 },
    );
    expect(decodePacket(4, Uint8Array.of(0x7f, 0xff, 0xff, 0xff), { packet_size: 1 << 20 }).status).toBe(
      'error',
    );
    expect(decodePacket('asn1', Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff)).status).toBe('error');
  });
});
