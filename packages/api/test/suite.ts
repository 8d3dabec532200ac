// The API's behaviour, run against each runtime that serves it: the app in Node over SQLite
// (api.test.ts) and the built worker in workerd over D1 (apps/worker). Every route family, the
// access rules, bad input, idempotency, ETags, CORS, the OpenAPI document.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDocx, readXlsx } from "@plan/domain";
import { Validator } from "@seriousme/openapi-schema-validator";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { PlanStoreClient } from "@plan/store";
import { serviceClient, type ServiceClient } from "@plan/store/testing";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");

export interface ApiUnderTest {
  /** The engine /health names. */
  readonly engine: string;
  /** One request to the API. It must allow the origin https://office.example and bodies up to 256 KiB. */
  readonly request: (path: string, init: RequestInit) => Promise<Response>;
  /** A store on the API's database through a connection of its own, as an operator's CLI opens one. */
  readonly openStore: () => Promise<PlanStoreClient>;
}

export const apiSuite = (api: ApiUnderTest) => {
  const keys = { admin: "", viewer: "", roads: "" };
  let planId = "";
  const withStore = async <T>(work: (store: ServiceClient) => Promise<T>): Promise<T> => {
    const store = serviceClient(await api.openStore());
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    await withStore(async (store) => {
      keys.admin = (await store.insertKey("admin", null, "admin", "test")).secret;
      keys.viewer = (await store.insertKey("viewer", null, "viewer", "test")).secret;
      keys.roads = (await store.insertKey("unit", "省交通運輸廳", "roads", "test")).secret;
    });
    // What the tests read, made here so that each holds in any order: the seed (the oldest plan),
    // a second plan, and two reports on the seed. Tests add their own on top.
    planId = (await (await post("/plans", { text: seedText, name: "seed.txt" }, keys.admin)).json()).plan.id;
    expect((await post("/plans", { text: seedText.replace("2016年是", "2016年即"), name: "other.txt" }, keys.admin)).status).toBe(201);
    for (const report of [{ ...road, period: "2016-05", value: 2000 }, road]) expect((await post(`/plans/${planId}/progress`, report, keys.roads)).status).toBe(201);
  });

  const call = (path: string, init: RequestInit & { key?: string } = {}) =>
    api.request(path, { ...init, headers: { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...(init.headers as Record<string, string>) } });
  const post = (path: string, body: unknown, key: string, headers: Record<string, string> = {}) =>
    call(path, { method: "POST", key, body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
  const road = { task: "4", target: 5, period: "2016-06", value: 3500 };

  describe("access", () => {
    it("serves health without a key, and nothing else", async () => {
      expect(await (await call("/health")).json()).toEqual({ status: "ok", engine: api.engine });
      const res = await call("/plans");
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body).toMatchObject({ error: { code: "auth.missing", requestId: res.headers.get("x-request-id") } });
      expect((await call("/plans", { key: "plk_nope" })).status).toBe(401);
    });

    it("imports a plan with an admin key only", async () => {
      const text = seedText.replace("2016年是", "2016年為");
      expect((await post("/plans", { text, name: "new.txt" }, keys.viewer)).status).toBe(403);
      const res = await post("/plans", { text, name: "new.txt" }, keys.admin);
      expect(res.status).toBe(201);
      expect((await post("/plans", { text, name: "again.txt" }, keys.admin)).status).toBe(200);
      expect((await post("/plans", { text: seedText, name: "seed.txt" }, keys.admin)).status).toBe(200);
    });

    it("imports an uploaded file", async () => {
      const form = new FormData();
      form.append("file", new File([seedText.replace("2016年是", "2016年乃")], "upload.txt"));
      const res = await call("/plans", { method: "POST", key: keys.admin, body: form });
      expect(res.status).toBe(201);
    });

    it("lets a unit key report on its own tasks only; a viewer cannot write", async () => {
      // The report beforeAll recorded: the same report again is that one (200), not a second.
      const res = await post(`/plans/${planId}/progress`, road, keys.roads);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ task: "4", target: 5, unit: "省交通運輸廳", value: 3500 });
      const other = await post(`/plans/${planId}/progress`, { task: "5", period: "2016-06", status: "on-track" }, keys.roads);
      expect(other.status).toBe(403);
      expect(await other.json()).toMatchObject({ error: { code: "progress.unit-not-responsible" } });
      expect((await post(`/plans/${planId}/progress`, { ...road, unit: "省財政廳" }, keys.roads)).status).toBe(403);
      expect((await post(`/plans/${planId}/progress`, { ...road, unit: "省交通運輸廳" }, keys.viewer)).status).toBe(403);
    });

    it("records an idempotent POST once", async () => {
      const before = (await (await call(`/plans/${planId}/progress?limit=500`, { key: keys.admin })).json()).items.length;
      const body = { ...road, period: "2016-07", value: 4000 };
      const first = await post(`/plans/${planId}/progress`, body, keys.roads, { "idempotency-key": "abc-1" });
      const second = await post(`/plans/${planId}/progress`, body, keys.roads, { "idempotency-key": "abc-1" });
      expect([first.status, second.status]).toEqual([201, 200]);
      expect(second.headers.get("idempotent-replayed")).toBe("true");
      expect((await second.json()).id).toBe((await first.json()).id);
      expect((await (await call(`/plans/${planId}/progress?limit=500`, { key: keys.admin })).json()).items).toHaveLength(before + 1);
    });
  });

  describe("bad requests get a 4xx naming the problem, never a 5xx", () => {
    it.each([
      ["malformed JSON", "{ task: ", 400, "request.invalid"],
      ["a wrong type", { ...road, value: true }, 400, "request.invalid"],
      ["a value that is no quantity", { ...road, value: "lots" }, 422, "value.invalid"],
      ["an unknown field", { ...road, colour: "red" }, 400, "request.invalid"],
      ["a malformed period", { ...road, period: "2016-6" }, 422, "progress.invalid"],
      ["an unknown task", { ...road, task: "99" }, 404, "task.not-found"],
    ])("%s", async (_, body, status, code) => {
      const res = await post(`/plans/${planId}/progress`, body, keys.roads, {});
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ error: { code } });
    });

    it("names the field of a wrong type, and an unknown one", async () => {
      const wrong = await (await post(`/plans/${planId}/progress`, { ...road, value: true }, keys.roads)).json();
      expect(wrong.error).toMatchObject({ message: expect.stringMatching(/^json\.value: /), details: { target: "json", field: "value" } });
      const unknown = await (await post(`/plans/${planId}/progress`, { ...road, colour: "red" }, keys.roads)).json();
      expect(unknown.error).toMatchObject({ message: expect.stringMatching(/^json\.colour: /), details: { target: "json", field: "colour" } });
    });

    it("refuses an oversized body with 413", async () => {
      const res = await post("/plans", { text: "x".repeat(300 * 1024) }, keys.admin);
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ error: { code: "request.too-large" } });
    });

    it.each([
      // Word 97–2003 by its OLE2 signature; PDF by %PDF-; a zip that is not a package.
      ["a .doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1016).fill(0)], "report.doc", "input.unsupported-format", /^report\.doc: a Word 97\u20132003 \(\.doc\) file; /],
      ["a PDF", [...new TextEncoder().encode("%PDF-1.7\n")], "plan.pdf", "input.unsupported-format", /^plan\.pdf: a PDF file; /],
      ["a broken .docx", [0x50, 0x4b, 0x03, 0x04, ...new Array<number>(50).fill(7)], "broken.docx", "input.bad-package", /^broken\.docx: .*not a valid Office package/],
      ["binary bytes as text", [0x00, 0x9f, 0x00, 0xff, 0x13, 0x00], "plan.txt", "input.undecodable", /^plan\.txt: the file is/],
    ] as const)("refuses an upload of %s with 415 naming the file and what it is", async (_, bytes, name, code, message) => {
      const form = new FormData();
      form.append("file", new File([new Uint8Array(bytes)], name));
      const res = await call("/plans", { method: "POST", key: keys.admin, body: form });
      expect(res.status).toBe(415);
      expect((await res.json()).error).toMatchObject({ code, message: expect.stringMatching(message) });
    });

    it("answers unknown plans and routes with 404", async () => {
      expect((await call("/plans/plan_abcdef12", { key: keys.viewer })).status).toBe(404);
      expect((await call("/nowhere", { key: keys.viewer })).status).toBe(404);
    });
  });

  describe("reads", () => {
    it("pages tasks with a cursor and filters them", async () => {
      const first = await (await call(`/plans/${planId}/tasks?limit=20&asOf=2016-07-01`, { key: keys.viewer })).json();
      expect(first.items).toHaveLength(20);
      const second = await (await call(`/plans/${planId}/tasks?limit=20&cursor=${first.nextCursor}&asOf=2016-07-01`, { key: keys.viewer })).json();
      expect(second.items.map((t: { id: string }) => t.id)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 21)));
      expect(second.nextCursor).toBeNull();
      const byUnit = await (await call(`/plans/${planId}/tasks?unit=${encodeURIComponent("省交通运输厅")}`, { key: keys.viewer })).json();
      expect(byUnit.items.map((t: { id: string }) => t.id)).toEqual(["4", "14", "17"]);
    });

    it("tags reads of the plan's document by plan and URL, and answers 304 while the tag matches", async () => {
      const tagOf = async (path: string) => (await call(path, { key: keys.viewer })).headers.get("etag");
      const tag = await tagOf(`/plans/${planId}/tasks?limit=20`);
      expect(tag).toMatch(/^W\/".+"$/);
      // The same read through another key or an id prefix is the same representation.
      expect((await call(`/plans/${planId}/tasks?limit=20`, { key: keys.admin })).headers.get("etag")).toBe(tag);
      expect(await tagOf(`/plans/${planId}/tasks?limit=10`)).not.toBe(tag);
      expect(await tagOf(`/plans/${planId}/units`)).not.toBe(tag);
      const again = await call(`/plans/${planId}/tasks?limit=20`, { key: keys.viewer, headers: { "if-none-match": `"other", ${tag}` } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect((await call(`/plans/${planId}/tasks?limit=20`, { key: keys.viewer, headers: { "if-none-match": '"other"' } })).status).toBe(200);
    });

    it("re-tags reads that carry status when progress arrives", async () => {
      const paths = [`/plans/${planId}/tasks?asOf=2016-09-30`, `/plans/${planId}/status?asOf=2016-09-30`, `/plans/${planId}/tasks/4?asOf=2016-09-30`];
      const before = await Promise.all(paths.map(async (p) => (await call(p, { key: keys.viewer })).headers.get("etag")));
      expect(before.every(Boolean)).toBe(true);
      // The latest month before asOf, with a figure no other test reports: the status it carries changes whatever ran before.
      expect((await post(`/plans/${planId}/progress`, { ...road, period: "2016-09", value: 4250, replace: true }, keys.roads)).status).toBe(201);
      for (const [i, p] of paths.entries()) {
        const res = await call(p, { key: keys.viewer, headers: { "if-none-match": before[i]! } });
        expect(res.status, p).toBe(200);
        expect(res.headers.get("etag"), p).not.toBe(before[i]);
      }
    });

    it("computes status as of a date and serves the report", async () => {
      const status = await (await call(`/plans/${planId}/status?asOf=2016-06-30`, { key: keys.viewer })).json();
      expect(status.tasks[3].targets[4]).toMatchObject({ status: "on-track", actual: 3500 });
      const xlsx = await call(`/plans/${planId}/report?format=xlsx&asOf=2016-07-01`, { key: keys.viewer });
      expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
      expect(xlsx.headers.get("content-disposition")).toBe(`attachment; filename="report-${planId}-2016-07-01.xlsx"`);
      expect(readXlsx(new Uint8Array(await xlsx.arrayBuffer())).map((s) => s.name)).toContain("\u70B9\u540D\u4EFB\u52A1");
      // The 通报 in Word, written where the app runs (Node or workerd), with the 文号 line asked for.
      const number = "\u8D63\u7763\u529E\u30142016\u301512\u53F7";
      const docx = await call(`/plans/${planId}/report?format=docx&asOf=2016-07-01&number=${encodeURIComponent(number)}`, { key: keys.viewer });
      expect(docx.status).toBe(200);
      expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(docx.headers.get("content-disposition")).toBe(`attachment; filename="report-${planId}-2016-07-01.docx"`);
      expect(readDocx(new Uint8Array(await docx.arrayBuffer()))).toContain(number);
      const md = await call(`/plans/${planId}/report?format=md&asOf=2016-07-01`, { key: keys.viewer });
      expect(md.headers.get("content-disposition")).toBe(`inline; filename="report-${planId}-2016-07-01.md"`);
      expect(await md.text()).toContain("## \u4E09\u3001\u5B58\u5728\u95EE\u9898");
      const figures = await (await call(`/plans/${planId}/report?format=json&asOf=2016-07-01`, { key: keys.viewer })).json();
      expect(figures.summary).toMatchObject({ tasks: 33, timeElapsed: 0.5 });
      expect((await call(`/plans/${planId}/report?format=pdf`, { key: keys.viewer })).status).toBe(400);
      const owed = await (await call(`/plans/${planId}/reminders?asOf=2016-07-01`, { key: keys.viewer })).json();
      expect(owed.period).toBe("2016-06");
    });

    it("gives every plan's overall status, a page at a time, matching each plan's own", async () => {
      const first = await (await call("/status?asOf=2016-07-01&limit=1", { key: keys.viewer })).json();
      expect(first.items.map((p: { planId: string }) => p.planId)).toEqual([planId]);
      const own = await (await call(`/plans/${planId}/status?asOf=2016-07-01`, { key: keys.viewer })).json();
      expect(first.items[0]).toEqual({ planId, title: own.title, asOf: "2016-07-01", cadence: own.cadence, duePeriod: own.duePeriod, overall: own.overall });
      const rest = await (await call(`/status?asOf=2016-07-01&cursor=${first.nextCursor}`, { key: keys.viewer })).json();
      const plans = await (await call("/plans", { key: keys.viewer })).json();
      expect(rest.items.map((p: { planId: string }) => p.planId)).toEqual(plans.items.slice(1).map((p: { id: string }) => p.id));
      expect(rest.nextCursor).toBeNull();
      expect((await call("/status")).status).toBe(401);
    });

    it("allows the configured origin by CORS, and only that one", async () => {
      const allowed = await call(`/plans/${planId}/tasks?limit=1`, { key: keys.viewer, headers: { origin: "https://office.example" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://office.example");
      expect(allowed.headers.get("access-control-expose-headers")).toContain("ETag");
      const refused = await call(`/plans/${planId}/tasks?limit=1`, { key: keys.viewer, headers: { origin: "https://evil.example" } });
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
      // Without Origin (a server, the CLI) there are no CORS headers, but caches are told the answer varies by it.
      const plain = await call(`/plans/${planId}/tasks?limit=1`, { key: keys.viewer });
      expect(plain.headers.get("access-control-allow-origin")).toBeNull();
      expect(plain.headers.get("vary")).toContain("Origin");
      const preflight = await call(`/plans/${planId}/progress`, {
        method: "OPTIONS",
        headers: { origin: "https://office.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization,idempotency-key" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toContain("Idempotency-Key");
    });

    it("refuses a key revoked by another process within a second", async () => {
      const doomed = await withStore((store) => store.insertKey("viewer", null, "revoked elsewhere", "test"));
      expect((await call("/plans", { key: doomed.secret })).status).toBe(200);
      await withStore((store) => store.markRevoked(doomed.key.id, "cli"));
      const deadline = Date.now() + 5_000;
      let status = 200;
      while (status === 200 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await call("/plans", { key: doomed.secret })).status;
      }
      expect(status).toBe(401);
    });

    it("publishes an OpenAPI 3.1 document that validates, and docs", async () => {
      const doc = await (await call("/openapi.json")).json();
      expect(doc.openapi).toBe("3.1.0");
      const validator = new Validator();
      const result = await validator.validate(doc);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/plans", "/plans/{plan}", "/plans/{plan}/progress", "/plans/{plan}/status", "/plans/{plan}/report"]));
      expect((await call("/docs")).status).toBe(200);
    });
  });

  describe("pages", () => {
    type PageBody = { items: { id?: string; planId?: string; reportedAt?: string }[]; nextCursor: string | null };
    const read = async (path: string): Promise<PageBody> => {
      const res = await call(path, { key: keys.viewer });
      expect(res.status, path).toBe(200);
      return res.json();
    };
    const walk = async (path: string, limit: number): Promise<PageBody["items"][]> => {
      const pages: PageBody["items"][] = [];
      let cursor: string | null = null;
      do {
        const page: PageBody = await read(`${path}${path.includes("?") ? "&" : "?"}limit=${limit}${cursor === null ? "" : `&cursor=${cursor}`}`);
        pages.push(page.items);
        cursor = page.nextCursor;
      } while (cursor !== null && pages.length < 500);
      return pages;
    };
    const paged = () => [`/plans`, `/plans/${planId}/progress`, `/plans/${planId}/progress?task=4`, `/plans/${planId}/tasks`, `/plans/${planId}/tasks?asOf=2016-07-01`, `/status?asOf=2016-07-01`];

    it("walks plans, reports and tasks a page at a time, each item once and in order", async () => {
      // Corrections of September's figure, each replacing the one before.
      for (const value of [4300, 4400, 4500]) expect((await post(`/plans/${planId}/progress`, { ...road, period: "2016-09", value, replace: true }, keys.roads)).status).toBe(201);
      for (const [path, limit] of [
        ["/plans", 1],
        [`/plans/${planId}/progress`, 2],
        [`/plans/${planId}/progress?unit=${encodeURIComponent("省交通運輸廳")}`, 3],
        [`/plans/${planId}/tasks`, 7],
      ] as const) {
        const all = (await read(`${path}${path.includes("?") ? "&" : "?"}limit=500`)).items;
        const pages = await walk(path, limit);
        expect(
          pages.every((p) => p.length <= limit),
          path,
        ).toBe(true);
        expect(pages.flat(), path).toEqual(all);
      }
      const reports = (await read(`/plans/${planId}/progress?limit=500`)).items;
      expect(reports.length).toBeGreaterThanOrEqual(5);
      // Oldest first: the three just made close the list.
      expect(reports.map((r) => r.reportedAt)).toEqual(reports.map((r) => r.reportedAt).sort());
      expect(
        reports
          .slice(-3)
          .map((r) => (r as { value?: number }).value)
          .sort(),
      ).toEqual([4300, 4400, 4500]);
      // An empty cursor is the first page.
      expect(await read("/plans?cursor=")).toEqual(await read("/plans"));
    });

    it("refuses a malformed, negative, foreign or tampered cursor with 400 request.invalid naming the cursor", async () => {
      const plansCursor = (await read("/plans?limit=1")).nextCursor!;
      const reportsCursor = (await read(`/plans/${planId}/progress?limit=1`)).nextCursor!;
      const tasksCursor = (await read(`/plans/${planId}/tasks?limit=1`)).nextCursor!;
      // btoa("-1") is LTE; WyJwbGFucyJd is ["plans"]; the rest is not base64url of anything of ours.
      const bad = ["%%%", "LTE", "LTE=", "!!!", "q83vEjRWeJA", "aGVsbG8", "WyJwbGFucyJd", "%E0%A4%A", "x".repeat(2000), encodeURIComponent("../../"), "null", "MA"];
      const cases = paged().flatMap((path) => bad.map((cursor) => [path, cursor] as const));
      // A tasks cursor of this plan, its offset made negative or fractional.
      const offset = (n: number) => btoa(JSON.stringify([`tasks:${planId}`, n])).replace(/=+$/, "");
      cases.push([`/plans/${planId}/tasks`, offset(-1)], [`/plans/${planId}/tasks`, offset(1.5)], [`/plans/${planId}/tasks`, offset(-20)]);
      cases.push(["/plans", reportsCursor], [`/plans/${planId}/progress`, plansCursor], [`/plans/${planId}/progress`, tasksCursor], [`/plans/${planId}/tasks`, plansCursor], ["/status", tasksCursor]);
      for (const [path, cursor] of cases) {
        const res = await call(`${path}${path.includes("?") ? "&" : "?"}cursor=${cursor}`, { key: keys.viewer });
        const body = await res.json();
        expect([res.status, body.error?.code, body.error?.details?.field], `${path} cursor=${cursor.slice(0, 40)}`).toEqual([400, "request.invalid", "cursor"]);
        expect(body.error.message).toMatch(/cursor/);
      }
    });

    it("refuses a limit out of range with 400 naming it", async () => {
      for (const path of paged()) {
        for (const limit of ["0", "-1", "501", "1.5", "abc", "", "1e9", "NaN"]) {
          const res = await call(`${path}${path.includes("?") ? "&" : "?"}limit=${limit}`, { key: keys.viewer });
          expect([res.status, (await res.json()).error?.details?.field], `${path} limit=${limit}`).toEqual([400, "limit"]);
        }
      }
    });

    it("answers hostile query strings on paged routes with a 4xx, never a 5xx", async () => {
      const hostile = fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.base64String({ maxLength: 80 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/),
        fc.uint8Array({ maxLength: 60 }).map((bytes) =>
          btoa(String.fromCharCode(...bytes))
            .replace(/\+/g, "-")
            .replace(/\//g, "_")
            .replace(/=+$/, ""),
        ),
        fc.constantFrom("%", "%%", "%zz", "%00", "\u0000", "[]", "{}", "-0", "1e400", "0x10"),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paged()), hostile, fc.option(hostile, { nil: undefined }), async (path, cursor, limit) => {
          const query = `cursor=${encodeURIComponent(cursor)}${limit === undefined ? "" : `&limit=${encodeURIComponent(limit)}`}`;
          const res = await call(`${path}${path.includes("?") ? "&" : "?"}${query}`, { key: keys.viewer });
          const body = await res.json();
          if (res.status !== 200) expect([res.status, body.error?.code], `${path}?${query}`).toEqual([400, "request.invalid"]);
        }),
        { numRuns: 150 },
      );
    });
  });
};
