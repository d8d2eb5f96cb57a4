import type { Publication } from "../resume/schema.js";
import type { SourceLine } from "../parse/source-line.js";
import { withoutDecoration } from "../parse/normalize.js";
import { findDates } from "./dates.js";
import { compact } from "./date-fields.js";
import { isDateOnly, withoutClosingDate, type Entry } from "./layout/lines.js";
import { trimSeparators, withoutLead } from "./entry-parts.js";
import { citationText, countsList, linksProfilesOnly, mentionsPatent, readLabelledItem, remarksInProse, remarksOnList } from "./publication-head.js";
import { STATUS, splitCitation, trimTitle } from "./split-citation.js";
import { CJK_NAME } from "./person-names.js";
import { isAuthorList, allPeople, isPersonName, splitAuthors, isSurnameInitials, authorsOf } from "./author-lists.js";

/** "Forthcoming. “Title…”", "in press": whether a text opens with the state of a paper not yet out. */
export const opensWithStatus = (text: string) => STATUS.exec(text)?.index === 0;

/** A title's trailing "(SHORT)" is dropped when the entry is known by that short name already. */
export function stripShortTag(title: string, shortName: string | undefined): string {
  if (!shortName) return title;
  const m = /\s*\(([^()]+)\)$/.exec(title);
  return m && m[1]!.toLowerCase() === shortName.toLowerCase() ? title.slice(0, m.index) : title;
}

const REFERENCE_NUMBER = /^\[[A-Z]{0,2}\d{1,3}\]\s+/;

/**
 * "**Jo Doe**, Ana Lima, and Li Wei. [When Caches Meet Queries: A Study](https://doi.org/…), *Venue*, 2021.": the authors,
 * then the title as the text of a link; the citation's stops inside the title ("Meets Query Control: A …") cut nothing.
 */
function titleLinkedAfterAuthors(text: string, links: readonly { text: string }[], lowerWords: ReadonlySet<string>) {
  for (const link of links) {
    const at = link.text.split(/\s+/).length >= 3 ? text.indexOf(link.text) : -1;
    const authors = at > 0 ? text.slice(0, at).replace(/[\s.,;:]+$/, "") : "";
    if (allPeople(splitAuthors(authors), lowerWords)) return { authors, title: link.text, rest: text.slice(at + link.text.length) };
  }
  return undefined;
}

/**
 * "[Robust estimation of drift](https://doi.org/…)" ⏎ "with A. Roe (2023). — Journal": an item that opens with its
 * title as a link's text, alone on its line or before "with" and the coauthors, as academic pages list papers.
 */
function titleLinkedFirst(first: SourceLine, text: string, links: readonly { text: string; url: string }[]): { title: string; authors: string; year?: string; rest: string } | undefined {
  // (an HTML anchor that only names a place on the page, "<a name='maps'/>", leads nowhere and titles nothing)
  const link = links.find((l) => l.url.trim() !== "" && l.text.split(/\s+/).length >= 3 && text.startsWith(l.text));
  if (!link) return undefined;
  const rest = text.slice(link.text.length);
  const alone = withoutDecoration(first.text).trim() === link.text.trim();
  if (!alone && !/^\s*(?:with|w\/)\s/i.test(rest)) return undefined;
  // "with A. Roe, B. Poe (2023). — Journal": the coauthors, then the year the rest of the citation goes on from
  const coauthors = /^\s*(?:with|w\/)\s+([^()]+?)\s*\(((?:19|20)\d\d)\)[.,]?\s*(?:[—–-]\s+)?/i.exec(rest);
  if (!coauthors) return { authors: "", title: link.text, rest };
  return { authors: coauthors[1]!, year: coauthors[2]!, title: link.text, rest: rest.slice(coauthors[0].length) };
}

/**
 * "**January 2022**: [What Drives Fees? Using Tides to …](…) · Published in …": a date in bold leading the item, then the
 * title as the text of a link; the date is the item's, and the title's own question mark cuts nothing. A linked list
 * of authors ("[Ortiz, S., Roe, J.](…)"), or a link before a quoted title (a venue's), is no title.
 */
