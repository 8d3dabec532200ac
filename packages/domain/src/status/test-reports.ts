// A stored progress report for the status tests: every field a report has, blank, under the fields
// a test gives. Each gets the next id; reportedAt is fixed unless the test sets it.
import type { ProgressReport } from "../models/progress.js";
import { SUBMITTED } from "../models/review.js";

let made = 0;

export const storedReport = (fields: Partial<ProgressReport> = {}): ProgressReport => ({
  id: `r${++made}`,
  planId: "p",
  task: "1",
  target: null,
  milestone: null,
  unit: "\u5E02\u8D22\u653F\u5C40", // 市财政局
  period: "2016-06",
  value: null,
  status: null,
  note: "",
  evidence: [],
  reportedBy: "test",
  reportedAt: "2026-01-01T00:00:00.000Z",
  carriedFrom: null,
  review: SUBMITTED,
  ...fields,
});
