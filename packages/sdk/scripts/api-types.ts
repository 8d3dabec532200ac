// The API's types for the SDK, made from the OpenAPI document the API serves at /openapi.json, so
// that the SDK's published types depend on nothing but this package. Used by `pnpm generate` and by
// the test that fails when the committed file is stale.

import { fileURLToPath } from "node:url";
import { createApp } from "@plan/api";
import type { PlanStoreClient } from "@plan/store";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";

export const generatedFile = fileURLToPath(new URL("../src/generated/api.ts", import.meta.url));

// The document describes routes; answering it touches no store, and a store that throws proves it.
const noStore = new Proxy({} as PlanStoreClient, {
  get: (_, name) => {
    throw new Error(`the OpenAPI document should not need the store (it asked for ${String(name)})`);
  },
});

/** The OpenAPI document as the API serves it. */
export const apiDocument = async (): Promise<OpenAPI3> => {
  // The app as any deployment builds it: routes a deployment opts into (bootstrap) are not the SDK's.
  const response = await createApp({ store: noStore, log: () => {} }).request("/openapi.json");
  if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
  return (await response.json()) as OpenAPI3;
};

/** The TypeScript source of src/generated/api.ts for `document`. */
export const apiTypes = async (document: OpenAPI3): Promise<string> => {
  // A default in the document is what the API fills in when a request leaves the field out (only
  // request bodies have them): the field stays optional for the caller.
  const ast = await openapiTS(document, { defaultNonNullable: false });
  return `// Generated from the API's OpenAPI document by \`pnpm --filter @plan/sdk generate\`: do not edit.\n// The SDK's types come from here (see src/types.ts), so its .d.ts imports nothing.\n\n${astToString(ast)}`;
};
