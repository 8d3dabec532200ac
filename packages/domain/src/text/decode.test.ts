import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, DecodeError, decodeText, detectEncoding } from "./decode.js";

const sample = "1.推進城鄉供水一體化。新建改造供水管網120公里。(責任單位:市水利局、市財政局)\n";
const simplified = "1.推进城乡供水一体化。新建改造供水管网120公里。(责任单位:市水利局、市财政局)\n";
// As printed: full-width brackets, colon and comma.
const printed = "2.\u5B8C\u5584\u6C34\u4EF7\u673A\u5236\u3002\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u5E02\u53D1\u5C55\u6539\u9769\u59D4\uFF0C\u5E02\u6C34\u5229\u5C40\uFF09\n";

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

  it("reads UTF-16 without a BOM by its byte pattern, with ASCII in it or none", () => {
    for (const text of [sample, printed]) {
      expect(decodeText(iconv.encode(text, "utf-16le"))).toEqual({ encoding: "utf-16le", text, bad: [] });
      expect(decodeText(iconv.encode(text, "utf-16be"))).toEqual({ encoding: "utf-16be", text, bad: [] });
    }
    // No byte is zero when every character is CJK: the text it decodes to tells.
    const cjkOnly = "推进城乡供水一体化新建改造供水管网责任单位市水利局市财政局";
    expect(decodeText(iconv.encode(cjkOnly, "utf-16le")).encoding).toBe("utf-16le");
  });

  it("reads a file with a few bad bytes, each run replaced and located; strict refuses it", () => {
    const text = `2025年工作要点\n${simplified}${printed}`;
    for (const [encoding, bytes] of [
      ["utf-8", new TextEncoder().encode(text)],
      ["gb18030", iconv.encode(text, "gb18030")],
    ] as const) {
      const damaged = Uint8Array.from(bytes);
      damaged[damaged.length - 20] = 0xff;
      const read = decodeText(damaged);
      expect(read.encoding).toBe(encoding);
      expect(read.bad).toHaveLength(1);
      expect(read.bad[0]!.line).toBe(3);
      expect(read.text.split("\n")[0]).toBe("2025年工作要点");
      expect(read.text).toContain("\uFFFD");
      expect(() => decodeText(damaged, { strict: true })).toThrow(/line 3, column \d+: bytes that are not valid/);
    }
  });

  it("refuses bytes that are mostly not text, however they decode", () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(() => decodeText(random)).toThrow(DecodeError);
    expect(() => decodeText(new Uint8Array(4096))).toThrow(/binary/);
    // Short, and decoding cleanly as UTF-16BE only into characters no plan holds.
    expect(() => decodeText(Uint8Array.from([0x00, 0x9f, 0x00, 0xff, 0x13, 0x00]))).toThrow(DecodeError);
  });
});
