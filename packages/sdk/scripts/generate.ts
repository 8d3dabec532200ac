// pnpm --filter @plan/sdk generate: rewrites src/generated/api.ts from the API's current document.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { apiDocument, apiTypes, generatedFile } from "./api-types.js";

mkdirSync(dirname(generatedFile), { recursive: true });
writeFileSync(generatedFile, await apiTypes(await apiDocument()));
console.log(`wrote ${generatedFile}`);
