// Each method resolves with exactly what the API's document says the route answers. Checked by the
// type checker (pnpm typecheck); the runtime part only holds the assertions.
import { expectTypeOf, it } from "vitest";
import type { paths } from "../src/generated/api.js";
import type { PlanClient } from "../src/index.js";

type Answer<Path extends keyof paths, Method extends "get" | "post", Status extends number = 200> =
  NonNullable<paths[Path][Method]> extends { responses: infer R } ? (R extends Record<Status, { content: { "application/json": infer Body } }> ? Body : never) : never;
type Resolved<F> = F extends (...args: never[]) => Promise<infer T> ? T : never;
type Query<Path extends keyof paths> = NonNullable<NonNullable<paths[Path]["get"]>["parameters"]["query"]>;

it("types every method from the document", () => {
  expectTypeOf<Resolved<PlanClient["health"]>>().toEqualTypeOf<Answer<"/health", "get">>();
  expectTypeOf<Resolved<PlanClient["plans"]["import"]>>().toEqualTypeOf<Answer<"/plans", "post", 200 | 201>>();
  expectTypeOf<Resolved<PlanClient["plans"]["upload"]>>().toEqualTypeOf<Answer<"/plans", "post", 200 | 201>>();
  expectTypeOf<Resolved<PlanClient["plans"]["list"]>>().toEqualTypeOf<Answer<"/plans", "get">>();
  expectTypeOf<Resolved<PlanClient["plans"]["get"]>>().toEqualTypeOf<Answer<"/plans/{plan}", "get">>();
  expectTypeOf<Resolved<PlanClient["plans"]["validate"]>>().toEqualTypeOf<Answer<"/plans/{plan}/validate", "get">>();
  expectTypeOf<Resolved<PlanClient["tasks"]["list"]>>().toEqualTypeOf<Answer<"/plans/{plan}/tasks", "get">>();
  expectTypeOf<Resolved<PlanClient["tasks"]["get"]>>().toEqualTypeOf<Answer<"/plans/{plan}/tasks/{task}", "get">>();
  expectTypeOf<Resolved<PlanClient["units"]["list"]>>().toEqualTypeOf<Answer<"/plans/{plan}/units", "get">>();
  expectTypeOf<Resolved<PlanClient["units"]["get"]>>().toEqualTypeOf<Answer<"/plans/{plan}/units/{unit}", "get">>();
  expectTypeOf<Resolved<PlanClient["progress"]["add"]>>().toEqualTypeOf<Answer<"/plans/{plan}/progress", "post", 201>>();
  expectTypeOf<Resolved<PlanClient["progress"]["list"]>>().toEqualTypeOf<Answer<"/plans/{plan}/progress", "get">>();
  expectTypeOf<Resolved<PlanClient["status"]>>().toEqualTypeOf<Answer<"/plans/{plan}/status", "get">>();
  expectTypeOf<Resolved<PlanClient["overview"]>>().toEqualTypeOf<Answer<"/status", "get">>();
  expectTypeOf<Resolved<PlanClient["reminders"]>>().toEqualTypeOf<Answer<"/plans/{plan}/reminders", "get">>();
});

it("takes the queries the document lists", () => {
  expectTypeOf<Parameters<PlanClient["plans"]["list"]>[0]>().toEqualTypeOf<Query<"/plans"> | undefined>();
  expectTypeOf<Parameters<PlanClient["tasks"]["list"]>[1]>().toEqualTypeOf<Query<"/plans/{plan}/tasks"> | undefined>();
  expectTypeOf<Parameters<PlanClient["progress"]["list"]>[1]>().toEqualTypeOf<Query<"/plans/{plan}/progress"> | undefined>();
  expectTypeOf<Parameters<PlanClient["overview"]>[0]>().toEqualTypeOf<Query<"/status"> | undefined>();
  expectTypeOf<Parameters<PlanClient["progress"]["add"]>[1]>().toEqualTypeOf<
    NonNullable<paths["/plans/{plan}/progress"]["post"]>["requestBody"] extends { content: { "application/json": infer B } } | undefined ? B : never
  >();
});

it("answers a report as text, and xlsx as bytes", () => {
  expectTypeOf<Awaited<ReturnType<typeof report<"md">>>>().toEqualTypeOf<string>();
  expectTypeOf<Awaited<ReturnType<typeof report<"xlsx">>>>().toEqualTypeOf<Uint8Array>();
});
declare const report: PlanClient["report"];
