import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "sdk",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // The servers under test log each request to the console by default: not worth reading here.
    onConsoleLog: (log) => !log.startsWith('{"time":'),
  },
});
