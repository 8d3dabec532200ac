// A new document's two variants, from the text as it was copied whatever punctuation the page
// gave: NN-name.txt with ASCII ( ) : , ; and NN-name.fw.txt with them full-width, as documents are
// printed (a comma or colon between digits stays ASCII: 1,200 and 10:30).

import { printed } from "../src/parse/test-helpers.js";

const TO_ASCII: Readonly<Record<string, string>> = { "\uFF08": "(", "\uFF09": ")", "\uFF1A": ":", "\uFF0C": ",", "\uFF1B": ";" };

/** The text with ASCII brackets, colons, commas and semicolons: the document as web pages give it. */
export const asCopied = (text: string): string => text.replace(/[\uFF08\uFF09\uFF1A\uFF0C\uFF1B]/g, (c) => TO_ASCII[c]!);

/**
 * The text with full-width brackets, colons, commas and semicolons outside numbers: the document as
 * printed, as the parser's tests print their invented text.
 */
export const asPrinted = (text: string): string => printed(asCopied(text));
