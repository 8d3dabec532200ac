import { defineProject } from "vitest/config";
import { scalarVitePlugin } from "./build/scalar-asset.js";

export default defineProject({
  plugins: [scalarVitePlugin()],
  test: {
    name: "api",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // The apps under test log each request to the console by default: not worth reading here.
    onConsoleLog: (log) => !log.startsWith('{"time":'),
  },
});
