// File names made from what a plan says (a unit's name), safe on Windows as well as elsewhere.

// Characters Windows refuses in a name, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/g;
// Names Windows keeps for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** A file name from free text: forbidden characters become "_", no trailing dot or space, no device name, at most 100 characters. */
export const safeFileName = (text: string): string => {
  const name = text
    .replace(FORBIDDEN, "_")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100)
    .replace(/[. ]+$/, "");
  if (name === "") return "_";
  return RESERVED.test(name) ? `_${name}` : name;
};

/** Names for a batch of files: each safe, and distinct even where two texts make the same name (-2, -3…). */
export const distinctFileNames = (stems: readonly string[], extension: string): string[] => {
  const seen = new Map<string, number>();
  return stems.map((stem) => {
    const safe = safeFileName(stem);
    const key = safe.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${n === 1 ? safe : `${safe}-${n}`}.${extension}`;
  });
};
