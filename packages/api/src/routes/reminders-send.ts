// POST /plans/{plan}/reminders:send (admin): each unit's 催办单 to a chat robot or a webhook, one
// message per unit, with what became of each (the sendReminders verb, as `plan reminders --webhook`).
// Where it may post and for how long is the operator's (deps.webhook: the allow-list, the deadline
// over a request's deliveries and, on Node, the DNS check and transport of nodeOutbound).
//
// The path is the custom-method form (Google AIP-136), served as a parameter constrained to the
// literal segment, as progress:import is (see progress-import.ts).

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ReminderSendRequest, ReminderSendResult } from "@plan/domain";
import { sendReminders } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { AsOf, caller, errors, named, PlanParam } from "./shared.js";

const route = createRoute({
  method: "post",
  path: "/plans/{plan}/reminders:send",
  summary: "Send each unit's 催办单 to a chat robot (DingTalk, Feishu/Lark, WeCom) or a webhook (admin)",
  description:
    "One message per unit owing reports for the period due (or for `unit` only). DingTalk is signed with timestamp and sign query parameters, " +
    "Feishu with timestamp and sign in the body, WeCom not at all (its key is in the URL); any other address gets the notice as JSON with " +
    "`X-Plan-Signature: sha256=<hex HMAC-SHA256 of the body>` when a secret is given. The answer says, per unit, whether the robot took the " +
    "message (a 2xx and, for chat robots, a zero error code); `failed` counts those it did not. More notices than the robot takes a minute " +
    "(20 for DingTalk and WeCom) are refused: send them a unit at a time, or with `plan reminders --webhook`, which paces them. " +
    "Before the plan's first period is due nothing is sent and `reminders.notYetDue` says when the first reports are.",
  request: {
    params: PlanParam,
    query: z.object({ asOf: AsOf }),
    body: { content: { "application/json": { schema: named(ReminderSendRequest, "ReminderSendRequest") } }, required: true },
  },
  responses: {
    200: { description: "Each unit's outcome", content: { "application/json": { schema: named(ReminderSendResult, "ReminderSendResult") } } },
    ...errors(400, 401, 403, 404),
  },
});

// Served as a constrained parameter (see the top of the file); zod-openapi turns {name} into :name.
const SERVED = { ...route, path: "/plans/{plan}/{verb{reminders(?::|%3[Aa])send}}", hide: true };

export const reminderSendRoutes = (deps: AppDeps) => {
  const app = new OpenAPIHono<AppEnv>();
  app.openAPIRegistry.registerPath(route);
  return app.openapi(SERVED, async (c) => {
    const { webhook, timeoutSeconds, ...body } = c.req.valid("json");
    const when = { asOf: c.req.valid("query").asOf, timeZone: deps.timeZone };
    const { deadlineMs, ...outbound } = deps.webhook ?? {};
    const request = { ...body, url: webhook, timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000, deadlineMs, outbound };
    const result = await deps.store.run(sendReminders(c.req.valid("param").plan, when, request, caller(c.get("key"))));
    return c.json(result, 200);
  });
};
