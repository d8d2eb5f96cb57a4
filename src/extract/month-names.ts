import months from "./vocabulary/months.json" with { type: "json" };
import words from "./vocabulary/dates.json" with { type: "json" };

/**
 * Month names of every language CLDR lists (vocabulary/months.json, written by
 * scripts/month-names.mjs), read in any case, with or without diacritics or a
 * trailing dot, plus three-letter cuts ("фев" for "февраль") in the languages
 * that abbreviate by cutting.
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
 * `text` with every month name replaced by its mark, padded to the same length, so that the date
 * pattern reads "\uE003\uE000\uE000 2019" where the CV wrote "Mar 2019", and indices still match.
 */
export function markMonths(text: string): string {
  return text.replace(/\p{L}[\p{L}\p{M}]{2,}/gu, (w) => {
    const m = w.length <= 12 ? monthOf(w) : undefined;
    return m ? String.fromCharCode(0xe000 + m) + FILL.repeat(w.length - 1) : w;
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
        if (name.length >= 3 && !names.has(name) && !notMonths.has(name)) names.set(name, i + 1);
        if (!cutting || name.length < 4) continue;
        const cut = name.slice(0, 3);
        cuts.set(cut, cuts.get(cut) === undefined || cuts.get(cut) === i + 1 ? i + 1 : null);
      }
    });
  }
  // a cut is kept only where every cutting language agrees on its month
  for (const [cut, m] of cuts) if (m && !names.has(cut) && !notMonths.has(cut)) names.set(cut, m);
  return names;
}

/** Whether a language abbreviates months by cutting their names short (CLDR's short names are mostly cuts). */
function cutsNames(list: string[][]): boolean {
  const isCut = (names: string[]) => names.some((s) => s.length <= 4 && names.some((l) => l.length > s.length && l.startsWith(s)));
  return list.filter(isCut).length >= 6;
}
