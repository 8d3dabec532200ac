// The same conformance suite on Cloudflare D1, run by workerd through Miniflare (not a mock).
import { Miniflare } from "miniflare";
import { afterAll } from "vitest";
import { openD1Store } from "../src/d1.js";
import { serviceClient } from "../src/service-client.js";
import { conformance } from "./conformance.js";

// A database of its own for every test of the suite (one Miniflare, so workerd starts once).
const DATABASES = Array.from({ length: 32 }, (_, i) => `DB${i}`);
const mf = new Miniflare({ modules: true, script: "export default { fetch: () => new Response('') }", d1Databases: DATABASES, compatibilityDate: "2025-09-01" });
afterAll(() => mf.dispose());

let opened = 0;
conformance("Cloudflare D1 (Miniflare)", async () => {
  const name = DATABASES[opened++];
  if (name === undefined) throw new Error(`the suite opened more than ${DATABASES.length} D1 databases: declare more`);
  return serviceClient(await openD1Store(await mf.getD1Database(name)));
});
