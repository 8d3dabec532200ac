// The chat robots' messages and signatures, checked against HMACs computed here with node:crypto
// (independently of the WebCrypto code under test) and against RFC 4231's published vector.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEADLINE_EXCEEDED, deliverNotices, parsePlan, planStatus, reminderList, reminderNotices, robotOf, SIGNATURE_HEADER, webhookOutcome, webhookRequest } from "../src/index.js";
import { redactWebhook } from "../src/webhook/deliver.js";
import { hmacSha256, toBase64, toHex } from "../src/webhook/sign.js";

const plan = parsePlan("2016年工作要点\n1.实施农村公路工程。新建农村公路7000公里。(牵头单位:省交通运输厅)\n2.加强组织实施。(责任单位:省交通运输厅)\n");
const status = planStatus(plan, [], { asOf: "2016-07-05" });
const notice = reminderNotices(status, reminderList(status, { start: "2016-01-01" }), { office: "省政府督查室" })[0]!;
const NOW = 1_467_700_000_123; // 2016-07-05T06:26:40.123Z
const SECRET = "SECa1b2c3d4e5f6+/=中";

describe("HMAC-SHA256", () => {
  it("matches RFC 4231 test case 2", async () => {
    expect(toHex(await hmacSha256("Jefe", "what do ya want for nothing?"))).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });

  it("matches node:crypto on UTF-8 keys and messages, in hex and base64", async () => {
    const mac = await hmacSha256(SECRET, "催办\n单");
    expect(toHex(mac)).toBe(createHmac("sha256", SECRET).update("催办\n单").digest("hex"));
    expect(toBase64(mac)).toBe(createHmac("sha256", SECRET).update("催办\n单").digest("base64"));
  });
});

