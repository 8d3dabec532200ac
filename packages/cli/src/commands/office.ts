// Who the CLI acts as in every verb that records who did it: it works on the office's own database,
// so it is the office (admin), named after the user for the audit log.

import type { Caller } from "@plan/store";
import type { Io } from "../io.js";

/** The CLI's caller: admin, cli:<user>. */
export const office = (io: Io): Caller => ({ actor: `cli:${io.env.USER ?? "user"}`, role: "admin" });
