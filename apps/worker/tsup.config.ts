import { defineConfig } from "tsup";

// One self-contained module for workerd: everything bundled, nothing from Node.
export default defineConfig({
  entry: { worker: "src/worker.ts" },
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  noExternal: [/.*/],
  // One file for wrangler and Miniflare: /docs's lazily loaded reference bundle goes in it too.
  splitting: false,
  clean: true,
  sourcemap: true,
  minify: true,
});
