import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts", "src/d1.ts", "src/testing.ts", "src/jobs.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
  // tsup leaves dependencies out of the bundle but not optional ones: the drivers are loaded at run time.
  external: ["better-sqlite3", "pg"],
});
