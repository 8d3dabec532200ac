import { defineConfig } from "tsup";

// @plan/api and @plan/domain are used for their types only: nothing of them is bundled.
export default defineConfig({ entry: ["src/index.ts"], format: ["esm"], dts: true, clean: true, sourcemap: true, target: "es2022", external: ["@plan/api", "@plan/domain"] });
