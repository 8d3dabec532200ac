import { z } from "zod";
import { ROBOTS } from "../webhook/robots.js";
import { Reminders } from "./reminder.js";

/** A request to send each unit's 催办单 to a chat robot or a webhook. */
export const ReminderSendRequest = z.object({
  /** The robot's webhook address, with its access token or key. */
  webhook: z.string().trim().min(1).max(2000),
  /** The robot; known by the address's host when not given (generic for any other). */
  robot: z.enum(ROBOTS).optional(),
  /** The robot's signing secret (DingTalk, Feishu) or the generic webhook's HMAC key. */
  secret: z.string().max(500).optional(),
  /** Only this unit's notice (any printing of its name). */
  unit: z.string().trim().min(1).max(200).optional(),
  /** The issuing office, printed as the notice's signature. */
  office: z.string().trim().max(100).optional(),
  /** ISO date to report by; five days after the as-of date by default. */
  replyBy: z.iso.date().optional(),
  /** Seconds to wait for each answer. */
  timeoutSeconds: z.number().positive().max(60).optional(),
});
export type ReminderSendRequest = z.infer<typeof ReminderSendRequest>;

/** What became of one unit's message. */
export const ReminderDelivery = z.object({ unit: z.string(), ok: z.boolean(), detail: z.string() });
export type ReminderDelivery = z.infer<typeof ReminderDelivery>;

/** What was sent: the reminders, the address (scheme and host only), and each unit's outcome. */
export const ReminderSendResult = z.object({
  reminders: Reminders,
  robot: z.enum(ROBOTS),
  address: z.string(),
  deliveries: z.array(ReminderDelivery),
  sent: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type ReminderSendResult = z.infer<typeof ReminderSendResult>;