describe("DingTalk", () => {
  it("is a markdown message signed with timestamp and sign query parameters", async () => {
    const request = await webhookRequest(notice, { robot: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=abc", secret: SECRET, now: NOW });
    const url = new URL(request.url);
    expect(url.searchParams.get("access_token")).toBe("abc");
    expect(url.searchParams.get("timestamp")).toBe(String(NOW));
    expect(url.searchParams.get("sign")).toBe(createHmac("sha256", SECRET).update(`${NOW}\n${SECRET}`).digest("base64"));
    const body = JSON.parse(request.body);
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.title).toContain("省交通运输厅");
    expect(body.markdown.text).toContain("实施农村公路工程");
    expect(request.headers["content-type"]).toMatch(/^application\/json/);
  });

  it("is not signed without a secret", async () => {
    const request = await webhookRequest(notice, { robot: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=abc", now: NOW });
    expect(new URL(request.url).searchParams.has("sign")).toBe(false);
  });
});

describe("Feishu", () => {
  it("carries timestamp (seconds) and sign = base64(HMAC(key = timestamp\\nsecret, empty message)) in the body", async () => {
    const request = await webhookRequest(notice, { robot: "feishu", url: "https://open.feishu.cn/open-apis/bot/v2/hook/xyz", secret: SECRET, now: NOW });
    const body = JSON.parse(request.body);
    const timestamp = String(Math.floor(NOW / 1000));
    expect(body.timestamp).toBe(timestamp);
    expect(body.sign).toBe(createHmac("sha256", `${timestamp}\n${SECRET}`).update("").digest("base64"));
    expect(body.msg_type).toBe("post");
    const post = body.content.post.zh_cn;
    expect(post.title).toContain("省交通运输厅");
    expect(
      post.content
        .flat()
        .map((e: { text: string }) => e.text)
        .join("\n"),
    ).toContain("加强组织实施");
    expect(request.url).toBe("https://open.feishu.cn/open-apis/bot/v2/hook/xyz");
  });
});

describe("WeCom", () => {
  it("is a markdown message, unsigned (the key is in the URL), and refuses a secret", async () => {
    const request = await webhookRequest(notice, { robot: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", now: NOW });
    expect(JSON.parse(request.body)).toMatchObject({ msgtype: "markdown", markdown: { content: expect.stringContaining("省交通运输厅") } });
    expect(request.url).toBe("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k");
    await expect(webhookRequest(notice, { robot: "wecom", url: "https://qyapi.weixin.qq.com/x?key=k", secret: "s", now: NOW })).rejects.toThrow(/WeCom robots are not signed/);
  });
});

describe("a generic webhook", () => {
  it("gets the notice as JSON and X-Plan-Signature: sha256=<hex HMAC of the body>", async () => {
    const request = await webhookRequest(notice, { robot: "generic", url: "http://127.0.0.1:9/hook", secret: SECRET, now: NOW });
    expect(request.headers[SIGNATURE_HEADER]).toBe(`sha256=${createHmac("sha256", SECRET).update(request.body).digest("hex")}`);
    expect(JSON.parse(request.body)).toEqual({ type: "reminder-notice", sentAt: "2016-07-05T06:26:40.123Z", notice: JSON.parse(JSON.stringify(notice)) });
    const unsigned = await webhookRequest(notice, { robot: "generic", url: "http://127.0.0.1:9/hook", now: NOW });
    expect(unsigned.headers[SIGNATURE_HEADER]).toBeUndefined();
  });

  it("refuses an address that is not http(s)", async () => {
    await expect(webhookRequest(notice, { robot: "generic", url: "ftp://example.org/x", now: NOW })).rejects.toThrow(/ftp: is not http: or https:/);
    await expect(webhookRequest(notice, { robot: "generic", url: "not a url", now: NOW })).rejects.toThrow(/webhook: not a URL/);
  });
});

describe("a robot's answer", () => {
  it("counts as delivered only on a 2xx and, from a chat robot, a zero code", () => {
    expect(webhookOutcome("dingtalk", 200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true, detail: "HTTP 200" });
    expect(webhookOutcome("dingtalk", 200, '{"errcode":310000,"errmsg":"sign not match"}')).toEqual({ ok: false, detail: "HTTP 200, errcode 310000" });
    expect(webhookOutcome("wecom", 200, '{"errcode":93000,"errmsg":"invalid webhook url"}').ok).toBe(false);
    expect(webhookOutcome("feishu", 200, '{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}')).toEqual({ ok: false, detail: "HTTP 200, code 19021" });
    expect(webhookOutcome("feishu", 200, '{"StatusCode":0,"StatusMessage":"success"}').ok).toBe(true);
    expect(webhookOutcome("feishu", 200, "<html>proxy</html>")).toEqual({ ok: false, detail: "HTTP 200, but the answer is not a robot's JSON" });
    expect(webhookOutcome("generic", 204, "")).toEqual({ ok: true, detail: "HTTP 204" });
    expect(webhookOutcome("dingtalk", 502, "")).toEqual({ ok: false, detail: "HTTP 502" });
  });

  it("never carries the text of the answer: only the status and a robot's numeric code", () => {
    const leak = "root:x:0:0:root:/root:/bin/bash ami-id instance-id";
    expect(webhookOutcome("generic", 500, leak)).toEqual({ ok: false, detail: "HTTP 500" });
    expect(webhookOutcome("dingtalk", 200, JSON.stringify({ errcode: 1, errmsg: leak }))).toEqual({ ok: false, detail: "HTTP 200, errcode 1" });
    expect(webhookOutcome("dingtalk", 200, JSON.stringify({ errcode: leak }))).toEqual({ ok: false, detail: "HTTP 200, errcode not a number" });
    expect(webhookOutcome("wecom", 200, leak).detail).not.toContain("root");
    expect(webhookOutcome("feishu", 403, leak)).toEqual({ ok: false, detail: "HTTP 403" });
  });

  it("refuses a redirect rather than follow it", () => {
    for (const status of [301, 302, 303, 307, 308]) expect(webhookOutcome("generic", status, "")).toEqual({ ok: false, detail: `HTTP ${status}: redirect refused` });
  });
});

describe("a webhook address", () => {
  it("names its robot by host, generic for any other", () => {
    expect(robotOf("https://oapi.dingtalk.com/robot/send?access_token=x")).toBe("dingtalk");
    expect(robotOf("https://open.feishu.cn/open-apis/bot/v2/hook/x")).toBe("feishu");
    expect(robotOf("https://open.larksuite.com/open-apis/bot/v2/hook/x")).toBe("feishu");
    expect(robotOf("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x")).toBe("wecom");
    expect(robotOf("https://dingtalk.com.evil.example/robot")).toBe("generic");
    expect(robotOf("http://127.0.0.1:8080/hook")).toBe("generic");
  });

  it("has its tokens, keys and the secret blotted out of what a user is shown", () => {
    const url = "https://open.feishu.cn/open-apis/bot/v2/hook/0123456789abcdef0123?key=kkkk";
    expect(redactWebhook(`bad 0123456789abcdef0123 kkkk s3cr3t`, url, "s3cr3t")).toBe("bad *** *** ***");
  });
});

describe("delivering a batch", () => {
  it("posts each notice, pacing only beyond the robot's limit, and reports each outcome", async () => {
    const posted: string[] = [];
    const pauses: number[] = [];
    const delivered = await deliverNotices([notice, { ...notice, unit: "\u7701\u8D22\u653F\u5385" }], {
      robot: "dingtalk",
      url: "https://oapi.dingtalk.com/robot/send?access_token=abcd",
      post: async (r, { timeoutMs }) => {
        posted.push(r.url);
        expect(timeoutMs).toBe(10_000);
        return posted.length === 1 ? { status: 200, text: '{"errcode":0}' } : { error: "ECONNRESET" };
      },
      now: () => NOW,
      pause: async (ms) => {
        pauses.push(ms);
      },
    });
    expect(delivered).toEqual([
      { unit: "\u7701\u4EA4\u901A\u8FD0\u8F93\u5385", ok: true, detail: "HTTP 200" },
      { unit: "\u7701\u8D22\u653F\u5385", ok: false, detail: "ECONNRESET" },
    ]);
    expect(posted).toHaveLength(2);
    expect(pauses).toEqual([]);
    const many = Array.from({ length: 21 }, (_, i) => ({ ...notice, unit: `u${i}` }));
    await deliverNotices(many, {
      robot: "dingtalk",
      url: "https://oapi.dingtalk.com/robot/send",
      post: async () => ({ status: 200, text: '{"errcode":0}' }),
      now: () => NOW,
      pause: async (ms) => void pauses.push(ms),
    });
    expect(pauses).toEqual(Array.from({ length: 20 }, () => 3000));
  });
});

describe("a batch's deadline", () => {
  // A clock the test moves: each POST takes `takes` ms of it.
  const clock = () => {
    let t = NOW;
    return {
      now: () => t,
      advance: (ms: number) => {
        t += ms;
      },
    };
  };
  const units = Array.from({ length: 5 }, (_, i) => ({ ...notice, unit: `u${i}` }));

  it("gives no message more time than the deadline leaves, and reports the rest as not sent, unattempted", async () => {
    const c = clock();
    const budgets: number[] = [];
    const delivered = await deliverNotices(units, {
      robot: "generic",
      url: "https://hooks.example/x",
      now: c.now,
      timeoutMs: 4000,
      deadline: NOW + 10_000,
      post: async (_, { timeoutMs }) => {
        budgets.push(timeoutMs);
        if (timeoutMs < 4000) {
          c.advance(timeoutMs);
          return { error: "timeout", timeout: true };
        }
        c.advance(4000);
        return { error: "timeout", timeout: true };
      },
    });
    expect(budgets).toEqual([4000, 4000, 2000]);
    expect(delivered).toEqual([
      { unit: "u0", ok: false, detail: "no answer within 4 s" },
      { unit: "u1", ok: false, detail: "no answer within 4 s" },
      { unit: "u2", ok: false, detail: "no answer before the deadline" },
      { unit: "u3", ok: false, detail: DEADLINE_EXCEEDED },
      { unit: "u4", ok: false, detail: DEADLINE_EXCEEDED },
    ]);
    expect(DEADLINE_EXCEEDED).toBe("not sent: deadline exceeded");
  });

  it("does not wait out a pause that would end past the deadline", async () => {
    const c = clock();
    const many = Array.from({ length: 25 }, (_, i) => ({ ...notice, unit: `u${i}` }));
    let posts = 0;
    const delivered = await deliverNotices(many, {
      robot: "dingtalk",
      url: "https://oapi.dingtalk.com/robot/send",
      now: c.now,
      deadline: NOW + 10_000,
      pause: async (ms) => c.advance(ms),
      post: async () => {
        posts++;
        return { status: 200, text: '{"errcode":0}' };
      },
    });
    // Paced every 3 s: sends at 0, 3, 6 and 9 s; the pause to 12 s would pass the deadline.
    expect(posts).toBe(4);
    expect(delivered.filter((d) => d.ok)).toHaveLength(4);
    expect(delivered.slice(4).every((d) => d.detail === DEADLINE_EXCEEDED)).toBe(true);
    expect(delivered).toHaveLength(25);
  });
});
