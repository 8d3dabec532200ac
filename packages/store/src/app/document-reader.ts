// How a document's bytes become a Plan. In-process by default (the CLI, Workers, tests); a Node
// server passes a reader that works in a worker thread with a deadline, so that one hostile
// upload cannot starve the other requests. Either applies the domain's readPlanDocument.

import { readPlanDocument, type DocumentOptions, type Plan } from "@plan/domain";

export type DocumentReader = (bytes: Uint8Array, options: DocumentOptions) => Promise<Plan>;

/** Reads the document in the calling thread. */
export const readInProcess: DocumentReader = async (bytes, options) => readPlanDocument(bytes, options);
