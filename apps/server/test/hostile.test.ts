// One costly upload must not stop the server answering others: uploads are read in a worker
// thread with a deadline, so /health stays quick while the upload is refused past it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@plan/store/node";
import { afterAll, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
let child: ChildProcess | undefined;
afterAll(() => child?.kill("SIGTERM"));

const start = async (env: Record<string, string>): Promise<string> => {
  child = spawn(process.execPath, [main], { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 15_000);
    child!.stdout!.on("data", (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
};

// Within every size limit, and seconds of work to read on any machine: 150,000 paragraphs, each
// table-header-like (about 1.95M characters, under LIMITS.textChars), against a 1 s deadline.
const costly = `2025年工作要点\n${"序号\n工作任务\n责任单位\n".repeat(150_000)}`;

it("keeps answering /health within a second while a costly upload is read and refused past its deadline", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "plan-hostile-")), "plan.db");
  const store = serviceClient(await openStore(db));
  const { secret } = await store.insertKey("admin", null, "admin", "test");
  await store.close();
  const url = await start({ PLAN_DB: db, PLAN_READ_TIMEOUT_MS: "1000", PLAN_MAX_BODY_BYTES: String(16 * 1024 * 1024) });
  const upload = fetch(`${url}/plans`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ text: costly, name: "costly.txt" }),
  });
  let done = false;
  const answer = upload.then(async (res) => {
    done = true;
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
  });
  // Health checks one after another for as long as the upload is in the works.
  const waits: number[] = [];
  while (!done) {
    const began = performance.now();
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    waits.push(performance.now() - began);
  }
  const { status, body } = await answer;
  expect(status).toBe(413);
  expect(body.error.code).toBe("input.too-large");
  expect(body.error.message).toBe("costly.txt: reading the document did not finish in time, over the limit of 1,000 (readMillis)");
  expect(waits.length).toBeGreaterThan(3);
  expect(Math.max(...waits)).toBeLessThan(1000);
  // The refused upload left nothing behind, and the server goes on serving.
  const plans = await fetch(`${url}/plans`, { headers: { authorization: `Bearer ${secret}` } });
  expect(((await plans.json()) as { items: unknown[] }).items).toEqual([]);
});
