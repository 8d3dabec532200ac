// End to end on the seed shipped in seeds/: the general parser, checked against what a reader
// of the document sees in it.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Plan, parsePlan, validatePlan } from "../src/index.js";
import { printed } from "../src/parse/test-helpers.js";

const seedPath = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const bytes = readFileSync(seedPath);
const plan = parsePlan(bytes);
const task = (n: string) => plan.tasks.find((t) => t.number === n)!;

describe("the Jiangxi 2016 seed", () => {
  it("is a schema-valid plan for 2016 with 33 numbered tasks in order", () => {
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(plan.year).toBe(2016);
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 33 }, (_, i) => String(i + 1)));
  });

  it("rejoins titles broken over lines", () => {
    expect(task("2").title).toBe("提高住房保障水平");
    expect(task("4").title).toBe("實施農村電網、農村公路升級改造工程");
    expect(task("14").title).toBe("大力發展物流、金融等現代服務業");
    expect(task("29").title).toBe("拓展對口支援內容");
    expect(plan.tasks.every((t) => t.title.length > 0 && !/[\n。]/.test(t.title))).toBe(true);
  });

  it("finds every responsible-unit mention, names whole", () => {
    expect(plan.tasks.reduce((n, t) => n + t.units.length, 0)).toBe(175);
    expect(task("7").units.map((u) => u.name)).toEqual(["有關設區市", "省文化廳", "省體育局", "省新聞出版廣電局", "省財政廳", "省發展改革委"]);
    expect(task("28").units.map((u) => u.name)).toContain("省發展改革委(蘇區辦)");
    expect(task("1").units).toMatchObject([
      { name: "有關設區市", group: true },
      { name: "省有關部門和單位", group: true },
    ]);
  });

  it("reads the declared structure and fills the areas in order", () => {
    expect(plan.declared).toEqual({ areas: ["精準扶貧", "產業發展", "基礎設施", "生態文明", "改革開放", "對口支援"], tasks: 30, guarantees: 3 });
    expect(plan.areas.filter((a) => a.kind === "focus").map((a) => a.name)).toEqual(plan.declared.areas);
    expect(plan.areas.find((a) => a.kind === "guarantee")!.tasks).toEqual(["31", "32", "33"]);
    expect(plan.areas.flatMap((a) => a.tasks)).toEqual(plan.tasks.map((t) => t.number));
    expect(plan.areas.every((a) => a.inferred)).toBe(true);
  });

  it("places each task under the area a reader sees it in", () => {
    // The seed has no area headings: where one area ends and the next begins is inferred from the
    // topics of the declared area names (parse/topics.ts), so this partition is that table's test.
    const span = (tasks: string[]) => `${tasks[0]}-${tasks.at(-1)}`;
    expect(plan.areas.map((a) => [a.name, span(a.tasks)])).toEqual([
      ["精準扶貧", "1-8"],
      ["產業發展", "9-15"],
      ["基礎設施", "16-21"],
      ["生態文明", "22-24"],
      ["改革開放", "25-27"],
      ["對口支援", "28-30"],
      ["保障", "31-33"],
    ]);
    expect(plan.tasks.map((t) => t.area)).toEqual(plan.areas.flatMap((a) => a.tasks.map(() => a.name)));
  });

  it("normalises the numeric targets and reports no specification as a target", () => {
    const summary = (n: string) => task(n).targets.map((t) => `${t.value}${t.unit}${t.comparator}`);
    expect(summary("1")).toEqual(["400000人>="]);
    expect(summary("4")).toEqual(["2900000000元=", "12座=", "22座=", "10800公里=", "7000公里=", "300座="]);
    expect(summary("17")).toEqual(["400公里>="]);
    expect(summary("32")).toEqual(["100000000000元>=", "30家>="]);
    expect(task("32").targets.every((t) => t.ambition === "strive")).toBe(true);
    const units = plan.tasks.flatMap((t) => t.targets.map((x) => x.unit));
    expect(units).not.toContain("千伏");
    // 三次產業 (the tertiary sector) in task 12 counts nothing: the seed states 14 targets in all.
    for (const n of ["9", "12", "13", "24"]) expect(task(n).targets).toEqual([]);
    expect(plan.tasks.flatMap((t) => t.targets)).toHaveLength(14);
  });

  it("dates everything in 2016: year end by default, task 28's milestone at the end of the second quarter", () => {
    expect(plan.tasks.every((t) => t.deadline.date === "2016-12-31")).toBe(true);
    expect(task("28").milestones).toMatchObject([{ deadline: { text: "第二季度", date: "2016-06-30" } }]);
  });

  it("validates with no error", () => {
    expect(validatePlan(plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads the same from a string as from bytes", () => {
    expect(parsePlan(bytes.toString("utf8"))).toEqual(plan);
  });

  it("reads the same with every line break lost, as text copied out of a PDF can be", () => {
    const flat = parsePlan(bytes.toString("utf8").replace(/\r?\n/g, ""));
    // Where things are differs (one line), and no unit name is rejoined across a break any more.
    const what = (p: Plan) =>
      JSON.parse(
        JSON.stringify({ ...p, id: "", tasks: p.tasks.map((t) => ({ ...t, units: t.units.map((u) => ({ ...u, joined: false })) })) }, (key, value) =>
          key === "line" || key === "column" ? undefined : value,
        ),
      );
    expect(what(flat)).toEqual(what(plan));
  });

  it("reads the same as printed, with full-width punctuation, and reports names as printed", () => {
    const fullWidth = parsePlan(printed(bytes.toString("utf8")));
    // Only the punctuation inside titles, bodies, names and texts differs: compare them folded.
    const folded = (p: Plan) => JSON.parse(JSON.stringify({ ...p, id: "" }).replace(/\\uff0[89]|[\uFF08\uFF09\uFF0C\uFF1A\uFF1B]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    expect(folded(fullWidth)).toEqual(folded(plan));
    expect(fullWidth.tasks.flatMap((t) => t.units.map((u) => u.name))).toContain("\u7701\u767C\u5C55\u6539\u9769\u59D4\uFF08\u8607\u5340\u8FA6\uFF09");
  });
});
