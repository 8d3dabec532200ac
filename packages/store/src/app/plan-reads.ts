// Reads of one plan's tasks and reports, filtered as a reader asks: a task by id or number, a
// unit in any printing of its name.

import { type AssessedTask, findTask, type ProgressReport, resolveUnit, selectTasks, type TaskFilter, type TaskListing } from "@plan/domain";
import { Effect } from "effect";
import { attempt, type StoreError } from "../errors.js";
import { offsetPage, type Page, type PageRequest } from "../repo/cursor.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { statusAsOf } from "./status-reads.js";
import type { AsOf } from "./today.js";

export interface TaskList {
  readonly page: Page<TaskListing>;
  /** The plan's id; the page carries status (and depends on its reports) only when assessed. */
  readonly planId: string;
  readonly assessed: boolean;
}

/**
 * A page of a plan's tasks that pass the filter. Status costs a look at the reports, so tasks
 * carry it only when a status filter or a date asks for it.
 */
export const listTasks = (plan: string, filter: TaskFilter, page: PageRequest, when: AsOf, caller: Caller): Effect.Effect<TaskList, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const doc = yield* (yield* PlanStore).loadPlan(plan);
    const assessed = filter.status !== undefined || when.asOf !== undefined;
    const status = assessed ? yield* statusAsOf(doc.id, when, undefined, caller) : undefined;
    const tasks = yield* attempt(() => selectTasks(doc, filter, status));
    // A plan's tasks are in memory already (bounded by the plan): paged by offset.
    return { page: yield* attempt(() => offsetPage(`tasks:${doc.id}`, tasks, page)), planId: doc.id, assessed };
  });

/** A task by id or number, and where it stands as of a date. */
export const getTask = (plan: string, task: string, when: AsOf, caller: Caller): Effect.Effect<AssessedTask, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const doc = yield* (yield* PlanStore).loadPlan(plan);
    const found = yield* attempt(() => findTask(doc, task));
    const status = yield* statusAsOf(doc.id, when, undefined, caller);
    return { ...found, assessment: status.tasks[doc.tasks.indexOf(found)]! };
  });

export interface ReportQuery {
  /** A task's id or number. */
  readonly task?: string | undefined;
  /** A unit in any printing of its name. */
  readonly unit?: string | undefined;
}

/** A page of a plan's reports, oldest first, for a task or a unit. */
export const listProgress = (plan: string, query: ReportQuery, page: PageRequest, caller: Caller): Effect.Effect<Page<ProgressReport>, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "read");
    const store = yield* PlanStore;
    const doc = yield* store.loadPlan(plan);
    const filter = yield* attempt(() => ({
      task: query.task === undefined ? undefined : findTask(doc, query.task).id,
      unit: query.unit === undefined ? undefined : resolveUnit(doc, query.unit),
    }));
    return yield* store.reportsPage(doc.id, filter, page);
  });
