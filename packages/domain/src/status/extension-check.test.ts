// checkExtension and answersFor with a unit printed as a sub-office or as the unit it means, and a
// refusal that lists two accountable units.
import { describe, expect, it } from "vitest";
import { PlanError } from "../errors.js";
import { parsePlan } from "../parse/plan.js";
import { answersFor, checkExtension } from "./extension-check.js";

const plan = parsePlan(["2016年工作要点", "1.提高覆盖率。森林覆盖率达到35%。(责任单位:省发展改革委(苏区办))", "2.加强组织实施。(牵头单位:省财政厅、省交通运输厅;配合单位:省教育厅)"].join("\n"));
const [rate, joint] = [plan.tasks[0]!, plan.tasks[1]!];

describe("who answers for a task", () => {
  it("is found by the printing of the sub-office or by the unit it means", () => {
    expect(rate.units.map((u) => [u.name, u.unit])).toEqual([["省发展改革委(苏区办)", "省发展改革委"]]);
    expect(answersFor(rate, "省发展改革委(苏区办)")).toBe("省发展改革委");
    expect(answersFor(rate, "省发展改革委")).toBe("省发展改革委");
  });
});

describe("checkExtension", () => {
  it("lists every unit that answers for the task when another asks", () => {
    try {
      checkExtension(plan, { task: "2", unit: "省教育厅", reason: "r", to: "2017-03-31" }, () => []);
      throw new Error("expected a PlanError");
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      expect((error as PlanError).message).toBe("省教育厅 does not answer for task 2 (its lead or responsible units: 省财政厅\u3001省交通运输厅)");
    }
    expect(joint.units.map((u) => u.role)).toEqual(["lead", "lead", "support"]);
  });

  it("takes a request from the sub-office, for the unit it means", () => {
    expect(checkExtension(plan, { task: "1", target: 1, unit: "省发展改革委(苏区办)", reason: "r", to: "2017-03-31" }, () => [])).toMatchObject({
      unit: "省发展改革委",
      target: 1,
      from: "2016-12-31",
    });
  });
});
