// Turns the bytes of a plan file into text. Real plans arrive as UTF-8, UTF-16 (with a BOM or
// without), GB18030/GBK or Big5. A file that decodes cleanly is read as it is. A file that is
// almost all valid text in one encoding (a byte damaged in transit, a stray byte pasted from
// another file) is read too, each bad byte run replaced by U+FFFD and reported where it is, so
// that one bad byte does not cost the user the whole document; `strict` refuses it instead. A
// file that is no encoding's text is refused, rather than passing mojibake on as tasks.

import { PlanError } from "../errors.js";

/** The encodings plan reads text in. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

/** Bytes that are not text in any encoding plan reads. */
export class DecodeError extends PlanError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super("input.undecodable", message, details);
    this.name = "DecodeError";
  }
}

/** A run of bytes that could not be decoded, where its replacement stands in the text. */
export interface BadBytes {
  readonly line: number;
  readonly column: number;
  /** Characters replaced in this run (bytes no decoder read, or control characters such as NUL). */
  readonly length: number;
}

/** The text of a file, the encoding it was read in, and where bad bytes were replaced. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
  /** Empty when the bytes were clean. */
  readonly bad: readonly BadBytes[];
}

/** How to decode: detection or a given encoding, lenient or strict. */
export interface DecodeOptions {
  /** Skips detection. */
  readonly encoding?: Encoding | undefined;
  /** Refuses a file with any bad byte instead of reading it with its bad runs reported. */
  readonly strict?: boolean | undefined;
}

// More than this share of characters replaced (or a handful, in a short file, so long as they are
// few beside its text) and the file is not text with a few bad bytes but something else: binary,
// or another encoding altogether.
const MAX_BAD_SHARE = 0.01;
const MAX_BAD_ANYWAY = 3;
const MAX_BAD_SHARE_EVER = 0.1;
const REPLACEMENT = "\uFFFD";
// Replacement characters, and control characters no text file holds (NUL and the like, and the C1
// controls; tab, line breaks, vertical tab and form feed are text): binary read as UTF-16 decodes to these.
const BAD = /[\u0000-\u0008\u000E-\u001F\u0080-\u009F\uFFFD]+/g;
const HAS_BAD = /[\u0000-\u0008\u000E-\u001F\u0080-\u009F\uFFFD]/;

// Characters that are frequent in plans in both scripts; mojibake rarely hits them.
const COMMON = new Set(Array.from("的和推进進加快建设設发展發展工作实施實施责任責任单位單位省市县縣区區局厅廳委办辦年月"));
// What a plan's text is made of: ASCII, CJK ideographs and punctuation, full-width forms.
// Mojibake of the wrong decoder lands well outside (Hangul, Yi, rare extensions).
const PLAUSIBLE = /[\t\n\r\u0020-\u007E\u00A0-\u00FF\u2000-\u206F\u2160-\u2188\u2460-\u24FF\u2500-\u25FF\u3000-\u303F\u3200-\u32FF\u4E00-\u9FFF\uFF00-\uFFEF]/;
const SAMPLE = 200_000;

/**
 * How much a decoding reads like a plan, on a sample: common plan characters count for it,
 * characters no plan is made of and bad runs against it.
 */
const plausibility = (text: string): number => {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let score = 0;
  for (const ch of sample) {
    if (COMMON.has(ch)) score++;
    else if (!PLAUSIBLE.test(ch)) score--;
  }
  return score - 10 * badRuns(sample);
};

const strictDecode = (encoding: Encoding, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

const lenientDecode = (encoding: Encoding, bytes: Uint8Array): string => new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);

const badRuns = (text: string): number => text.match(BAD)?.length ?? 0;

const BOMS: readonly { bytes: readonly number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

const bomOf = (bytes: Uint8Array): Encoding | undefined => BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x))?.encoding;

/**
 * UTF-16 without a BOM, by its byte pattern: the ASCII a plan holds (digits, line breaks,
 * punctuation) puts a zero in every other byte, on the high byte's side.
 */
const utf16ByPattern = (bytes: Uint8Array): Encoding | undefined => {
  const n = Math.min(bytes.length, 65_536) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.05 && evenZeros < pairs * 0.01) return "utf-16le";
  if (evenZeros > pairs * 0.05 && oddZeros < pairs * 0.01) return "utf-16be";
  return undefined;
};

