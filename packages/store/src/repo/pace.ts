// A long write on SQLite runs its statements synchronously, one after another: without a pause the
// server answers nothing else, not even /health, until the transaction ends (2.8 s for an import
// of 10,000 rows). A pause every few hundred statements lets other requests in. It is safe: the
// transaction holds SQLite's one connection, so their queries wait for it; only what needs no
// database (or, on PostgreSQL, another connection) goes on meanwhile.

/** Statements between two pauses: a pause costs a turn of the event loop, well under a millisecond. */
const STATEMENTS_PER_PAUSE = 200;

/** A function to await once per statement of a long loop; every STATEMENTS_PER_PAUSE calls it yields to the event loop. */
export const pacer = (every = STATEMENTS_PER_PAUSE): (() => Promise<void> | undefined) => {
  let count = 0;
  return () => (++count % every === 0 ? new Promise<void>((resolve) => setTimeout(resolve, 0)) : undefined);
};
