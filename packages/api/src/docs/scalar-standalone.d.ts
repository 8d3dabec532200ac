// The module build/scalar-asset.ts makes from @scalar/api-reference's standalone bundle.
declare module "virtual:scalar-standalone" {
  /** The pinned @scalar/api-reference version. */
  export const version: string;
  /** Subresource Integrity of `source` ("sha384-…"). */
  export const integrity: string;
  /** The browser bundle (defines globalThis.Scalar). */
  export const source: string;
}