function titleLinkedAfterDate(first: SourceLine, text: string, links: readonly { text: string }[], lowerWords: ReadonlySet<string>) {
  if (!first.lead || !isDateOnly(first.lead) || !text.startsWith(first.lead)) return undefined;
  const after = text.slice(first.lead.length).replace(/^\s*[:\-–—|,]?\s*/, "");
  const link = links.find((l) => l.text.split(/\s+/).length >= 3 && after.startsWith(l.text));
  // (two people at least: a short title has the shape of one name, "Why Gulls Fly South")
  if (!link || (authorsOf(link.text, lowerWords)?.length ?? 0) >= 2) return undefined;
  const rest = after.slice(link.text.length);
  return /["“«„][^"”»“]{3,}["”»“]/u.test(rest) ? undefined : { title: link.text, rest };
}

/** "pp. 2050-2054", "pages 1999–2003": the pages a paper fills, which can pass for a span of years. */
const PAGE_RANGE = /\b(?:pp?\.|pages?)\s*\d+\s*[-–—]+\s*\d+/giu;

/** A web address written out, with the "DOI:" that may label it. */
const BARE_URL = /\s*(?:\bDOI:\s*)?\bhttps?:\/\/\S+/gi;

/**
 * Reads a publication entry: a bold title line with its authors and venue
 * below, or a one-line citation. Returns undefined when there is no title with
 * anything (a year, a venue, authors, a link) that makes it a publication.
 */
export function toPublication(entry: Entry, defaultType: "paper" | "patent", lowerWords: ReadonlySet<string>): Publication | undefined {
  // a table's header row ("year | entry") names its columns, no paper's words
  const lines: SourceLine[] = [...entry.head, ...entry.body].filter((l) => !l.tableHeader);
  if (!lines.length) return undefined;
  // "`2020`" over "Kirwan, C., Vance, A. “Title,” Venue.": a year alone over the citation dates it, as a margin does
  const dateAbove = lines.length > 1 && lines[0]!.kind === "text" && lines[1]!.kind === "text" && !lines[1]!.gap && isDateOnly(lines[0]!.text) ? lines.shift()!.text : undefined;
  const first = lines[0]!;
  const links = lines.flatMap((l) => l.links);
  let title = "";
  let authors: string[] | undefined;
  let year: string | undefined;
  const restParts: string[] = [];
  const joined = citationText(lines);
  let used = joined.used;
  const rowMargin = tableMargin(first);
  // "… computing. https://hal.inria.fr/hal-03146124": a link written as its address is the paper's url (kept from the
  // line's links), no words of its title or venue
  const citation = rowMargin === undefined ? joined.text : joined.text.slice(joined.text.indexOf("|") + 1);
  const text = citation.trim().replace(REFERENCE_NUMBER, "").replace(BARE_URL, "").trim();
  const readCitation = (citation: string) => {
    // "2020  L. Brandt, S. Keller. Title. Venue.": a year in the margin dates the entry
    // "2025 — Hart, A. Title.": a dash may set the margin's year apart, as a Markdown page writes its column, and
    // "2020, Title." a comma, as a text CV's "year, entry" lines do
    const margin = /^((?:19|20)\d{2})(?:[.:),]|\s+[—–-])?\s+(?=\S)/.exec(citation);
    const marginYear = /(?:19|20)\d{2}/.exec(dateAbove ?? rowMargin ?? "")?.[0];
    const split = splitCitation(citation.slice(margin?.[0].length ?? 0), lowerWords);
    year = split.year ?? margin?.[1] ?? marginYear;
    title = split.title;
    authors = split.authors;
    restParts.push(split.rest);
  };
  const labelled = readLabelledItem(first, text);
  let brokenTitle: { title: string; rest: string } | undefined;
  let linked: { authors: string; title: string; rest: string } | undefined;
  let datedLink: { title: string; rest: string } | undefined;
  let opening: ReturnType<typeof titleLinkedFirst>;
  let italic: { title: string; authors: string[]; rest: string } | undefined;
  let leadDate = "";
  // "**Ackman JB**, Crair MC. Title.": the owner's name in bold leads a citation, not a title
  const boldAuthor = first.lead && (isPersonName(first.lead, lowerWords) || isSurnameInitials(first.lead) || /^\s*(?:,|and\b|&)/.test(withoutLead(first)));
  if (labelled) {
    if (labelled.title) {
      title = trimTitle(labelled.title);
      restParts.push(labelled.rest);
    } else readCitation(labelled.rest);
    if (labelled.label.note) restParts.push(labelled.label.note);
  } else if ((brokenTitle = titleUnderAuthors(lines, lowerWords, Boolean(boldAuthor)))) {
    // "Ana Lima, **Jo Doe**" ⏎ "[Title](…)" ⏎ "Proceedings of …": the authors alone on the item's first line, broken from
    // the title and the venue (academic pages set them so with <br>); joined, they would run into one sentence
    title = trimTitle(brokenTitle.title);
    authors = splitAuthors(first.text.replace(/[.,;]\s*$/, ""));
    restParts.push(brokenTitle.rest);
    used = 2;
  } else if ((italic = italicTitleAfterAuthors(first, lowerWords))) {
    title = italic.title;
    authors = italic.authors;
    restParts.push(italic.rest);
    used = 1;
  } else if (first.lead && !boldAuthor && !isDateOnly(first.lead)) {
    // "**2025** — Hart, A. Title.": a year in bold is the entry's margin, not its title
    const undated = withoutClosingDate(first.lead);
    title = trimTitle(undated);
    leadDate = first.lead.slice(undated.length);
    restParts.push(withoutLead(first));
    used = 1;
  } else if ((datedLink = titleLinkedAfterDate(first, text, links, lowerWords))) {
    title = trimTitle(datedLink.title);
    year = first.lead;
    restParts.push(datedLink.rest);
  } else if ((linked = titleLinkedAfterAuthors(text, links, lowerWords))) {
    title = trimTitle(linked.title);
    authors = splitAuthors(linked.authors);
    restParts.push(linked.rest);
  } else if ((opening = titleLinkedFirst(first, text, links))) {
    title = trimTitle(opening.title);
    if (opening.authors) authors = splitAuthors(opening.authors);
    year = opening.year;
    restParts.push(opening.rest);
  } else readCitation(text);
  const highlights: string[] = [];
  const prose: string[] = [];
  for (const l of lines.slice(used)) {
    const text = l.text;
    if (!authors && (isAuthorList(text, lowerWords) || isPersonName(text, lowerWords))) authors = splitAuthors(text);
    else if (l.kind === "bullet") highlights.push(text);
    else if (isProse(text)) prose.push(text);
    else restParts.push(text);
  }
  const rest = restParts.map((r) => r.trim()).filter(Boolean).join(" ");
  // "Brown, K. (2019) Title. The Cryosphere, 13, 2087–2101.": the citation's year dates it; a date further on does only
  // when it says more of that year ("June 2019"), as pages can pass for years
  const cited = year ? findDates(year)[0] : undefined;
  // "**Mooring Loads in Winter Storms (2019)** – …": the date the bold title closed on, cut from it, dates the item
  // "…, Taipei, pp. 2050-2054, 2019": a range of pages after "pp." reads as years, and dates nothing
  const paged = rest.replace(PAGE_RANGE, "");
  const date = (cited?.start ? findDates(paged).find((d) => d.start?.startsWith(cited.start!)) : findDates(paged)[0]) ?? cited ?? findDates(leadDate)[0];
  const status = STATUS.exec(rest)?.[0] ?? (rowMargin && !isDateOnly(rowMargin) ? rowMargin : undefined);
  // a date beside a bold title is the entry's date; in a citation the year belongs to the venue
  let venue = date && first.lead && restParts[0]?.includes(date.period) ? rest.replace(date.period, "") : rest;
  for (const l of links) venue = venue.replace(l.text, "");
  if (status) venue = venue.replace(status, "");
  // "[Title][1]. In Proceedings …": the stop after a linked title, taken out, opens nothing
  venue = trimSeparators(venue.replace(/\s+([.,;])/g, "$1").replace(/\.$/, "").replace(/^[\s.]*(?:in|in:)\s+|^[\s.]+/i, "").replace(/\s+,/g, ","));
  const url = links.find((l) => /^https?:/.test(l.url))?.url;
  // an item of a list under a publications heading is one, however little it says; a loose line needs more. A loose
  // sentence that speaks of the list in its own plain words ("Only first-authored papers are shown. See [the full
  // list](…).") remarks on it, whatever it links to, where a title that speaks of papers is set apart or has a venue
  const unsourced = !date && !status && !authors && !venue;
  // A line over its own list of details, one of them naming a person in bold ("> Title" over "- Li, **Wang** and Chen",
  // "- venue"), heads a paper as a bullet does, as academics bold their own name among the authors, though no detail
  // reads as authors or a venue to the citation's rules (a Chinese author list, a venue in prose)
  const detailed = first.kind !== "bullet" && lines.slice(used).some((l) => l.kind === "bullet" && boldsAName(l, lowerWords));
  const bare = unsourced && !url && ((first.kind !== "bullet" && !labelled && !detailed) || remarksOnList(first.text));
  // "See [the full list](…)": a word or two left beside a link point to it, no venue
  const pointer = links.length > 0 && venue.split(/\s+/).length <= 2;
  const remark = !date && !status && !authors && (!venue || pointer) && first.kind === "text" && remarksInProse(first);
  if (!title || bare || remark || (first.kind === "text" && countsList(first.text))) return undefined;
  // "[Google Scholar](…), [ORCID](…)" says where the list is kept
  if (lines.length === 1 && linksProfilesOnly(first)) return undefined;
  // a kind label decides for its item, as a "Patents & Publications" section holds both
  const patent = labelled ? labelled.label.patent : defaultType === "patent" || mentionsPatent(rest);
  const type: "patent" | undefined = patent ? "patent" : undefined;
  return compact({
    name: title,
    authors,
    venue: venue || undefined,
    status,
    releaseDate: date?.start,
    period: date?.period,
    url,
    type,
    summary: prose.join("\n") || undefined,
    highlights,
  });
}

