// The application layer's verbs on a real SQLite file: what every front end calls.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Effect } from "effect";
import { TestClock } from "effect/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, importDocuments, listProgress, listTasks, recordProgress, statusAsOf, todayIn } from "../src/index.js";
import { openStore } from "../src/node.js";
import { serviceClient, type ServiceClient } from "../src/testing.js";

// The office, as the CLI acts: an admin caller.
const OFFICE = { actor: "test", role: "admin" } as const;

const seedBytes = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)));
const ROAD = "\u8FB2\u6751\u516C\u8DEF"; // 農村公路
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳

let store: ServiceClient;
let planId: string;

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-verbs-")), "plan.db"), {}));
  const [result] = await store.run(importDocuments([{ bytes: seedBytes, name: "seeds/gannan-2016.txt" }], {}, OFFICE));
  planId = result!.plan.id;
  // A report on the road target, so the reads find one whatever ran before them.
  await store.run(recordProgress(planId, { task: "4", target: ROAD, period: "2016-05", value: 800 }, { actor: "key_unit", role: "unit", unit: TRANSPORT }));
});
afterAll(() => store.close());

describe("today", () => {
  // 2016-06-30 17:00 UTC is already 1 July in Beijing.
  const at = Date.parse("2016-06-30T17:00:00Z");
  const dateAt = (timeZone: string) =>
    Effect.runPromise(
      Effect.gen(function* () {
        yield* TestClock.setTime(at);
        return yield* todayIn(timeZone);
      }).pipe(Effect.provide(TestClock.layer())),
    );

  it("is the office's date, not UTC's", async () => {
    expect(await dateAt("Asia/Shanghai")).toBe("2016-07-01");
    expect(await dateAt("UTC")).toBe("2016-06-30");
  });

  it("refuses a time zone that is not one", async () => {
    await expect(dateAt("Mars/Olympus")).rejects.toMatchObject({ code: "request.invalid", message: expect.stringContaining("Mars/Olympus") });
  });
});

describe("importDocuments", () => {
  it("titles a plan from its file name, and stores nothing when one document of several is refused", async () => {
    const before = (await store.plansPage()).items.length;
    const other = new TextEncoder().encode("\u5DE5\u4F5C\u8981\u70B9\n\u4E00\u3001\u63A8\u8FDB\u6539\u9769\n1.\u5B8C\u6210\u6539\u9769\u4EFB\u52A120\u9879\u3002");
    const attempt = store.run(
      importDocuments(
        [
          { bytes: other, name: "inbox/extra.txt" },
          { bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), name: "inbox/broken.docx" },
        ],
        {},
        OFFICE,
      ),
    );
    await expect(attempt).rejects.toMatchObject({ message: expect.stringMatching(/^inbox\/broken\.docx: /), details: { file: "inbox/broken.docx" } });
    expect((await store.plansPage()).items.length).toBe(before);
  });

  it("refuses an empty file by its name", async () => {
    await expect(store.run(importDocuments([{ bytes: new Uint8Array(), name: "empty.txt" }], {}, OFFICE))).rejects.toMatchObject({
      code: "input.unreadable",
      message: "empty.txt: the file is empty",
    });
  });
});

describe("recordProgress", () => {
  it("takes a target by words of its text, and a unit's key reports for its unit only", async () => {
    const { report } = await store.run(recordProgress(planId, { task: "4", target: ROAD, period: "2016-06", value: 1200 }, { actor: "key_unit", role: "unit", unit: TRANSPORT }));
    const task = (await store.loadPlan(planId)).tasks.find((t) => t.id === "4")!;
    expect(task.targets[report.target! - 1]!.text).toContain(ROAD);
    expect(report).toMatchObject({ unit: TRANSPORT, reportedBy: "key_unit" });
    await expect(
      store.run(recordProgress(planId, { task: "4", target: ROAD, unit: "\u7701\u8D22\u653F\u5385", period: "2016-06", value: 1 }, { actor: "key_unit", role: "unit", unit: TRANSPORT })),
    ).rejects.toMatchObject({
      code: "auth.forbidden",
    });
    await expect(store.run(recordProgress(planId, { task: "4", target: ROAD, period: "2016-06", value: 1 }, { actor: "admin", role: "admin" }))).rejects.toMatchObject({
      code: "progress.invalid",
      details: { field: "unit" },
    });
  });

  it("names the targets when words match none or several", async () => {
    const none = store.run(recordProgress(planId, { task: "4", target: "\u822A\u5929", unit: TRANSPORT, period: "2016-06", value: 1 }, { actor: "admin", role: "admin" }));
    await expect(none).rejects.toMatchObject({ code: "target.not-found", message: expect.stringContaining(ROAD) });
  });
});

describe("reads", () => {
  it("resolve a unit in any printing, and refuse one the plan does not name", async () => {
    const simplified = "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"; // 省交通运输厅
    const page = await store.run(listProgress(planId, { unit: simplified }, {}, OFFICE));
    expect(page.items.every((r) => r.unit === TRANSPORT)).toBe(true);
    expect(page.items.length).toBeGreaterThan(0);
    await expect(store.run(listProgress(planId, { unit: "\u706B\u661F\u5C40" }, {}, OFFICE))).rejects.toMatchObject({ code: "unit.not-found" });
    const tasks = await store.run(listTasks(planId, { unit: simplified }, {}, { timeZone: "Asia/Shanghai" }, OFFICE));
    expect(tasks.assessed).toBe(false);
    expect(tasks.page.items.map((t) => t.id)).toContain("4");
  });

  it("are as of a date, checked", async () => {
    expect((await store.run(statusAsOf(planId, { asOf: "2016-07-01", timeZone: "UTC" }, undefined, OFFICE))).asOf).toBe("2016-07-01");
    await expect(store.run(statusAsOf(planId, { asOf: "2016-02-30", timeZone: "UTC" }, undefined, OFFICE))).rejects.toMatchObject({ code: "request.invalid" });
  });
});

describe("createKey", () => {
  it("gives a unit's key a unit, and only a unit's key", async () => {
    await expect(store.run(createKey({ role: "unit" }, OFFICE))).rejects.toMatchObject({ code: "request.invalid", details: { field: "unit" } });
    await expect(store.run(createKey({ role: "viewer", unit: TRANSPORT }, OFFICE))).rejects.toMatchObject({ code: "request.invalid" });
    await expect(store.run(createKey({ role: "root" }, OFFICE))).rejects.toMatchObject({ details: { field: "role" } });
    expect((await store.run(createKey({ role: "unit", unit: TRANSPORT }, OFFICE))).key).toMatchObject({ role: "unit", unit: TRANSPORT, label: `unit ${TRANSPORT}` });
  });
});
