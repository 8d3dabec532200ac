// Two bootstraps that both find PostgreSQL without a key, held at the same point until both got
// there (a lock on the audit table, which each writes after its key): only one may commit.
// SQLite lets one writer at a time and D1 runs a batch alone, so the race exists only here.
import pg from "pg";
import { afterAll, beforeAll, expect, inject, it } from "vitest";

import { openStore } from "../src/node.js";
import { createDatabase } from "../src/testing.js";
import { serviceClient, type ServiceClient } from "../src/testing.js";

let url: string;
let store: ServiceClient;
beforeAll(async () => {
  url = await createDatabase(inject("postgresUrl"), `plan_race_${process.pid}`);
  store = serviceClient(await openStore(url, {}));
});
afterAll(() => store?.close());

it("lets one of two interleaved bootstraps on PostgreSQL make a key, and refuses the other", async () => {
  const locker = new pg.Client({ connectionString: url });
  await locker.connect();
  try {
    await locker.query("begin");
    await locker.query("lock table audit in access exclusive mode");
    const racing = [store.insertFirstKey("a", "bootstrap"), store.insertFirstKey("b", "bootstrap")].map((p) =>
      p.then(
        (r) => r.key.id,
        (e: { code: string }) => e.code,
      ),
    );
    // Wait (however long it takes) until both have inserted their key and wait for the audit table.
    for (;;) {
      const { rows } = await locker.query<{ n: string }>("select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'audit' and not l.granted");
      if (Number(rows[0]!.n) >= 2) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await locker.query("commit");
    const outcomes = await Promise.all(racing);
    expect(outcomes.filter((o) => o === "store.conflict")).toHaveLength(1);
    expect((await store.allKeys()).map((k) => k.id)).toEqual(outcomes.filter((o) => o.startsWith("key_")));
  } finally {
    await locker.end();
  }
});
