// One costly request must not stop the server answering others: uploads and progress sheets are
// read, and the 通报 rendered, in worker threads with a deadline and a heap cap, so /health stays
// quick while the request is refused past either, with a typed error naming the limit.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importDocuments } from "@plan/store";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGTERM");
});

const start = async (env: Record<string, string>): Promise<string> => {
  const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 15_000);
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
};

type ErrorBody = { error: { code: string; message: string; details: Record<string, unknown> } };

/** A request's answer, and how long each /health check took, one after another, while it was in the works. */
const whileAnswering = async (url: string, request: Promise<Response>): Promise<{ status: number; body: unknown; waits: number[] }> => {
  let done = false;
  const answer = request.then(async (res) => {
    done = true;
    return { status: res.status, body: res.headers.get("content-type")?.startsWith("application/json") ? await res.json() : await res.arrayBuffer() };
  });
  const waits: number[] = [];
  while (!done) {
    const began = performance.now();
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    waits.push(performance.now() - began);
  }
  return { ...(await answer), waits };
};

/** A database with an admin key and, read in-process, the plans given; its URL and the key. */
const prepare = async (plans: { name: string; text: string }[]): Promise<{ db: string; secret: string; ids: string[] }> => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-hostile-")), "plan.db");
  const store = await openStore(db);
  const { secret } = await serviceClient(store).insertKey("admin", null, "admin", "test");
  const imported = await store.run(
    importDocuments(
      plans.map((p) => ({ name: p.name, bytes: new TextEncoder().encode(p.text) })),
      {},
      { actor: "test", role: "admin" },
    ),
  );
  await store.close();
  return { db, secret, ids: imported.map((r) => r.plan.id) };
};

const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const TRANSPORT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳
const SHEET_HEADER = ["\u4EFB\u52A1\u7F16\u53F7", "\u6307\u6807/\u8282\u70B9", "\u8D23\u4EFB\u5355\u4F4D", "\u586B\u62A5\u671F\u95F4", "\u7D2F\u8BA1\u5B8C\u6210", "\u5B8C\u6210\u72B6\u6001"];

describe("a server with a 1 s deadline on every job", () => {
  let url = "";
  let secret = "";
  let seedId = "";
  beforeAll(async () => {
    const prepared = await prepare([{ name: "seed.txt", text: seed }]);
    secret = prepared.secret;
    seedId = prepared.ids[0]!;
    url = await start({ PLAN_DB: prepared.db, PLAN_READ_TIMEOUT_MS: "1000", PLAN_MAX_BODY_BYTES: String(16 * 1024 * 1024) });
  });

  // Within every size limit, and seconds of work to read on any machine: 150,000 paragraphs, each
  // table-header-like (about 1.95M characters, under LIMITS.textChars).
  const costly = `2025\u5E74\u5DE5\u4F5C\u8981\u70B9\n${"\u5E8F\u53F7\n\u5DE5\u4F5C\u4EFB\u52A1\n\u8D23\u4EFB\u5355\u4F4D\n".repeat(150_000)}`;

  it("keeps answering /health within a second while a costly upload is read and refused past its deadline", async () => {
    const upload = fetch(`${url}/plans`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ text: costly, name: "costly.txt" }),
    });
    const { status, body, waits } = await whileAnswering(url, upload);
    expect(status).toBe(413);
    expect((body as ErrorBody).error).toMatchObject({ code: "input.too-large", message: "costly.txt: reading the document did not finish in time, over the limit of 1,000 (readMillis)" });
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(1000);
    // The refused upload left nothing behind, and the server goes on serving.
    const plans = await fetch(`${url}/plans`, { headers: { authorization: `Bearer ${secret}` } });
    expect(((await plans.json()) as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([seedId]);
  });

  it("keeps answering /health within a second while costly progress sheets are read and refused past the deadline", async () => {
    // 80,000 rows (under LIMITS.sheetRows and sheetCells), each read and checked against the plan.
    const rows = Array.from({ length: 80_000 }, (_, i) => ["4", "\u6307\u68075", TRANSPORT, `${2010 + (i % 80)}-${String(1 + (i % 12)).padStart(2, "0")}`, 1500 + i, ""]);
    const form = new FormData();
    form.append("file", new File([[SHEET_HEADER, ...rows].map((r) => r.join(",")).join("\r\n")], "inbox.csv"), "inbox.csv");
    const sent = fetch(`${url}/plans/${seedId}/progress:import`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form });
    const { status, body, waits } = await whileAnswering(url, sent);
    expect(status).toBe(413);
    expect((body as ErrorBody).error).toMatchObject({
      code: "input.too-large",
      message: "inbox.csv: reading the sheets did not finish in time, over the limit of 1,000 (readMillis)",
      details: { limit: "readMillis", files: ["inbox.csv"] },
    });
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(1000);
    const reports = await fetch(`${url}/plans/${seedId}/progress`, { headers: { authorization: `Bearer ${secret}` } });
    expect(((await reports.json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe("a server with a 48 MB heap cap on every job", () => {
  // 2,000 tasks: a Word or Excel 通报 of it needs several times the cap.
  const large = `\u67D0\u5E022016\u5E74\u5DE5\u4F5C\u8981\u70B9\n${Array.from({ length: 2000 }, (_, i) => `${i + 1}.\u5B8C\u6210\u9053\u8DEF\u5EFA\u8BBE${i + 100}\u516C\u91CC\uFF0C\u7B2C\u4E8C\u5B63\u5EA6\u5B8C\u6210\u3002\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u5E02\u4EA4\u901A\u5C40${i % 40}\uFF09`).join("\n")}\n`;
  let url = "";
  let secret = "";
  let ids: string[] = [];
  beforeAll(async () => {
    const prepared = await prepare([
      { name: "seed.txt", text: seed },
      { name: "large.txt", text: large },
    ]);
    ({ secret, ids } = prepared);
    url = await start({ PLAN_DB: prepared.db, PLAN_READ_MEMORY_MB: "48" });
  });
  const bulletin = (plan: string, format: string) => fetch(`${url}/plans/${plan}/report?format=${format}&asOf=2016-07-01`, { headers: { authorization: `Bearer ${secret}` } });

  it("renders a plan's Word 通报 within the cap", async () => {
    const res = await bulletin(ids[0]!, "docx");
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });

  it.each(["docx", "xlsx"])("refuses a %s 通报 beyond the cap with output.too-large naming readMemoryMb, answering /health meanwhile", async (format) => {
    const { status, body, waits } = await whileAnswering(url, bulletin(ids[1]!, format));
    expect(status).toBe(422);
    expect((body as ErrorBody).error).toMatchObject({
      code: "output.too-large",
      message: "rendering the \u901A\u62A5 needed more memory than allowed, over the limit of 48 (readMemoryMb)",
      details: { limit: "readMemoryMb", max: 48 },
    });
    expect(Math.max(...waits)).toBeLessThan(1000);
  });
});
