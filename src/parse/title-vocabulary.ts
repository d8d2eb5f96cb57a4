import roles from "../extract/vocabulary/roles.json" with { type: "json" };
import data from "../extract/vocabulary/section-titles.json" with { type: "json" };
import type { SectionKind } from "./section-titles.js";
import { foldTitle } from "./title-text.js";

/**
 * The section-title vocabulary (src/extract/vocabulary/section-titles.json),
 * folded once into lookups: whole titles, qualifiers, joiners, fillers, and
 * keywords compiled into word tests.
 */
type TitleKind = Exclude<SectionKind, "education-work">;

/** Scripts whose keywords match anywhere in a title: Chinese and Japanese write no spaces, and Korean joins words into compounds (경력사항). */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const titles = new Map<string, TitleKind>();
for (const [kind, languages] of Object.entries(data.titles)) {
  for (const list of Object.values(languages)) for (const title of list) if (!titles.has(foldTitle(title))) titles.set(foldTitle(title), kind as TitleKind);
}

/** The kind a folded title names whole, or undefined. */
export function wholeTitleKind(folded: string): TitleKind | undefined {
  return titles.get(folded);
}

const foldAll = (words: readonly string[]) => [...new Set(words.map(foldTitle))];

/** Words that link the parts of a combined title ("and", "und", "与"). */
export const JOINERS = new Set(foldAll(data.joiners));
const { about: _about, modifiers: _modifiers, teams: _teams, grades: _grades, ...roleWords } = roles;
/** The one-word job titles of every language (roles.json): "assistant", "manager", "ingeniero". */
export const ROLE_NOUNS = new Set(foldAll(Object.values(roleWords).flat().filter((w) => !/\s/.test(w))));
/** Function words that neither name a kind nor count against a title's length ("of", "de", "der"). */
export const FILLERS = new Set(foldAll(data.fillers));

const SELF_CLAUSES = foldAll(Object.values(data.selfClauses).flat());

/** "projects i'm currently working on" → "projects": the title before a clause about its author, or undefined when none follows a first word. */
export function beforeSelfClause(folded: string): string | undefined {
  const padded = ` ${folded} `;
  const at = Math.min(...SELF_CLAUSES.map((c) => padded.indexOf(` ${c} `, 1)).filter((i) => i > 0));
  return Number.isFinite(at) ? padded.slice(0, at).trim() || undefined : undefined;
}

const QUALIFIERS = foldAll(Object.values(data.qualifiers).flat()).sort((a, b) => b.length - a.length);
/** Qualifiers of one word, which neither name a kind nor count against a title's length. */
export const QUALIFIER_WORDS = new Set(QUALIFIERS.filter((q) => !/\s/.test(q) && !UNSPACED.test(q)));
const QUALIFIER_PHRASES = QUALIFIERS.filter((q) => /\s/.test(q));
const UNSPACED_QUALIFIERS = QUALIFIERS.filter((q) => UNSPACED.test(q));

/** A folded title without the qualifier it starts with ("selected publications" → "publications"), or undefined when it starts with none. */
export function withoutQualifier(title: string): string | undefined {
  const space = title.indexOf(" ");
  if (space > 0 && QUALIFIER_WORDS.has(title.slice(0, space))) return title.slice(space + 1);
  const phrase = QUALIFIER_PHRASES.find((q) => title.startsWith(`${q} `)) ?? (UNSPACED.test(title) ? UNSPACED_QUALIFIERS.find((q) => title.startsWith(q) && title.length > q.length) : undefined);
  return phrase === undefined ? undefined : title.slice(phrase.length).trim();
}

/** What a keyword says: the kind it names, and whether it names it alone (strong) or only when nothing stronger does. */
export interface Keyword {
  kind: TitleKind;
  strong: boolean;
}

/** A keyword with an open end ("*erfahrung", "doświadczeni*"), tested against each word of a title. */
interface Affix extends Keyword {
  test: (word: string) => boolean;
}

/** Keywords by the whole word they are, those with an open end, and those matched in the whole title (several words, or CJK). */
const exact = new Map<string, Keyword[]>();
const affixes: Affix[] = [];
const spacedPhrases: Array<Keyword & { core: string }> = [];
const unspacedPhrases: Array<Keyword & { core: string }> = [];

for (const [kind, levels] of Object.entries(data.keywords)) {
  const add = (raw: string, strong: boolean) => {
    const keyword = { kind: kind as TitleKind, strong };
    const core = foldTitle(raw.replace(/^\*|\*$/g, ""));
    const start = raw.startsWith("*");
    const end = raw.endsWith("*");
    if (UNSPACED.test(core)) unspacedPhrases.push({ ...keyword, core });
    else if (core.includes(" ")) spacedPhrases.push({ ...keyword, core: ` ${core} ` });
    else if (start || end) affixes.push({ ...keyword, test: start && end ? (w) => w.includes(core) : start ? (w) => w.endsWith(core) : (w) => w.startsWith(core) });
    else exact.set(core, [...(exact.get(core) ?? []), keyword]);
  };
  for (const k of levels.strong) add(k, true);
  if ("weak" in levels) for (const k of levels.weak) add(k, false);
}

/** The keywords one word of a title is. */
export function wordKeywords(word: string): Keyword[] {
  const found = affixes.filter((k) => k.test(word));
  const whole = exact.get(word);
  return whole ? [...whole, ...found] : found;
}

/** The keywords found in a whole folded title: several-word ones, and in CJK scripts any, each with the text it matched. */
export function phraseKeywords(folded: string): Array<Keyword & { core: string }> {
  if (UNSPACED.test(folded)) return unspacedPhrases.filter((k) => folded.includes(k.core));
  const padded = ` ${folded} `;
  return spacedPhrases.filter((k) => padded.includes(k.core));
}
