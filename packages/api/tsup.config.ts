import { defineConfig } from "tsup";
import { scalarEsbuildPlugin } from "./build/scalar-asset.js";

export default defineConfig({
  // The thread a Node server runs its jobs in (reading uploads, rendering the 通报) sits beside node.js, where worker-jobs.ts looks for it.
  entry: { index: "src/index.ts", node: "src/node.ts", settings: "src/settings.ts", "job-worker": "src/node/job-worker.ts" },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  esbuildPlugins: [scalarEsbuildPlugin()],
});
