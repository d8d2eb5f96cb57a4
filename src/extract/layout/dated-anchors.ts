import type { SourceLine } from "../../parse/source-line.js";
import { findDates, withoutDates } from "../dates.js";
import { weighPhrase } from "../evidence/phrase-evidence.js";
import { isLocation, trimSeparators } from "../entry-parts.js";
import { hasDate, isDateOnly, isHeaderLike, isSentence, isTitleCased, isTitleLike, type SplitEntries, indices } from "./lines.js";

/**
 * Rule (4): each dated header line anchors an entry. The header may begin up
 * to four title lines above it, where a block starts ("Google" / "Engineer" /
 * "2019 – 2021"); a date alone on its line opens the entry written under it.
 */
export function datedAnchors(lines: readonly SourceLine[]): Anchored {
  const starts = new Map<number, number>();
  // a section that opens with a date alone on its line writes every entry under its date (a PDF's date column)
  const datesFirst = lines[0] !== undefined && isDateOnly(lines[0].text);
  const headsAbove = !datesFirst && headersAboveDates(lines);
  if (headsAbove) return headsAbove;
  // "PhD in Computer Science, 2019" over "University of Pennsylvania": a section that opens with a dated line
  // writes each entry from its dated line down, and the line above a date is the entry before's
  const opensDated = lines[0] !== undefined && isAnchor(lines[0]);
  lines.forEach((l, i) => {
    if (!isAnchor(l) || closesDatedHeader(lines, i)) return;
    const captioned = opensDated && !datesFirst ? captionsAfterBullets(lines, i) : undefined;
    if (captioned !== undefined) return void starts.set(captioned, i);
    if ((datesFirst && isDateOnly(l.text)) || opensDated) return void starts.set(i, i);
    let top = i;
    // "Bus reservation system:" right over its date: the colon leads to what follows, the line still names the entry
    const named = (above: SourceLine) => isHeaderTitle(above) || (top === i && isDateOnly(l.text) && isHeaderTitle({ ...above, text: above.text.replace(/\s*[:：]$/, "") }));
    while (top > 0 && i - top < 4 && !lines[top]!.gap && named(lines[top - 1]!) && !starts.has(top - 1)) top--;
    // "Acme - Engineer" / (blank) / "2023/08 – now": a date alone in its paragraph dates the lone title paragraph above it
    // or a title with every word capitalised right after the body above ("Online Student Attendance System")
    // or a paragraph of two or three title lines ("Grange Insurance, Columbus, OH" / "Actuarial Intern")
    const paragraph = top === i && l.gap && isDateOnly(l.text) ? titleParagraphAbove(lines, i, starts) : undefined;
    const titled = paragraph !== undefined || (top === i && l.gap && isDateOnly(l.text) && i > 0 && isHeaderTitle(lines[i - 1]!) && isTitleCased(lines[i - 1]!.text) && !starts.has(i - 1));
    if (titled) top = paragraph ?? i - 1;
    // the header's first line starts a block: after a blank line, a bullet, a finished sentence or the section's top
    while (top < i && !titled && !startsBlock(lines, top)) top++;
    starts.set(top, top);
  });
  return { starts, closing: new Set() };
}

/**
 * "Mobilize Project" / "Los Angeles, CA" / "2011-2014" right after the bullets of the entry above: where a section
 * opens with a dated line that names its entry ("Acme Corp   Los Angeles, CA   2013-present"; not a date alone, as
 * Europass sets its dates and places after each entry's bullets), pdftotext may set a later entry's header
 * cells one under the other; a date alone names nothing, so the employer and place lines over it, after a bullet,
 * are its header's. Where they start, if line `i` is such a date.
 */
function captionsAfterBullets(lines: readonly SourceLine[], i: number): number | undefined {
  if (!isDateOnly(lines[i]!.text)) return undefined;
  let top = i;
  while (top > 0 && i - top < 3 && !lines[top]!.gap && isCaption(lines[top - 1]!)) top--;
  const named = lines.slice(top, i).some((l) => namesEntry(l) || isLocation(trimSeparators(l.text)));
  return top < i && lines[top - 1]?.kind === "bullet" && named ? top : undefined;
}

