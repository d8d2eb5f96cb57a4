import { linkOf, parted, plainText } from "./pdf-line-text.js";
import { joinRuns, type PdfLine } from "./pdf-lines.js";

/**
 * A word the PDF broke at a line's end, with no space at the break, is joined
 * back, and its two lines with it: a web address too long for its column
 * ("www.linkedin.com/in/jdoe-" ⏎ "ph-d-123 (LinkedIn)"), which would otherwise
 * read as two links, the first cut short, and a word hyphenated at the margin
 * ("data-" ⏎ "driven decision-making"), which Markdown would part with a space.
 * The hyphen stays (most are a compound's own: "data-driven", "full-stack")
 * unless the document spells the word elsewhere without it.
 */
export function joinBrokenWords(lines: readonly PdfLine[]): PdfLine[] {
  const words = new Set(lines.flatMap((l) => plainText(l).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
  const out: PdfLine[] = [];
  for (const line of lines) {
    const above = out[out.length - 1];
    if (!above || parted(above, line)) out.push(line);
    else if (wrapsAddress(above, line)) out[out.length - 1] = joinLines(above, line, false);
    else if (wrapsHyphenated(above, line)) out[out.length - 1] = joinLines(above, line, words.has(brokenWord(above, line)));
    else out.push(line);
  }
  return out;
}

/** The two lines as one, `line`'s first fragment going on from `above`'s last; the hyphen at the break dropped if `dehyphenate`. */
function joinLines(above: PdfLine, line: PdfLine, dehyphenate: boolean): PdfLine {
  const [end, [head, ...rest]] = [above.fragments.at(-1)!, line.fragments];
  const runs = [...end.runs];
  if (dehyphenate) runs[runs.length - 1] = { ...runs.at(-1)!, text: runs.at(-1)!.text.replace(/-\s*$/, "") };
  const joined = { ...end, runs: [...runs, ...head!.runs] };
  // a run of the line below starts left of the end of the line above: no space is put between them (needsSpace)
  return { ...above, fragments: [...above.fragments.slice(0, -1), joined, ...rest], right: line.right, y: line.y, links: [...above.links, ...line.links] };
}

/** True when one link runs from the end of `above` onto the start of `line`, its text on `above` one word. */
function wrapsAddress(above: PdfLine, line: PdfLine): boolean {
  const runs = above.fragments.at(-1)!.runs;
  const url = linkOf(runs.at(-1)!, above);
  if (!url || linkOf(line.fragments[0]!.runs[0]!, line) !== url) return false;
  return !/\s/.test(joinRuns(runs.filter((r) => linkOf(r, above) === url), (r) => r.text).trim());
}

/** True when `above`, one piece of text, ends in a word cut by a hyphen and `line` goes on with it, in the same column and size. */
function wrapsHyphenated(above: PdfLine, line: PdfLine): boolean {
  return (
    above.fragments.length === 1 &&
    /\p{L}-$/u.test(plainText(above)) &&
    /^\p{L}/u.test(plainText(line)) &&
    Math.abs(line.left - above.left) < line.size &&
    Math.abs(line.size - above.size) < 0.5
  );
}

/** The word cut at the break, without its hyphen, in lower case ("pre-" ⏎ "processing" → "preprocessing"). */
function brokenWord(above: PdfLine, line: PdfLine): string {
  return (/[\p{L}\p{N}]+(?=-$)/u.exec(plainText(above))?.[0] ?? "") + (/^[\p{L}\p{N}]+/u.exec(plainText(line))?.[0] ?? "").toLowerCase();
}
