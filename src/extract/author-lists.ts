import { allMatches } from "./all-matches.js";
import { capitalSurnameAuthors } from "./publication-head.js";

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
export const allPeople = (names: readonly string[], lowerWords: ReadonlySet<string>) => names.length > 0 && names.every((n) => isPersonName(n, lowerWords));

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

/** The particles a surname may open with ("de", "van der"). */
export const PARTICLES = "de|van|von|da|del|della|di|du|le|la|den|der|ten|ter|dos|das";
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
export const INITIALLED_AUTHORS = new RegExp(`^((?:${SURNAME},\\s(?:\\p{Lu}\\.\\s?-?){1,3}(?:[,;]\\s*(?:&\\s*|and\\s+)?|\\s+(?:and|&)\\s+)?)+(?:et al\\.?)?)\\s*:?\\s*(?=\\p{Lu}\\p{Ll}|\\p{Lu}\\s+\\p{L})`, "u");

/** A full stop after a word of two or more small letters, not "et al.": where a list of whole names ends. */
export const NAME_STOP = /(?<!\bet al)(?<=\p{Ll}{2})\.\s/u;

/** An APA citation: authors, "(2021).", or with the day of a talk or a poster "(2025, February 24-26).", then title and venue. */
export const APA = /^(.+?)\s*\(((?:19|20)\d{2})[a-z]?(?:,\s*\p{L}[\p{L}\d .–-]{0,28})?\)[.,]?\s+(.+)$/u;

/** "Smith JA, Doe A": the Vancouver style of medicine and biology, each author's initials after the surname, without stops. */
const SURNAME_BARE_INITIALS = new RegExp(`(${SURNAME})\\s(\\p{Lu}{1,3})(?=[,.;&*]|\\s+and\\s|\\s*$)`, "gu");

/** Reads the authors of an APA citation, or undefined when the part before the year is not an author list. */
export function apaAuthors(text: string): string[] | undefined {
  for (const [pattern, join] of [[SURNAME_INITIALS, ", "], [SURNAME_BARE_INITIALS, " "]] as const) {
    const names = allMatches(pattern, text).map((m) => `${m[1]}${join}${m[2]!.trim()}`);
    const leftover = text.replace(pattern, "").replace(/\bet al\.?|[\s,;&.*]|\band\b/g, "");
    if (names.length && !leftover) return names;
  }
  return undefined;
}

/** An author's initials as citations write them ("S.A.", "J.", "TH", "K.-H."). */
const INITIALS = /^(?:\p{Lu}\.?-?){1,4}[*†‡]*$/u;
/** What a list of authors is made of besides surnames and initials. */
const AUTHOR_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]+\\.?[*†‡]*|and|et|al\\.?|(?:\\.\\.\\.|…)(?:et|al\\.?)*|${PARTICLES}|Jr\\.?)$`, "u");

/**
 * "Chamberlain, S.A., J.A. Rudgers, and J.L. Bronstein": names, each with its initials, and the words joining them,
 * nothing else; no sentence ends in it ("… High Reliability. SBAC-PAD" is a title and its venue).
 */
export function isInitialledAuthors(text: string): boolean {
  if (/\p{Ll}{2}\.\s/u.test(text) || !/[,;&]|\sand\s/.test(text)) return false;
  const tokens = text.replace(/\.(?=and\b|&)/g, ". ").split(/[\s,;&]+/).filter(Boolean);
  const initials = tokens.filter((t) => INITIALS.test(t)).length;
  const names = tokens.filter((t) => /^\p{Lu}[\p{L}'’-]{2,}/u.test(t) && !INITIALS.test(t)).length;
  return initials > 0 && names > 0 && initials * 2 >= names && tokens.every((t) => INITIALS.test(t) || AUTHOR_WORD.test(t));
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
export function mlaAuthors(text: string): string[] | undefined {
  const m = /^([\p{Lu}][\p{L}'’-]+),\s+([\p{Lu}][\p{L}'’-]+(?:\s\p{Lu}\.)?)(?:,?\s+(?:and|&)\s+(.+?)|,\s+et al)?\.?$/u.exec(text);
  if (!m) return undefined;
  const others = m[3] === undefined ? [] : splitAuthors(m[3]);
  return others.every((a) => AUTHOR.test(a)) ? [`${m[1]}, ${m[2]}`, ...others] : undefined;
}
