// Reporting periods and dates at their edges: the days of a month or a quarter, a date the calendar
// has or not, the working years, the period due around the plan's first and last days, and the
// years a plan runs over.
import { describe, expect, it } from "vitest";
import { checkWorkingDate, duePeriod, periodOf, periodRange, planYears } from "./period.js";
import { refusal } from "../test-refusal.js";

describe("periodRange", () => {
  it("gives a month's and a quarter's first and last days, leap years included", () => {
    expect(periodRange("2016-02")).toEqual({ period: "2016-02", start: "2016-02-01", end: "2016-02-29" });
    expect(periodRange("2015-02")).toEqual({ period: "2015-02", start: "2015-02-01", end: "2015-02-28" });
    expect(periodRange("2016-11")).toEqual({ period: "2016-11", start: "2016-11-01", end: "2016-11-30" });
    expect(periodRange("2016-Q4")).toEqual({ period: "2016-Q4", start: "2016-10-01", end: "2016-12-31" });
    expect(periodRange("2016-Q3")).toEqual({ period: "2016-Q3", start: "2016-07-01", end: "2016-09-30" });
  });

  it("is null for anything else, however close", () => {
    for (const period of ["2016-00", "2016-13", "2016-Q0", "2016-Q5", "x2016-06", "2016-06x", "12016-06", "2016-Q2 ", "2016-6"]) expect(periodRange(period), period).toBeNull();
  });
});

describe("checkWorkingDate", () => {
  it("takes a date the calendar has, in the working years 1950 to 2100", () => {
    for (const date of ["1950-01-01", "2100-12-31", "2016-02-29"]) expect(() => checkWorkingDate(date, "to")).not.toThrow();
  });

  it("refuses a date the calendar does not have, or not written YYYY-MM-DD, naming the field", () => {
    expect(refusal(() => checkWorkingDate("2016-13-01", "to"))).toEqual({ code: "request.invalid", message: 'to: "2016-13-01" is not a date (YYYY-MM-DD)', details: { field: "to" } });
    for (const date of ["2015-02-29", "2016-1-01", "2016-01-01T00:00", "", "x2016-01-01", "2016-01-01x"])
      expect(refusal(() => checkWorkingDate(date, "asOf")).message, date).toBe(`asOf: "${date}" is not a date (YYYY-MM-DD)`);
  });

  it("refuses a date outside the working years, naming the field and the years", () => {
    expect(refusal(() => checkWorkingDate("1949-12-31", "from"))).toEqual({
      code: "request.invalid",
      message: "from: 1949-12-31 is outside the years plan works with (1950\u20132100)",
      details: { field: "from" },
    });
    expect(refusal(() => checkWorkingDate("2101-01-01", "to")).message).toBe("to: 2101-01-01 is outside the years plan works with (1950\u20132100)");
  });
});

describe("duePeriod", () => {
  it("refuses an as-of date that is not one, as asOf", () => {
    expect(refusal(() => duePeriod("2016-02-30", "monthly", "2016-01-01"))).toEqual({ code: "request.invalid", message: 'asOf: "2016-02-30" is not a date (YYYY-MM-DD)', details: { field: "asOf" } });
  });

  it("has the period before due from the plan's first day on, and nothing due before it", () => {
    // The plan starts on the last day of June: June is due through July.
    expect(duePeriod("2016-07-15", "monthly", "2016-06-30")).toBe("2016-06");
    expect(duePeriod("2016-07-15", "monthly", "2016-07-01")).toBeNull();
    expect(duePeriod("2016-04-15", "quarterly", "2016-03-31")).toBe("2016-Q1");
    expect(duePeriod("2016-04-15", "quarterly", "2016-04-01")).toBeNull();
  });

  it("keeps the plan's last period due once the plan is over", () => {
    expect(duePeriod("2017-03-05", "monthly", "2016-01-01", "2016-12-31")).toBe("2016-12");
    expect(duePeriod("2017-03-05", "quarterly", "2016-01-01", "2016-12-31")).toBe("2016-Q4");
    expect(duePeriod("2016-12-31", "monthly", "2016-01-01", "2016-12-31")).toBe("2016-12");
    expect(duePeriod("2016-12-30", "monthly", "2016-01-01", "2016-12-31")).toBe("2016-11");
    expect(duePeriod("2017-03-05", "monthly", "2016-01-01")).toBe("2017-02");
  });

  it("names periods by their month or quarter", () => {
    expect(periodOf("2016-09-30", "quarterly")).toBe("2016-Q3");
    expect(periodOf("2016-10-01", "quarterly")).toBe("2016-Q4");
    expect(periodOf("2016-09-30", "monthly")).toBe("2016-09");
  });
});

describe("planYears", () => {
  const dated = (date: string | null) => ({ deadline: { date } });
  const task = (own: string | null, targets: (string | null)[] = [], milestones: (string | null)[] = []) => ({ ...dated(own), targets: targets.map(dated), milestones: milestones.map(dated) });

  it("runs from the plan's year to its last dated deadline, the task's, a target's or a milestone's", () => {
    expect(planYears({ year: 2016, tasks: [task("2016-12-31")] })).toEqual({ first: 2016, last: 2016 });
    expect(planYears({ year: 2016, tasks: [task("2016-12-31", ["2018-06-30"])] })).toEqual({ first: 2016, last: 2018 });
    expect(planYears({ year: 2016, tasks: [task(null, [], ["2017-06-30"]), task("2016-12-31")] })).toEqual({ first: 2016, last: 2017 });
    expect(planYears({ year: 2016, tasks: [task("2019-01-01"), task("2017-06-30")] })).toEqual({ first: 2016, last: 2019 });
  });

  it("starts at the plan's year even when a deadline is dated before it", () => {
    expect(planYears({ year: 2016, tasks: [task("2015-12-31")] })).toEqual({ first: 2016, last: 2016 });
  });

  it("runs over the dated deadlines of a plan that names no year, and is null without any", () => {
    expect(planYears({ year: null, tasks: [task("2017-06-30"), task("2016-03-31", [null]), task(null)] })).toEqual({ first: 2016, last: 2017 });
    expect(planYears({ year: null, tasks: [task(null, [null], [null])] })).toBeNull();
    expect(planYears({ year: 2016, tasks: [] })).toEqual({ first: 2016, last: 2016 });
  });
});
