import type { SourceLine } from "../parse/source-line.js";
import { hasDate, isDateOnly, type SplitEntries } from "./layout/lines.js";
import { isAuthorList, isPersonName, isSurnameInitials, splitAuthors } from "./author-lists.js";

/** What a web page prints under a paper for its links, which a text dump keeps as bare words. */
const LINK_LABELS = /^(?:\[?(?:pdf|code|slides|video|poster|arxiv|bib|bibtex|abs|abstract|html|website|project page|blog|talk|demo|data|supp|paper|doi)\]?\s*)+$/i;
/** A venue badge printed before a paper's title ("ICML", "NeurIPS", "CVPR 2024"). */
const BADGE = /^[\p{Lu}][\p{L}\d&-]{1,11}(?:\s(?:19|20)?\d{2})?$/u;

/**
 * A publications list as a web page lays it out, one field a line: an optional
 * venue badge, the title, the authors, the venue, then link labels ("PDF
 * Code"). Each author line anchors a paper on the line above it; a badge
 * and link labels are left out, as the venue line already names the venue
 * and the links themselves did not survive the page's text. Undefined unless
 * at least two papers are found, each with an author line under its title.
 */
export function paperBlocks(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): SplitEntries | undefined {
  const isText = (l: SourceLine | undefined) => l?.kind === "text";
  // "1. BaseComp: A Comparative Analysis…" over "Eunsoo Kim*, Min Woo Baek*, …": a numbered list's item is a title too
  const isTitle = (l: SourceLine | undefined) => isText(l) || (l?.kind === "bullet" && l.depth === 0);
  // "### Title" over its venue, year and authors (pagedown's résumé): the sub-headings head the papers, and the line
  // over the authors is the year, no title
  if (lines.some((l) => l.kind === "subheading")) return undefined;
  // a bold title line is an entry header already, which the general entry reader handles
  const over = (i: number, authors: (text: string) => boolean) => i > 0 && isText(lines[i]) && isTitle(lines[i - 1]) && !lines[i - 1]!.lead && authors(lines[i]!.text);
  const listed = lines.flatMap((_, i) => (over(i, (t) => isAuthorList(t, lowerWords)) ? [i - 1] : []));
  if (listed.length < 2) return undefined;
  // "Lazy Evaluation Revisited." over "Dana Whitfield.": where every author line ends in a stop, one name alone so written
  // under a title is a paper its owner wrote alone, not a venue (nor a page's "PDF Code" under the venue), where that
  // name is among the other papers' authors ("Springer Verlag." or "Best Paper Award." is none of them)
  const stopped = listed.every((t) => lines[t + 1]!.text.trim().endsWith("."));
  const coauthors = new Set(listed.flatMap((t) => splitAuthors(lines[t + 1]!.text)));
  const soloAuthor = (text: string) => stopped && text.trim().endsWith(".") && coauthors.has(text.trim().slice(0, -1)) && isPersonName(text.trim().slice(0, -1), lowerWords);
  const alone = lines.flatMap((_, i) => (!listed.includes(i - 1) && !listed.includes(i) && !isAuthorList(lines[i - 1]?.text ?? "", lowerWords) && over(i, soloAuthor) ? [i - 1] : []));
  const titles = [...listed, ...alone].sort((a, b) => a - b);
  const used = new Set<SourceLine>();
  const entries = titles.map((start, k) => {
    let end = titles[k + 1] ?? lines.length;
    // a blank line after the authors ends the paper: a page's footer is not its venue; but a date after it, alone or
    // with where the paper was given ("Aug. 2023", "Denver, CO, Oct. 2015", set flush right apart from the venue), is
    // the paper's, the last of its lines
    const gap = lines.findIndex((l, i) => i > start + 1 && i < end && l.gap);
    if (gap >= 0) end = datesPaper(lines[gap]!) ? gap + 1 : gap;
    // the next paper's badge sits just above its title
    if (k + 1 < titles.length && BADGE.test(lines[end - 1]!.text) && end - 1 > start + 1) end--;
    const badge = lines[start - 1];
    if (badge && BADGE.test(badge.text) && !titles.includes(start - 1)) used.add(badge);
    const group = lines.slice(start, end);
    group.forEach((l) => used.add(l));
    const [title, ...rest] = group.filter((l) => !LINK_LABELS.test(l.text));
    return { head: [title!], body: rest, position: title!.position };
  });
  return { entries, loose: lines.filter((l) => !used.has(l)) };
}

/** A date alone, or with the place a paper was given at: a short line, "Denver, CO, Oct. 2015". */
const datesPaper = (line: SourceLine) => isDateOnly(line.text) || (hasDate(line) && line.text.split(/\s+/).length <= 6);

/**
 * A list of citations where the owner's name is bold ("**Doe JA**, Roe RB.
 * Title…"): a bold lead there is an author, not an entry's header, so each
 * paragraph or top-level bullet is one paper wherever the name falls in it.
 * Undefined unless some line leads with a bold name and none with anything else.
 */
export function boldAuthorCitations(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): SplitEntries | undefined {
  const leads = lines.filter((l) => l.lead !== undefined && l.depth === 0);
  if (!leads.length || lines.some((l) => l.kind === "subheading" || l.kind === "row") || !leads.every((l) => isAuthorName(l.lead!.replace(/[*†‡]+$/, ""), lowerWords))) return undefined;
  const entries: SplitEntries["entries"] = [];
  for (const [i, l] of lines.entries()) {
    // a year alone under a citation ("2019", a page's date column) is the citation's, not a paper; one over the lines of
    // its paragraph ("`2017`" ⏎ "__Eargle, D.__, Galletta, D. …") opens the paper it dates
    const above = lines[i + 1] !== undefined && lines[i + 1]!.kind === "text" && !lines[i + 1]!.gap;
    const starts = l.depth === 0 && (l.kind === "bullet" || l.gap || i === 0) && !(entries.length && isDateOnly(l.text) && !above);
    if (starts) entries.push({ head: [l], body: [], position: l.position });
    else entries.at(-1)?.body.push(l);
  }
  return { entries, loose: [] };
}

const isAuthorName = (text: string, lowerWords: ReadonlySet<string>) => isPersonName(text, lowerWords) || isSurnameInitials(text);

/**
 * Papers written a paragraph each, set apart by blank lines ("Tomás Herrera,
 * Ana Lima (2023). Title. Venue." over "PDF Cite Code"): each paragraph
 * whose first line names a year, wherever in it, is one paper. Undefined
 * unless the section is only such paragraphs of plain text, two or more.
 */
export function citationParagraphs(lines: readonly SourceLine[]): SplitEntries | undefined {
  if (lines.some((l) => l.kind !== "text" || l.depth > 0 || l.lead !== undefined)) return undefined;
  const starts = lines.flatMap((l, i) => (i === 0 || l.gap ? [i] : []));
  const paragraphs = starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length));
  if (paragraphs.length < 2 || !paragraphs.every((p) => hasDate(p[0]!) && !isDateOnly(p[0]!.text))) return undefined;
  return { entries: paragraphs.map(([head, ...body]) => ({ head: [head!], body, position: head!.position })), loose: [] };
}
