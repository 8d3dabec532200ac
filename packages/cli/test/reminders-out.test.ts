// plan reminders that leave the building (in this process, through main): 催办单 files (Markdown, and
// docx opened through LibreOffice), and one message per unit POSTed to a receiver this test runs
// on 127.0.0.1, checked for each robot's body, headers and signature (computed here with
// node:crypto), with failing receivers reported per unit and a non-zero exit.
import { execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { plan } from "./run-plan.js";

const seed = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "plan-reminders-out-"));
const db = join(dir, "plan.db");
const AS_OF = "2016-07-05";
const UNIT = "\u7701\u4EA4\u901A\u904B\u8F38\u5EF3"; // 省交通運輸廳, as the seed prints it
const UNIT_SIMPLIFIED = "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385"; // 省交通运输厅
// The three tasks the seed gives 省交通運輸廳 to lead.
const TITLES = ["\u5BE6\u65BD\u8FB2\u6751\u96FB\u7DB2", "\u5927\u529B\u767C\u5C55\u7269\u6D41", "\u5B8C\u5584\u516C\u8DEF\u548C\u6C34\u904B\u7DB2\u8DEF"]; // 實施農村電網 / 大力發展物流 / 完善公路和水運網路
const SECRET = "SEC0123456789abcdef-do-not-print";
const TOKEN = "tok0123456789abcdef0123";

// The command awaits each answer, so the receiver here, in the same process, can answer.
// The receiver is on this machine: the operator allows it (reminders-outbound.test.ts: the default).
const run = (args: string[], env: Record<string, string> = {}) =>
  plan([...args, "--db", db], { env: { PLAN_LANG: "en", PLAN_WEBHOOK_URL: "", PLAN_WEBHOOK_SECRET: "", PLAN_WEBHOOK_ALLOW: "127.0.0.1", PLAN_WEBHOOK_DEADLINE_MS: "", ...env } });

interface Received {
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}
let received: Received[] = [];
// How the receiver answers a request; reset before each test.
let answer: (r: Received, res: ServerResponse) => void;
const ok = (_: Received, res: ServerResponse) => res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0,"errmsg":"ok"}');
const server = createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const r = { url: req.url ?? "", headers: req.headers, body };
    received.push(r);
    answer(r, res);
  });
});
let base = "";

let id = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const imported = await run(["import", seed]);
  expect(imported.code).toBe(0);
  id = imported.stdout.trim();
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  received = [];
  answer = ok;
});

const noSecrets = (text: string) => {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(TOKEN);
};

