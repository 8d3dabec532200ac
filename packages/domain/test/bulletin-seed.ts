// The seed plan with a month of progress, as the bulletin tests read it: some targets on track,
// some at risk or behind, task 28's milestone overdue, a few tasks not reported, one returned
// report and one approved extension in the office's record.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BulletinSupervision, checkProgress, type PlanStatus, type ProgressReport, parsePlan, planStatus, SUBMITTED } from "../src/index.js";

const seedPath = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
export const seedPlan = parsePlan(readFileSync(seedPath));

const june = (task: string, unit: string, extra: { target?: number; value?: number; status?: "on-track" | "at-risk" | "behind" | "done" }) => ({ task, unit, period: "2016-06", ...extra });

/** The month of reports (June 2016): values in the targets' own units. */
export const SEED_PROGRESS = [
  june("1", "有關設區市", { target: 1, value: 250_000 }),
  june("4", "省能源局", { target: 1, value: 1_200_000_000 }),
  june("4", "省能源局", { target: 2, value: 6 }),
  june("4", "省能源局", { target: 3, value: 11 }),
  june("4", "省能源局", { target: 4, value: 5400 }),
  june("4", "省交通運輸廳", { target: 5, value: 1000 }),
  june("4", "省交通運輸廳", { target: 6, value: 150 }),
  june("8", "省人力資源社會保障廳", { target: 1, value: 100_000 }),
  june("8", "省民政廳", { target: 2, value: 15 }),
  june("8", "省民政廳", { target: 3, value: 3 }),
  june("8", "省民政廳", { target: 4, value: 10 }),
  june("17", "省交通運輸廳", { target: 1, value: 250 }),
  june("32", "省財政廳", { target: 1, value: 20_000_000_000 }),
  june("32", "省財政廳", { target: 2, value: 20 }),
  ...["2", "3", "5", "7", "9", "10", "11", "12", "14", "15", "16", "18", "19", "20", "23", "24", "25", "26", "29", "30", "31"].map((t) => june(t, "有關設區市", { status: "on-track" })),
  june("13", "省旅發委", { status: "behind" }),
  june("27", "省商務廳", { status: "done" }),
];

// The fifth report (task 4's first target) was returned: it does not count for status.
const RETURNED = { state: "returned", reason: "\u7F3A\u5C11\u4F50\u8BC1\u6750\u6599", by: "office", at: "2016-06-28T09:00:00.000Z" } as const;

/** The reports as stored: checked against the plan, with the fields a store adds. */
export const seedReports: ProgressReport[] = SEED_PROGRESS.map((input, i) => ({
  id: `r${i + 1}`,
  planId: seedPlan.id,
  ...checkProgress(seedPlan, input),
  target: input.target ?? null,
  reportedBy: "test",
  reportedAt: `2016-06-${String(20 + (i % 10)).padStart(2, "0")}T08:00:00.000Z`,
  carriedFrom: null,
  review: i === 4 ? RETURNED : SUBMITTED,
}));

export const AS_OF = "2016-07-01";
export const seedStatus: PlanStatus = planStatus(seedPlan, seedReports, { asOf: AS_OF });

/** The office's record: one report returned, one extension approved and one refused. */
export const seedSupervision: BulletinSupervision = {
  returned: [{ reportId: "r5", task: "4", title: "實施農村電網\u3001農村公路升級改造工程", unit: "省能源局", period: "2016-06", reason: "缺少佐证材料", at: "2016-06-28T09:00:00.000Z" }],
  extensions: [
    {
      id: "e1",
      task: "28",
      title: "進一步建立健全工作機制",
      unit: "贛州市",
      item: "milestone 1",
      from: "2016-06-30",
      to: "2016-09-30",
      reason: "需待省级方案出台",
      state: "approved",
      decidedAt: "2016-06-29T09:00:00.000Z",
    },
    {
      id: "e2",
      task: "13",
      title: "做大做強旅遊業",
      unit: "省旅發委",
      item: "task",
      from: "2016-12-31",
      to: "2017-06-30",
      reason: "项目调整",
      state: "refused",
      decidedAt: "2016-06-29T10:00:00.000Z",
    },
  ],
  closed: [],
};
