import { withoutDecoration } from "../../parse/normalize.js";
import type { SourceLine } from "../../parse/source-line.js";
import { findDates } from "../dates.js";
import { bracketedPlace, edgeSeparators, isLocation, PHRASE_BAR } from "../entry-parts.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { hasStreet, isTownWithStateCode, isWholePlace, placeScore } from "../evidence/places.js";
import { splitGluedPlace } from "../evidence/glued-places.js";
import { employmentTypeLead, isEmploymentType, ORG_WORDS } from "../vocabulary.js";
import { isSentence } from "./lines.js";
import { dashInsideNames } from "./dash-in-names.js";
import { trieSource, vocabularyWords } from "../word-trie.js";
import { nameBeforeProse } from "../sentences.js";
import atWords from "../vocabulary/at-words.json" with { type: "json" };

/** The words for "at" that set a role at its employer ("Engineer at Google", "Ingénieur chez Airbus", "Udvikler hos Hedia"). */
export const AT_WORD = `(?:${trieSource(vocabularyWords(atWords))})`;
const AT_END = new RegExp(`\\s${AT_WORD}\\s*$`, "u");
// "at the University of Basel": the article after "at" goes with it, as the employer is named without it elsewhere;
// "@ rapStudy", "at eBay": an employer's name may open in lower case, after "@" always, after a word where a capital
// inside its first word says it is a name
const AT_START = new RegExp(`^(?:@(?:\\s+|$)|${AT_WORD}(?:\\s+the)?(?:\\s+(?=[\\p{Lu}\\d]|\\p{Ll}+\\p{Lu})|$))`, "u");

const HYPHEN = /\s+-\s+/;
/** Separators between a header's phrases besides tabs, strongest first: a header is cut at the strongest it uses. */
const SEPARATORS = [new RegExp(String.raw`${PHRASE_BAR}|;\s+`, "u"), /\s+[·•]\s+/, /\s+[—–]\s+|\s+--\s+/, HYPHEN, /(?<=\p{L}{2}|\))[:：]\s+/u];

/** "Software Engineer - Trainee": a job title and the one word that qualifies it, set apart by a hyphen, are one title. */
function withRoleQualifiers(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const before = out[out.length - 1];
    const joins = before !== undefined && !/\s/.test(piece.trim()) && roleLean(weighPhrase(before)) > 0.3 && roleLean(weighPhrase(piece)) > 0.3;
    if (joins) out[out.length - 1] = `${before} - ${piece}`;
    else out.push(piece);
  }
  return out;
}

/** A name, a comma, a town, then brackets: "Acme, Boston (a fintech start-up)". */
export const DESCRIBED_AFTER_TOWN = /^(.+?,\s*([^,()]+?))\s*\(([^()]+)\)\s*$/u;

/** A header's separators at a phrase's ends, and a text file's emphasis marks around it ("** Engineer; Acme **", "== Acme =="). */
const PHRASE_MARKS = "\\s,;|·•:：–—*=~#、，；\\-";
const PHRASE_EDGES = edgeSeparators(PHRASE_MARKS, PHRASE_MARKS);

/** Words in lower case, more than one, opening a piece of a header: a clause, not a name. */
const CLAUSE = /^\s*\p{Ll}+\s+\S/u;

/** The phrase after a row's last comma. */
const LAST_COMMA_PHRASE = /,\s+([^,]+?)\s*$/;

/**
 * "Full-time", "Teilzeit", "Contract (Remote)": the terms of a job alone, maybe with more in brackets (moderncv's
 * \cventry gives them an argument of their own, after the place), not a role written with the same word ("Volunteer").
 */
export function isTermsAlone(text: string): boolean {
  // "2013 (contract)", "2016 - 2018 (удалённая работа)": the terms bracketed after the dates, the dates cut out
  const alone = /^\(([^()]+)\)$/.exec(text.trim());
  if (alone) return isTermsAlone(alone[1]!);
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(text.trim());
  const terms = bracketed ? [bracketed[1]!, bracketed[2]!] : [text];
  return terms.every(isEmploymentType) && roleLean(weighPhrase(text)) <= 0.3;
}

