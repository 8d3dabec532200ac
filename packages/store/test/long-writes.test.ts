// A long write on SQLite (better-sqlite3 runs each statement synchronously) pauses every few
// hundred statements, so that a server answers other requests while a large import is recorded.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { importDocuments, importProgress, listProgress } from "../src/index.js";
import { openStore } from "../src/node.js";

const TASKS = 500;
const UNIT = "\u5E02\u4EA4\u901A\u5C40"; // 市交通局
// 某市2016年工作要点, then N.完成道路建设N公里。（责任单位：市交通局）
const plan = `\u67D0\u5E022016\u5E74\u5DE5\u4F5C\u8981\u70B9\n${Array.from({ length: TASKS }, (_, i) => `${i + 1}.\u5B8C\u6210\u9053\u8DEF\u5EFA\u8BBE${i + 100}\u516C\u91CC\u3002\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A${UNIT}\uFF09`).join("\n")}\n`;
const HEADER = ["\u4EFB\u52A1\u7F16\u53F7", "\u6307\u6807/\u8282\u70B9", "\u8D23\u4EFB\u5355\u4F4D", "\u586B\u62A5\u671F\u95F4", "\u7D2F\u8BA1\u5B8C\u6210", "\u5B8C\u6210\u72B6\u6001"];
const office = { actor: "test", role: "admin" } as const;

let store: Awaited<ReturnType<typeof openStore>>;
let planId = "";
beforeAll(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), "plan-long-writes-")), "plan.db"), {});
  const [imported] = await store.run(importDocuments([{ name: "plan.txt", bytes: new TextEncoder().encode(plan) }], {}, office));
  planId = imported!.plan.id;
});
afterAll(() => store.close());

it("lets timers run while an import of 2,000 rows is recorded on SQLite, and records every row", async () => {
  const rows = Array.from({ length: TASKS }, (_, i) => [1, 2, 3, 4].map((month) => [i + 1, "\u6307\u68071", UNIT, `2016-0${month}`, month * 10, ""])).flat();
  const csv = new TextEncoder().encode([HEADER, ...rows].map((r) => r.join(",")).join("\r\n"));
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  // Counted only while the store writes: the sheet is read and checked before the transaction.
  const result = await store.run(importProgress(planId, [{ name: "inbox.csv", bytes: csv }], office));
  clearInterval(timer);
  expect(result.recorded).toBe(2000);
  expect(ticks).toBeGreaterThan(5);
  const page = await store.run(listProgress(planId, {}, { limit: 500 }, office));
  expect(page.items).toHaveLength(500);
  expect(page.nextCursor).not.toBeNull();
});
