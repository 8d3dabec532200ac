export { postgresGlobalSetup as default } from "../src/testing.js";
