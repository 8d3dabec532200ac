// Starts one PostgreSQL server for the whole test run unless DATABASE_URL names one.
import type { TestProject } from "vitest/node";
import { startPostgres } from "../src/testing.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres/.test(given)) {
    project.provide("postgresUrl", given);
    return;
  }
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
