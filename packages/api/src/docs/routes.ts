// /docs: the API reference (Scalar), served whole from this deployment so that it renders on an
// intranet with no way out. Its scripts sit under names that carry their hash, are cached for a
// year and checked by the browser (Subresource Integrity); the page's Content-Security-Policy
// lets nothing load from anywhere else and runs no inline script.

import { PlanError } from "@plan/domain";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";

/** The policy of /docs: own scripts only; Scalar sets styles at run time, hence inline styles. */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

// Nothing phones home: no web fonts, no telemetry, no AI agent, no developer tools, and the
// test client sends requests straight to this API rather than through Scalar's proxy.
const INIT = `Scalar.createApiReference("#app", ${JSON.stringify({
  url: "openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: "never",
  hideClientButton: true,
  documentDownloadType: "json",
})});\n`;

interface Asset {
  readonly name: string;
  readonly integrity: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

// TextEncoder always writes into a fresh ArrayBuffer (never a shared one).
const encode = (text: string) => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

const hex = (bytes: Uint8Array) => [...bytes.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

// The 5 MB bundle is read on the first request for the docs, not when the API starts. Its hash
// comes from the build rather than from hashing 5 MB on the first request (CPU time a Worker counts).
let assets: Promise<{ scalar: Asset; init: Asset }> | undefined;
const loadAssets = () =>
  (assets ??= (async () => {
    const scalar = await import("virtual:scalar-standalone");
    const init = encode(INIT);
    const initDigest = new Uint8Array(await crypto.subtle.digest("SHA-384", init));
    return {
      scalar: { name: `scalar-api-reference-${scalar.version}.${hex(fromBase64(scalar.integrity.slice("sha384-".length)))}.js`, integrity: scalar.integrity, bytes: encode(scalar.source) },
      init: { name: `init.${hex(initDigest)}.js`, integrity: `sha384-${btoa(String.fromCharCode(...initDigest))}`, bytes: init },
    };
  })());

const page = (scalar: Asset, init: Asset) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>plan API reference</title>
</head>
<body>
<div id="app"></div>
<script src="docs/assets/${scalar.name}" integrity="${scalar.integrity}"></script>
<script src="docs/assets/${init.name}" integrity="${init.integrity}"></script>
</body>
</html>
`;

/** GET /docs and its assets under /docs/assets/; public, outside the typed API. */
export const docsRoutes = () =>
  new Hono<AppEnv>()
    .get("/docs", async (c) => {
      const { scalar, init } = await loadAssets();
      c.header("Content-Security-Policy", DOCS_CSP);
      c.header("Cache-Control", "no-cache");
      c.header("X-Content-Type-Options", "nosniff");
      return c.html(page(scalar, init));
    })
    .get("/docs/assets/:name", async (c) => {
      const name = c.req.param("name");
      const asset = Object.values(await loadAssets()).find((a) => a.name === name);
      if (!asset) throw new PlanError("request.not-found", `no docs asset ${name}`);
      // The name changes with the content, so a copy never goes stale.
      c.header("Cache-Control", "public, max-age=31536000, immutable");
      c.header("Content-Type", "text/javascript; charset=utf-8");
      c.header("X-Content-Type-Options", "nosniff");
      c.header("Content-Length", String(asset.bytes.byteLength));
      return c.body(asset.bytes);
    });
