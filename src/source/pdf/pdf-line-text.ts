import { joinRuns, type PdfLine } from "./pdf-lines.js";

/**
 * A glyph that starts a bullet: the usual ones, dashes, arrows, and the bullets
 * of Symbol and Wingdings, which Word's PDFs spell in the private use area
 * (other private-use glyphs are icon fonts' envelopes and phones, not bullets).
 */
export const BULLET_GLYPH = "[•●○◦▪▫■□►▸▹‣⁃➢➤➔→✓✔❖◆◇♦★☆\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf071\uf075]";

export const BULLET = new RegExp(`^\\s*(?:${BULLET_GLYPH}|[-–—+*](?=\\s))\\s*`, "u");

/** A wider gap above the line than its spacing: a new paragraph. */
export function parted(above: PdfLine, line: PdfLine): boolean {
  return line.page !== above.page || line.y - above.y > Math.max(above.size, line.size) * 1.75 || line.y < above.y;
}

/** The line's text, its fragments parted by tabs. */
export function plainText(line: PdfLine): string {
  return line.fragments.map((f) => joinRuns(f.runs, (r) => r.text)).join("\t").trim();
}

/** Sizes to the half point: runs of one style differ by rounding. */
export function round(size: number): number {
  return Math.round(size * 2) / 2;
}