/**
 * Where the paragraph of one to three title lines right above line `i` (a date alone) starts, if one is there,
 * starts no entry yet, and the date is followed by what was done: a date followed by names opens the entry below.
 */
function titleParagraphAbove(lines: readonly SourceLine[], i: number, starts: ReadonlyMap<number, number>): number | undefined {
  const below = lines[i + 1];
  if (!below || (below.kind !== "bullet" && !isSentence(below.text))) return undefined;
  for (let t = i - 1; t >= 0 && i - t <= 3; t--) {
    // "Pocket mode — Lock your phone by hovering the proximity sensor." over "{Kotlin, MVVM}": the paragraph's first
    // line may name its entry before a dash and say what it is after it, as a sentence
    const named = isHeaderTitle(lines[t]!) || (lines[t]!.gap && namedBeforeDash(lines[t]!));
    if (!named || starts.has(t)) return undefined;
    if (lines[t]!.gap) return t;
  }
  return undefined;
}

/**
 * "Acme Insurance, Columbus, OH" / "Analyst (2020 – Present)" / (blank) / "2017 – Present" / what was done: a date
 * alone in its paragraph, under a dated header and over the entry's text, is the header's (the employer's span,
 * which a PDF's text set apart from its line), no entry of its own.
 */
function closesDatedHeader(lines: readonly SourceLine[], i: number): boolean {
  const [above, l, below] = [lines[i - 1], lines[i]!, lines[i + 1]];
  if (!above || !below || !l.gap || !isDateOnly(l.text) || above.kind !== "text" || isDateOnly(above.text) || !isAnchor(above)) return false;
  return below.kind === "bullet" || isSentence(below.text);
}

/** Each entry's first line with its last header line, and the lines that close the entry above them (its dates and place, set after its bullets). */
interface Anchored {
  starts: Map<number, number>;
  closing: Set<SourceLine>;
}

export const isAnchor = (l: SourceLine) => l.kind === "text" && l.depth === 0 && hasDate(l) && isHeaderLike(l) && (l.text.length <= 110 || (l.gap && !l.lead && l.text.length <= 140 && !/[.!?。]$/.test(l.text))) && !COURSE_TAUGHT.test(withoutDates(l.text));

/** "Winter 2017: HIST 205 – Modern East Asia": a term and the course taught in it, a detail of the teaching job above. */
const COURSE_TAUGHT = /^[\s:,;–—-]*[A-Z]{2,5}\s?\d{2,4}[A-Z]?\s*[–—:-]\s/u;

/**
 * A section that opens with header lines over its first date, across blank
 * lines ("Smart Remont" / "IT, system integration" / "Feb 2026 — Aug 2026" /
 * "Backend developer"), writes every entry's header so. Each entry begins at
 * the caption lines above its date, after the previous entry's bullets or
 * prose, and its header runs through the title right under the date unless
 * that line heads the next entry. Returns each entry's first line and last
 * header line, or nothing when the section is not written so.
 *
 * pdftotext sets a column of dates and places apart from the entries beside
 * it, each date some lines away from its entry (Jake's résumé: "Teaching
 * Assistant" / "University of Texas at Austin" / "• Led…" / "Austin, TX" /
 * "Aug. 2021 – Dec. 2021"). So header lines that name a role, an organisation
 * or a school, right after the bullets of the entry above and over bullets of
 * their own, head an entry though undated; and a date whose header lines name
 * nothing but a place then closes that entry, as its dates and place.
 */
