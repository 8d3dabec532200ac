// The one settings parser, as `plan serve` and apps/server read it (PLAN_*): every setting's bad
// value refused, named, and never printed when it is a secret; good values read as meant. The
// Worker reads the same table (apps/worker/test/settings.test.ts).
import { describe, expect, it } from "vitest";
import { readSettings, SETTINGS, SettingsError } from "../src/settings.js";
import { BAD_SETTINGS } from "./fixtures/bad-settings.js";

const refusal = (env: Record<string, string>): SettingsError => {
  try {
    readSettings(env, "node");
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error("accepted");
};

describe("settings on Node", () => {
  it("has a bad value to test for every setting", () => {
    expect(SETTINGS.map((s) => s.name).sort()).toEqual(Object.keys(BAD_SETTINGS).sort());
  });

  for (const [name, { value, says }] of Object.entries(BAD_SETTINGS)) {
    it(`refuses PLAN_${name}=${value}, naming it`, () => {
      const { problems } = refusal({ [`PLAN_${name}`]: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^PLAN_${name}`));
      expect(problems[0]).toContain(says);
    });
  }

  it("names every bad setting at once, and never prints a secret", () => {
    const env = Object.fromEntries(Object.entries(BAD_SETTINGS).map(([name, { value }]) => [`PLAN_${name}`, value]));
    const { problems, message } = refusal(env);
    expect(problems).toHaveLength(SETTINGS.length);
    expect(message).not.toContain(BAD_SETTINGS.BOOTSTRAP_SECRET!.value);
  });

  it("reads good values, and leaves out what is unset or blank", () => {
    expect(
      readSettings(
        {
          PLAN_CORS_ORIGINS: "https://office.example, http://localhost:5173",
          PLAN_MAX_BODY_BYTES: " 1048576 ",
          PLAN_TIME_ZONE: "Asia/Urumqi",
          PLAN_BOOTSTRAP_SECRET: "0123456789abcdef",
          PLAN_WEBHOOK_ALLOW: "oapi.dingtalk.com",
          PLAN_WEBHOOK_DEADLINE_MS: "30000",
          PLAN_READ_TIMEOUT_MS: "",
          MAX_BODY_BYTES: "abc",
        },
        "node",
      ),
    ).toEqual({
      corsOrigins: ["https://office.example", "http://localhost:5173"],
      maxBodyBytes: 1_048_576,
      timeZone: "Asia/Urumqi",
      bootstrapSecret: "0123456789abcdef",
      webhook: { allow: ["oapi.dingtalk.com"], deadlineMs: 30_000 },
      jobs: {},
    });
  });

  it("reads only the settings asked for", () => {
    expect(readSettings({ PLAN_MAX_BODY_BYTES: "abc", PLAN_WEBHOOK_DEADLINE_MS: "5000" }, "node", ["WEBHOOK_DEADLINE_MS"]).webhook).toEqual({ allow: [], deadlineMs: 5000 });
  });
});
