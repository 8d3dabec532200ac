// Which engine a database URL names. An engine is chosen by configuration, never by editing code.

export type EngineName = "sqlite" | "postgres" | "d1";

export interface DatabaseTarget {
  readonly engine: EngineName;
  /** A file path for SQLite (":memory:" for a throwaway one), a connection string for PostgreSQL. */
  readonly location: string;
}

export const DEFAULT_SQLITE_PATH = "./.plan/plan.db";

/**
 * postgres://… and postgresql://… are PostgreSQL; sqlite:PATH, file:PATH or a bare path are a
 * SQLite file. With no URL: PLAN_DB, then DATABASE_URL, then ./.plan/plan.db.
 */
export const databaseTarget = (url: string | undefined, env: Record<string, string | undefined> = {}): DatabaseTarget => {
  const chosen = url ?? env.PLAN_DB ?? env.DATABASE_URL ?? DEFAULT_SQLITE_PATH;
  if (/^postgres(ql)?:\/\//i.test(chosen)) return { engine: "postgres", location: chosen };
  return { engine: "sqlite", location: chosen.replace(/^(sqlite|file):(\/\/)?/i, "") };
};

/** The URL without its password, for messages and logs. */
export const redact = (target: DatabaseTarget): string => (target.engine === "postgres" ? target.location.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@") : target.location);
