import { defineConfig } from "tsup";
import { scalarEsbuildPlugin } from "./build/scalar-asset.js";

export default defineConfig({
  // The worker a Node server reads uploads in sits beside node.js, where worker-reader.ts looks for it.
  entry: { index: "src/index.ts", node: "src/node.ts", settings: "src/settings.ts", "parse-worker": "src/node/parse-worker.ts" },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  esbuildPlugins: [scalarEsbuildPlugin()],
});
