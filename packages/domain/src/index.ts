// @plan/domain: typed models of government work plans, the parser, validation rules.
// Pure: no I/O, no globals, runs unchanged in Node, browsers and Workers.

export * from "./models/area.js";
export * from "./models/deadline.js";
export * from "./models/finding.js";
export * from "./models/milestone.js";
export * from "./models/plan.js";
export * from "./models/position.js";
export * from "./models/target.js";
export * from "./models/task.js";
export * from "./models/unit.js";
export { planJsonSchema } from "./schema.js";
export { parsePlan, type ParseOptions } from "./parse/plan.js";
export { validatePlan, RULES, type Rule } from "./rules/index.js";
export { decode, detectEncoding, DecodeError, type Encoding } from "./text/decode.js";
