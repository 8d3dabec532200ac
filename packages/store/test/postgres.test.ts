import { inject } from "vitest";
import { conformance } from "./conformance.js";
import { createDatabase } from "../src/testing.js";

conformance("PostgreSQL", async () => createDatabase(inject("postgresUrl"), `plan_test_${process.pid}`));
