import { defineProject } from "vitest/config";

export default defineProject({
  // eval/score.test.ts needs ../shared/corpus/score.py: `pnpm eval` runs it (eval/vitest.config.ts).
  test: { name: "domain", include: ["src/**/*.test.ts", "test/**/*.test.ts", "eval/**/*.test.ts"], exclude: ["eval/score.test.ts", "**/node_modules/**"] },
});
