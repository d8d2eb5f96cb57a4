import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

/**
 * How many pixels of a page, rendered by poppler at `dpi`, have the colour `hex` (each channel within
 * `tolerance`, since glyph edges blend into the paper but their strokes keep the colour).
 */
export async function countColourPixels(pdf: string, hex: string, { page = 1, dpi = 100, tolerance = 10 } = {}): Promise<number> {
  const { stdout } = await exec("pdftoppm", ["-r", String(dpi), "-f", String(page), "-l", String(page), pdf], { encoding: "buffer", maxBuffer: 256 * 1024 * 1024 });
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const pixels = ppmPixels(stdout);
  let count = 0;
  for (let i = 0; i < pixels.length; i += 3) {
    if (Math.abs(pixels[i]! - r) <= tolerance && Math.abs(pixels[i + 1]! - g) <= tolerance && Math.abs(pixels[i + 2]! - b) <= tolerance) count++;
  }
  return count;
}

/** The RGB bytes of a binary PPM (P6, 8 bits a channel), as pdftoppm writes it. */
function ppmPixels(ppm: Buffer): Buffer {
  // header: "P6", width, height, maxval, each separated by whitespace, then one whitespace byte
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[at]!))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(ppm[at]!))) at++;
    fields.push(ppm.subarray(start, at).toString("latin1"));
  }
  if (fields[0] !== "P6" || fields[3] !== "255") throw new Error(`not an 8-bit binary PPM: ${fields.join(" ")}`);
  return ppm.subarray(at + 1);
}
