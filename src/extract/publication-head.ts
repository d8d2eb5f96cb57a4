import { allMatches } from "./all-matches.js";
import kinds from "./vocabulary/publication-kinds.json" with { type: "json" };
import type { SourceLine } from "../parse/source-line.js";
import { withoutLead } from "./entry-parts.js";
import { networkOfLabel } from "./profiles.js";
import { isSentence } from "./layout/lines.js";
import { escapeRegExp } from "./word-trie.js";

const PATENT_WORDS = new Set(Object.values(kinds.patent).flat());

/** A pattern for any of `words` as a whole word; scripts written without spaces (专利, 特許) need no boundary. */
function wordsPattern(words: readonly string[]): RegExp {
  const unspaced = (w: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w);
  const spaced = words.filter((w) => !unspaced(w)).map(escapeRegExp);
  const joined = words.filter(unspaced).map(escapeRegExp);
  return new RegExp(`(?:^|[^\\p{L}])(?:${spaced.join("|")})(?:$|[^\\p{L}])${joined.length ? `|${joined.join("|")}` : ""}`, "iu");
}

const KIND_WORDS = new Set([...PATENT_WORDS, ...Object.values(kinds.publication).flat()]);
const PLURAL = wordsPattern(Object.values(kinds.plural).flat());

/** True when `text` speaks of the list as a whole ("Several domestic (CN) patents.", "27 peer-reviewed publications"). */
export function remarksOnList(text: string): boolean {
  return PLURAL.test(text.toLowerCase());
}

/**
 * "Only first-authored papers are shown. See [the full list](…).": a sentence whose own plain words speak of the list.
 * A title set in bold, italics or a link ("**Ranking preprints on arXiv.**") may speak of papers and still be one.
 */
export function remarksInProse(line: SourceLine): boolean {
  const plain = (line.spans ?? [{ text: line.text }]).filter((s) => !s.strong && !s.emphasis && !s.url);
  return isSentence(line.text) && remarksOnList(plain.map((s) => s.text).join(" "));
}

/** "27 peer-reviewed publications across journals…", "Co-inventor on 32 issued U.S. patents": a count of the list's items, linked or not. */
export function countsList(text: string): boolean {
  const counted = /\b\d+\+?\s+((?:[\p{L}.-]+\s+){0,3}[\p{L}-]+)/u.exec(text);
  return counted !== null && PLURAL.test(counted[1]!.toLowerCase());
}

/**
 * "[Google Scholar](…), [ORCID](…)" under a publications heading: a line made only of links each named for a network
 * says where the author's papers are listed, and is no paper. Links named otherwise ("[A Paper's Title](…)") are.
 */
export function linksProfilesOnly(line: SourceLine): boolean {
  if (!line.links.length) return false;
  let rest = line.text;
  for (const link of line.links) rest = rest.replace(link.text, " ");
  return /^[\s,;|·•/()[\]]*$/u.test(rest) && line.links.every((link) => networkOfLabel(link.text) !== undefined);
}

const PATENT_WORD = wordsPattern([...PATENT_WORDS, ...kinds.plural.en.filter((w) => w.startsWith("patent"))]);

/** True when `text` speaks of a patent ("US Patent 11,209,563", "专利"): a citation's venue that makes it one. */
export function mentionsPatent(text: string): boolean {
  return PATENT_WORD.test(text);
}

/** What a kind label says of its item: a patent or not, and the note in its parentheses ("Under Review – IEEE"). */
export interface KindLabel {
  patent: boolean;
  note?: string;
}

/** Reads "Patent", "Provisional Patent:", "Publication (Under Review – IEEE):" as a kind label; undefined for anything else. */
function readKindLabel(label: string): KindLabel | undefined {
  const m = /^(.*?)\s*(?:[(（]([^)）]*)[)）])?\s*[:：]?\s*$/u.exec(label.trim());
  const word = m?.[1]!.toLowerCase() ?? "";
  if (!KIND_WORDS.has(word)) return undefined;
  return m?.[2] ? { patent: PATENT_WORDS.has(word), note: m[2] } : { patent: PATENT_WORDS.has(word) };
}

