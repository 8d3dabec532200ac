// The deadlines that count once extensions are approved, item by item: which extension wins, which
// items a task's extension carries along, and the deadline in force for one item.
import { describe, expect, it } from "vitest";
import { type ApprovedExtension, deadlineOf, movedDeadlines } from "./deadlines.js";

const dated = (date: string | null) => ({ text: "", deadline: { text: null, date } });
// The task is due at the end of 2016; its first target and first milestone with it, its second
// target and second milestone earlier.
const task = {
  deadline: { text: null, date: "2016-12-31" },
  targets: [
    { ...dated("2016-12-31"), value: 1, unit: "个", comparator: ">=" as const },
    { ...dated("2016-06-30"), value: 1, unit: "个", comparator: ">=" as const },
  ],
  milestones: [dated("2016-12-31"), dated("2016-03-31")],
};
let n = 0;
const ext = (fields: Partial<ApprovedExtension>): ApprovedExtension => ({
  target: null,
  milestone: null,
  to: "2017-03-31",
  decidedAt: `2026-01-${String(++n).padStart(2, "0")}T00:00:00.000Z`,
  ...fields,
});

describe("movedDeadlines", () => {
  it("are the document's without extensions", () => {
    const own = { task: "2016-12-31", targets: ["2016-12-31", "2016-06-30"], milestones: ["2016-12-31", "2016-03-31"] };
    expect(movedDeadlines(task)).toEqual(own);
    expect(movedDeadlines(task, [])).toEqual(own);
  });

  it("move one target or one milestone on its own", () => {
    expect(movedDeadlines(task, [ext({ target: 2, to: "2016-09-30" })])).toEqual({ task: "2016-12-31", targets: ["2016-12-31", "2016-09-30"], milestones: ["2016-12-31", "2016-03-31"] });
    expect(movedDeadlines(task, [ext({ milestone: 2, to: "2016-05-31" })])).toEqual({ task: "2016-12-31", targets: ["2016-12-31", "2016-06-30"], milestones: ["2016-12-31", "2016-05-31"] });
    expect(movedDeadlines(task, [ext({ milestone: 1, to: "2017-01-31" })]).milestones).toEqual(["2017-01-31", "2016-03-31"]);
  });

  it("move the task, and the items due on its own date, not those due earlier", () => {
    expect(movedDeadlines(task, [ext({ to: "2017-03-31" })])).toEqual({ task: "2017-03-31", targets: ["2017-03-31", "2016-06-30"], milestones: ["2017-03-31", "2016-03-31"] });
  });

  it("never bring forward an item extended on its own beyond the task's new date, and carry along one extended to less", () => {
    const item = [ext({ target: 1, to: "2017-09-30" }), ext({ milestone: 1, to: "2017-08-31" })];
    expect(movedDeadlines(task, [...item, ext({ to: "2017-03-31" })])).toEqual({ task: "2017-03-31", targets: ["2017-09-30", "2016-06-30"], milestones: ["2017-08-31", "2016-03-31"] });
    const short = [ext({ target: 1, to: "2017-01-31" }), ext({ milestone: 1, to: "2017-02-28" })];
    expect(movedDeadlines(task, [...short, ext({ to: "2017-03-31" })])).toEqual({ task: "2017-03-31", targets: ["2017-03-31", "2016-06-30"], milestones: ["2017-03-31", "2016-03-31"] });
    // On the same date: the task's date, either way.
    const same = [ext({ target: 1, to: "2017-03-31" }), ext({ milestone: 1, to: "2017-03-31" })];
    expect(movedDeadlines(task, [...same, ext({ to: "2017-03-31" })])).toMatchObject({ targets: ["2017-03-31", "2016-06-30"], milestones: ["2017-03-31", "2016-03-31"] });
  });

  it("apply in the order decided, whatever order they come in: the latest decided wins", () => {
    const first = ext({ to: "2017-06-30", decidedAt: "2026-02-01T00:00:00.000Z" });
    const second = ext({ to: "2017-03-31", decidedAt: "2026-03-01T00:00:00.000Z" });
    expect(movedDeadlines(task, [second, first]).task).toBe("2017-03-31");
    expect(movedDeadlines(task, [first, second]).task).toBe("2017-03-31");
    // One without a decision date counts as decided before any dated one.
    const undated = ext({ to: "2018-01-31", decidedAt: null as unknown as string });
    expect(movedDeadlines(task, [second, undated]).task).toBe("2017-03-31");
    expect(movedDeadlines(task, [undated, second]).task).toBe("2017-03-31");
  });
});

describe("deadlineOf", () => {
  const deadlines = { task: "2017-03-31", targets: ["2017-01-31", null], milestones: ["2017-02-28"] };

  it("is the target's, the milestone's, or the task's own when the item is the task", () => {
    expect(deadlineOf(deadlines, { target: 1, milestone: null })).toBe("2017-01-31");
    expect(deadlineOf(deadlines, { target: 2, milestone: null })).toBeNull();
    expect(deadlineOf(deadlines, { target: null, milestone: 1 })).toBe("2017-02-28");
    expect(deadlineOf(deadlines, { target: null, milestone: null })).toBe("2017-03-31");
  });

  it("is null for an item the task does not have", () => {
    expect(deadlineOf(deadlines, { target: 3, milestone: null })).toBeNull();
    expect(deadlineOf(deadlines, { target: null, milestone: 2 })).toBeNull();
  });
});
