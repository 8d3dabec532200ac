// src/generated/api.ts is made from the API's OpenAPI document: a route or schema changed in the API
// without `pnpm --filter @plan/sdk generate` leaves the SDK's types lying, and this fails.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { apiDocument, apiTypes, generatedFile } from "../scripts/api-types.js";

it("matches what the API's current OpenAPI document makes", async () => {
  const fresh = await apiTypes(await apiDocument());
  expect(readFileSync(generatedFile, "utf8"), "src/generated/api.ts is stale: run pnpm --filter @plan/sdk generate").toBe(fresh);
});
