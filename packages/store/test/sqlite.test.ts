import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { conformance } from "./conformance.js";

conformance("SQLite file", async () => join(mkdtempSync(join(tmpdir(), "plan-store-")), "nested", "plan.db"));
