/** Where a command writes; the binary passes process streams, tests pass buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout (xlsx export without --out). */
  writeBinary?(bytes: Uint8Array): void;
  /** Whether stdout is a terminal. */
  isTerminal?: boolean;
  /**
   * Asks the person at the terminal and resolves with the line typed (null at end of input).
   * Present only when someone can answer: stdin and stderr are a terminal.
   */
  ask?(question: string): Promise<string | null>;
}
