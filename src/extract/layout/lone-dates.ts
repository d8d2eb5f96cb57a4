import type { SourceLine } from "../../parse/source-line.js";
import { isLocation } from "../entry-parts.js";
import { isDateOnly, isSentence, isTitleLike, type SplitEntries, indices } from "./lines.js";
import { isAnchor, withClosingHeads } from "./dated-anchors.js";
import { splitAt } from "./cut-entries.js";

/**
 * Dates set right of an entry come out of a PDF after its bullets ("Acme,
 * Pune" / "Engineer" / "• Built…" / "Aug 2019 – Sep 2022"): a date alone in
 * its paragraph, after a bullet or a sentence and before the next title line,
 * closes the entry above it.
 */
export function closingDates(lines: readonly SourceLine[]): Set<number> {
  // a section that opens with a date alone writes each entry under its date (Europass: "March 2019 – Present" over
  // "Environmental Engineer" / "Acme S.A., Toledo" / bullets): its later dates open entries, they close none
  if (lines[0] !== undefined && isDateOnly(lines[0].text)) return new Set();
  const dateLines = indices(lines, (l) => l.kind === "text" && l.depth === 0 && isDateOnly(l.text));
  const closing = new Set([...dateLines].filter((i) => {
    const [prev, next] = [lines[i - 1], lines[i + 1]];
    return lines[i]!.gap && prev !== undefined && (prev.kind === "bullet" || isSentence(prev.text)) && (!next || (next.kind === "text" && next.depth === 0 && isTitleLike(next.text)));
  }));
  return closing.size * 2 > dateLines.size ? closing : new Set();
}

/**
 * "- **First Place, Student Cluster Challenge** - *ISC, Leipzig*" / "2014" / "- **Best Poster** …" / "2013": a list whose
 * every item has its date alone on the line after it (an HTML theme's row of an item and its date column). Each
 * item starts an entry, its date under it; otherwise a date alone would open the entry below it.
 */
export function datesUnderItems(lines: readonly SourceLine[]): Set<number> | undefined {
  const items = indices(lines, (l) => l.kind === "bullet" && l.depth === 0);
  const dates = [...indices(lines, (l) => l.kind === "text" && l.depth === 0 && isDateOnly(l.text))];
  const itemAbove = (i: number) => {
    let j = i - 1;
    while (j > 0 && lines[j]!.depth > 0) j--;
    return items.has(j);
  };
  // nothing else at the top level, and one date under each item
  if (dates.length < 2 || items.size !== dates.length || !items.has(0) || lines.filter((l) => l.depth === 0).length !== items.size + dates.length) return undefined;
  return dates.every(itemAbove) ? items : undefined;
}

/**
 * "Best Paper Award, ACL 2022" / "Jul 2022" / "NSF Graduate Research
 * Fellowship" / "Sep 2015" (a web page's list, each item's date under it):
 * when every date alone on its line sits right under one title line, in one
 * block with it, and that title right under the section's top, a date or a
 * body, each title starts an entry. Several title lines over a date are one
 * header (LinkedIn's employer over the role), which this is not.
 */
export function datesUnderTitles(lines: readonly SourceLine[]): Set<number> | undefined {
  const dates = indices(lines, (l) => l.kind === "text" && l.depth === 0 && isDateOnly(l.text));
  // set apart by a blank line, a date may as well close an entry or open the next (a PDF's column of dates)
  if (dates.size < 2 || dates.has(0) || [...dates].some((i) => lines[i]!.gap)) return undefined;
  const titles = [...dates].map((i) => i - 1);
  // the title may name a year of its own ("Best Paper Award, ACL 2022")
  const isTitle = (l: SourceLine) => l.kind === "text" && l.depth === 0 && l.text.length <= 120 && !/[:：]$/.test(l.text) && !isSentence(l.text);
  const alone = (t: number) => isTitle(lines[t]!) && !dates.has(t) && (t === 0 || dates.has(t - 1) || lines[t - 1]!.kind === "bullet" || isSentence(lines[t - 1]!.text));
  // an entry whose date is on its title's line ("晨星资讯 – 前后端开发工程师 2019/06 – 2020/07") among them starts there
  return titles.every(alone) ? new Set([...titles, ...indices(lines, (l, i) => isAnchor(l) && !dates.has(i) && !dates.has(i + 1))]) : undefined;
}

/**
 * Rule (4'): entries begin at a title line after a body or a closing date, and each takes the closing date after
 * its body as its dates, with the place set under that date ("June 2020 – Present" / "College Station, TX").
 */
export function datesLast(lines: readonly SourceLine[], closing: ReadonlySet<number>): SplitEntries {
  const placeUnder = new Set([...closing].map((i) => i + 1).filter((i) => lines[i] !== undefined && isLocation(lines[i]!.text)));
  const starts = indices(lines, (l, i) => {
    const prev = lines[i - 1];
    return l.kind === "text" && l.depth === 0 && isTitleLike(l.text) && !closing.has(i) && !placeUnder.has(i) && (!prev || closing.has(i - 1) || placeUnder.has(i - 1) || prev.kind === "bullet" || isSentence(prev.text));
  });
  return withClosingHeads(splitAt(lines, starts), new Set([...closing, ...placeUnder].map((i) => lines[i]!)));
}
