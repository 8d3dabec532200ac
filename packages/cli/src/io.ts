/** Where a command writes; the binary passes process streams, tests pass buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}
