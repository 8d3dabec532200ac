// A long write on SQLite runs its statements synchronously, one after another: without a pause the
// server answers nothing else, not even /health, until the transaction ends (2.8 s for an import
// of 10,000 rows). A pause every few hundred rows lets other requests in. It is safe: on SQLite the
// transaction holds the one connection, so their queries wait for it and only what needs no
// database (/health) answers meanwhile; on PostgreSQL they take other connections; on D1 every
// statement awaits the network anyway, and a pause changes nothing.

/** Steps of a loop (a row written, a chunk inserted) between two pauses: a pause costs a turn of the event loop, well under a millisecond. */
const STEPS_PER_PAUSE = 200;

/** A function to await once per step of a long loop; every STEPS_PER_PAUSE calls it yields to the event loop. */
export const pacer = (every = STEPS_PER_PAUSE): (() => Promise<void> | undefined) => {
  let count = 0;
  return () => (++count % every === 0 ? new Promise<void>((resolve) => setTimeout(resolve, 0)) : undefined);
};
