// Office files are zip packages: the parts a reader needs, as text. The central directory is read
// here rather than by fflate's unzipSync, which inflates every entry at the size its header
// declares: a package is listed without inflating anything, only the parts a reader asks for are
// inflated, and each stops as soon as its output passes LIMITS.partBytes, whatever the headers say.

import { Inflate, inflateSync } from "fflate";
import { PlanError } from "../errors.js";
import { LIMITS, LimitError } from "../limits.js";

/** A file that claims to be an Office package (by its bytes or name) but cannot be read as one. */
export class PackageError extends PlanError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super("input.bad-package", message, details);
    this.name = "PackageError";
  }
}

interface Entry {
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** What the headers say the part inflates to: a hint for the buffer, never trusted. */
  readonly declaredSize: number;
  readonly localOffset: number;
}

export interface Package {
  /** Every entry's name, in the central directory's order. */
  readonly names: readonly string[];
  has(path: string): boolean;
  /** The part's bytes, or undefined when the package has no such part. */
  bytes(path: string): Uint8Array | undefined;
  /** The part as UTF-8 text, or undefined when the package has no such part. */
  text(path: string): string | undefined;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// A part whose stream is this small and declares no more than ONE_CALL_OUT bytes is inflated in
// one call: even when the declared size lies, deflate's ~1,032:1 ceiling bounds the work to some
// 64 MiB of output, and the buffer allocated on its word is small.
const ONE_CALL = 64 * 1024;
const ONE_CALL_OUT = 1024 * 1024;
// Compressed bytes handed to the inflater at a time: deflate expands at most about 1,032 times,
// so a push yields a few MiB at most before the running total is checked.
const CHUNK = 4096;

const utf8 = new TextDecoder("utf-8");

const notZip = (why: string) => new PackageError(`the file is not a valid Office package (${why})`);

/** Little-endian reads that fail as a PackageError past the end of the file, never read garbage. */
const reader = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, size: number) => {
    if (at < 0 || at + size > bytes.length) throw notZip("it is cut short");
  };
  return {
    u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number) => (check(at, 8), view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32),
    slice: (at: number, size: number) => (check(at, size), bytes.subarray(at, at + size)),
  };
};

/** Where the end-of-central-directory record starts: within the last 64 KiB + 22 bytes (its comment's reach). */
const findEnd = (bytes: Uint8Array, u32: (at: number) => number): number => {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (bytes[at] === 0x50 && u32(at) === EOCD) return at;
  }
  throw notZip("it has no central directory");
};

/** The central directory: each entry's name and where its data is; refuses more than LIMITS.zipEntries entries before reading any. */
const centralDirectory = (bytes: Uint8Array): Map<string, Entry> => {
  const { u16, u32, u64, slice } = reader(bytes);
  const end = findEnd(bytes, u32);
  let count = u16(end + 10);
  let offset = u32(end + 16);
  // Zip64: the counts and offsets that did not fit in 16 and 32 bits are in a record before.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const record = u64(end - 12);
    if (u32(record) !== ZIP64_EOCD) throw notZip("its zip64 directory is broken");
    count = u64(record + 32);
    offset = u64(record + 48);
  }
  if (count > LIMITS.zipEntries) throw new LimitError("zipEntries", `the package has ${count.toLocaleString("en-US")} entries`);
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) throw notZip("its central directory is broken");
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const name = utf8.decode(slice(at + 46, nameLength));
    let declaredSize = u32(at + 24);
    let compressedSize = u32(at + 20);
    let localOffset = u32(at + 42);
    // Zip64 sizes and offset, in the extra field (tag 1), in this order, for those that overflowed.
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff || declaredSize === 0xffffffff) {
      const extra = zip64Extra(u16, u64, at + 46 + nameLength, extraLength);
      let field = 0;
      if (declaredSize === 0xffffffff) (declaredSize = extra(field)), (field += 8);
      if (compressedSize === 0xffffffff) (compressedSize = extra(field)), (field += 8);
      if (localOffset === 0xffffffff) localOffset = extra(field);
    }
    // The first of two entries with one name is the one a reader gets.
    if (!entries.has(name)) entries.set(name, { method: u16(at + 10), flags: u16(at + 8), compressedSize, declaredSize, localOffset });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
};

