// Office files are zip packages: the parts a reader needs, as text.

import { unzipSync } from "fflate";
import { PlanError } from "../errors.js";

/** A file that claims to be an Office package (by its bytes or name) but cannot be read as one. */
export class PackageError extends PlanError {
  constructor(message: string) {
    super("input.bad-package", message);
    this.name = "PackageError";
  }
}

/** The package's parts by path; throws PackageError when the bytes are not a zip package. */
export const openPackage = (bytes: Uint8Array): Map<string, Uint8Array> => {
  try {
    return new Map(Object.entries(unzipSync(bytes)));
  } catch (error) {
    throw new PackageError(`the file is not a valid Office package (${(error as Error).message})`);
  }
};

export const partText = (parts: ReadonlyMap<string, Uint8Array>, path: string): string | undefined => {
  const bytes = parts.get(path);
  return bytes === undefined ? undefined : new TextDecoder("utf-8").decode(bytes);
};

export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
