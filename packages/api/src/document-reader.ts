// How the API turns an uploaded file into a Plan: the store's application layer defines the
// reader (in-process by default); on Node the server passes node/worker-reader.ts's.

export { type DocumentReader, readInProcess } from "@plan/store";
