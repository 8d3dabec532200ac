import { inject } from "vitest";
import { openStore } from "../src/node.js";
import { conformance } from "./conformance.js";
import { createDatabase } from "../src/testing.js";

conformance("PostgreSQL", async () => openStore(await createDatabase(inject("postgresUrl"), `plan_test_${process.pid}`), {}));
