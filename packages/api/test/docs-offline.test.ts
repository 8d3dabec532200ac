// /docs on an intranet: Debian's Chromium opens the reference with every request to another host
// aborted, as a network with no way out would. It must render from this server alone, and its
// Content-Security-Policy must allow nothing else.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/node.js";

const executablePath = process.env["CHROMIUM"] ?? "/usr/bin/chromium";
let api: RunningServer;
let browser: Browser;

beforeAll(async () => {
  api = await startServer({ port: 0, db: join(mkdtempSync(join(tmpdir(), "plan-docs-")), "plan.db"), env: {} });
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

it("renders the reference from the server alone, with every other host cut off", async () => {
  const origin = new URL(api.url).origin;
  const page = await browser.newPage();
  const left: string[] = [];
  const own: string[] = [];
  const violations: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      own.push(url);
      return route.continue();
    }
    left.push(url);
    return route.abort("internetdisconnected");
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(`${api.url}/docs`);
  expect(response?.status()).toBe(200);
  // An operation's summary from the OpenAPI document, drawn by Scalar's script.
  await page.getByText("Import a plan document").first().waitFor({ state: "visible", timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  expect(left).toEqual([]);
  expect(violations).toEqual([]);
  expect(own.some((url) => /\/docs\/assets\/scalar-api-reference-\d+\.\d+\.\d+\.[0-9a-f]{16}\.js$/.test(url))).toBe(true);
  expect(own).toContain(`${origin}/openapi.json`);
  await page.close();
}, 60_000);

it("sends a policy that allows only the deployment's own scripts, and immutable assets", async () => {
  const res = await fetch(`${api.url}/docs`);
  const csp = res.headers.get("content-security-policy") ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get("default-src")).toEqual(["'none'"]);
  expect(directives.get("script-src")).toEqual(["'self'"]);
  expect(directives.get("connect-src")).toEqual(["'self'"]);
  for (const [name, values] of directives) {
    // No host, scheme or wildcard source anywhere: nothing but 'self', data: images and fonts, inline styles.
    for (const value of values) expect(["'self'", "'none'", "'unsafe-inline'", "data:"], `${name} ${value}`).toContain(value);
    if (name !== "style-src") expect(values, name).not.toContain("'unsafe-inline'");
  }
  const html = await res.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/https?:\/\//);
  const scripts = [...html.matchAll(/<script src="([^"]+)" integrity="(sha384-[^"]+)"><\/script>/g)];
  expect(scripts).toHaveLength(2);
  for (const [, src] of scripts) {
    const asset = await fetch(new URL(src!, `${api.url}/docs`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
  }
  expect((await fetch(`${api.url}/docs/assets/other.js`)).status).toBe(404);
});
