// The same conformance suite on Cloudflare D1, run by workerd through Miniflare (not a mock).
import { Miniflare } from "miniflare";
import { afterAll } from "vitest";
import { openD1Store } from "../src/d1.js";
import { conformance } from "./conformance.js";

const mf = new Miniflare({ modules: true, script: "export default { fetch: () => new Response('') }", d1Databases: ["DB"], compatibilityDate: "2025-09-01" });
afterAll(() => mf.dispose());

conformance("Cloudflare D1 (Miniflare)", async () => openD1Store(await mf.getD1Database("DB")));
