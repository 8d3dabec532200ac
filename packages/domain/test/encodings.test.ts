// The seed, re-encoded as real files arrive, reads exactly as the UTF-8 original.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectEncoding, parsePlan, parsePlanFile } from "../src/index.js";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const original = parsePlan(seedText);

describe("the seed in every encoding", () => {
  it.each([
    ["gb18030", false],
    ["big5", false],
    ["utf-16le", true],
    ["utf-16be", true],
    ["utf-8", true],
  ] as const)("%s (BOM: %s)", (encoding, bom) => {
    const bytes = new Uint8Array(iconv.encode(seedText, encoding, { addBOM: bom }));
    expect(iconv.decode(Buffer.from(bytes), encoding)).toBe(seedText);
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(parsePlanFile(bytes, { name: "seed.txt" })).toEqual(original);
  });

  it("reads a Simplified plan in GB18030 and in Big5-incompatible text alike", () => {
    const simplified = "2025年工作要点\n前言。\n1.新建农村公路700公里。(责任单位:市交通运输局)\n";
    const bytes = new Uint8Array(iconv.encode(simplified, "gb18030"));
    expect(detectEncoding(bytes)).toBe("gb18030");
    expect(parsePlan(bytes)).toEqual(parsePlan(simplified));
  });
});
