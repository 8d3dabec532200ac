// Who may do what, through the verbs themselves: the door the CLI, the API, the Worker and the web
// pages all go through. Every write verb is called by every kind of caller; a caller the access
// table lets through reaches the verb's own checks (here: a thing that does not exist), anyone
// else is refused with auth.forbidden before anything is read or written.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  closeTask,
  createKey,
  databaseState,
  decideExtension,
  deletePlan,
  getPlan,
  importDocuments,
  importProgress,
  listKeys,
  listProgress,
  type PlanStore,
  type PlanStoreClient,
  recordProgress,
  reopenTask,
  replacePlan,
  requestExtension,
  reviewReport,
  revokeKey,
  sendReminders,
  setBaseline,
  statusAsOf,
  type StoreError,
} from "../src/index.js";
import { openStore } from "../src/node.js";

const OWN = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳, a unit of task 4
const OTHER = "\u7701\u6559\u80B2\u5EF3"; // 省教育廳, a unit with no part in task 4
const NOWHERE = "plan_ffffffffffffffff";

const CALLERS = {
  office: { actor: "cli:office", role: "admin" },
  "unit of the task": { actor: "key_roads", role: "unit", unit: OWN },
  "other unit": { actor: "key_schools", role: "unit", unit: OTHER },
  viewer: { actor: "key_viewer", role: "viewer" },
} as const satisfies Record<string, Caller>;
type Who = keyof typeof CALLERS;

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)));
const when = { asOf: "2016-07-01", timeZone: "Asia/Shanghai" };
let store: PlanStoreClient;
let plan = "";

beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), "plan-access-")), "plan.db"), {});
  const [imported] = await store.run(importDocuments([{ bytes: seed, name: "seed.txt" }], {}, CALLERS.office));
  plan = imported!.plan.id;
});
afterAll(() => store.close());

type Verb = (caller: Caller) => Effect.Effect<unknown, StoreError, PlanStore>;

// Each verb asked for something that does not exist (or is invalid), so an allowed caller gets the
// verb's own refusal and the table changes nothing in the database.
const VERBS: Record<string, { verb: Verb; allowed: readonly Who[] }> = {
  "import a plan": { verb: (c) => importDocuments([{ bytes: new TextEncoder().encode("no numbered task"), name: "x.txt" }], {}, c), allowed: ["office"] },
  "replace a plan": { verb: (c) => replacePlan(NOWHERE, { bytes: seed, name: "x.txt" }, {}, c), allowed: ["office"] },
  "delete a plan": { verb: (c) => deletePlan(NOWHERE, c), allowed: ["office"] },
  report: { verb: (c) => recordProgress(plan, { task: "999", target: 1, period: "2016-06", value: 1, unit: c.unit ?? OWN }, c), allowed: ["office", "unit of the task", "other unit"] },
  "import reports": { verb: (c) => importProgress(plan, [{ name: "x.csv", bytes: new TextEncoder().encode("nothing") }], c), allowed: ["office", "unit of the task", "other unit"] },
  "request an extension": { verb: (c) => requestExtension(plan, { task: "4", target: 99, reason: "x", to: "2017-06-30" }, c), allowed: ["office", "unit of the task"] },
  "decide an extension": { verb: (c) => decideExtension(plan, "ext_nope", { decision: "approve" }, c), allowed: ["office"] },
  "review a report": { verb: (c) => reviewReport(plan, "report_nope", { decision: "accept" }, c), allowed: ["office"] },
  "set a baseline": { verb: (c) => setBaseline(plan, "999", 1, 1, c), allowed: ["office"] },
  "close a task": { verb: (c) => closeTask(plan, "999", {}, c), allowed: ["office"] },
  "reopen a task": { verb: (c) => reopenTask(plan, "999", {}, c), allowed: ["office"] },
  "send reminders": { verb: (c) => sendReminders(NOWHERE, when, { url: "https://robot.example/hook" }, c), allowed: ["office"] },
  "create a key": { verb: (c) => createKey({ role: "root" }, c), allowed: ["office"] },
  "list keys": { verb: (c) => listKeys(c), allowed: ["office"] },
  "revoke a key": { verb: (c) => revokeKey("key_nope", c), allowed: ["office"] },
  "read the database's state": { verb: (c) => databaseState(c), allowed: ["office"] },
  "read a plan": { verb: (c) => getPlan(plan, c), allowed: ["office", "unit of the task", "other unit", "viewer"] },
  "read the status": { verb: (c) => statusAsOf(plan, when, undefined, c), allowed: ["office", "unit of the task", "other unit", "viewer"] },
  "read reports": { verb: (c) => listProgress(plan, {}, {}, c), allowed: ["office", "unit of the task", "other unit", "viewer"] },
};

const outcome = async (run: Promise<unknown>): Promise<"forbidden" | "let through"> => {
  try {
    await run;
    return "let through";
  } catch (error) {
    return (error as StoreError).code === "auth.forbidden" ? "forbidden" : "let through";
  }
};

describe("the verbs' access table", () => {
  for (const [act, { verb, allowed }] of Object.entries(VERBS)) {
    it(act, async () => {
      const got: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const who of Object.keys(CALLERS) as Who[]) {
        got[who] = await outcome(store.run(verb(CALLERS[who])));
        expected[who] = allowed.includes(who) ? "let through" : "forbidden";
      }
      expect(got).toEqual(expected);
    });
  }
});
