// Stacked bars as PNG images, for documents that take charts as pictures (Excel through exceljs
// has no chart API). No canvas: bars are rectangles, so the pixels are written directly and the
// PNG is put together by hand, with fflate for its deflate stream.

import { zlibSync } from "fflate";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
};

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** An RGBA image (row-major, 4 bytes a pixel) as PNG bytes. */
export const encodePng = (width: number, height: number, rgba: Uint8Array): Uint8Array => {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, deflate, no filter method, no interlace
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  const parts = [new Uint8Array(SIGNATURE), chunk("IHDR", header), chunk("IDAT", zlibSync(raw)), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * One stacked bar as a PNG of the given size: segments of `values` in `colours` (RRGGBB) from the
 * left, the full width standing for `scale`; the rest transparent so that bars of a chart line up.
 */
export const stackedBarPng = (values: readonly number[], colours: readonly string[], scale: number, width: number, height: number): Uint8Array => {
  const rgba = new Uint8Array(width * height * 4);
  let from = 0;
  let sum = 0;
  values.forEach((v, i) => {
    sum += v;
    const to = Math.round((sum / scale) * width);
    const hex = colours[i]!;
    const [r, g, b] = [0, 2, 4].map((k) => Number.parseInt(hex.slice(k, k + 2), 16));
    for (let y = 0; y < height; y++) for (let x = from; x < to; x++) rgba.set([r!, g!, b!, 255], (y * width + x) * 4);
    from = to;
  });
  return encodePng(width, height, rgba);
};
