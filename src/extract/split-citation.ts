import { allMatches } from "./all-matches.js";
import { trieSource } from "./word-trie.js";
import { findDates } from "./dates.js";
import { trimSeparators } from "./entry-parts.js";
import { capitalSurnameAuthors, mentionsPatent } from "./publication-head.js";
import kinds from "./vocabulary/publication-kinds.json" with { type: "json" };
import { isAuthorList, isPersonName, splitAuthors, INITIALLED_AUTHORS, NAME_STOP, APA, apaAuthors, isInitialledAuthors, authorsOf, mlaAuthors } from "./author-lists.js";
import { initialsFirstCitation } from "./initials-first-citation.js";

export const STATUS = /\b(in submission|submitted(?: to [\p{L}\d' ]{2,40}?(?=[,.;)]|$))?|under review|in review|under revision|accepted|to appear(?: in [\p{L}\d' ]{2,40}?(?=[,.;)]|$))?|in press|in preparation|forthcoming|preprint|major revision|minor revision)\b/iu;

/** Where a citation's sentences end: a venue may open in lower case when it is a brand ("eLife", "bioRxiv", "arXiv"). */
const SENTENCE_STOP = /(?<!(?:^|[\s.-])\p{Lu})[.?!]\s+(?=[\p{Lu}\d"“(\[]|\p{Ll}+\p{Lu})/gu;

/**
 * "Chamberlain, S.A., J.A. Rudgers, & K.D. Whitney. 2013. Title. Venue.", "Vamosi, J.; Mooers, A. (Accepted). Title.",
 * "Kirwan, C.B., and Vance, A. (2019, October). Title.", "Curry, B.B. and Hodson, T.O., 2009, Title: Venue": the
 * author-date styles of the sciences, the year (or the paper's state) a sentence or a phrase of its own between the
 * authors and the title, whatever order each author's initials take.
 */
const AUTHOR_DATE = new RegExp(`^(.+?)[.,]?\\s+\\(?((?:19|20)\\d{2}[a-z]?|[Aa]ccepted|[Ii]n press|[Ii]n review|[Uu]nder review|[Ss]ubmitted|[Ff]orthcoming|[Ii]n prep(?:aration)?|[Tt]o appear)(?:,\\s*[\\p{L}\\d][\\p{L}\\d .–-]{0,28}(?=\\)))?\\)?[.,:]{0,2}\\s+(?=[\\p{Lu}\\d"“‘'(\\[]|\\p{Ll}+[\\p{Lu}:])(.+)$`, "u");
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
export function splitCitation(text: string, lowerWords: ReadonlySet<string>): { title: string; authors?: string[]; rest: string; year?: string } {
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
  // "A. Roe, B. Marsh, and C. Dunmore, Title, Venue, vol. 9, 2024": authors initials first, each ended by a comma (before the
  // colon's reading, which would take a title's lead "KELP-Net: …" for one more author)
  const ieee = initialsFirstCitation(text);
  if (ieee) return ieee.title === undefined ? { ...splitCitation(ieee.body, lowerWords), authors: ieee.authors } : { title: trimTitle(ieee.title), authors: ieee.authors, rest: ieee.rest };
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
 * "Fear learning in mice [Poster presentation]": APA's bracketed word for what the work is, after its title, is no
 * part of it; a translated title in brackets ("Weidewirtschaft [Grazing]") is.
 */
const WORK_KIND = new RegExp(`(?<=\\S)\\s+\\[(?:${trieSource(kinds.bracketed.en)})(?:,[^[\\]]*)?\\]$`, "iu");
export const trimTitle = (t: string) => t.trim().replace(/[.,;]+$/, "").trim().replace(WORK_KIND, "");
