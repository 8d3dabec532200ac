// Turns the bytes of a plan file into text. Real plans arrive as UTF-8, UTF-16 (with a BOM),
// GB18030/GBK or Big5; a wrong guess would pass mojibake on as tasks, so a file that decodes
// cleanly in none of them is refused.

import { PlanError } from "../errors.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

/** Bytes that are not text in any encoding plan reads. */
export class DecodeError extends PlanError {
  constructor(message: string) {
    super("input.undecodable", message);
    this.name = "DecodeError";
  }
}

const strict = (encoding: Encoding, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

/** Detects the encoding by BOM, then by which decoder accepts the bytes cleanly; returns the text too. */
const detect = (bytes: Uint8Array): { encoding: Encoding; text: string | null } | null => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", text: null };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", text: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", text: null };
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return { encoding: "utf-8", text: utf8 };
  // Big5 and GB18030 accept many of each other's byte pairs; prefer the one whose text has
  // more of the common CJK characters of work plans.
  const gb = strict("gb18030", bytes);
  const big5 = strict("big5", bytes);
  if (gb !== null && big5 !== null) return commonScore(big5) > commonScore(gb) ? { encoding: "big5", text: big5 } : { encoding: "gb18030", text: gb };
  if (gb !== null) return { encoding: "gb18030", text: gb };
  if (big5 !== null) return { encoding: "big5", text: big5 };
  return null;
};

/** The encoding of a plan file's bytes, or null when none of UTF-8, UTF-16, GB18030 and Big5 reads them cleanly. */
export const detectEncoding = (bytes: Uint8Array): Encoding | null => detect(bytes)?.encoding ?? null;

// Characters that are frequent in plans in both scripts; mojibake rarely hits them.
const COMMON = new Set(Array.from("的和推进進加快建设設发展發展工作实施實施责任責任单位單位省市县縣区區局厅廳委办辦年月"));
const commonScore = (text: string): number => {
  let hits = 0;
  for (const ch of text) if (COMMON.has(ch)) hits++;
  return hits;
};

/** Decodes a plan file. Text without NUL bytes or undecodable sequences, or a DecodeError. */
export const decode = (bytes: Uint8Array, encoding?: Encoding): string => {
  const detected = encoding ? { encoding, text: null } : detect(bytes);
  if (detected === null) throw new DecodeError("the file is not text in UTF-8, UTF-16, GB18030 or Big5");
  const text = detected.text ?? strict(detected.encoding, bytes);
  if (text === null) throw new DecodeError(`the file is not valid ${detected.encoding}`);
  if (text.includes("\u0000")) throw new DecodeError("the file is binary (it contains NUL characters)");
  return text.replace(/^\uFEFF/, "");
};
