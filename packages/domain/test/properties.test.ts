// The parser never throws on text and always returns a schema-valid Plan, whatever it is given.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecodeError, PackageError, Plan, parsePlan, parsePlanFile, validatePlan, writeXlsx } from "../src/index.js";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");

const valid = (input: string | Uint8Array) => {
  const plan = parsePlan(input);
  const result = Plan.safeParse(plan);
  if (!result.success) throw new Error(result.error.message);
  validatePlan(plan);
  return plan;
};

// Pieces that real plans are made of, so that random documents reach deep into the parser.
const piece = fc.constantFrom(
  "\n",
  "1.",
  "2、",
  "(一)",
  "一、",
  "(3)",
  "①",
  "。",
  ",",
  "、",
  "(",
  ")",
  "(",
  ")",
  "责任单位:",
  "牽頭單位:",
  ";",
  "省财政厅",
  "有关设区市",
  "40万人以上",
  "1.08万公里",
  "29亿元",
  "第二季度",
  "年底前",
  "2016-2017年",
  "“5511”",
  "力争",
  "110千伏",
  "25户以上自然村",
  "《规划(2030)年》",
  "2016年",
  "十三五",
  "以上",
  "以内",
  "%",
  "\u3000",
  " ",
);

describe("parser properties", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => void valid(text)),
      { numRuns: 300 },
    );
  });

  it("never throws on documents assembled from plan fragments", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 200 }), (parts) => void valid(parts.join(""))),
      {
        numRuns: 400,
      },
    );
  });

  it("keeps the seed's tasks when line breaks are inserted at random places", () => {
    const original = parsePlan(seed);
    // A break inside a task's number ("1" / ".加大…") unmakes the number itself; any other break
    // must leave every unit and target in place.
    const markers = [...seed.matchAll(/^\d+[.、]/gm)].map((m) => [m.index, m.index + m[0].length] as const);
    const insideMarker = (at: number) => markers.some(([start, end]) => at > start && at < end);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: seed.length - 1 }), { maxLength: 40 }), (cuts) => {
        fc.pre(!cuts.some(insideMarker));
        const sorted = [...cuts].sort((a, b) => b - a);
        let text = seed;
        for (const at of sorted) text = `${text.slice(0, at)}\n${text.slice(at)}`;
        const plan = valid(text);
        const mentions = (p: Plan) => p.tasks.flatMap((t) => t.units.map((u) => u.name));
        const targets = (p: Plan) => p.tasks.flatMap((t) => t.targets.map((x) => `${x.value}${x.unit}`));
        expect(mentions(plan)).toEqual(mentions(original));
        expect(targets(plan)).toEqual(targets(original));
        expect(Math.abs(plan.tasks.length - original.tasks.length)).toBeLessThanOrEqual(cuts.length);
        expect(plan.year).toBe(2016);
      }),
      { numRuns: 200 },
    );
    // 200 parses of the seed: a budget for a loaded 2-core machine, not a timing assertion.
  }, 30_000);

  it("decodes arbitrary bytes or refuses them with a DecodeError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          valid(bytes);
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads any file, or refuses it with a DecodeError or PackageError", () => {
    // Bytes that look like an Office package (zip magic, real workbooks cut short) as well as noise.
    const workbook = writeXlsx([
      {
        name: "t",
        rows: [
          ["序号", "工作任务", "责任单位"],
          [1, "新建10个", "市财政局"],
        ],
      },
    ]);
    const files = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
      fc.integer({ min: 0, max: workbook.length }).map((n) => workbook.slice(0, n)),
    );
    fc.assert(
      fc.property(files, fc.constantFrom("a.txt", "a.docx", "a.xlsx", "a.csv"), (bytes, name) => {
        try {
          const plan = parsePlanFile(bytes, { name });
          expect(Plan.safeParse(plan).success).toBe(true);
        } catch (error) {
          if (!(error instanceof DecodeError || error instanceof PackageError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
