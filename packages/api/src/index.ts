// @plan/api: the Hono app factory and its types.
export { createApp, DEFAULT_MAX_BODY_BYTES, type AppType } from "./app.js";
export type { AppDeps, DatabaseState } from "./env.js";
export type { RequestLogLine, RequestLogSink } from "./middleware/request-log.js";
export { type JobRunner, runInProcess } from "@plan/store";
export { misconfiguredResponse, readSettings, type Runtime, type ServerSettings, SETTINGS, SettingsError, settingName } from "./settings.js";
export { httpStatusOf, type ErrorBody } from "./errors.js";
import type { AppType } from "./app.js";
/** AppType under a plain name, so that the typed client's .d.ts keeps it (see toolchain notes). */
export type Api = AppType;