export function splitLine(l: SourceLine, text: string, prose: string[]): Array<{ text: string; strong: boolean; column?: string }> {
  // a table row's cells are its phrases, empty ones too, so that each column keeps its slot; a place after a name in
  // a cell ("Swisscom AG, Bern") is a phrase of the same column's
  if (l.cells) {
    return l.cells.flatMap((cell, k) => {
      const [name, place] = findDates(cell)[0]?.period === cell.trim() ? [""] : splitTrailingPlace(trimPhrase(cell));
      return place === undefined ? [{ text: name!, strong: false, column: `${k}` }] : [{ text: name!, strong: false, column: `${k}` }, { text: place, strong: false, column: `${k}p` }];
    });
  }
  const out: Array<{ text: string; strong: boolean }> = [];
  let rest = text;
  // "**Acme Corp** Research activity": the bold lead is a phrase of its own
  if (l.lead && rest.startsWith(l.lead)) {
    // "**트렌비 · 백엔드 엔지니어** · 2024.05 ~ 현재": a bold lead holding two phrases is cut as the line would be, unless
    // the line sets its phrases apart by a stronger separator after it ("**Polymechaniker – Stv. Abteilungsleiter** |
    // Acme AG": the bars part the phrases, the dash is inside the title)
    const after = SEPARATORS.findIndex((s) => s.test(maskBrackets(rest.slice(l.lead!.length))));
    // ("**Acme (Lyon, France; Austin, TX)**": a separator inside brackets parts the bracket's own phrases)
    const sep = SEPARATORS.slice(0, 3).find((s, k) => s.test(maskBrackets(l.lead!)) && (after < 0 || k <= after));
    // "**Jumbo Supermarkt Rotterdam, Zuid-Holland**": the place after the name, as in a line not set in bold
    for (const piece of sep ? splitOutsideBrackets(l.lead, sep) : [l.lead]) for (const t of splitTrailingPlace(trimPhrase(piece))) out.push({ text: t, strong: true });
    rest = rest.slice(l.lead.length);
    // "**Acme/Engineer；** Built the order system…": what follows a bold header in running text says, it does not name
    if (isSentence(rest) || (rest.length > 80 && !/\t|\s[|·•]\s/.test(rest))) {
      // "**Globant** — Software Engineer (2018–2021): built payment integrations…": but a phrase set apart before the
      // colon that opens the sentence names, as the header's own
      const named = /^\s*[—–|·-]\s+([^:：\t]{2,60}?)\s*\t?\s*[:：]\s+(\S.*)$/u.exec(rest);
      if (named && !isSentence(named[1]!)) out.push({ text: named[1]!, strong: false });
      const said = (named ? named[2]! : rest).trim();
      if (said) prose.push(said);
      return out.map((p) => ({ ...p, text: trimPhrase(p.text) })).filter((p) => p.text);
    }
  }
  // "с 2021 по н.в.: ООО «Альфа», инженер-программист. Разработка ПО на C# и Python.": a long header line run into
  // sentences about the job names its phrases, set apart by a comma, before the first sentence's end; the sentences
  // are the job's text (not "**Fellow**. Department of Biology, University of X.", whose names follow the stop)
  const [named, told] = rest.length > 80 ? nameBeforeProse(rest) : [rest];
  if (told && told.split(/\s+/).length >= 5 && /\p{L}.*,\s.*\p{L}/u.test(named) && named.split(/\s+/).length <= 12) {
    prose.push(told);
    rest = named;
  }
  // "Vollzeit: Monteur im Sondermaschinenbau, Inocon, …": the terms of the job qualify its title, they label no field
  const lead = employmentTypeLead(rest);
  if (lead) rest = rest.slice(lead.length);
  rest = setApartStyledRuns(l, rest);
  // "Backend Developer, Acme, Enugu, Full-time (Hybrid)": the job's terms after the row's last comma (moderncv's
  // \cventry gives them an argument of their own) are a phrase of their own, not the end of a name or a place
  const terms: string[] = [];
  for (let m = LAST_COMMA_PHRASE.exec(rest); m && isTermsAlone(m[1]!); m = LAST_COMMA_PHRASE.exec(rest)) {
    terms.unshift(m[1]!);
    rest = rest.slice(0, m.index);
  }
  const strongRuns = new Set((l.spans ?? []).filter((r) => r.strong).map((r) => trimPhrase(r.text)));
  // tabs (columns, cut-out dates) always separate; of the other separators, the strongest the line uses outside brackets
  const strongest = SEPARATORS.find((s) => s.test(maskBrackets(rest)));
  const sep = strongest && (strongest === SEPARATORS[2] || strongest === HYPHEN) && dashInsideNames(rest, maskBrackets(rest), strongest) ? undefined : strongest;
  for (const column of rest.split(/\s*\t\s*/)) {
    // "San Francisco, California, United States · Remote": one place, however its parts are set apart
    const pieces = sep && !isLocation(trimPhrase(column)) ? describedAfterDash(column, splitOutsideBrackets(column, sep), sep) : [column];
    const named = sep === SEPARATORS[0] ? namedBeforeClauses(pieces) : pieces;
    if (named !== pieces) prose.push(pieces.slice(named.length).join("; ").trim());
    for (const piece of sep === HYPHEN ? withRoleQualifiers(named) : named) {
      for (const t of splitTrailingPlace(trimPhrase(piece))) if (t) out.push({ text: t, strong: strongRuns.has(t) });
    }
  }
  for (const t of terms) out.push({ text: t, strong: false });
  const phrases = out.map((p) => ({ ...p, text: trimPhrase(p.text) })).filter((p) => p.text);
  if (lead && phrases[0]) {
    // "Internship: Fabrikam Inc", "Bijbaan: Contoso BV": before an employer, with no title on the line, the terms are
    // the job's title as written, a phrase of their own; before a title they qualify it ("Vollzeit: Monteur")
    // ("Teilzeit: Werkstudent, Spar AG": a first phrase the vocabulary does not know, beside the employer, is the title)
    // (judged by the comma's parts, which the reader of roles and employers cuts later: "Monteur, Inocon GmbH")
    const parts = phrases.flatMap((p) => p.text.split(/,\s+/u));
    const titled = parts.some((p) => roleLean(weighPhrase(p)) > 0);
    // ("Part-time: Barista", "Summer job: Lifeguard": a phrase that says nothing of an organisation is the role they qualify)
    const first = weighPhrase(parts[0]!);
    const employerFirst = Math.max(first.org, first.school) >= 0.7 && roleLean(first) < 0;
    if (titled || !employerFirst) phrases[0] = { ...phrases[0], text: `${lead.trim()} ${phrases[0].text}` };
    else phrases.unshift({ text: lead.trim().replace(/\s*[:：]$/u, ""), strong: false });
  }
  return phrases;
}

