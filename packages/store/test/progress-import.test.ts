// Progress in bulk on a real SQLite file: every row of every sheet checked, all recorded or none,
// idempotent on re-import, duplicates refused unless replaced, a unit's key for its own rows only.
// Each test reports for a period of its own, so that they hold in any order.

import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocuments, importProgress, recordProgress, templateSheets } from "../src/index.js";
import { openStore } from "../src/node.js";
import { serviceClient, type ServiceClient } from "../src/testing.js";

// The office, as the CLI acts: an admin caller.
const OFFICE = { actor: "test", role: "admin" } as const;

const seedBytes = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)));
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const ENERGY = "\u7701\u80FD\u6E90\u5C40"; // 省能源局
const HEADER = [
  "\u4EFB\u52A1\u7F16\u53F7",
  "\u6307\u6807/\u8282\u70B9",
  "\u8D23\u4EFB\u5355\u4F4D",
  "\u586B\u62A5\u671F\u95F4",
  "\u7D2F\u8BA1\u5B8C\u6210",
  "\u5B8C\u6210\u72B6\u6001",
  "\u8FDB\u5C55\u60C5\u51B5",
];
const T = (n: number) => `\u6307\u6807${n}`; // 指标n
const M = (n: number) => `\u8282\u70B9${n}`; // 节点n

let store: ServiceClient;
let planId: string;

/** A progress sheet as CSV: the header, then the rows. */
const sheet = (name: string, rows: string[][]) => ({ name, bytes: new TextEncoder().encode([HEADER, ...rows].map((r) => r.join(",")).join("\r\n")) });
const reportsFor = async (period: string) => (await store.reportsPage(planId, {}, { limit: 500 })).items.filter((r) => r.period === period);
const imports = async () => (await store.auditLog(planId)).filter((a) => a.action === "progress.import");
const admin = { actor: "key_admin", role: "admin" } as const;

beforeAll(async () => {
  store = serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-progress-import-")), "plan.db"), {}));
  const [result] = await store.run(importDocuments([{ bytes: seedBytes, name: "seed.txt" }], {}, OFFICE));
  planId = result!.plan.id;
});
afterAll(() => store.close());

describe("templateSheets", () => {
  it("is for the period due as of the date, and for the plan's last period once it is over", async () => {
    const period = async (asOf: string) => (await store.run(templateSheets(planId, { unit: TRANSPORT }, { asOf, timeZone: "Asia/Shanghai" }, OFFICE))).period;
    expect(await period("2016-07-15")).toBe("2016-06");
    expect(await period("2019-05-01")).toBe("2016-12");
  });
});

