import type { PdfLink, TextRun } from "./read-pdf-runs.js";

/**
 * Runs cut where a link's area starts or ends across them, so that a link
 * takes the words under it and no more: pdf.js gives a line set in one font as
 * one run, and deedy's "jdoe@mail.com | 925-239-5417" is a mailto: link over
 * the address only; read whole as the link's text, the phone would go with it.
 * Glyph widths are not known, so a cut is placed by the widths a sans-serif
 * font gives the characters and moved to the nearest word's edge.
 */
export function splitRunsAtLinks(runs: readonly TextRun[], links: readonly PdfLink[]): TextRun[] {
  return runs.flatMap((run) => {
    const edges = links
      .filter((l) => run.y >= l.top && run.y - run.size / 2 <= l.bottom)
      .flatMap((l) => [l.left, l.right])
      .filter((x) => x > run.x + run.size * 0.5 && x < run.x + run.width - run.size * 0.5);
    if (!edges.length) return [run];
    const advance = advances(run.text);
    const at = (x: number) => advance.findIndex((a) => a >= ((x - run.x) / run.width) * advance.at(-1)!);
    const cuts = [...new Set(edges.map((x) => wordEdge(run.text, at(x))))].filter((i) => i > 0 && i < run.text.length).sort((a, b) => a - b);
    return [0, ...cuts].map((from, i) => {
      const to = cuts[i] ?? run.text.length;
      const [left, right] = [advance[from]! / advance.at(-1)!, advance[to]! / advance.at(-1)!];
      return { ...run, text: run.text.slice(from, to), x: run.x + run.width * left, width: run.width * (right - left) };
    });
  });
}

/** The word boundary nearest to `at`: where a space starts or ends. */
function wordEdge(text: string, at: number): number {
  for (let d = 0; d < text.length; d++) {
    for (const i of [at - d, at + d]) if (i > 0 && i < text.length && /\s/.test(text[i]!) !== /\s/.test(text[i - 1]!)) return i;
  }
  return at;
}

/** In ems, roughly as Helvetica and Arial set them: narrow, wide, capital, and every other character. */
const NARROW = /[\s.,:;'|!()[\]/\\ijlftrI-]/;
const WIDE = /[mwMW@%]/;

/** For each index of the text, how far (in ems) its characters before it reach. */
function advances(text: string): number[] {
  const out = [0];
  // by UTF-16 unit, as the text is cut (the half of a surrogate pair counts as a character)
  for (const c of text.split("")) out.push(out.at(-1)! + (NARROW.test(c) ? 0.3 : WIDE.test(c) ? 0.85 : /\p{Lu}/u.test(c) ? 0.67 : 0.55));
  return out;
}
