// Every document of the corpus comes as copied (.txt, ASCII punctuation) and as printed (.fw.txt,
// full-width punctuation): both must read the same, names reported as each file prints them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentNames, documentPath } from "../eval/corpus.js";
import { parsePlan, type Plan } from "../src/index.js";

const FULL_WIDTH = /[\uFF08\uFF09\uFF0C\uFF1A\uFF1B]/g;
/** The plan as JSON with its full-width ( ) , : ; as ASCII; the id hashes the text, so it goes. */
const folded = (plan: Plan) => JSON.parse(JSON.stringify({ ...plan, id: "" }).replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
const fullWidthIn = (text: string) => text.match(FULL_WIDTH)?.length ?? 0;

const texts = (plan: Plan) => plan.tasks.flatMap((t) => [t.title, t.body, ...t.units.map((u) => u.name)]);

describe("the corpus as copied and as printed", () => {
  const names = documentNames();
  const read = names.map((name) => {
    const copiedText = readFileSync(documentPath(name, ".txt"), "utf8");
    const printedText = readFileSync(documentPath(name, ".fw.txt"), "utf8");
    return { name, copiedText, printedText, copied: parsePlan(copiedText), printed: parsePlan(printedText) };
  });

  it("finds the corpus", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(read)("$name", ({ copiedText, printedText, copied, printed }) => {
    it("holds full-width punctuation in its printed copy only", () => {
      expect(fullWidthIn(copiedText)).toBe(0);
      expect(fullWidthIn(printedText)).toBeGreaterThan(0);
      expect(copied.tasks.length).toBeGreaterThan(0);
    });

    it("reads the same from both", () => {
      expect(folded(printed)).toEqual(folded(copied));
    });
  });

  it("reports titles, bodies and unit names as each copy prints them", () => {
    const copiedTexts = read.flatMap((r) => texts(r.copied));
    const printedTexts = read.flatMap((r) => texts(r.printed));
    expect(copiedTexts.filter((t) => fullWidthIn(t) > 0)).toEqual([]);
    expect(printedTexts.filter((t) => fullWidthIn(t) > 0).length).toBeGreaterThan(20);
    // A unit name with its brackets as printed (\uFF08 \uFF09).
    expect(read.flatMap((r) => r.printed.tasks.flatMap((t) => t.units.map((u) => u.name))).some((n) => /\uFF08.+\uFF09/.test(n))).toBe(true);
  });
});
