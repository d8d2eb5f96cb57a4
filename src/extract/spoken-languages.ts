import data from "./vocabulary/spoken-languages.json" with { type: "json" };
import cldr from "./vocabulary/language-names.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/**
 * Every name of every listed language in every listed display language, lower
 * case: CLDR knows "Englisch", "английский", "英语" and "영어" (language-names.json,
 * which scripts/language-names.mjs writes from Intl.DisplayNames), so the
 * vocabulary holds only codes and the names CLDR lacks.
 */
function languageNames(): Set<string> {
  const all = [...Object.values(data.aliases).flat().map((n) => n.toLowerCase()), ...cldr.names];
  // "Espanol", "Ingles", "Portugues": the names typed without their accents too
  // (only Latin letters lose their marks: a Cyrillic "й" or a Hangul syllable is a letter of its own)
  return new Set<string>([...all, ...all.map((n) => n.normalize("NFD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC"))]);
}

/** Built on first use, so that a CV with no skills section never pays for it. */
let names: { set: Set<string>; byFirstChar: Map<string, string[]> } | undefined;
function known(): { set: Set<string>; byFirstChar: Map<string, string[]> } {
  if (!names) {
    const set = languageNames();
    // longest first, so that "Malayalam" is not read as "Malay" and a level; by first character, since a name only
    // starts a text that starts with its character, and a skill list would otherwise try all 2,000 names on every item
    const byFirstChar = new Map<string, string[]>();
    for (const name of [...set].sort((a, b) => b.length - a.length)) {
      const list = byFirstChar.get(name[0]!) ?? [];
      if (!list.length) byFirstChar.set(name[0]!, list);
      list.push(name);
    }
    names = { set, byFirstChar };
  }
  return names;
}
const LEVELS = new Set(data.levels);
/** A level's name at a text's start, as a whole word ("Mother tongue", "fluent, written"). */
const LEVEL_OPENS = new RegExp(`^(?:${trieSource(data.levels)})(?!\\p{L})`, "u");

/** What may follow a language's name: "(native)", "– C1", ": fluent", "， 母语". */
const TAIL = /^\s*(?:[(（[]([^)）\]]*)[)）\]]|[:：–—-]\s*(.*)|,\s*(.*))$/u;

/**
 * True when `item` names a spoken language, with or without its level
 * ("English", "Deutsch (Muttersprache)", "Казахский — Родной", "英语 CET-6"):
 * spoken languages are not skills, even under a skills heading.
 */
export function isSpokenLanguage(item: string): boolean {
  const text = item.trim().toLowerCase();
  const { set, byFirstChar } = known();
  if (set.has(text)) return true;
  const name = byFirstChar.get(text[0] ?? "")?.find((n) => text.startsWith(n));
  if (!name) return false;
  const rest = text.slice(name.length);
  // "Mandarin Chinese (HSK 4)", "Brazilian Portuguese": a language named by two of the names
  if (/^\s+\S/.test(rest) && isSpokenLanguage(rest)) return true;
  const m = TAIL.exec(rest);
  // "English (Professional)", "German – A2, in progress": a note set apart after a language's name is about the language
  if (m && (m[1] ?? m[2] ?? m[3] ?? "").trim().split(/\s+/).length <= 5) return true;
  const level = rest.trim();
  return level === "" || isLevel(level);
}

/** "fluent", "mother tongue", "c1", "native, c2": words of a language's level alone (lower case). */
const isLevel = (text: string) => text.split(/\s*[,;/]\s*|\s+(?=[abc][12]\b)/).every((w) => LEVELS.has(w) || /^[abc][12]\+?$/.test(w));

/** True when `phrase` ends with a language's name ("Fluent in English", "and Hebrew"): a phrase of a sentence about languages. */
export function endsWithSpokenLanguage(phrase: string): boolean {
  return languageAtEnd(phrase) !== undefined;
}

/** "Fluent in Spanish", "conversational French": the language a phrase ends with, as written, and the words before it. */
export function languageAtEnd(phrase: string): { language: string; before: string } | undefined {
  const words = phrase.trim().split(/\s+/);
  const { set } = known();
  const at = words.findIndex((_, i) => set.has(words.slice(i).join(" ").toLowerCase()));
  return at < 0 ? undefined : { language: words.slice(at).join(" "), before: words.slice(0, at).join(" ") };
}

/** "Fluent English", "Native German", "English C1": a language with its level before or after it, and nothing else. */
export function isLevelledLanguage(phrase: string): boolean {
  const lead = languageAtEnd(phrase);
  if (lead && lead.before && isLevel(lead.before.toLowerCase())) return true;
  return languageThenLevel(phrase) !== undefined;
}

/** "C1", "B2+": a level of the Common European Framework. */
const CEFR_LEVEL = /^[abc][12]\+?(?![\p{L}\p{N}])/iu;

/**
 * "Français Langue maternelle", "Deutsch Muttersprache", "Anglais Bilingue (C2)", "English C1": a language's name, then
 * its level with nothing between, as a table's or a card's two cells read, or a column of languages beside their levels
 * once pdftotext loses its gap; the name and the level as written, else undefined.
 */
export function languageThenLevel(text: string): { language: string; level: string } | undefined {
  const lower = text.trim().toLowerCase();
  const name = known().byFirstChar.get(lower[0] ?? "")?.find((n) => lower.startsWith(n) && /^\s/.test(lower.slice(n.length)));
  if (!name) return undefined;
  const rest = text.trim().slice(name.length).trim();
  const opens = CEFR_LEVEL.test(rest) || LEVEL_OPENS.test(rest.toLowerCase());
  return opens ? { language: text.trim().slice(0, name.length), level: rest } : undefined;
}

/**
 * "English: Native", "日本語：ネイティブ", "영어: 비즈니스 회화 가능": a group named by a spoken language whose one or two
 * items, a few words, say how well it is spoken; a language with its level, as a languages section writes it.
 */
export function namesLanguageLevel(name: string, items: readonly string[]): boolean {
  return items.length > 0 && items.length <= 2 && isSpokenLanguage(name.replace(/[*_]/g, "").trim()) && isSpokenLanguage(`${name}: ${items.join(", ")}`);
}
