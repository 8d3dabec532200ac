export { postgresGlobalSetup as default } from "@plan/store/testing";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