/** Reads the nth 8-byte field of an entry's zip64 extra field. */
const zip64Extra = (u16: (at: number) => number, u64: (at: number) => number, start: number, length: number) => (field: number) => {
  for (let at = start; at + 4 <= start + length; at += 4 + u16(at + 2)) {
    if (u16(at) === 1) {
      if (field + 8 > u16(at + 2)) break;
      return u64(at + 4 + field);
    }
  }
  throw notZip("an entry's zip64 sizes are missing");
};

/**
 * Inflates raw deflate data, refusing (in bounded memory) as soon as the output passes `cap`
 * bytes. A small stream whose declared size is within the cap is first inflated in one call into
 * a buffer of that size and one byte more: the byte left unused shows the size was true. A stream
 * that lied, or failed, is inflated again as a stream, which finds the real outcome.
 */
const inflateCapped = (data: Uint8Array, declared: number, cap: number, over: () => never): Uint8Array => {
  if (data.length <= ONE_CALL && declared <= ONE_CALL_OUT && declared < cap) {
    try {
      const out = inflateSync(data, { out: new Uint8Array(declared + 1) });
      if (out.length <= declared) return out;
    } catch {
      // Inflated as a stream below, which says what is wrong.
    }
  }
  return inflateStream(data, cap, over);
};

const inflateStream = (data: Uint8Array, cap: number, over: () => never): Uint8Array => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over();
    chunks.push(chunk);
  });
  let at = 0;
  do {
    const next = Math.min(at + CHUNK, data.length);
    inflater.push(data.subarray(at, next), next === data.length);
    at = next;
  } while (at < data.length);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) out.set(chunk, (offset += chunk.length) - chunk.length);
  return out;
};

/**
 * Opens a zip package by its central directory, without inflating anything. Throws PackageError
 * when the bytes are not a zip package, LimitError when it has more than LIMITS.zipEntries entries.
 * Each part read inflates within LIMITS.partBytes, and all the parts read from one package
 * together within LIMITS.packageBytes (a part read twice counts twice).
 */
export const openPackage = (bytes: Uint8Array): Package => {
  const entries = centralDirectory(bytes);
  const { u16, u32, slice } = reader(bytes);
  let inflated = 0;
  const partLimit = (path: string) => new LimitError("partBytes", "inflates to more bytes", path);
  const packageLimit = (path: string) => new LimitError("packageBytes", "with the parts read before it, inflates to more bytes", path);
  const count = (path: string, size: number) => {
    if (size > LIMITS.partBytes) throw partLimit(path);
    if ((inflated += size) > LIMITS.packageBytes) throw packageLimit(path);
  };
  const partBytes = (path: string): Uint8Array | undefined => {
    const entry = entries.get(path);
    if (entry === undefined) return undefined;
    const broken = (why: string) => new PackageError(`${path} ${why}`, { part: path });
    if (entry.flags & 1) throw broken("is encrypted");
    const at = entry.localOffset;
    if (u32(at) !== LOCAL) throw broken("is not where the package's directory says");
    const data = slice(at + 30 + u16(at + 26) + u16(at + 28), entry.compressedSize);
    if (entry.method === 0) {
      count(path, data.length);
      return data;
    }
    if (entry.method !== 8) throw broken(`is compressed by an unknown method (${entry.method})`);
    // The part may inflate to no more than what is left of either budget.
    const cap = Math.min(LIMITS.partBytes, LIMITS.packageBytes - inflated);
    let out: Uint8Array;
    try {
      out = inflateCapped(data, entry.declaredSize, cap, () => {
        throw cap === LIMITS.partBytes ? partLimit(path) : packageLimit(path);
      });
    } catch (error) {
      if (error instanceof PlanError) throw error;
      throw broken(`is corrupt (${(error as Error).message})`);
    }
    count(path, out.length);
    return out;
  };
  return {
    names: [...entries.keys()],
    has: (path) => entries.has(path),
    bytes: partBytes,
    text: (path) => {
      const part = partBytes(path);
      return part === undefined ? undefined : utf8.decode(part);
    },
  };
};

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