/**
 * "Netstream, php разработчик; разрабатывал и поддерживал …; писал тесты": from the first clause in lower case after
 * a semicolon, the rest says what was done there, in its order, and names nothing; only after a header of names
 * (no sentence before the semicolon, as in "Engineer at SFR. Built the box: debug; firmware; drivers").
 */
function namedBeforeClauses(pieces: string[]): string[] {
  if (/\.\s+\p{Lu}/u.test(pieces[0] ?? "")) return pieces;
  const first = pieces.findIndex((piece, i) => i > 0 && CLAUSE.test(piece) && isSentence(piece));
  return first > 0 ? pieces.slice(0, first) : pieces;
}

/** "CODE - a Shopify Plus agency": after a dash, words opening in lower case describe the phrase before, they name nothing of their own. */
function describedAfterDash(column: string, pieces: string[], sep: RegExp): string[] {
  if (sep !== HYPHEN && sep !== SEPARATORS[2]) return pieces;
  const out: string[] = [];
  const starts: number[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = column.indexOf(piece.trim(), from);
    if (at < 0) return pieces;
    from = at + piece.trim().length;
    // the phrase as written, with its own dash
    if (out.length && /^\s*\p{Ll}+\s+\S/u.test(piece)) out[out.length - 1] = column.slice(starts[starts.length - 1], from);
    else {
      out.push(piece);
      starts.push(at);
    }
  }
  return out;
}

/** The text with what its brackets hold blanked out, each character kept in place by a character no separator matches. */
export const maskBrackets = (text: string) => text.replace(/\([^()]*\)|（[^（）]*）|\[[^[\]]*\]/g, (m) => `${m[0]}${"\u0000".repeat(m.length - 2)}${m[m.length - 1]}`);

/** "Postdoctoral Fellow, MIT (advisor: Prof. Jane Smith)": a separator inside brackets belongs to what they say. */
export function splitOutsideBrackets(text: string, sep: RegExp): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of maskBrackets(text).matchAll(new RegExp(sep.source, `${sep.flags}g`))) {
    pieces.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  return [...pieces, text.slice(from)];
}

/**
 * "`2021` **Acme University** Research activity", "2020–now: __Research
 * Associate__. Department of Biology, …": a bold, italic or code run is a
 * phrase of its own when it is a phrase (two words or more, or closed by
 * punctuation), not a word stressed inside one.
 */
function setApartStyledRuns(l: SourceLine, text: string): string {
  let out = text;
  for (const run of l.spans ?? []) {
    const t = run.text.trim();
    if (!(run.strong || run.emphasis || run.code) || !t || t === l.text.trim() || t === l.lead) continue;
    const at = out.indexOf(t);
    if (at < 0) continue;
    const after = out.slice(at + t.length);
    // "MEAN Stack Developer at **Contellect**": a run after the word for "at" is read with the role it follows
    if (AT_END.test(out.slice(0, at))) continue;
    if (t.split(/\s+/).length < 2 && !/^\s*(?:[.,:;|—–-]|$)/.test(after)) continue;
    out = `${out.slice(0, at)}\t${t}\t${after}`;
  }
  return out;
}

