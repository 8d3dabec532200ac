// A worker thread that runs TypeScript: registers tsx, then imports the module named in
// workerData.module. Worker threads do not inherit the loader the main thread was started with.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