// The order ties are broken in: the likelier encoding first.
const CANDIDATES: readonly Encoding[] = ["utf-8", "gb18030", "big5", "utf-16le", "utf-16be"];

/**
 * The encoding and its text: by BOM, by UTF-16's byte pattern, by UTF-8 when it reads the bytes
 * cleanly, and otherwise by the decoding that reads most like a plan. GB18030 and Big5 accept
 * many of each other's byte pairs, and almost any bytes decode as UTF-16 without a BOM: only
 * the text each gives tells them apart.
 */
const detect = (bytes: Uint8Array): { encoding: Encoding; text: string } => {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom, text: lenientDecode(bom, bytes) };
  const pattern = utf16ByPattern(bytes);
  if (pattern) return { encoding: pattern, text: lenientDecode(pattern, bytes) };
  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== null && !HAS_BAD.test(utf8)) return { encoding: "utf-8", text: utf8 };
  let best = { encoding: CANDIDATES[0]!, text: "" };
  let bestScore = -Infinity;
  for (const encoding of CANDIDATES) {
    const text = lenientDecode(encoding, bytes);
    const score = plausibility(text);
    if (score > bestScore) [best, bestScore] = [{ encoding, text }, score];
  }
  return best;
};

/** Where each bad run stands: line and column (1-based, in characters). One pass: the next line break is looked up once, not again for each run before it. */
const locate = (text: string): BadBytes[] => {
  const found: BadBytes[] = [];
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf("\n");
  for (const match of text.matchAll(BAD)) {
    while (nextBreak !== -1 && nextBreak < match.index) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineStart);
    }
    found.push({ line, column: match.index - lineStart + 1, length: match[0].length });
  }
  return found;
};

/** How people write each encoding's name. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", gb18030: "GB18030", big5: "Big5" };

/**
 * Decodes a plan file: its text, the encoding read, and the bad byte runs replaced by U+FFFD
 * (control characters such as NUL too). Throws DecodeError when the bytes are not text (more than 1 % of the
 * characters bad, or 3 in a short file), or in strict mode when any byte is bad, naming the first bad place.
 */
export const decodeText = (bytes: Uint8Array, options: DecodeOptions = {}): DecodedText => {
  const { encoding, text: raw } = options.encoding ? { encoding: options.encoding, text: lenientDecode(options.encoding, bytes) } : detect(bytes);
  const text = raw.replace(/^\uFEFF/, "");
  if (!HAS_BAD.test(text)) return { encoding, text, bad: [] };
  const bad = locate(text);
  const replaced = bad.reduce((n, b) => n + b.length, 0);
  const binary = text.includes("\u0000") ? " (it contains NUL characters: it looks binary)" : "";
  if (replaced > Math.max(MAX_BAD_ANYWAY, text.length * MAX_BAD_SHARE) || replaced > text.length * MAX_BAD_SHARE_EVER) {
    throw new DecodeError(`the file is not text in UTF-8, UTF-16, GB18030 or Big5${binary}: ${replaced} of ${text.length} characters cannot be decoded`, { encoding, bad: replaced });
  }
  const first = bad[0]!;
  if (options.strict) {
    throw new DecodeError(
      `line ${first.line}, column ${first.column}: bytes that are not valid ${ENCODING_NAMES[encoding]} text (undecodable, or control characters)${binary} (${bad.length === 1 ? "the only such place" : `${bad.length} such places`}; without strict they are read as \uFFFD)`,
      {
        encoding,
        line: first.line,
        column: first.column,
      },
    );
  }
  return { encoding, text: text.replace(BAD, (run) => REPLACEMENT.repeat(run.length)), bad };
};

/** The encoding a plan file's bytes are read in. */
export const detectEncoding = (bytes: Uint8Array): Encoding => detect(bytes).encoding;

/** Decodes a plan file strictly: its text, or a DecodeError naming the first bad place. */
export const decode = (bytes: Uint8Array, encoding?: Encoding): string => decodeText(bytes, { encoding, strict: true }).text;