/** Whether a line sets a person's name in bold: the owner's, among a paper's authors. */
function boldsAName(line: SourceLine, lowerWords: ReadonlySet<string>): boolean {
  return (line.spans ?? []).some((s) => s.strong && (CJK_NAME.test(s.text.trim()) || isPersonName(s.text.trim(), lowerWords)));
}

/**
 * "2022 | [22] Golet GH, … (2022) Title. *Venue*": the first cell of a table's row, when it holds only the row's year or
 * the paper's state ("In review"), is the citation's margin, as R Markdown's CV tables set a year beside each paper;
 * undefined for any other line.
 */
function tableMargin(line: SourceLine): string | undefined {
  const [margin, ...rest] = line.kind === "row" ? (line.cells ?? []).map((c) => c.trim()) : [];
  if (margin === undefined || !rest.some(Boolean) || !line.text.startsWith(`${margin} |`)) return undefined;
  return isDateOnly(margin) || STATUS.exec(margin)?.[0].length === margin.length ? margin : undefined;
}

/**
 * "J. P. Doe, R. Smith, and R. Bertram, *Glucose oscillations in islets*, PLOS Computational Biology, 2016": the title
 * set in italics right after the authors, the venue plain after it. Only after a list of authors alone is the italic run
 * the title: after a title ("Doe, J. (2020). Title. *Journal*") it is the venue.
 */
