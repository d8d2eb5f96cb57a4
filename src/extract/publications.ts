import type { Publication } from "../resume/schema.js";
import type { SourceLine } from "../parse/source-line.js";
import { allMatches } from "./all-matches.js";
import kinds from "./vocabulary/publication-kinds.json" with { type: "json" };
import { trieSource } from "./word-trie.js";
import { findDates } from "./dates.js";
import { compact } from "./date-fields.js";
import { isDateOnly, withoutClosingDate, type Entry } from "./layout/lines.js";
import { trimSeparators, withoutLead } from "./entry-parts.js";
import { capitalSurnameAuthors, citationText, countsList, mentionsPatent, readLabelledItem, remarksOnList } from "./publication-head.js";

const STATUS = /\b(in submission|submitted(?: to [\p{L}\d' ]{2,40}?(?=[,.;)]|$))?|under review|in review|under revision|accepted|to appear(?: in [\p{L}\d' ]{2,40}?(?=[,.;)]|$))?|in press|in preparation|forthcoming|preprint|major revision|minor revision)\b/iu;

/** "Forthcoming. “Title…”", "in press": whether a text opens with the state of a paper not yet out. */
export const opensWithStatus = (text: string) => STATUS.exec(text)?.index === 0;

/** One author as a list writes it: "X Liu*", "Bingyang Wu", "Liu, X." is split by the caller. */
const AUTHOR = /^(?:[\p{Lu}][\p{L}'’.-]*\.?\s*){1,4}[*∗†‡]*$/u;

/** True when `text` reads as a list of people ("A Smith, B Jones and C Wu"). */
export function isAuthorList(text: string, lowerWords: ReadonlySet<string> = new Set()): boolean {
  const names = splitAuthors(text);
  if (names.length < 2) return /\bet al\b/.test(text);
  return allPeople(names, lowerWords) || /\bet al\b/.test(text);
}

/**
 * Every name a person's: stricter than isAuthorList, where "et al." alone passes, which would let a title before it
 * pass too ("“Another title”. A. Lima et al., in").
 */
const allPeople = (names: readonly string[], lowerWords: ReadonlySet<string>) => names.length > 0 && names.every((n) => isPersonName(n, lowerWords));

/** "A. M. Turing", "X Liu*": capitalised words, none of which the document uses in lower case. */
export function isPersonName(text: string, lowerWords: ReadonlySet<string>): boolean {
  if (!AUTHOR.test(text) || text.split(/\s+/).length < 2) return false;
  // an initial ("A Prakash") says nothing: prose uses "a" and "i" in lower case too
  // a given name joined by a hyphen ("In-Kyu") is one word: its halves may be words the prose uses ("in")
  const words = text.split(/\s+/).map((w) => w.toLowerCase().replace(/[*∗†‡.]+$/, ""));
  return words.every((w) => w.length < 2 || !lowerWords.has(w));
}

/** Splits an author list at commas and "and", keeping markers such as `*`. */
export function splitAuthors(text: string): string[] {
  return text
    .replace(/\bet al\.?/, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*|\s*&\s*/)
    // "… and Dana Whitfield.": the stop after a whole word ends the line's sentence; after an initial ("Doe, J.") it is the name's
    .map((a) => a.trim().replace(/(\p{Ll}{2})\.$/u, "$1"))
    .filter(Boolean);
}

/** A title's trailing "(SHORT)" is dropped when the entry is known by that short name already. */
export function stripShortTag(title: string, shortName: string | undefined): string {
  if (!shortName) return title;
  const m = /\s*\(([^()]+)\)$/.exec(title);
  return m && m[1]!.toLowerCase() === shortName.toLowerCase() ? title.slice(0, m.index) : title;
}

/** The particles a surname may open with ("de", "van der"). */
const PARTICLES = "de|van|von|da|del|della|di|du|le|la|den|der|ten|ter|dos|das";
/** A surname as citations write it, with its particle ("de Beste", "van der Berg", "Lindqvist"). */
const SURNAME = `(?:(?:${PARTICLES})\\s+)*[\\p{Lu}][\\p{L}'’-]+(?:\\s[\\p{Lu}][\\p{L}'’-]+){0,2}`;
/** "Novak, K., Perme, M. P., & Lindqvist, B." as APA and Harvard styles write authors: "Surname, I." each. */
const SURNAME_INITIALS = new RegExp(`(${SURNAME}),\\s((?:[\\p{Lu}]\\.\\s?-?){1,3})`, "gu");
const ONE_SURNAME_INITIALS = new RegExp(`^${SURNAME},\\s*(?:\\p{Lu}\\.?\\s*-?){1,3}$`, "u");

/** One author written "Surname, I." ("de Beste, E."), as a bold owner's name leads a citation. */
export const isSurnameInitials = (text: string) => ONE_SURNAME_INITIALS.test(text.trim());

/**
 * A citation led by its authors, "Surname, I." each, set apart by commas, "and", "&" or (the ACS's) semicolons, maybe
 * "et al.", before the title's first word ("A hidden Markov model" opens with a one-letter word), or before a colon and
 * the title, as the geosciences' journals cite ("Doe, J., and Roe, R.: Title, Venue, 3, 121-136, 2012").
 */
const INITIALLED_AUTHORS = new RegExp(`^((?:${SURNAME},\\s(?:\\p{Lu}\\.\\s?-?){1,3}(?:[,;]\\s*(?:&\\s*|and\\s+)?|\\s+(?:and|&)\\s+)?)+(?:et al\\.?)?)\\s*:?\\s*(?=\\p{Lu}\\p{Ll}|\\p{Lu}\\s+\\p{L})`, "u");

/** A full stop after a word of two or more small letters, not "et al.": where a list of whole names ends. */
const NAME_STOP = /(?<!\bet al)(?<=\p{Ll}{2})\.\s/u;

/** An APA citation: authors, "(2021).", or with the day of a talk or a poster "(2025, February 24-26).", then title and venue. */
const APA = /^(.+?)\s*\(((?:19|20)\d{2})[a-z]?(?:,\s*\p{L}[\p{L}\d .–-]{0,28})?\)[.,]?\s+(.+)$/u;

/** "Smith JA, Doe A": the Vancouver style of medicine and biology, each author's initials after the surname, without stops. */
const SURNAME_BARE_INITIALS = new RegExp(`(${SURNAME})\\s(\\p{Lu}{1,3})(?=[,.;&*]|\\s+and\\s|\\s*$)`, "gu");

/** Reads the authors of an APA citation, or undefined when the part before the year is not an author list. */
function apaAuthors(text: string): string[] | undefined {
  for (const [pattern, join] of [[SURNAME_INITIALS, ", "], [SURNAME_BARE_INITIALS, " "]] as const) {
    const names = allMatches(pattern, text).map((m) => `${m[1]}${join}${m[2]!.trim()}`);
    const leftover = text.replace(pattern, "").replace(/\bet al\.?|[\s,;&.*]|\band\b/g, "");
    if (names.length && !leftover) return names;
  }
  return undefined;
}

/** Where a citation's sentences end: a venue may open in lower case when it is a brand ("eLife", "bioRxiv", "arXiv"). */
const SENTENCE_STOP = /(?<!(?:^|[\s.-])\p{Lu})[.?!]\s+(?=[\p{Lu}\d"“(\[]|\p{Ll}+\p{Lu})/gu;

/**
 * "Chamberlain, S.A., J.A. Rudgers, & K.D. Whitney. 2013. Title. Venue.", "Vamosi, J.; Mooers, A. (Accepted). Title.",
 * "Kirwan, C.B., and Vance, A. (2019, October). Title.", "Curry, B.B. and Hodson, T.O., 2009, Title: Venue": the
 * author-date styles of the sciences, the year (or the paper's state) a sentence or a phrase of its own between the
 * authors and the title, whatever order each author's initials take.
 */
const AUTHOR_DATE = new RegExp(`^(.+?)[.,]?\\s+\\(?((?:19|20)\\d{2}[a-z]?|[Aa]ccepted|[Ii]n press|[Ii]n review|[Uu]nder review|[Ss]ubmitted|[Ff]orthcoming|[Ii]n prep(?:aration)?|[Tt]o appear)(?:,\\s*[\\p{L}\\d][\\p{L}\\d .–-]{0,28}(?=\\)))?\\)?[.,:]{0,2}\\s+(?=[\\p{Lu}\\d"“‘'(\\[]|\\p{Ll}+[\\p{Lu}:])(.+)$`, "u");
/** An author's initials as citations write them ("S.A.", "J.", "TH", "K.-H."). */
const INITIALS = /^(?:\p{Lu}\.?-?){1,4}[*†‡]*$/u;
/** What a list of authors is made of besides surnames and initials. */
const AUTHOR_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]+\\.?[*†‡]*|and|et|al\\.?|(?:\\.\\.\\.|…)(?:et|al\\.?)*|${PARTICLES}|Jr\\.?)$`, "u");

/**
 * "Chamberlain, S.A., J.A. Rudgers, and J.L. Bronstein": names, each with its initials, and the words joining them,
 * nothing else; no sentence ends in it ("… High Reliability. SBAC-PAD" is a title and its venue).
 */
function isInitialledAuthors(text: string): boolean {
  if (/\p{Ll}{2}\.\s/u.test(text) || !/[,;&]|\sand\s/.test(text)) return false;
  const tokens = text.replace(/\.(?=and\b|&)/g, ". ").split(/[\s,;&]+/).filter(Boolean);
  const initials = tokens.filter((t) => INITIALS.test(t)).length;
  const names = tokens.filter((t) => /^\p{Lu}[\p{L}'’-]{2,}/u.test(t) && !INITIALS.test(t)).length;
  return initials > 0 && names > 0 && initials * 2 >= names && tokens.every((t) => INITIALS.test(t) || AUTHOR_WORD.test(t));
}

/**
 * ", Atmos. Chem. Phys., 10, 10875", ", J. Atmos. Sci., 73": a journal's name, abbreviated (a short word with its stop
 * among its words), then its volume (or doi, or the paper's state in brackets). A place in a title ("…, Kings County,
 * Avalonia.", "Flood losses in Kingsport, Avalonia, 2017 and after") has no abbreviation.
 */
const COMMA_VENUE = /,\s+(?=(?:\p{Lu}[\p{L}-]*\.?\s){0,3}\p{Lu}\p{Ll}{1,6}\.(?:\s\p{Lu}[\p{L}-]*\.?){0,3},\s*(?:\d|doi\b|\())/u;
/** ", Biogeosciences, 8, 387": a journal of one word and its volume, as a citation whose authors end at a colon writes it. */
const COMMA_ONE_WORD_VENUE = /,\s+(?=\p{Lu}[\p{L}-]+,\s*\d)/u;

/** "How do plants balance multiple mutualists? Correlations among traits…. Evolutionary Ecology 26:65-77.": a title ends at its first full stop; at a question before that when only a venue's few capitalised words follow it ("… plant defense? Oikos."). */
function titleThenRest(body: string, colonCited = false): { title: string; rest: string } {
  const stops = allMatches(SENTENCE_STOP, body).map((m) => m.index);
  const stop = stops.find((i) => body[i] === ".") ?? body.length;
  // "Volcano impacts on climate, Earth Syst. Dynam., 3, 121-136": a comma before the journal's name and volume ends
  // the title where no stop did
  const comma = COMMA_VENUE.exec(body)?.index ?? (colonCited ? COMMA_ONE_WORD_VENUE.exec(body)?.index : undefined);
  if (comma !== undefined && comma < stop) return { title: trimTitle(body.slice(0, comma)), rest: body.slice(comma + 1) };
  const full = stop;
  const venue = (words: string[]) => words.length <= 5 && words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|the|in|for|on|de|der|für)$/.test(w));
  const asked = stops.find((i) => i < full && body[i] !== "." && venue(body.slice(i + 1, full).trim().split(/\s+/)));
  const end = asked === undefined ? full : asked + 1;
  return { title: trimTitle(body.slice(0, end)), rest: body.slice(end + (asked === undefined ? 1 : 0)) };
}

/** Splits "Title. Venue 2020 (note)." into the title and what follows, or authors first when the list leads. */
function splitCitation(text: string, lowerWords: ReadonlySet<string>): { title: string; authors?: string[]; rest: string; year?: string } {
  const apa = APA.exec(text);
  // "Tomás Herrera, Ana Lima (2023). Title.": authors named in full before the year, as academic sites list them
  const fullNames = (lead: string) => (isAuthorList(lead, lowerWords) || isPersonName(lead, lowerWords) ? splitAuthors(lead) : undefined);
  const apaNames = apa ? (apaAuthors(apa[1]!) ?? fullNames(apa[1]!)) : undefined;
  if (apa && apaNames) {
    const body = splitCitation(apa[3]!, lowerWords);
    return { title: body.title, authors: apaNames, rest: body.rest, year: apa[2]! };
  }
  const dated = AUTHOR_DATE.exec(text);
  if (dated && isInitialledAuthors(dated[1]!)) {
    const body = /^[“"]/.test(dated[3]!) ? splitCitation(dated[3]!, lowerWords) : titleThenRest(dated[3]!);
    const year = /^(?:19|20)\d{2}/.exec(dated[2]!)?.[0];
    return { title: body.title, authors: splitAuthors(dated[1]!), rest: year ? body.rest : `${dated[2]} ${body.rest}`, ...(year && { year }) };
  }
  // "Quell, Mara and Tobin Ashgrove: Tracing katabatic winds …, J. Polar Sci., 7": two or more authors, however written,
  // then a colon and the title, a list joined by "and" or by commas between its people; one name alone before a colon
  // may be a title's own words ("Deep Learning: A Survey") or a publisher's town ("Berkeley, CA: University Press"), and
  // a stop after a whole name ends the authors before it ("Ann Roe, Bo Li. Symbolon: Enabling …": the colon is the title's)
  const colon = /^([^:“"]{3,}?):\s+(?=\S)/u.exec(text);
  const colonNames = colon && /\band\b|&|,.*,/.test(colon[1]!) && !NAME_STOP.test(colon[1]!) ? authorsOf(colon[1]!, lowerWords) : undefined;
  if (colon && colonNames) {
    const body = text.slice(colon[0].length);
    return { ...(/^[“"]/.test(body) ? splitCitation(body, lowerWords) : titleThenRest(body, true)), authors: colonNames };
  }
  const quoted = /[“"]([^”"]{8,})[”"]/.exec(text);
  if (quoted) {
    const before = trimSeparators(text.slice(0, quoted.index));
    const rest = text.slice(quoted.index + quoted[0].length);
    const authors = before && isAuthorList(before, lowerWords) ? splitAuthors(before) : mlaAuthors(before);
    return authors ? { title: trimTitle(quoted[1]!), authors, rest } : { title: trimTitle(quoted[1]!), rest: `${before} ${rest}`.trim() };
  }
  // "Smith J, Doe A. Title. Nature. 2020;580:123-7.": Vancouver's authors end at the stop after the last initials, where
  // no name goes on ("David S. Bindel and Maciej Zworski." is a middle initial)
  const vancouver = /^(.+?\s\p{Lu}{1,3}(?:,?\s+et al)?)\.\s+(?=\p{Lu}|\p{Ll}+\p{Lu})(?![\p{Lu}][\p{L}'’-]+(?:,|\s+and\s|\s*&))/u.exec(text);
  const vancouverNames = vancouver ? apaAuthors(vancouver[1]!) : undefined;
  if (vancouver && vancouverNames && (vancouverNames.length > 1 || /et al/.test(vancouver[1]!))) {
    const body = splitCitation(text.slice(vancouver[0].length), lowerWords);
    return { ...body, authors: vancouverNames };
  }
  // "Lindqvist, M. and Berg, T. Title. Venue, 2016.": APA's and Harvard's authors, "Surname, I." each, the year elsewhere
  const led = INITIALLED_AUTHORS.exec(text);
  const ledNames = led ? apaAuthors(led[1]!) : undefined;
  // the title after them ends at its first full stop, as a link's text or a volume after the venue ("… 111103. DOI") may end another sentence
  if (led && ledNames) {
    const body = text.slice(led[0].length);
    return { ...(/^[“"]/.test(body) ? splitCitation(body, lowerWords) : titleThenRest(body)), authors: ledNames };
  }
  const cuts = allMatches(SENTENCE_STOP, text).map((m) => m.index + 1);
  const lead = cuts.length ? text.slice(0, cuts[0]! - 1) : "";
  const capitalSurnames = cuts.length > 1 ? capitalSurnameAuthors(lead) : undefined;
  if (cuts.length > 1 && (capitalSurnames || isAuthorList(lead, lowerWords) || isPersonName(lead, lowerWords))) {
    const authors = capitalSurnames ?? splitAuthors(lead);
    // "Wei Zhang, Karen Lee. 2018. Sparse Convolution Engines. In Proceedings…": the ACM's year, a sentence of its own before the title
    const year = /^((?:19|20)\d{2})[a-z]?\.$/.exec(text.slice(cuts[0]!, cuts[1]).trim())?.[1];
    const [from, next] = year ? [cuts[1]!, cuts[2] ?? text.length] : [cuts[0]!, cuts[1] ?? text.length];
    return { authors, title: trimTitle(text.slice(from, next)), rest: text.slice(next), ...(year && { year }) };
  }
  const cut = cuts.find((c) => findDates(text.slice(c)).length || STATUS.test(text.slice(c)) || mentionsPatent(text.slice(c))) ?? (cuts.length === 1 ? cuts[0] : undefined);
  // "High Tension Line Surveillance Robot · International Journal of …": a title and its venue set apart as a profile
  // page parts the phrases of a line
  const parted = cut === undefined ? /^(.+?)\s+[·•|]\s+(.+)$/u.exec(text) : null;
  if (parted) return { title: trimTitle(parted[1]!), rest: parted[2]! };
  return cut === undefined ? { title: trimTitle(text), rest: "" } : { title: trimTitle(text.slice(0, cut)), rest: text.slice(cut) };
}

/**
 * The people `lead` names when it is a list of a paper's authors in any shape citations write one ("Surname, I.",
 * "Smith JA", "A. M. Turing", "Smith, Jane, and Alan Doe", "RAEMY, Julien"), its trailing separators aside; undefined
 * when it is anything else.
 */
export function authorsOf(lead: string, lowerWords: ReadonlySet<string>): string[] | undefined {
  const text = lead.trim().replace(/[\s,;:]+$/, "");
  if (!text) return undefined;
  const initialled = () => (isInitialledAuthors(text) ? splitAuthors(text) : undefined);
  return apaAuthors(text) ?? initialled() ?? capitalSurnameAuthors(text) ?? mlaAuthors(text) ?? (allPeople(splitAuthors(text), lowerWords) ? splitAuthors(text) : undefined);
}

/** "Smith, Jane, and Alan Doe": MLA's first author written surname first, the others as they are called. */
function mlaAuthors(text: string): string[] | undefined {
  const m = /^([\p{Lu}][\p{L}'’-]+),\s+([\p{Lu}][\p{L}'’-]+(?:\s\p{Lu}\.)?)(?:,?\s+(?:and|&)\s+(.+?)|,\s+et al)?\.?$/u.exec(text);
  if (!m) return undefined;
  const others = m[3] === undefined ? [] : splitAuthors(m[3]);
  return others.every((a) => AUTHOR.test(a)) ? [`${m[1]}, ${m[2]}`, ...others] : undefined;
}

/**
 * "Fear learning in mice [Poster presentation]": APA's bracketed word for what the work is, after its title, is no
 * part of it; a translated title in brackets ("Weidewirtschaft [Grazing]") is.
 */
const WORK_KIND = new RegExp(`(?<=\\S)\\s+\\[(?:${trieSource(kinds.bracketed.en)})(?:,[^[\\]]*)?\\]$`, "iu");
const trimTitle = (t: string) => t.trim().replace(/[.,;]+$/, "").trim().replace(WORK_KIND, "");

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
  const date = (cited?.start ? findDates(rest).find((d) => d.start?.startsWith(cited.start!)) : findDates(rest)[0]) ?? cited ?? findDates(leadDate)[0];
  const status = STATUS.exec(rest)?.[0] ?? (rowMargin && !isDateOnly(rowMargin) ? rowMargin : undefined);
  // a date beside a bold title is the entry's date; in a citation the year belongs to the venue
  let venue = date && first.lead && restParts[0]?.includes(date.period) ? rest.replace(date.period, "") : rest;
  for (const l of links) venue = venue.replace(l.text, "");
  if (status) venue = venue.replace(status, "");
  // "[Title][1]. In Proceedings …": the stop after a linked title, taken out, opens nothing
  venue = trimSeparators(venue.replace(/\s+([.,;])/g, "$1").replace(/\.$/, "").replace(/^[\s.]*(?:in|in:)\s+|^[\s.]+/i, "").replace(/\s+,/g, ","));
  const url = links.find((l) => /^https?:/.test(l.url))?.url;
  // an item of a list under a publications heading is one, however little it says; a loose line needs more
  const bare = !date && !status && !url && !authors && !venue;
  if (!title || (bare && ((first.kind !== "bullet" && !labelled) || remarksOnList(first.text))) || (first.kind === "text" && countsList(first.text))) return undefined;
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