/** "App. No. 64/024,491", "US11209563B2", "EP 3 456 789": the number a patent or application is filed under. */
const NUMBER_WORD = /\b(?:no|nr|n°|number)\.?\s*\d[\d/,. -]{3,}/i;
const PATENT_NUMBER = /\b[A-Z]{2}\s?\d{5,}[A-Z]?\d?\b/;
const isFilingNumber = (text: string) => NUMBER_WORD.test(text) || PATENT_NUMBER.test(text);

/** The text of an item led by a kind label, split into the label and what follows it. */
export interface LabelledItem {
  label: KindLabel;
  title: string;
  rest: string;
}

/**
 * "**Patent** — [Title](url)", "Co-author: Title — 35% fewer errors",
 * "**Preprint:** Title. arXiv 2024": an item whose first words name its
 * kind. The title is the link text when the item starts with a link, else
 * what comes before a spaced dash (the result a CV adds after it), else the
 * whole rest for the citation reader to split.
 */
export function readLabelledItem(line: SourceLine, text: string): LabelledItem | undefined {
  const lead = line.lead && text.startsWith(line.lead) ? line.lead : /^([^:：]{2,40})[:：]\s+/u.exec(text)?.[1];
  const label = lead ? readKindLabel(lead) : undefined;
  if (!label) return undefined;
  const after = (line.lead === lead ? withoutLead({ ...line, text }) : text.slice(lead!.length)).replace(/^\s*[:：]?\s*(?:[–—-]\s+)?/u, "");
  const link = line.links.find((l) => l.text && after.startsWith(l.text));
  if (link) return { label, title: link.text, rest: after.slice(link.text.length) };
  const dash = /\s[–—]\s/u.exec(after);
  if (dash) {
    const before = after.slice(0, dash.index);
    // "USPTO App. No. 64/024,491 — Title — result": a number filed under comes before the title
    if (!isFilingNumber(before)) return { label, title: before, rest: after.slice(dash.index + dash[0].length) };
    const next = after.slice(dash.index + dash[0].length);
    const end = /\s[–—]\s/u.exec(next);
    return { label, title: end ? next.slice(0, end.index) : next, rest: `${before} ${end ? next.slice(end.index + end[0].length) : ""}`.trim() };
  }
  return { label, title: "", rest: after };
}

/**
 * The citation an item spans: its first line and the lines that only
 * continue it (a numbered item wrapped under its number, a quoted title or
 * a sentence wrapped in its paragraph), joined; and how many lines that took.
 */
export function citationText(lines: readonly SourceLine[]): { text: string; used: number } {
  const first = lines[0]!;
  let used = 1;
  while (used < lines.length && lines[used]!.kind === "text" && lines[used]!.depth > first.depth && first.kind === "bullet") used++;
  // "… Shivendu, S. "The Chaos of Order:" ⏎ "Sequence and Mindlessness Effects…." In": a title whose quotes the line
  // break leaves open goes on in the paragraph's next lines, up to the line that closes them
  const open = (text: string) => (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1;
  let text = lines.slice(0, used).map((l) => l.text).join(" ");
  // "… simple model of glacial" ⏎ "erosion.": a line that goes on in lower case goes on with the title too
  const goesOn = (next: SourceLine) => next.kind === "text" && !next.gap && next.depth === first.depth && (open(text) || (/^\p{Ll}/u.test(next.text) && !/[.!?]$/.test(text)));
  while (used < lines.length && used < 4 && goesOn(lines[used]!)) text += ` ${lines[used++]!.text}`;
  return { text, used };
}

/** "RAEMY, Julien Antoine": one author as ISO 690 and Brazil's ABNT write them, the surname in capitals before the given names. */
const CAPITAL_SURNAME = /(\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,})*),\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/gu;

/**
 * "RAEMY, Julien Antoine, FORNARO, Peter and ROSENTHALER, Lukas", "SILVA, João; SOUZA, Maria": authors written surname
 * first in capitals, nothing else between them but commas, semicolons and "and" (or "et", "e", "&"); undefined otherwise.
 */
export function capitalSurnameAuthors(text: string): string[] | undefined {
  const names = allMatches(CAPITAL_SURNAME, text);
  const leftover = text.replace(CAPITAL_SURNAME, "").replace(/[\s,;&]|\b(?:and|et|e)\b/g, "");
  return names.length && !leftover ? names.map((m) => `${m[1]}, ${m[2]}`) : undefined;
}
