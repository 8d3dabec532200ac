// @plan/domain must run unchanged in browsers and Workers: no Node built-ins in its source.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const src = fileURLToPath(new URL("../src", import.meta.url));

it("imports nothing from node:* outside tests", () => {
  const offenders = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .filter((f) => /from\s+["'](node:|fs|path|crypto|os)["']/.test(readFileSync(join(src, f), "utf8")));
  expect(offenders).toEqual([]);
});
