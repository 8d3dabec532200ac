import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/node.js";
import { serviceClient } from "../src/service-client.js";
import { conformance } from "./conformance.js";

conformance("SQLite file", async () => serviceClient(await openStore(join(mkdtempSync(join(tmpdir(), "plan-store-")), "nested", "plan.db"), {})));