function headersAboveDates(lines: readonly SourceLine[]): Anchored | undefined {
  // "Istanbul Technical University" / "· (2016 - 2018)": a date set after a separator glyph is a dated line too
  const dated = (l: SourceLine) => isAnchor(l) || (l.kind === "bullet" && l.depth === 0 && isDateOnly(l.text));
  const anchors = [...indices(lines, (l, i) => dated(l) && !closesDatedHeader(lines, i))];
  const first = anchors[0];
  if (!first || first > 4 || !lines.slice(0, first).every(isCaption)) return undefined;
  // blank lines inside the first header say nothing (every line may stand alone); else a blank line ends a header
  const gapsInside = lines.slice(1, first + 1).some((l) => l.gap);
  // "Sep 2021 – Present  Edinburgh, UK" under "Assistant Professor" / "University of Edinburgh": a place after the
  // date says where, not what, when the header above is one block; set apart by blank lines, it may name the entry
  if (namedAfterDate(lines[first]!.text, gapsInside)) return undefined;
  // each entry takes as many caption lines above its date as the first one has, and more only while they name
  // a role, an organisation, a school or a place: what the entry above listed last ("Building evaluation pipelines")
  // is its own
  const tops = anchors.map((a, k) => {
    // where blank lines end a header, a date alone in its paragraph dates the paragraph of title lines above it
    const paragraph = !gapsInside && lines[a]!.gap && isDateOnly(lines[a]!.text) ? titleParagraphAbove(lines, a, new Map()) : undefined;
    if (paragraph !== undefined && paragraph > (anchors[k - 1] ?? -1)) return paragraph;
    let top = a;
    while (top - 1 > (anchors[k - 1] ?? -1) && a - top < 4 && (gapsInside || !lines[top]!.gap) && isCaption(lines[top - 1]!) && (a - top < first || namesEntry(lines[top - 1]!) || isLocation(trimSeparators(lines[top - 1]!.text)))) top--;
    return gapsInside ? top : namedParagraphTop(lines, top, anchors[k - 1] ?? -1) ?? top;
  });
  const starts = new Map<number, number>();
  const closing = new Set<SourceLine>();
  const undated = undatedHeads(lines, anchors);
  anchors.forEach((a, k) => {
    const title = lines[a + 1];
    const titled = title && a + 1 < (tops[k + 1] ?? Infinity) && title.kind === "text" && isTitleLike(title.text) && !isSentence(title.text) && !hasDate(title);
    const opened = [...undated.keys()].some((u) => u > (anchors[k - 1] ?? -1) && u < tops[k]!);
    if ((opened || spansDatedHeadAbove(lines, anchors[k - 1], a)) && !lines.slice(tops[k], a + 1).some(namesEntry)) {
      let end = a + 1;
      while (end < (tops[k + 1] ?? lines.length) && isCaption(lines[end]!) && !namesEntry(lines[end]!)) end++;
      for (const l of lines.slice(tops[k], end)) closing.add(l);
    } else starts.set(tops[k]!, titled ? a + 1 : a);
  });
  for (const [start, end] of undated) starts.set(start, end);
  return { starts, closing };
}

/**
 * "Northvale Tech" / "GPA: 3.71" / "Springfield, IL" / "B.S. Computer Science, Spring 2022": where a blank line ends each
 * header, a header whose lines over its date stop at one that names nothing ("GPA: 3.71") still starts at its
 * paragraph's first line when that line names the entry and every line down to the date is a caption. Where the
 * header starts, if so.
 */
function namedParagraphTop(lines: readonly SourceLine[], top: number, above: number): number | undefined {
  for (let t = top - 1; t > above && top - t <= 3; t--) {
    if (!isCaption(lines[t]!)) return undefined;
    if (lines[t]!.gap) return namesEntry(lines[t]!) ? t : undefined;
  }
  return undefined;
}

/**
 * "B.S. Computer Science, Spring 2022" over "August 2019 - May 2022": a range alone on its line under a header line
 * dated by one date only (the graduation a résumé template sets on the degree's line), with no bullet between them,
 * is that entry's span, not an entry of its own (line `above` is the dated header, `at` the range).
 */
