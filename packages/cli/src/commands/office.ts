// Who the CLI acts as in every verb that records who did it: it works on the office's own database,
// so it is the office (admin), named after the user for the audit log.

import type { Caller } from "@plan/store";

/** The CLI's caller: admin, cli:<user>. */
export const office = (): Caller => ({ actor: `cli:${process.env.USER ?? "user"}`, role: "admin" });
