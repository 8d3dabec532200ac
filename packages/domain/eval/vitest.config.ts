// The scorer against the reference score.py (../shared/corpus/, beside the repository): run by
// `pnpm eval`, not by `pnpm test`, which passes in a clone without ../shared.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { name: "eval", root: new URL(".", import.meta.url).pathname, include: ["score.test.ts"] } });
