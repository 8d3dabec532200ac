// The server's settings, read by one parser for every runtime: `plan serve` and apps/server from
// PLAN_* environment variables, the Worker from its vars (the same names without PLAN_). Every
// value is checked, and every bad one named (`PLAN_MAX_BODY_BYTES=abc: …`): the Node server then
// refuses to start, and the Worker answers every request 503 until it is fixed — a limit never
// silently disappears because its value did not read as a number.

import { checkTimeZone, errorTitle, parseWebhookAllow } from "@plan/domain";

/** Where the settings are read: `node` (PLAN_ prefix) or `worker` (Worker vars, no prefix). */
export type Runtime = "node" | "worker";

/** What the settings give a server. */
export interface ServerSettings {
  /** Origins allowed by CORS, each `scheme://host[:port]`; none by default. */
  readonly corsOrigins: readonly string[];
  readonly maxBodyBytes?: number;
  readonly timeZone?: string;
  readonly bootstrapSecret?: string;
  readonly webhook: { readonly allow: readonly string[]; readonly deadlineMs?: number };
  /**
   * The time and heap one job off the request thread may take (reading an upload or progress sheets,
   * rendering the 通报), and how many may wait (Node only: a Worker does them in its request).
   */
  readonly jobs: { readonly timeoutMs?: number; readonly memoryMb?: number; readonly queue?: number };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Mutable<T[K]> : T[K] };

interface Setting {
  /** The name without the PLAN_ prefix, as a Worker var has it. */
  readonly name: string;
  readonly runtimes: readonly Runtime[];
  /** A secret's value is never printed, not even when it is refused. */
  readonly secret?: true;
  /** Checks the trimmed, non-empty value and puts it in the settings; throws a message without the name. */
  readonly read: (value: string, into: Mutable<ServerSettings>, fullName: string) => void;
}

const positive =
  (what: string, put: (n: number, into: Mutable<ServerSettings>) => void) =>
  (value: string, into: Mutable<ServerSettings>): void => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw new Error(`expected a positive number of ${what}, in digits`);
    put(n, into);
  };

const MIN_SECRET_CHARS = 16;

/** Every setting, on the runtimes that read it. */
export const SETTINGS: readonly Setting[] = [
  {
    name: "CORS_ORIGINS",
    runtimes: ["node", "worker"],
    read: (value, into) => {
      const origins = value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      for (const origin of origins) {
        let parsed: string | undefined;
        try {
          parsed = new URL(origin).origin;
        } catch {}
        if (parsed !== origin) throw new Error(`"${origin}" is not an origin: give scheme://host[:port], without a path or a trailing slash`);
      }
      into.corsOrigins = origins;
    },
  },
  { name: "MAX_BODY_BYTES", runtimes: ["node", "worker"], read: positive("bytes", (n, into) => void (into.maxBodyBytes = n)) },
  {
    name: "TIME_ZONE",
    runtimes: ["node", "worker"],
    read: (value, into) => {
      checkTimeZone(value);
      into.timeZone = value;
    },
  },
  {
    name: "BOOTSTRAP_SECRET",
    runtimes: ["node", "worker"],
    secret: true,
    read: (value, into) => {
      // The one thing between the internet and a store's first admin key: not a word to guess.
      if (value.length < MIN_SECRET_CHARS) throw new Error(`too short: at least ${MIN_SECRET_CHARS} characters (\`openssl rand -hex 16\` gives 32)`);
      into.bootstrapSecret = value;
    },
  },
  { name: "WEBHOOK_ALLOW", runtimes: ["node", "worker"], read: (value, into, fullName) => void (into.webhook.allow = parseWebhookAllow(value, fullName)) },
  { name: "WEBHOOK_DEADLINE_MS", runtimes: ["node", "worker"], read: positive("milliseconds", (n, into) => void (into.webhook.deadlineMs = n)) },
  { name: "READ_TIMEOUT_MS", runtimes: ["node"], read: positive("milliseconds", (n, into) => void (into.jobs.timeoutMs = n)) },
  { name: "READ_MEMORY_MB", runtimes: ["node"], read: positive("megabytes", (n, into) => void (into.jobs.memoryMb = n)) },
  { name: "READ_QUEUE", runtimes: ["node"], read: positive("requests", (n, into) => void (into.jobs.queue = n)) },
];

/** The name a setting has on a runtime: PLAN_X on Node, X on a Worker. */
export const settingName = (setting: Pick<Setting, "name">, runtime: Runtime): string => (runtime === "node" ? `PLAN_${setting.name}` : setting.name);

/** Settings that cannot be used, each named with its value and why (one line each). */
export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "SettingsError";
  }
}

/**
 * Reads every setting of a runtime from its environment (or only those named, without PLAN_: a
 * command that sends reminders reads the webhook's); throws a SettingsError naming each bad value.
 */
export const readSettings = (env: Readonly<Record<string, unknown>>, runtime: Runtime, only?: readonly string[]): ServerSettings => {
  const settings: Mutable<ServerSettings> = { corsOrigins: [], webhook: { allow: [] }, jobs: {} };
  const problems: string[] = [];
  for (const setting of SETTINGS) {
    if (!setting.runtimes.includes(runtime) || (only !== undefined && !only.includes(setting.name))) continue;
    const name = settingName(setting, runtime);
    const raw = env[name];
    if (raw === undefined) continue;
    if (typeof raw !== "string") {
      problems.push(`${name}: expected text, not ${typeof raw}`);
      continue;
    }
    const value = raw.trim();
    if (value === "") continue;
    try {
      setting.read(value, settings, name);
    } catch (error) {
      const message = (error as Error).message;
      // parseWebhookAllow names the setting itself.
      problems.push(message.startsWith(`${name}:`) ? message : `${name}${setting.secret ? "" : `=${value}`}: ${message}`);
    }
  }
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
};

/**
 * What a server whose settings cannot be used answers every request (the Worker, which cannot
 * refuse to start): 503 server.misconfigured, the error body naming each bad setting.
 */
export const misconfiguredResponse = (problems: readonly string[], requestId: string = crypto.randomUUID()): Response => {
  const body = {
    error: { code: "server.misconfigured", title: errorTitle("server.misconfigured", "en"), message: `the server's settings cannot be used: ${problems.join("; ")}`, requestId, details: { problems } },
  };
  return new Response(JSON.stringify(body), { status: 503, headers: { "content-type": "application/json", "x-request-id": requestId } });
};
