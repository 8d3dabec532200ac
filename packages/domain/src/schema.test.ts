import { describe, expect, it } from "vitest";
import { planJsonSchema } from "./schema.js";

describe("planJsonSchema", () => {
  it("describes every field of a Plan", () => {
    const schema = planJsonSchema() as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toContain("2020-12");
    expect(schema.required).toEqual(expect.arrayContaining(["id", "title", "year", "preamble", "declared", "areas", "tasks", "units"]));
    const task = (schema.properties.tasks as { items: { required: string[] } }).items;
    expect(task.required).toEqual(expect.arrayContaining(["number", "path", "title", "units", "targets", "milestones", "deadline", "line", "column"]));
  });
});
