// findTarget at the edge between a number and words: digits alone are a number, digits among
// words are words (危桥300 is target 2's text, not target 300).
import { describe, expect, it } from "vitest";
import { PlanError } from "../errors.js";
import { parsePlan } from "../parse/plan.js";
import { findTarget } from "./find-target.js";

const road = parsePlan("2016年工作要点\n1.实施农村公路工程。新建、改造农村公路7000公里,改造危桥300座。(牵头单位:省交通运输厅)\n").tasks[0]!;

describe("findTarget", () => {
  it("reads digits alone, of any length, as the target's number", () => {
    expect(findTarget(road, "12")).toBe(12);
    expect(findTarget(road, "1")).toBe(1);
  });

  it("reads digits among words as words of a target's text", () => {
    expect(findTarget(road, "危桥300")).toBe(2);
    expect(findTarget(road, "300座")).toBe(2);
    expect(findTarget(road, "7000公里")).toBe(1);
  });

  it("refuses target 0 without matching it against the targets' text", () => {
    const zero = { id: "9", targets: [{ ...road.targets[0]!, text: "0" }] };
    expect(() => findTarget(zero, "0")).toThrow(PlanError);
    expect(() => findTarget(zero, 0)).toThrow(/matches 0 of task 9's targets \(1 0\)/);
  });
});
