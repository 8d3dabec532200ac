// POST /plans/{plan}/progress:import refuses what it cannot read truly, over a real SQLite file: a
// sheet beyond a limit is 413 input.too-large naming the file and the limit (as every upload beyond
// a limit is), not 422; a formula whose value the file does not save, one figure merged over the
// rows of several items and a unit of invisible characters are 422 naming the cell, where they were
// read as empty, as several reports, or as a unit. Nothing is recorded in any of these cases.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LIMITS, writeXlsx } from "@plan/domain";
import type { PlanStoreClient } from "@plan/store";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/index.js";

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const fixture = (name: string) => new File([readFileSync(fileURLToPath(new URL(`../../domain/test/fixtures/${name}`, import.meta.url)))], name);
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const TRANSPORT_SIMPLIFIED = "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"; // 省交通运输厅
const VALUE = "\u7D2F\u8BA1\u5B8C\u6210"; // 累计完成
const SHEET = "\u8FDB\u5C55\u586B\u62A5"; // 进展填报
// 任务编号 指标/节点 责任单位 填报期间 累计完成 完成状态
const HEADER = ["\u4EFB\u52A1\u7F16\u53F7", "\u6307\u6807/\u8282\u70B9", "\u8D23\u4EFB\u5355\u4F4D", "\u586B\u62A5\u671F\u95F4", VALUE, "\u5B8C\u6210\u72B6\u6001"];
const ROW = ["4", "\u6307\u68075", TRANSPORT_SIMPLIFIED, "2016-06", 3500, ""]; // 指标5

let store: PlanStoreClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", transport: "" };
let planId = "";

const csv = (name: string, rows: readonly (readonly (string | number)[])[]) => new File([rows.map((r) => r.join(",")).join("\r\n")], name);
const upload = (files: File[], key = keys.admin) => {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  return app.request(`/plans/${planId}/progress:import`, { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form });
};
type ErrorBody = {
  error: { code: string; message: string; details: { limit?: string; file?: string; errors?: { file: string; sheet: string; row: number; column: string; field: string; message: string }[] } };
};
const reported = async () => ((await (await app.request(`/plans/${planId}/progress`, { headers: { authorization: `Bearer ${keys.admin}` } })).json()) as { items: unknown[] }).items;

// Keys are made as a deployment makes them, over HTTP: the first admin key from the bootstrap secret, a unit key from it.
const BOOTSTRAP = "bootstrap-secret-for-tests-0123456789";
const secretOf = async (res: Response) => ((await res.json()) as { secret: string }).secret;

beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), "plan-api-progress-refusals-")), "plan.db"), {});
  app = createApp({ store, bootstrapSecret: BOOTSTRAP });
  keys.admin = await secretOf(await app.request("/bootstrap", { method: "POST", headers: { authorization: `Bearer ${BOOTSTRAP}` } }));
  keys.transport = await secretOf(
    await app.request("/keys", {
      method: "POST",
      headers: { authorization: `Bearer ${keys.admin}`, "content-type": "application/json" },
      body: JSON.stringify({ role: "unit", unit: TRANSPORT, label: "roads" }),
    }),
  );
  const res = await app.request("/plans", {
    method: "POST",
    headers: { authorization: `Bearer ${keys.admin}`, "content-type": "application/json" },
    body: JSON.stringify({ text: seed, name: "seed.txt" }),
  });
  planId = ((await res.json()) as { plan: { id: string } }).plan.id;
});
afterAll(() => store.close());

describe("POST /plans/{plan}/progress:import refuses", () => {
  it("a sheet beyond a row or cell limit with 413 input.too-large, naming the file and the limit", async () => {
    const cases = [
      // A CSV of 100,001 rows; a workbook with data in row 100,002; a CSV filling more than 500,000 cells.
      ["sheetRows", csv("inbox/long.csv", [HEADER, ...Array.from({ length: LIMITS.sheetRows }, () => ["4"])])],
      ["sheetRows", new File([new Uint8Array(writeXlsx([{ name: SHEET, rows: [HEADER, ...Array.from({ length: LIMITS.sheetRows }, () => ["4"])] }]))], "inbox/long.xlsx")],
      ["sheetCells", csv("inbox/wide.csv", [HEADER, ...Array.from({ length: Math.ceil(LIMITS.sheetCells / HEADER.length) }, () => ROW)])],
    ] as const;
    const before = await reported();
    for (const [limit, file] of cases) {
      const res = await upload([csv("ok.csv", [HEADER, ROW]), file]);
      expect(res.status, file.name).toBe(413);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("input.too-large");
      expect(body.error.details).toMatchObject({ limit, file: file.name, max: LIMITS[limit] });
      expect(body.error.message).toMatch(new RegExp(`^${file.name.replace(".", "\\.")}: .*over the limit of [\\d,]+ \\(${limit}\\)$`));
    }
    expect(await reported()).toEqual(before);
  });

  it("a formula whose value the file does not save (openpyxl) with 422 naming the cell, where it was skipped and the rest recorded", async () => {
    const before = await reported();
    const res = await upload([fixture("openpyxl-progress.xlsx")]);
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("progress.invalid");
    expect(body.error.details.errors).toEqual([
      {
        file: "openpyxl-progress.xlsx",
        sheet: SHEET,
        row: 4,
        column: "E",
        field: "value",
        message: expect.stringMatching(new RegExp(`^${VALUE}: the formula in E4 has no saved value .*Excel or WPS`)),
      },
    ]);
    expect(await reported()).toEqual(before);
  });

  it("one figure merged over the rows of six targets with 422 naming the range, where it became six reports", async () => {
    const before = await reported();
    const res = await upload([fixture("openpyxl-merged.xlsx")]);
    expect(res.status).toBe(422);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.details.errors).toEqual([
      {
        file: "openpyxl-merged.xlsx",
        sheet: SHEET,
        row: 4,
        column: "E",
        field: "value",
        message: expect.stringMatching(new RegExp(`^${VALUE}: one figure is merged across E4:E9, .*Each target needs its own value`)),
      },
    ]);
    expect(await reported()).toEqual(before);
  });

  it("a unit of invisible characters as empty (422); around a name they are no part of it (201)", async () => {
    const empty = await upload([csv("blank-unit.csv", [HEADER, ["4", "\u6307\u68075", "\u200B", "2016-06", 3500, ""]])]);
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as ErrorBody).error.details.errors).toEqual([
      { file: "blank-unit.csv", sheet: "", row: 2, column: "C", field: "unit", message: "\u8D23\u4EFB\u5355\u4F4D: empty: say which unit reports" },
    ]);
    const pasted = await upload([csv("pasted.csv", [HEADER, ["4", "\u6307\u68075", `\uFEFF${TRANSPORT_SIMPLIFIED}\u200B`, "2016-06", 3500, ""]])], keys.transport);
    expect(pasted.status).toBe(201);
    expect(await reported()).toEqual([expect.objectContaining({ task: "4", target: 5, unit: TRANSPORT, value: 3500 })]);
  });
});
