// How the API turns an uploaded file into a Plan. In-process by default (Workers, tests): the
// readers' own limits bound the work, and the platform bounds the request. On Node the server
// reads in a worker thread with a deadline and a heap cap (node/worker-reader.ts), so that one
// hostile upload cannot starve the other requests or take the process down.

import { parsePlanFile, type FileOptions, type Plan } from "@plan/domain";

export type DocumentReader = (bytes: Uint8Array, options: Pick<FileOptions, "name" | "title" | "strict">) => Promise<Plan>;

export const readInProcess: DocumentReader = async (bytes, options) => parsePlanFile(bytes, options);
