// Office documents as a reader sees them: converted to PDF by LibreOffice, then read with poppler
// (pdfinfo for pages, pdftotext for the words, pdftoppm for pixels). Each conversion gets a
// LibreOffice profile of its own, so that tests running in parallel do not share one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Pdf {
  readonly path: string;
  readonly pages: number;
  /** The text of a page or of all, in the order the PDF draws it (pdftotext -raw: a table cell by cell, row by row). */
  readonly text: (page?: number) => string;
  /** A page's width and height in points. */
  readonly pageSize: (page: number) => { width: number; height: number };
  /** The RGB of a pixel of a page rasterised at `dpi`. */
  readonly pixels: (page: number, dpi: number) => { width: number; height: number; at: (x: number, y: number) => [number, number, number] };
}

/** Converts a .docx or .xlsx to PDF with LibreOffice and opens it with poppler. */
export const officeToPdf = (bytes: Uint8Array, extension: "docx" | "xlsx"): Pdf => {
  const dir = mkdtempSync(join(tmpdir(), "plan-lo-"));
  const input = join(dir, `document.${extension}`);
  writeFileSync(input, bytes);
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, input], { stdio: "pipe", timeout: 120_000 });
  const path = join(dir, "document.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))![1]);
  const text = (page?: number) => execFileSync("pdftotext", ["-raw", ...(page ? ["-f", String(page), "-l", String(page)] : []), path, "-"], { encoding: "utf8" });
  const pixels = (page: number, dpi: number) => {
    const out = join(dir, `page-${page}-${dpi}`);
    execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", String(dpi), "-singlefile", path, out]);
    // pdftoppm writes binary PPM (P6): a header "P6 width height 255" then RGB bytes.
    const ppm = readFileSync(`${out}.ppm`);
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString("latin1"))!;
    const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
    return { width, height, at: (x: number, y: number) => [...ppm.subarray(offset + (y * width + x) * 3, offset + (y * width + x) * 3 + 3)] as [number, number, number] };
  };
  const pageSize = (page: number) => {
    const info = execFileSync("pdfinfo", ["-f", String(page), "-l", String(page), path], { encoding: "utf8" });
    const [, width, height] = new RegExp(`Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+)`).exec(info)!;
    return { width: Number(width), height: Number(height) };
  };
  return { path, pages, text, pageSize, pixels };
};