function spansDatedHeadAbove(lines: readonly SourceLine[], above: number | undefined, at: number): boolean {
  if (above === undefined || isDateOnly(lines[above]!.text) || !isDateOnly(lines[at]!.text)) return false;
  const [head, span] = [findDates(lines[above]!.text), findDates(lines[at]!.text)];
  return head.length === 1 && !head[0]!.range && span[0]!.range && lines.slice(above + 1, at).every((l) => l.kind === "text");
}

/** A line whose words weigh as a job title, an organisation, a school or a degree, rather than only a place. */
function namesEntry(l: SourceLine): boolean {
  const e = weighPhrase(l.text);
  return Math.max(e.role, e.org, e.school, e.degree) >= 0.7 && e.place < 0.9;
}

/** Undated header lines, between two anchors, right after a bullet and over one, that name a role, an organisation or a school: each run's first and last line. */
function undatedHeads(lines: readonly SourceLine[], anchors: readonly number[]): Map<number, number> {
  const heads = new Map<number, number>();
  lines.forEach((l, i) => {
    if (lines[i - 1]?.kind !== "bullet" || !l.gap || !isCaption(l)) return;
    let end = i;
    while (isCaption(lines[end + 1] ?? l) && end + 1 < lines.length) end++;
    const run = lines.slice(i, end + 1);
    if (lines[end + 1]?.kind === "bullet" && run.some(namesEntry) && !anchors.some((a) => a >= i && a <= end)) heads.set(i, end);
  });
  return heads;
}

/** The lines that close an entry, set after its body, moved to its head. */
export function withClosingHeads(split: SplitEntries, closing: ReadonlySet<SourceLine>): SplitEntries {
  if (!closing.size) return split;
  const entries = split.entries.map((e) => {
    const tail = e.body.filter((l) => closing.has(l));
    return tail.length ? { ...e, head: [...e.head, ...tail], body: e.body.filter((l) => !closing.has(l)) } : e;
  });
  return { ...split, entries };
}

/**
 * "2024: Markgräfin-Wilhelmine-Gymnasium": a line that begins with its date and names its entry after it (not a
 * duration, "7 месяцев"); a place after the date names it only when `placeNames`.
 */
function namedAfterDate(text: string, placeNames: boolean): boolean {
  const date = findDates(text)[0];
  const rest = date?.index === 0 ? text.slice(date.length) : "";
  return /\p{L}{2}/u.test(rest) && !/\d/.test(rest) && (placeNames || !isLocation(trimSeparators(rest)));
}

/** A line of an entry's header written over its date: short, not a bullet, not prose, no label. */
const isCaption = (l: SourceLine) => l.kind === "text" && !hasDate(l) && l.text.length <= 120 && !/[:：]$/.test(l.text) && (!isSentence(l.text) || isPhraseList(l.text));

/** "Системная интеграция, автоматизация процессов, ИТ-консалтинг": phrases listed with commas, no sentence however lower-case. */
const isPhraseList = (text: string) => !/[.!?。]$/.test(text) && text.split(/,\s/).length >= 3 && text.split(/,\s/).every((p) => p.split(/\s+/).length <= 6);


/** "Tidepool — A tide prediction app.": a short title, a spaced dash, then what the thing is. */
function namedBeforeDash(l: SourceLine): boolean {
  const name = /^(.+?)\s[—–-]\s+\S/u.exec(l.text)?.[1];
  return name !== undefined && isHeaderTitle({ ...l, text: name }) && name.split(/\s+/).length <= 6;
}

const isHeaderTitle = (l: SourceLine) => l.kind === "text" && l.depth === 0 && isTitleLike(l.text) && l.text.length <= 80 && l.text.split(/\s+/).length <= 10 && !hasDate(l);

export function startsBlock(lines: readonly SourceLine[], i: number): boolean {
  const prev = lines[i - 1];
  return !prev || lines[i]!.gap || prev.kind !== "text" || /[.!?。:]$/.test(prev.text) || hasDate(prev);
}