describe("importProgress", () => {
  it("records nothing when any row of any file is bad, and names every bad row by file, row and column", async () => {
    const auditBefore = (await imports()).length;
    const good = sheet("inbox/transport.csv", [
      ["4", T(5), TRANSPORT, "2016-03", "1500", "", "\u63A8\u8FDB\u4E2D"],
      ["17", M(1), TRANSPORT, "2016-03", "", "\u6B63\u5E38\u63A8\u8FDB", ""],
    ]);
    const bad = sheet("inbox/energy.csv", [
      ["4", T(1), ENERGY, "2016-03", "abc", "", ""],
      ["4", T(9), ENERGY, "2016-03", "3", "", ""],
      ["19", "", "\u7701\u6C34\u5229\u5EF3", "2016-03", "", "\u6B63\u5E38\u63A8\u8FDB", ""],
      ["4", T(2), ENERGY, "2016-3x", "3", "", ""],
    ]);
    const failure = await store.run(importProgress(planId, [good, bad], admin)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "progress.invalid", message: "4 problem(s) in 2 file(s): nothing was recorded" });
    const errors = (failure as { details: { errors: { file: string; row: number; column: string; field: string | null; message: string }[] } }).details.errors;
    expect(errors.map((e) => [e.file, e.row, e.column, e.field])).toEqual([
      ["inbox/energy.csv", 2, "E", "value"],
      ["inbox/energy.csv", 3, "B", null],
      ["inbox/energy.csv", 4, "C", null],
      ["inbox/energy.csv", 5, "D", "period"],
    ]);
    expect(errors[0]!.message).toBe("\u7D2F\u8BA1\u5B8C\u6210: \u201Cabc\u201D is not a number");
    expect(errors[2]!.message).toMatch(/is not responsible for task 19/);
    // The good file's rows were not recorded either.
    expect(await reportsFor("2016-03")).toEqual([]);
    expect((await imports()).length).toBe(auditBefore);
  });

  it("names a blank sheet beside filled ones without holding them up, and refuses an import where nothing is filled in", async () => {
    const filled = sheet("inbox/transport.csv", [["4", T(5), TRANSPORT, "2016-02", "900", "", ""]]);
    const blank = sheet("inbox/energy.csv", []);
    expect(await store.run(importProgress(planId, [filled, blank], admin))).toMatchObject({ recorded: 1, empty: ["inbox/energy.csv"] });
    expect((await reportsFor("2016-02")).map((r) => r.value)).toEqual([900]);
    const failure = await store.run(importProgress(planId, [blank], admin)).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "progress.invalid", details: { errors: [{ file: "inbox/energy.csv", message: "no row is filled in" }] } });
  });

  it("records every row once; the same files again record nothing new", async () => {
    const files = [
      sheet("inbox/transport.csv", [
        ["4", T(5), TRANSPORT, "2016-04", "2000", "", ""],
        ["17", M(1), TRANSPORT, "2016-04", "", "\u6B63\u5E38\u63A8\u8FDB", "\u5DE5\u53EF\u7F16\u5236\u4E2D"],
        ["14", "", TRANSPORT, "2016-04", "", "", ""],
      ]),
      sheet("inbox/energy.csv", [["4", T(2), ENERGY, "2016-04", "5", "", ""]]),
    ];
    const first = await store.run(importProgress(planId, files, admin));
    expect(first).toMatchObject({ planId, files: ["inbox/transport.csv", "inbox/energy.csv"], recorded: 3, unchanged: 0, replaced: 0 });
    const stored = await reportsFor("2016-04");
    expect(stored.map((r) => [r.task, r.target, r.milestone, r.unit, r.value, r.status]).sort()).toEqual(
      [
        ["17", null, 1, TRANSPORT, null, "on-track"],
        ["4", 2, null, ENERGY, 5, null],
        ["4", 5, null, TRANSPORT, 2000, null],
      ].sort(),
    );
    expect(first.reports.sort()).toEqual(stored.map((r) => r.id).sort());
    const again = await store.run(importProgress(planId, files, admin));
    expect(again).toMatchObject({ recorded: 0, unchanged: 3, replaced: 0, reports: [] });
    expect((await reportsFor("2016-04")).length).toBe(3);
    const audit = await imports();
    expect(audit.at(-1)).toMatchObject({ actor: "key_admin", details: { files: ["inbox/transport.csv", "inbox/energy.csv"], recorded: 0, unchanged: 3, replaced: 0 } });
    expect(audit.at(-2)).toMatchObject({ details: { recorded: 3, unchanged: 0 } });
  });

  it("refuses a row that differs from the report recorded for its item, unit and period, unless replace is chosen", async () => {
    await store.run(importProgress(planId, [sheet("a.csv", [["4", T(5), TRANSPORT, "2016-05", "2500", "", ""]])], admin));
    const changed = sheet("b.csv", [
      ["4", T(6), TRANSPORT, "2016-05", "40", "", ""],
      ["4", T(5), TRANSPORT, "2016-05", "2600", "", ""],
    ]);
    const failure = await store.run(importProgress(planId, [changed], admin)).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      code: "progress.duplicate",
      details: { errors: [{ file: "b.csv", row: 3, message: expect.stringMatching(/already reported target 5 of task 4 for 2016-05 \(report /) }] },
    });
    // All or nothing: the new row (target 6) was not recorded either.
    expect((await reportsFor("2016-05")).map((r) => r.value)).toEqual([2500]);
    const replaced = await store.run(importProgress(planId, [changed], admin, { replace: true }));
    expect(replaced).toMatchObject({ recorded: 2, unchanged: 0, replaced: 1 });
    expect((await store.run(importProgress(planId, [changed], admin, { replace: true }))).recorded).toBe(0);
  });

  it("lets a unit's key import its own unit's rows only", async () => {
    const mixed = sheet("mixed.csv", [
      ["4", T(5), TRANSPORT, "2016-06", "3000", "", ""],
      ["4", T(1), ENERGY, "2016-06", "100000000", "", ""],
    ]);
    const failure = await store.run(importProgress(planId, [mixed], { actor: "key_t", role: "unit", unit: TRANSPORT })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "auth.forbidden", details: { errors: [{ file: "mixed.csv", row: 3, column: "C", field: "unit" }] } });
    // Its own rows, the unit column left blank: the key says which unit.
    const own = sheet("own.csv", [["4", T(5), "", "2016-06", "3000", "", ""]]);
    expect(await store.run(importProgress(planId, [own], { actor: "key_t", role: "unit", unit: TRANSPORT }))).toMatchObject({ recorded: 1 });
    expect((await reportsFor("2016-06")).map((r) => [r.unit, r.reportedBy])).toEqual([[TRANSPORT, "key_t"]]);
  });
});

describe("a single report for an item, unit and period already reported", () => {
  const report = (value: number) => ({ task: "4", target: 5, period: "2016-07", value, unit: TRANSPORT });

  it("is the same report when it says the same, refused when it differs, recorded when replace is chosen", async () => {
    const first = await store.run(recordProgress(planId, report(3100), admin));
    expect(first.replayed).toBe(false);
    const same = await store.run(recordProgress(planId, report(3100), admin));
    expect(same).toEqual({ report: first.report, replayed: true });
    await expect(store.run(recordProgress(planId, report(3200), admin))).rejects.toMatchObject({
      code: "progress.duplicate",
      message: expect.stringContaining(`report ${first.report.id}`),
      details: { earlier: first.report.id },
    });
    const replaced = await store.run(recordProgress(planId, report(3200), admin, undefined, { replace: true }));
    expect(replaced.report.value).toBe(3200);
    expect((await reportsFor("2016-07")).map((r) => r.value)).toEqual([3100, 3200]);
    const audit = (await store.auditLog(planId)).find((a) => a.entity === replaced.report.id);
    expect(audit?.details).toMatchObject({ replaces: first.report.id });
  });
});
