// Hostile and careless requests against the app over a real SQLite file: every one gets a 4xx with
// a typed error code, never a 500, and the data stays as it was. The hostile files are the
// domain's named bombs (packages/domain/fuzz/hostile.ts), the ones its fuzzer starts from.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@plan/store/node";
import { LIMITS, parsePlan } from "@plan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NAMED_BOMBS } from "../../domain/fuzz/hostile.js";
import { createApp } from "../src/index.js";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const dbFile = join(mkdtempSync(join(tmpdir(), "plan-hostile-")), "plan.db");
let store: ServiceClient;
let app: ReturnType<typeof createApp>;
const keys = { admin: "", roads: "" };
let planId = "";

beforeAll(async () => {
  store = serviceClient(await openStore(dbFile, {}));
  // Bodies as large as a plan file may be, so that the readers, not the body limit, meet the bombs.
  app = createApp({ store, maxBodyBytes: LIMITS.fileBytes });
  keys.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
  keys.roads = (await store.insertKey("unit", "省交通運輸廳", "roads", "test")).secret;
  planId = (await store.savePlan(parsePlan(seedText), { source: "seed.txt", actor: "test" })).plan.id;
});
afterAll(() => store.close());

type ErrorBody = { error: { code: string; message: string } };
const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const upload = (bytes: Uint8Array, name: string, query = "") => {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  return app.request(`/plans${query}`, { method: "POST", headers: auth(keys.admin), body: form });
};
const postJson = (path: string, body: unknown, key = keys.admin) =>
  app.request(path, { method: "POST", headers: { ...auth(key), "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const refusal = async (res: Response) => ({ status: res.status, code: ((await res.json()) as ErrorBody).error.code });

describe("hostile files uploaded to POST /plans", () => {
  it.each(NAMED_BOMBS.map((bomb) => [bomb.name, bomb] as const))("%s: refused with a typed 4xx", async (_, bomb) => {
    const res = await upload(bomb.bytes(), bomb.file);
    // 413 beyond a limit, 415 for a broken package, 422 when what is left holds no task.
    expect([413, 415, 422]).toContain(res.status);
    expect((await res.json()) as ErrorBody).toMatchObject({ error: { code: expect.stringMatching(/^input\./), message: expect.stringContaining(bomb.file) } });
  });

  it.each([
    ["random bytes as text", Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251), "plan.txt", 415, "input.undecodable"],
    ["NUL bytes as text", new Uint8Array(4096), "plan.txt", 415, "input.undecodable"],
    ["text named .docx", new TextEncoder().encode("2016年工作要点\n1.推进工作。"), "plan.docx", 415, "input.bad-package"],
    ["a zip header and junk as .xlsx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, (_, i) => i)]), "plan.xlsx", 415, "input.bad-package"],
  ] as const)("%s: %i %s", async (_, bytes, name, status, code) => {
    expect(await refusal(await upload(bytes, name))).toEqual({ status, code });
  });

  it("reads text with a stray bad byte, noting where; strict refuses it", async () => {
    const bytes = new TextEncoder().encode(seedText.replace("1.", "1.\u0000"));
    const res = await upload(bytes, "damaged.txt");
    expect(res.status).toBe(201);
    const { plan } = (await res.json()) as { plan: { id: string } };
    const doc = (await (await app.request(`/plans/${plan.id}`, { headers: auth(keys.admin) })).json()) as { notes: { code: string; line: number }[] };
    expect(doc.notes).toEqual([expect.objectContaining({ code: "parse.bad-bytes" })]);
    const strict = await upload(bytes, "damaged-again.txt", "?strict=true");
    expect(strict.status).toBe(415);
    expect(((await strict.json()) as ErrorBody).error.message).toMatch(/damaged-again\.txt: line \d+, column \d+: bytes that are not valid UTF-8 text/);
  });
});

describe("careless requests", () => {
  it.each([
    ["text/plain", "POST", "/plans", "text/plain", "2016年工作要点"],
    ["form-urlencoded", "POST", "/plans", "application/x-www-form-urlencoded", "text=x"],
    ["no content type", "POST", "/plans/{plan}/progress", undefined, "{}"],
    ["xml", "POST", "/plans/{plan}/progress", "application/xml", "<report/>"],
  ] as const)("a body of %s: 415", async (_, method, path, type, body) => {
    const headers: Record<string, string> = { ...auth(keys.admin), ...(type ? { "content-type": type } : {}) };
    const res = await app.request(path.replace("{plan}", planId), { method, headers, body });
    expect(await refusal(res)).toEqual({ status: 415, code: "request.unsupported-type" });
  });

  it("malformed JSON: 400", async () => {
    expect((await postJson(`/plans/${planId}/progress`, '{"task": "4",')).status).toBe(400);
  });

  it.each(["asOf=2016-13-45", "asOf=yesterday", "limit=0", "limit=abc", "limit=100000", "status=done-ish"])("GET /plans/{plan}/tasks?%s: 400", async (query) => {
    expect((await refusal(await app.request(`/plans/${planId}/tasks?${query}`, { headers: auth(keys.admin) }))).status).toBe(400);
  });

  it.each(["status", "reminders", "report", "tasks/4", "tasks"])("GET /plans/{plan}/%s?asOf=0001-01-01: 400 naming asOf", async (route) => {
    const res = await app.request(`/plans/${planId}/${route}?asOf=0001-01-01`, { headers: auth(keys.admin) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toBe("asOf: 0001-01-01 is outside the years plan works with (1950–2100)");
  });

  it.each([
    ["a period in year 0", { period: "0000-01" }, /period: 0000-01 is outside the years reports are taken for/],
    ["a period in year 9999", { period: "9999-12" }, /period: 9999-12 is outside/],
    ["a value a thousand times over", { value: 1e300 }, /value: 1e\+300 is not a plausible figure/],
  ])("a report with %s: 422, nothing recorded", async (_, change, message) => {
    const res = await postJson(`/plans/${planId}/progress`, { task: "4", target: 5, period: "2016-06", value: 3500, ...change }, keys.roads);
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(message);
  });

  it("leaves the data as it was", async () => {
    const snapshot = async () => Promise.all([`/plans`, `/plans/${planId}`, `/plans/${planId}/progress`].map(async (path) => (await app.request(path, { headers: auth(keys.admin) })).text()));
    const before = await snapshot();
    for (const bomb of NAMED_BOMBS.slice(0, 3)) await upload(bomb.bytes(), bomb.file);
    await postJson(`/plans/${planId}/progress`, { task: "4", target: 5, period: "9999-12", value: 3500 }, keys.roads);
    await postJson(`/plans/${planId}/progress`, '{"task": "4",', keys.roads);
    expect(await snapshot()).toEqual(before);
  });
});
