/** Where a command writes; the binary passes process streams, tests pass buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout (xlsx export without --out). */
  writeBinary?(bytes: Uint8Array): void;
  /** Whether stdout is a terminal. */
  isTerminal?: boolean;
}
