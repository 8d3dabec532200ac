import { defineConfig } from "tsup";

// Nothing is external: the SDK needs only fetch at run time, and its types come from src/generated.
export default defineConfig({ entry: ["src/index.ts"], format: ["esm"], dts: true, clean: true, sourcemap: true, target: "es2022" });
