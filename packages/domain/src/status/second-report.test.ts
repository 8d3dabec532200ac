// One report per item, unit and period: the same report again is the one recorded, a different one
// is refused unless it replaces, and a returned one sent again unchanged is refused with the
// office's reason. The store applies this rule to single writes and to every row of an import.
import { describe, expect, it } from "vitest";
import type { ProgressReport } from "../models/progress.js";
import type { CheckedProgress } from "./progress-check.js";
import { admitReport, compareWithEarlier } from "./second-report.js";

const UNIT = "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"; // 省交通运输厅
const checked = (value: number, note = ""): CheckedProgress =>
  ({ task: "4", target: 5, milestone: null, unit: UNIT, period: "2016-06", value, status: null, note, evidence: [], reportedBy: "key_1" }) as CheckedProgress;
const stored = (value: number, review: ProgressReport["review"] = { state: "submitted", reason: null, by: null, at: null } as never): ProgressReport =>
  ({ id: "r1", planId: "plan_1", ...checked(value), reportedAt: "2016-07-02T08:00:00.000Z", carriedFrom: null, review }) as ProgressReport;
const returned = stored(10, { state: "returned", reason: "\u6570\u636E\u6709\u8BEF", by: "office", at: "2016-07-03T00:00:00.000Z" } as never); // 数据有误

describe("compareWithEarlier", () => {
  it("is new with nothing stored, or only a different report returned", () => {
    expect(compareWithEarlier(checked(10), undefined, undefined)).toEqual({ kind: "new" });
    expect(compareWithEarlier(checked(12), undefined, returned)).toEqual({ kind: "new" });
  });
  it("is the same or different beside the standing report, whatever was returned", () => {
    expect(compareWithEarlier(checked(10), stored(10), returned)).toMatchObject({ kind: "same", earlier: { value: 10 } });
    expect(compareWithEarlier(checked(10, "\u8865\u5145"), stored(10), undefined)).toMatchObject({ kind: "different" });
    expect(compareWithEarlier(checked(11), stored(10), undefined)).toMatchObject({ kind: "different" });
  });
  it("is the returned report when none stands and it is sent again unchanged", () => {
    expect(compareWithEarlier(checked(10), undefined, returned)).toEqual({ kind: "returned", earlier: returned });
  });
});

describe("admitReport", () => {
  it("records a new report, replacing nothing, with or without replace", () => {
    for (const replace of [false, true]) expect(admitReport({ kind: "new" }, replace)).toEqual({ outcome: "record", replaces: null });
  });
  it("takes the same report again as the one recorded, with or without replace", () => {
    for (const replace of [false, true]) expect(admitReport({ kind: "same", earlier: stored(10) }, replace)).toEqual({ outcome: "unchanged", earlier: stored(10) });
  });
  it("refuses a different report unless it replaces, naming the first and how to replace it", () => {
    expect(admitReport({ kind: "different", earlier: stored(10) }, true)).toEqual({ outcome: "record", replaces: stored(10) });
    const refused = admitReport({ kind: "different", earlier: stored(10) }, false);
    expect(refused).toMatchObject({
      outcome: "refused",
      error: { code: "progress.duplicate", details: { earlier: "r1", task: "4", target: 5, milestone: null, unit: UNIT, period: "2016-06" } },
    });
    expect(refused.outcome === "refused" && refused.error.message).toBe(
      `${UNIT} already reported target 5 of task 4 for 2016-06 (report r1, 2016-07-02): replace it explicitly (--replace, "replace": true)`,
    );
  });
  it("refuses a returned report sent again unchanged, even to replace, quoting the office's reason", () => {
    for (const replace of [false, true]) {
      const refused = admitReport({ kind: "returned", earlier: returned }, replace);
      expect(refused).toMatchObject({
        outcome: "refused",
        error: { code: "progress.duplicate", details: { returned: "r1", reason: "\u6570\u636E\u6709\u8BEF", task: "4", unit: UNIT, period: "2016-06" } },
      });
      expect(refused.outcome === "refused" && refused.error.message).toBe(
        `${UNIT}: this is report r1 for target 5 of task 4, 2016-06, unchanged, which the office returned (\u201C\u6570\u636E\u6709\u8BEF\u201D): correct it before sending it again`,
      );
    }
  });
  it("names a milestone, or the task itself, in the refusal", () => {
    const milestone = { ...stored(10), target: null, milestone: 2 };
    const task = { ...stored(10), target: null, milestone: null };
    const message = (earlier: ProgressReport) => {
      const r = admitReport({ kind: "different", earlier }, false);
      return r.outcome === "refused" ? r.error.message : "";
    };
    expect(message(milestone)).toContain("reported milestone 2 of task 4");
    expect(message(task)).toContain("reported the task of task 4");
    const back = admitReport({ kind: "returned", earlier: { ...returned, review: { ...returned.review, reason: null } } }, false);
    expect(back.outcome === "refused" && back.error.message).toContain("which the office returned: correct it");
  });
});