function italicTitleAfterAuthors(line: SourceLine, lowerWords: ReadonlySet<string>): { title: string; authors: string[]; rest: string } | undefined {
  const spans = line.spans ?? [];
  const at = spans.findIndex((s) => s.emphasis && !s.strong && s.text.trim().length > 3);
  if (at < 1) return undefined;
  const before = spans.slice(0, at).map((s) => s.text).join("").replace(/[\s,;:]+$/, "");
  const authors = splitAuthors(before);
  if (authors.length < 2 || !allPeople(authors, lowerWords)) return undefined;
  return { title: trimTitle(spans[at]!.text), authors, rest: spans.slice(at + 1).map((s) => s.text).join("") };
}

/**
 * The title on the line under an item's first line when that line names only its authors and the title line opens
 * with it whole, as a link's text or in quotes (a title that only goes on from a wrapped line of authors opens with
 * neither); undefined otherwise.
 */
function titleUnderAuthors(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>, ownerInBold: boolean): { title: string; rest: string } | undefined {
  const [first, next] = lines;
  if (!first || !next || next.gap || next.kind !== "text") return undefined;
  const names = first.text.replace(/[.,;]\s*$/, "");
  // one name alone is an author only when set in bold as the owner's: a short title passes for a name too
  if (!isAuthorList(names, lowerWords) && !(ownerInBold && isPersonName(names, lowerWords))) return undefined;
  const linked = next.links.find((l) => l.text.length > 3 && next.text.startsWith(l.text))?.text;
  if (linked) return { title: linked, rest: next.text.slice(linked.length) };
  const quoted = /^[“"]([^”"]{4,})[”"]/.exec(next.text);
  return quoted ? { title: quoted[1]!, rest: next.text.slice(quoted[0].length) } : undefined;
}

/**
 * A sentence about the paper ("We show that…."), not its venue: eight words or
 * more, most of them in lower case, ending as a sentence ends, with no year and
 * no "In Venue" in it. "In Proceedings of the ACM Conference on Computer
 * Security" is capitalised as venues are; a soft-wrapped paragraph that runs
 * authors, venue and a sentence together holds "In …" or a year.
 */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 8 || !/[.!?]$/.test(text) || /\b(?:19|20)\d\d\b|\bIn\s+\p{Lu}/u.test(text)) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length > words.length / 2;
}
