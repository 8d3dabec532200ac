// The page of documents an office sends: A4, with the margins of the national standard for
// official documents (GB/T 9704: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right).

import { convertMillimetersToTwip, PageOrientation } from "docx";

/** A4 in twips (1/1440 inch), portrait; docx swaps the sides itself for landscape. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

/** A section's page properties for docx: A4 in the given orientation, GB/T 9704 margins. */
export const officePage = (orientation: "portrait" | "landscape" = "portrait") => ({
  size: { ...A4_TWIPS, orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
  margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
});
