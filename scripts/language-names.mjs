/**
 * Writes src/extract/vocabulary/language-names.json: the name CLDR gives each
 * language of spoken-languages.json ("codes") in each of its display locales,
 * through Node's ICU (Intl.DisplayNames), lower case, in locale then code
 * order. Generated once here, not at run time, because making the display
 * names of 29 locales and asking each for 87 names cost 30-45 ms on the first
 * CV a run reads, where reading the JSON costs well under 1 ms.
 *
 *   node scripts/language-names.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";

const vocabulary = new URL("../src/extract/vocabulary/", import.meta.url);
const { displayLocales, codes } = JSON.parse(readFileSync(new URL("spoken-languages.json", vocabulary), "utf8"));
const names = new Set();
for (const locale of displayLocales) {
  const display = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
  for (const code of codes) {
    const name = display.of(code);
    if (name) names.add(name.toLowerCase());
  }
}
const text = `{\n  "icu": ${JSON.stringify(process.versions.icu)},\n  "cldr": ${JSON.stringify(process.versions.cldr)},\n  "names": ${JSON.stringify([...names])}\n}\n`;
writeFileSync(new URL("language-names.json", vocabulary), text);