describe("plan reminders --webhook", () => {
  it("sends DingTalk a markdown message signed with timestamp and sign = base64(HMAC(secret, timestamp\\nsecret))", async () => {
    const result = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT_SIMPLIFIED, "--webhook", `${base}/robot/send?access_token=${TOKEN}`, "--robot", "dingtalk", "--secret", SECRET]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(received).toHaveLength(1);
    const url = new URL(received[0]!.url, base);
    expect(url.pathname).toBe("/robot/send");
    expect(url.searchParams.get("access_token")).toBe(TOKEN);
    const timestamp = url.searchParams.get("timestamp")!;
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
    expect(url.searchParams.get("sign")).toBe(createHmac("sha256", SECRET).update(`${timestamp}\n${SECRET}`).digest("base64"));
    expect(received[0]!.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(received[0]!.body);
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.title).toContain(UNIT);
    for (const title of TITLES) expect(body.markdown.text).toContain(title);
    expect(result.stdout).toContain(`sent    ${UNIT}: HTTP 200`);
    expect(result.stdout).toContain(`Sent 1 of 1 to ${base} (dingtalk)`);
    noSecrets(result.stdout);
  });

  it("sends Feishu {timestamp, sign, msg_type, content} signed with HMAC(key = timestamp\\nsecret) of nothing", async () => {
    answer = (_, res) => res.writeHead(200).end('{"code":0,"msg":"success","data":{}}');
    const result = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--webhook", `${base}/open-apis/bot/v2/hook/${TOKEN}`, "--robot", "feishu", "--secret", SECRET]);
    expect(result.code).toBe(0);
    const body = JSON.parse(received[0]!.body);
    expect(Math.abs(Number(body.timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(body.sign).toBe(createHmac("sha256", `${body.timestamp}\n${SECRET}`).update("").digest("base64"));
    expect(body.msg_type).toBe("post");
    const text = body.content.post.zh_cn.content
      .flat()
      .map((e: { text: string }) => e.text)
      .join("\n");
    for (const title of TITLES) expect(text).toContain(title);
    noSecrets(result.stdout);
  });

  it("sends WeCom a markdown message with the key in the URL and no signature", async () => {
    const result = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--webhook", `${base}/cgi-bin/webhook/send?key=${TOKEN}`, "--robot", "wecom"]);
    expect(result.code).toBe(0);
    expect(new URL(received[0]!.url, base).search).toBe(`?key=${TOKEN}`);
    const body = JSON.parse(received[0]!.body);
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.content).toContain(UNIT);
    expect(Buffer.byteLength(body.markdown.content)).toBeLessThanOrEqual(4096);
    noSecrets(result.stdout);
  });

  it("sends a generic webhook the notice as JSON with X-Plan-Signature, taking address and secret from the environment", async () => {
    const result = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--send", "--office", "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4"], {
      PLAN_WEBHOOK_URL: `${base}/hooks/plan`,
      PLAN_WEBHOOK_SECRET: SECRET,
    });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const [r] = received;
    expect(r!.url).toBe("/hooks/plan");
    expect(r!.headers["x-plan-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(r!.body).digest("hex")}`);
    const { type, notice } = JSON.parse(r!.body);
    expect(type).toBe("reminder-notice");
    expect(notice).toMatchObject({ unit: UNIT, period: "2016-06", asOf: AS_OF, replyBy: "2016-07-10", office: "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4" });
    expect(notice.tasks.map((t: { id: string }) => t.id)).toEqual(["4", "14", "17"]);
    noSecrets(result.stdout);
  });

  it("sends one message per unit owing reports", async () => {
    const listed = JSON.parse((await run(["reminders", id, "--as-of", AS_OF, "--json"])).stdout) as { reminders: { unit: string }[] };
    const result = await run(["reminders", id, "--as-of", AS_OF, "--webhook", `${base}/all`, "--robot", "generic"]);
    expect(result.code).toBe(0);
    expect(received.map((r) => JSON.parse(r.body).notice.unit).sort()).toEqual(listed.reminders.map((r) => r.unit).sort());
    expect(received.length).toBeGreaterThan(20);
  });

  it("reports each unit a receiver refused (HTTP 500) and exits 1, printing nothing of what the receiver answered", async () => {
    let n = 0;
    answer = (r, res) => (++n % 10 === 3 ? res.writeHead(500).end(`boom ${SECRET} ${r.url}`) : ok(r, res));
    const result = await run(["reminders", id, "--as-of", AS_OF, "--webhook", `${base}/hook?token=${TOKEN}`, "--robot", "generic", "--secret", SECRET]);
    const failed = result.stdout.split("\n").filter((l) => l.startsWith("FAILED"));
    expect(result.code).toBe(1);
    expect(failed.length).toBe(Math.floor((received.length + 7) / 10));
    expect(failed[0]).toMatch(/^FAILED {2}.+: HTTP 500$/);
    expect(result.stdout).not.toContain("boom");
    expect(result.stdout).toMatch(new RegExp(`Sent ${received.length - failed.length} of ${received.length} to ${base} \\(generic\\); ${failed.length} failed`));
    noSecrets(result.stdout + result.stderr);
  });

  it("reports a robot's own error code sent with HTTP 200 (DingTalk errcode 310000) and exits 1", async () => {
    answer = (_, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":310000,"errmsg":"sign not match"}');
    const result = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--webhook", `${base}/robot/send?access_token=${TOKEN}`, "--robot", "dingtalk", "--secret", SECRET]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`FAILED  ${UNIT}: HTTP 200, errcode 310000\n`);
    expect(result.stdout).not.toContain("sign not match");
    noSecrets(result.stdout);
  });

  it("gives up on a receiver that does not answer within --timeout, and on one that is not there", async () => {
    answer = () => {};
    const silent = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--webhook", `${base}/slow`, "--timeout", "1"]);
    expect(silent.code).toBe(1);
    expect(silent.stdout).toContain(`FAILED  ${UNIT}: no answer within 1 s`);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const gone = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--webhook", `http://127.0.0.1:${port}/x`]);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toContain(`FAILED  ${UNIT}: ECONNREFUSED`);
  });

  it("refuses bad flags before sending anything", async () => {
    expect(await run(["reminders", id, "--webhook", "ftp://example.org/x"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--webhook: ftp: is not http: or https:") });
    expect(await run(["reminders", id, "--webhook", `${base}/x`, "--robot", "slack"])).toMatchObject({ code: 2, stderr: expect.stringContaining('--robot "slack"') });
    expect(await run(["reminders", id, "--webhook", `${base}/x?key=k`, "--robot", "wecom", "--secret", "s"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("WeCom robots are not signed"),
    });
    expect(await run(["reminders", id, "--send"])).toMatchObject({ code: 2, stderr: expect.stringContaining("PLAN_WEBHOOK_URL") });
    expect(await run(["reminders", id, "--secret", SECRET])).toMatchObject({ code: 2, stderr: expect.stringContaining("--secret goes with --webhook") });
    expect(received).toEqual([]);
  });
});

describe("plan reminders --out", () => {
  it("writes one Markdown 催办单 per unit, named safely", async () => {
    const out = join(dir, "md");
    const result = await run(["reminders", id, "--as-of", AS_OF, "--out", out, "--office", "\u7701\u653F\u5E9C\u7763\u67E5\u5BA4"]);
    expect(result.code).toBe(0);
    const files = readdirSync(out);
    const listed = JSON.parse((await run(["reminders", id, "--as-of", AS_OF, "--json"])).stdout) as { reminders: unknown[] };
    expect(files).toHaveLength(listed.reminders.length);
    for (const f of files) expect(f).toMatch(/^\u50AC\u529E\u5355-[^<>:"/\\|?*]+\.md$/);
    const md = readFileSync(join(out, `\u50AC\u529E\u5355-${UNIT}.md`), "utf8");
    expect(md).toContain(`**${UNIT}\uFF1A**`);
    for (const title of TITLES) expect(md).toContain(title);
  });

  it("writes a docx 催办单 that LibreOffice opens, with the unit and its tasks", async () => {
    const out = join(dir, "docx");
    const result = await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT, "--out", out, "--format", "docx", "--reply-by", "2016-07-12"]);
    expect(result.code).toBe(0);
    const docx = join(out, `\u50AC\u529E\u5355-${UNIT}.docx`);
    expect(result.stdout).toContain(docx);
    const profile = mkdtempSync(join(tmpdir(), "lo-"));
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, docx], { stdio: "pipe", timeout: 120_000 });
    const pdf = docx.replace(/\.docx$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(text).toContain("\u50AC\u529E\u5355"); // 催办单
    expect(text).toContain(UNIT);
    for (const title of TITLES) expect(text).toContain(title);
    expect(text).toContain("2016\u5E747\u670812\u65E5\u524D"); // 2016年7月12日前
  }, 120_000);
});

describe("--unit and nothing due yet", () => {
  it("cuts status to the tasks a unit leads or supports, any printing of its name", async () => {
    const status = JSON.parse((await run(["status", id, "--as-of", AS_OF, "--unit", UNIT_SIMPLIFIED, "--json"])).stdout) as { tasks: { id: string; lead: string[]; support: string[] }[] };
    const all = JSON.parse((await run(["status", id, "--as-of", AS_OF, "--json"])).stdout) as typeof status;
    const expected = all.tasks.filter((t) => t.lead.includes(UNIT) || t.support.includes(UNIT)).map((t) => t.id);
    expect(expected).toEqual(["4", "14", "17"]);
    expect(expected.length).toBeLessThan(all.tasks.length);
    expect(status.tasks.map((t) => t.id)).toEqual(expected);
    const text = await run(["status", id, "--as-of", AS_OF, "--unit", UNIT]);
    expect(text.stdout.split("\n")[0]).toContain(`${UNIT}'s tasks`);
  });

  it("cuts reminders to what the unit owes", async () => {
    const owed = JSON.parse((await run(["reminders", id, "--as-of", AS_OF, "--unit", UNIT_SIMPLIFIED, "--json"])).stdout);
    expect(owed.unit).toBe(UNIT);
    expect(owed.reminders.map((r: { unit: string }) => r.unit)).toEqual([UNIT]);
  });

  it("refuses a unit the plan does not name, on status and reminders", async () => {
    for (const verb of ["status", "reminders"]) {
      const result = await run([verb, id, "--unit", "\u706B\u661F\u5C40"]); // 火星局
      expect(result).toMatchObject({ code: 1, stdout: "" });
      expect(result.stderr).toContain("\u706B\u661F\u5C40");
    }
  });

  it("says plainly before the first period is due that nothing is, and when the first reports are", async () => {
    const text = await run(["reminders", id, "--as-of", "2016-01-20"]);
    expect(text).toMatchObject({ code: 0, stdout: "Nothing is due yet as of 2016-01-20: the first reports (for 2016-01) are due on 2016-01-31.\n" });
    const json = JSON.parse((await run(["reminders", id, "--as-of", "2015-12-01", "--json"])).stdout);
    expect(json).toEqual({ asOf: "2015-12-01", period: null, unit: null, notYetDue: { period: "2016-01", dueOn: "2016-01-31" }, reminders: [] });
    const sent = await run(["reminders", id, "--as-of", "2016-01-20", "--webhook", `${base}/early`]);
    expect(sent.stdout).toContain("Nothing is due yet");
    expect(received).toEqual([]);
  });
});
