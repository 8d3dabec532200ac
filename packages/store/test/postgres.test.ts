import { inject } from "vitest";
import { openStore } from "../src/node.js";
import { serviceClient } from "../src/service-client.js";
import { conformance } from "./conformance.js";
import { createDatabase } from "../src/testing.js";

// A new database for every test: the suite's tests share nothing.
let opened = 0;
conformance("PostgreSQL", async () => serviceClient(await openStore(await createDatabase(inject("postgresUrl"), `plan_test_${process.pid}_${++opened}`), {})));
