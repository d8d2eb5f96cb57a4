import { joinRuns, type PdfLine } from "./pdf-lines.js";
import type { TextRun } from "./read-pdf-runs.js";

/**
 * A glyph that starts a bullet: the usual ones, dashes, arrows, and the bullets
 * of Symbol and Wingdings, which Word's PDFs spell in the private use area
 * (other private-use glyphs are icon fonts' envelopes and phones, not bullets),
 * and the control characters pdf.js gives for a glyph its font maps to no
 * Unicode (pdflatex's bullet without a `\pdfgentounicode` map).
 */
export const BULLET_GLYPH = "[•●○◦▪▫■□►▸▹‣⁃➢➤➔→✓✔❖◆◇♦★☆\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf071\uf075\u0080-\u009f]";

export const BULLET = new RegExp(`^\\s*(?:${BULLET_GLYPH}|[-–—+*](?=\\s))\\s*`, "u");

/** A wider gap above the line than its spacing: a new paragraph. */
export function parted(above: PdfLine, line: PdfLine): boolean {
  return line.page !== above.page || line.firstY - above.y > Math.max(above.size, line.size) * 1.75 || line.firstY < above.y;
}

/** The line's text, its fragments parted by tabs. */
export function plainText(line: PdfLine): string {
  return line.fragments.map((f) => joinRuns(f.runs, (r) => r.text)).join("\t").trim();
}

/** Sizes to the half point: runs of one style differ by rounding. */
export function round(size: number): number {
  return Math.round(size * 2) / 2;
}

/** Where the link annotation over the run (over its middle) leads, if one does. */
export function linkOf(run: TextRun, line: PdfLine): string | undefined {
  const middle = run.x + run.width / 2;
  return line.links.find((l) => middle >= l.left && middle <= l.right && run.y >= l.top && run.y - run.size / 2 <= l.bottom)?.url;
}