/**
 * "Meta — Menlo Park, CA" within a "|"-separated header: a place after a weaker separator is a phrase of its own. So is
 * one after a bar on a line no header reading split ("<location> Lowtown Systems | Dayton, OH, USA </location>" under the role).
 */
export function splitTrailingPlace(piece: string): string[] {
  if (isLocation(piece)) return [piece];
  const m = /^(.+?)\s+(?:[—–|]|-|·)\s+([^—–·|]+)$/.exec(piece);
  if (m && weighPhrase(m[2]!).place >= 0.9) return [m[1]!, m[2]!];
  // "Automatic Data Processing, Bothell WA", "Acme Corp, Berlin, Germany": the place after the name's commas
  const glued = splitGluedPlace(piece) ?? organisationBeforePlace(piece);
  if (glued) return glued;
  // "Pitch Avatar Inc (Austria)": a name with its country in brackets, though a town may be written so too ("Paris (France)")
  const bracketed = bracketedPlace(piece);
  if (bracketed) return bracketed;
  if (isWholePlace(piece)) return [piece];
  const commas = [...piece.matchAll(/,\s+/g)].map((c) => c.index!);
  // "NORTHWIND LABS, SMALLVILLE, KS": a header in capitals writes its town so too, which read as it is would be an acronym
  const asWritten = /\p{Ll}/u.test(piece) ? (text: string) => text : inTitleCase;
  for (const at of commas) {
    const [name, place] = [piece.slice(0, at), piece.slice(at).replace(/^,\s+/, "").replace(/\.$/, "")];
    // "Sur La Table, Inc, Seattle WA": a company form after the comma is the name's, not the place's ("College Park, MD" is a town)
    if (ORG_WORDS.test(place.split(/,\s+/)[0]!) && !isTownWithStateCode(place)) continue;
    // "117 E. Colorado Blvd., Ste. 300, Pasadena, CA 91105": a street before the town is the address's, not a name
    if (isWholePlace(asWritten(place)) && !isWholePlace(asWritten(name)) && /\p{Lu}/u.test(name) && !hasStreet(name)) return [name, place];
  }
  return [piece];
}

/** "SMALLVILLE, KS" → "Smallville, KS": words in capitals as a name is written, a state's code after a comma kept. */
const inTitleCase = (text: string) => text.replace(/\p{Lu}+/gu, (w, at: number) => (w.length <= 3 && /,\s*$/u.test(text.slice(0, at)) ? w : w[0] + w.slice(1).toLowerCase()));

/**
 * "CERN, Geneva, Switzerland": an organisation's acronym, or a name with an organisation's word, before a place of
 * several parts, which would otherwise read as a town in that region.
 */
function organisationBeforePlace(piece: string): [string, string] | undefined {
  const [first, ...rest] = piece.split(/,\s+/);
  // the name is weighed only before a place of several parts: most pieces have fewer commas
  if (rest.length < 2) return undefined;
  const place = rest.join(", ");
  const named = /^\p{Lu}{3,}$/u.test(first!) || weighPhrase(first!).org > 0;
  // "…, University Park, PA": a town named with an organisation's word stays to the comma loop's care
  return named && placeScore(first!) < 0.8 && !ORG_WORDS.test(rest[0]!) && isWholePlace(place) ? [first!, place] : undefined;
}

/** Trims the separators and stray brackets a header leaves around a phrase. */
function trimPhrase(text: string): string {
  // "** Engineer; Acme **", "== Acme ==": text-file emphasis around a header is no part of its phrases, nor is an
  // emoji set before one as its icon ("🏢 Celonis", "📍 Munich")
  let t = withoutDecoration(text).replace(/\(\s*\)|\[\s*\]/g, "").replace(PHRASE_EDGES, "");
  // "**Software Engineer** at Feedzai", "**Entwickler** bei Acme": the word for "at" that joined a set-apart role to
  // its employer is no part of the employer's name
  // and alone, where the employer is set in italics of its own ("**Data Engineer** bij *Bol.com*"), it is no phrase
  t = t.replace(AT_START, "");
  // "**Software Engineer at [Globex](…)**": nor is it part of the role, where a link sets the employer apart after it
  t = t.replace(AT_END, "");
  // a bracket the dates were cut out of: "(2023-2024, Canada)" leaves "(" and ", Canada)"
  if (/^[(（[]/.test(t) && !/[)）\]]/.test(t)) t = t.slice(1);
  if (/[)）\]]$/.test(t) && !/[(（[]/.test(t)) t = t.slice(0, -1);
  return t.replace(/^[\s,;|·•:：–—-]+|[\s,;|·•:：–—-]+$/g, "").trim();
}
