// Zip packages written byte by byte, as an attacker would: headers that declare any size, any
// number of entries, and deflate streams that inflate to gigabytes from a few megabytes. fflate's
// zipSync writes honest packages only, and compressing a gigabyte to make a bomb would take the
// test seconds and the gigabyte itself; these are built directly, in proportion to their own size.

export interface RawEntry {
  readonly name: string;
  /** The entry's data as stored: raw deflate when method is 8. */
  readonly data: Uint8Array;
  readonly method?: 0 | 8;
  /** The uncompressed size the headers declare (a lie, as often as not). */
  readonly declaredSize?: number;
}

const utf8 = new TextEncoder();

/** A zip package of the given entries, CRCs left at 0 (readers that check them are not the target). */
export const zipOf = (entries: readonly RawEntry[]): Uint8Array => {
  const names = entries.map((e) => utf8.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i]!.length + e.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 8, e.method ?? 8, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, Math.min(e.declaredSize ?? e.data.length, 0xfffffffe), true);
    view.setUint16(at + 26, names[i]!.length, true);
    out.set(names[i]!, at + 30);
    out.set(e.data, at + 30 + names[i]!.length);
    at += 30 + names[i]!.length + e.data.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 10, e.method ?? 8, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, Math.min(e.declaredSize ?? e.data.length, 0xfffffffe), true);
    view.setUint16(at + 28, names[i]!.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(names[i]!, at + 46);
    at += 46 + names[i]!.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, Math.min(entries.length, 0xffff), true);
  view.setUint16(at + 10, Math.min(entries.length, 0xffff), true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
};

/** Writes deflate's bits, least significant first; Huffman codes go most significant bit first. */
class Bits {
  private readonly bytes: number[] = [];
  private bit = 0;
  get aligned() {
    return this.bit % 8 === 0;
  }
  value(value: number, count: number) {
    for (let i = 0; i < count; i++) this.push((value >> i) & 1);
  }
  code(code: number, length: number) {
    for (let i = length - 1; i >= 0; i--) this.push((code >> i) & 1);
  }
  private push(b: number) {
    if (this.bit % 8 === 0) this.bytes.push(0);
    this.bytes[this.bytes.length - 1]! |= b << (this.bit % 8);
    this.bit++;
  }
  take(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

// Fixed Huffman codes (RFC 1951 3.2.6): an ASCII literal is 0x30 + byte in 8 bits; length 258 is
// code 285, 0xC5 in 8 bits; distances 1 to 4 are codes 0 to 3 in 5 bits; end of block is 7 zero bits.
const literal = (bits: Bits, byte: number) => (byte < 144 ? bits.code(0x30 + byte, 8) : bits.code(0x190 + byte - 144, 9));
const repeat = (bits: Bits, distance: number) => {
  bits.code(0xc5, 8);
  bits.code(distance - 1, 5);
};

/**
 * A raw deflate stream that writes `prefix`, then `unit` (1 to 4 ASCII bytes) over and over
 * until about `size` bytes: each 258-byte copy costs 13 bits, so a gibibyte of output is a
 * stream of 6.5 MiB. Eight copies are 13 whole bytes, so the middle is one pattern repeated.
 */
export const deflateRepeat = (size: number, unit = "\0", prefix = ""): Uint8Array => {
  const head = new Bits();
  head.value(1, 1); // the final block
  head.value(1, 2); // fixed Huffman codes
  for (const ch of utf8.encode(prefix + unit)) literal(head, ch);
  let copies = Math.max(0, Math.ceil((size - prefix.length - unit.length) / 258));
  while (!head.aligned && copies > 0) repeat(head, unit.length), copies--;
  const eight = head.aligned ? Math.floor(copies / 8) : 0;
  copies -= eight * 8;
  // The copies left over, and the end of the block, after the repeated middle (whole bytes, so the tail starts aligned).
  const tail = eight > 0 ? new Bits() : head;
  for (let i = 0; i < copies; i++) repeat(tail, unit.length);
  tail.code(0, 7);
  if (eight === 0) return head.take();
  const pattern = new Bits();
  for (let i = 0; i < 8; i++) repeat(pattern, unit.length);
  const [h, p, t] = [head.take(), pattern.take(), tail.take()];
  const out = new Uint8Array(h.length + eight * p.length + t.length);
  out.set(h);
  // The pattern, doubled into place rather than written 13 bytes at a time.
  out.set(p, h.length);
  for (let filled = p.length; filled < eight * p.length; filled *= 2) out.copyWithin(h.length + filled, h.length, h.length + Math.min(filled, eight * p.length - filled));
  out.set(t, h.length + eight * p.length);
  return out;
};
