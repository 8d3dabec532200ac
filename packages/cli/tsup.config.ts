import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/bin.ts"],
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
  // Native and Effect-heavy dependencies load from node_modules rather than being bundled.
  external: ["better-sqlite3", "pg", "@plan/store", "@plan/domain", "@plan/api"],
});
