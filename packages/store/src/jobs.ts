// @plan/store/jobs: the table of jobs alone, for a thread that runs them (see app/jobs.ts). It
// loads the domain and nothing of the store's databases.
export { JOBS, type JobName } from "./app/jobs.js";
