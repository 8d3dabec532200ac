/** A refused or failed API call: the API's error code, the HTTP status and the request id to quote. */
export class PlanApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly requestId: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "PlanApiError";
  }
}
