// A name as a person gave it (a unit in a sheet or a report, a label, a title), without the
// characters nobody sees that copying from a web page, Word or WeChat carries in: a byte order
// mark, zero-width spaces and joiners, a word joiner anywhere, and spaces of any width (no-break,
// ideographic) at either end. Names are judged empty, and compared, only after this.

// U+FEFF byte order mark (zero-width no-break space), U+200B zero-width space, U+200C zero-width
// non-joiner, U+200D zero-width joiner, U+2060 word joiner.
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060]/g;

/** The name without invisible characters anywhere and without spaces (U+00A0, U+3000 included) at its ends: "" when nothing visible is left. */
export const cleanName = (name: string): string => name.replace(INVISIBLE, "").trim();
