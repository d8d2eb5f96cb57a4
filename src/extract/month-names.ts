import months from "./vocabulary/months.json" with { type: "json" };
import words from "./vocabulary/dates.json" with { type: "json" };

/**
 * Month names of every language CLDR lists (vocabulary/months.json, written by
 * scripts/month-names.mjs), read in any case, with or without diacritics or a
 * trailing dot, plus three-letter cuts ("фев" for "февраль") in the languages
 * that abbreviate by cutting, and the spellings CLDR lacks (dates.json's monthSpellings).
 */
let byName: Map<string, number> | undefined;

/** The month number a month name stands for, in any language ("Feb.", "février", "февраля", "Ağustos"). */
export function monthOf(name: string): number | undefined {
  byName ??= build();
  const n = name.toLowerCase().replace(/\.$/, "");
  return byName.get(n) ?? (/[^\x00-\x7f]/.test(n) ? byName.get(stripMarks(n)) : undefined);
}

/** The character that stands for month `m` in marked text: one of U+E001…U+E00C, private use. */
export const MONTH_MARK = "[\\uE001-\\uE00C]\\uE000*";
const FILL = "\uE000";

/**
 * A word that may be a month's name: three letters or more, or a run of two Han characters, as Chinese
 * names most months ("十月 2018 - 七月 2019"); a longer Han run is a phrase that only contains one.
 */
const WORD = /\p{L}[\p{L}\p{M}]{2,}|\p{Script=Han}{2}/gu;
const HAN = /\p{Script=Han}/u;

/**
 * `text` with every month name replaced by its mark, padded to the same length, so that the date
 * pattern reads "\uE003\uE000\uE000 2019" where the CV wrote "Mar 2019", and indices still match.
 */
export function markMonths(text: string): string {
  return text.replace(WORD, (w) => {
    const m = w.length <= 12 ? monthOf(w) : undefined;
    return m ? String.fromCharCode(0xe000 + m) + FILL.repeat(w.length - 1) : w;
  });
}

/**
 * "VII 2016", "X 2015 – VII 2016": a month as a Roman numeral before its year, as Polish, Czech, Hungarian and
 * Romanian CVs write it. Upper case only ("v 2019" is Czech for "in 2019"); a one-letter numeral (I, V, X) only
 * where a dash sets it in a range, as a lone "V 2019" is as often a word; never right after a capitalised word
 * ("Phase II 2019", "Henry VIII"), which it numbers.
 */
const ROMAN_MONTH = /(?<![\p{L}\d.])(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?=\.?\s?(?:19|20)\d\d(?!\d))/gu;
const ROMAN_VALUES: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
const DASH_BEFORE = /[-–—]\s*$/;
const NUMBERED_WORD = /\p{Lu}\p{L}*\s$/u;
const DASH_AFTER = /^\.?\s?\d{4}\s*[-–—]/;

/** `text` with each Roman-numeral month before a year replaced by its mark, padded to the same length. */
export function markRomanMonths(text: string): string {
  if (!/[IVX]/.test(text)) return text;
  return text.replace(ROMAN_MONTH, (numeral: string, _g: string, at: number) => {
    const ranged = DASH_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || DASH_AFTER.test(text.slice(at + numeral.length, at + numeral.length + 9));
    if ((numeral.length === 1 && !ranged) || NUMBERED_WORD.test(text.slice(Math.max(0, at - 30), at))) return numeral;
    return String.fromCharCode(0xe000 + ROMAN_VALUES[numeral]!) + FILL.repeat(numeral.length - 1);
  });
}

/** The month number of a mark run ("\uE003\uE000\uE000" → 3). */
export const markedMonth = (run: string) => run.charCodeAt(0) - 0xe000;

const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

function build(): Map<string, number> {
  const names = new Map<string, number>();
  const notMonths = new Set(words.notMonths);
  const cuts = new Map<string, number | null>();
  for (const list of Object.values(months.locales)) {
    const cutting = cutsNames(list);
    list.forEach((written, i) => {
      for (const name of written) {
        // the earlier locale wins a name two languages give different months
        if ((name.length >= 3 || HAN.test(name)) && !names.has(name) && !notMonths.has(name)) names.set(name, i + 1);
        if (!cutting || name.length < 4) continue;
        const cut = name.slice(0, 3);
        cuts.set(cut, cuts.get(cut) === undefined || cuts.get(cut) === i + 1 ? i + 1 : null);
      }
    });
  }
  // a cut is kept only where every cutting language agrees on its month
  for (const [cut, m] of cuts) if (m && !names.has(cut) && !notMonths.has(cut)) names.set(cut, m);
  // names CLDR does not give ("Agt" for Agustus, "setiembre"), written by hand; CLDR's own names come first
  for (const [key, spellings] of Object.entries(words.monthSpellings)) {
    if (key === "$comment") continue;
    for (const [name, m] of Object.entries(spellings as Record<string, number>)) if (!names.has(name)) names.set(name, m);
  }
  return names;
}

/** Whether a language abbreviates months by cutting their names short (CLDR's short names are mostly cuts). */
function cutsNames(list: string[][]): boolean {
  const isCut = (names: string[]) => names.some((s) => s.length <= 4 && names.some((l) => l.length > s.length && l.startsWith(s)));
  return list.filter(isCut).length >= 6;
}
