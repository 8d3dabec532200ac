import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, DecodeError, detectEncoding } from "./decode.js";

const sample = "1.推進城鄉供水一體化。新建改造供水管網120公里。(責任單位:市水利局、市財政局)\n";
const simplified = "1.推进城乡供水一体化。新建改造供水管网120公里。(责任单位:市水利局、市财政局)\n";

describe("decode", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const bytes = new TextEncoder().encode(sample);
    expect(decode(bytes)).toBe(sample);
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(sample);
  });

  it("reads UTF-16 LE and BE by their BOM", () => {
    expect(decode(iconv.encode(sample, "utf-16le", { addBOM: true }))).toBe(sample);
    expect(decode(iconv.encode(sample, "utf-16be", { addBOM: true }))).toBe(sample);
  });

  it("detects GB18030 for Simplified text and Big5 for Traditional text", () => {
    const gb = iconv.encode(simplified, "gb18030");
    expect(detectEncoding(gb)).toBe("gb18030");
    expect(decode(gb)).toBe(simplified);
    const big5 = iconv.encode(sample, "big5");
    expect(detectEncoding(big5)).toBe("big5");
    expect(decode(big5)).toBe(sample);
  });

  it("honours an explicit encoding", () => {
    expect(decode(iconv.encode(sample, "big5"), "big5")).toBe(sample);
  });

  it("refuses binary data instead of passing mojibake on", () => {
    expect(() => decode(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x81]))).toThrow(DecodeError);
    expect(() => decode(new Uint8Array([0x31, 0x00, 0x32]))).toThrow(/binary/);
  });
});
