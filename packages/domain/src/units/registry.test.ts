import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse/plan.js";
import { guessKind } from "./kind.js";
import { findUnit } from "./find.js";
import { splitSubOffice, unitKey } from "./key.js";
import { cleanName } from "./name.js";
import { createUnitResolver } from "./registry.js";

const FINANCE = "\u5E02\u8D22\u653F\u5C40"; // 市财政局
const WATER = "\u5E02\u6C34\u5229\u5C40"; // 市水利局
// A byte order mark, zero-width space, non-joiner and joiner, word joiner; a no-break space.
const INVISIBLE = ["\uFEFF", "\u200B", "\u200C", "\u200D", "\u2060"];

describe("unitKey", () => {
  it("meets across scripts, widths and common abbreviations", () => {
    expect(unitKey("省發展改革委")).toBe(unitKey("省发展改革委"));
    expect(unitKey("省发改委")).toBe(unitKey("省发展改革委"));
    expect(unitKey("省发展和改革委员会")).toBe(unitKey("省发展改革委"));
    expect(unitKey("市住房和城乡建设局")).toBe(unitKey("市住房城鄉建設局"));
    expect(unitKey("市人社局")).toBe(unitKey("市人力资源和社会保障局"));
    expect(unitKey("省 财政厅")).toBe(unitKey("省财政厅"));
    expect(unitKey("市财政局")).not.toBe(unitKey("省财政厅"));
  });
});

describe("names with characters nobody sees", () => {
  it("are judged empty when nothing visible is left", () => {
    for (const ch of [...INVISIBLE, "\u00A0", "\u3000"]) expect(cleanName(` ${ch}${ch} `)).toBe("");
    expect(cleanName("\u200B")).toBe("");
    expect(cleanName(`\u00A0${FINANCE}\u00A0`)).toBe(FINANCE);
  });

  it("meet the same name without them, wherever they stand", () => {
    expect(unitKey(`\uFEFF${FINANCE}`)).toBe(unitKey(FINANCE));
    for (const ch of INVISIBLE) {
      for (const name of [`${ch}${FINANCE}`, `${FINANCE.slice(0, 2)}${ch}${FINANCE.slice(2)}`, `${FINANCE}${ch}`]) expect(unitKey(name), JSON.stringify(name)).toBe(unitKey(FINANCE));
    }
    expect(unitKey(`\u00A0${FINANCE}\u00A0`)).toBe(unitKey(FINANCE));
    expect(unitKey("\u200B")).toBe("");
    expect(splitSubOffice(`\u200B${FINANCE}\u2060`)).toEqual({ parent: FINANCE, part: null });
  });

  it("are one unit in a plan, named without them, and found by any printing", () => {
    // 1.推进甲。(责任单位:​市财政局) 2.推进乙。(责任单位:市财政局⁠、﻿市水利局)
    const plan = parsePlan(
      `2025\u5E74\u8981\u70B9\n\u524D\u8A00\u3002\n1.\u63A8\u8FDB\u7532\u3002(\u8D23\u4EFB\u5355\u4F4D:\u200B${FINANCE})\n2.\u63A8\u8FDB\u4E59\u3002(\u8D23\u4EFB\u5355\u4F4D:${FINANCE}\u2060\u3001\uFEFF${WATER})`,
    );
    expect(plan.units.map((u) => [u.name, u.aliases])).toEqual([
      [FINANCE, []],
      [WATER, []],
    ]);
    expect(findUnit(plan, `\uFEFF${FINANCE}`)?.name).toBe(FINANCE);
    expect(findUnit(plan, `\u200B${WATER}\u200D`)?.name).toBe(WATER);
    expect(findUnit(plan, "\u200B")).toBeUndefined();
  });
});

describe("splitSubOffice", () => {
  it("splits a trailing sub-office but not a bracket inside a name", () => {
    expect(splitSubOffice("省发展改革委(苏区办)")).toEqual({ parent: "省发展改革委", part: "苏区办" });
    expect(splitSubOffice("各县(市、区)人民政府")).toEqual({ parent: "各县(市、区)人民政府", part: null });
  });
});

describe("guessKind", () => {
  it.each([
    ["有关设区市", "group"],
    ["省财政厅", "department"],
    ["赣州市", "government"],
    ["各县(市、区)人民政府", "group"],
    ["某县人民政府", "government"],
    ["南昌海关", "central-agency"],
    ["人民银行南昌中心支行", "central-agency"],
    ["省电力公司", "company"],
    ["国开行江西省分行", "company"],
  ] as const)("%s is %s", (name, kind) => expect(guessKind(name)).toBe(kind));
});

describe("the unit directory of a plan", () => {
  const text = "2025年要点\n前言。\n1.推进甲。(责任单位:省发改委、有关设区市)\n2.推进乙。(牵头单位:省发展改革委(苏区办);配合单位:省財政廳)\n3.推进丙。(责任单位:省发展和改革委员会、省财政厅)";

  it("gathers every printing of a unit under one name, by role", () => {
    const plan = parsePlan(text);
    expect(plan.units.map((u) => [u.name, u.kind, u.aliases, u.tasks])).toEqual([
      ["省发改委", "department", ["省发展改革委(苏区办)", "省发展和改革委员会"], { lead: ["2"], responsible: ["1", "3"], support: [] }],
      ["有关设区市", "group", [], { lead: [], responsible: ["1"], support: [] }],
      ["省財政廳", "department", ["省财政厅"], { lead: [], responsible: ["3"], support: ["2"] }],
    ]);
    expect(plan.tasks[1]!.units.map((u) => [u.name, u.unit])).toEqual([
      ["省发展改革委(苏区办)", "省发改委"],
      ["省財政廳", "省財政廳"],
    ]);
  });

  it("lists a task once under a unit it names twice in one role", () => {
    const plan = parsePlan("2025年要点\n前言。\n1.推进甲。(责任单位:省发改委、省发展和改革委员会)\n2.推进乙。(责任单位:省发改委)");
    expect(plan.units.map((u) => [u.name, u.tasks.responsible])).toEqual([["省发改委", ["1", "2"]]]);
  });

  it("takes names, kinds and group members from a registry", () => {
    const registry = {
      units: [{ name: "江西省发展和改革委员会", aliases: ["省发改委"], kind: "department" as const }],
      groups: { 有关设区市: ["赣州市", "吉安市"] },
    };
    const plan = parsePlan(text, { units: registry });
    expect(plan.units[0]).toMatchObject({ name: "江西省发展和改革委员会", aliases: ["省发改委", "省发展改革委(苏区办)", "省发展和改革委员会"] });
    expect(plan.units[1]).toMatchObject({ name: "有关设区市", members: ["赣州市", "吉安市"] });
    expect(createUnitResolver(registry).resolve("省发改委(苏区办)")).toMatchObject({ registered: "江西省发展和改革委员会", part: "苏区办" });
  });
});
