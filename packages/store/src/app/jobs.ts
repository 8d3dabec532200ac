// The heavy, pure steps a request hands off: reading a plan file, reading and checking progress
// sheets, rendering the 通报. Each is a function of plain data to plain data, so it can run in
// another thread. The CLI, Workers and tests run them here (runInProcess); a Node server passes a
// JobRunner that runs each in a worker thread with a deadline and a heap cap (@plan/api/node), by
// this same table, so that one hostile upload or one huge plan cannot starve the other requests.

import { type BulletinFormat, checkSheetRows, type DocumentOptions, type Plan, type PlanStatus, readPlanDocument, readProgressSheets, type RenderedBulletin } from "@plan/domain";
import type { BulletinInput } from "@plan/domain/office";

export const JOBS = {
  /** A plan file's bytes read into a Plan. */
  readPlan: (input: { readonly bytes: Uint8Array; readonly options: DocumentOptions }) => readPlanDocument(input.bytes, input.options),
  /** Progress sheets read (a unit's key reads its own unit's rows) and every row checked against the plan. */
  readSheets: (input: { readonly files: readonly { name: string; bytes: Uint8Array }[]; readonly unit: string | null | undefined; readonly plan: Plan; readonly actor: string }) => {
    const reading = readProgressSheets(input.files, { unit: input.unit });
    return { reading, ...checkSheetRows(input.plan, reading.rows, input.actor) };
  },
  /** The 通报 rendered in a format. The office writers (docx, exceljs) are loaded only here. */
  renderBulletin: async (input: { readonly status: PlanStatus; readonly format: BulletinFormat; readonly input: BulletinInput }): Promise<RenderedBulletin> =>
    (await import("@plan/domain/office")).renderBulletin(input.status, input.format, input.input),
};

export type JobName = keyof typeof JOBS;
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[0];
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;

/** Runs one of JOBS by name, here or elsewhere; a refusal rejects with the job's PlanError. */
export type JobRunner = <K extends JobName>(job: K, input: JobInput<K>) => Promise<JobOutput<K>>;

/** Runs the job in the calling thread. */
export const runInProcess: JobRunner = async (job, input) => (JOBS[job] as (input: unknown) => unknown)(input) as never;
