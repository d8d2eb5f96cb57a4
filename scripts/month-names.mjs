/**
 * Writes src/extract/vocabulary/months.json: the month names CLDR gives each
 * locale through Node's ICU (Intl.DateTimeFormat), long and short, in the
 * standalone form ("февраль") and the form used inside a date ("февраля").
 * Names are lower case, without a trailing dot, and also without diacritics.
 * The names are generated once here, not at run time, because building ~100
 * formatters costs ~45 ms on every start, where reading the JSON costs <1 ms.
 *
 *   node scripts/month-names.mjs
 *
 * Locales are listed from the most to the least common in CVs: where two
 * languages give one abbreviation different months (Polish "lip" = July,
 * Croatian "lip" = June), the reader keeps the earlier.
 */
import { writeFileSync } from "node:fs";

const LOCALES = "en en-GB de fr es it pt nl pl tr ru uk cs sk sv da nb fi hu ro id ca lt lv et hr sl zh el bg he ar".split(" ");
// a month with its year is written in the standalone form where the month alone is not (Greek "Ιανουάριος 2020", "Ιανουαρίου" alone)
const FORMS = [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }, { day: "numeric", month: "short" }, { year: "numeric", month: "long" }];

const stripMarks = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
const monthOf = (f, m) => f.formatToParts(Date.UTC(2020, m, 15)).find((p) => p.type === "month").value;
const locales = {};
for (const locale of LOCALES) {
  const formats = FORMS.map((o) => new Intl.DateTimeFormat(locale, { ...o, timeZone: "UTC" }));
  locales[locale] = Array.from({ length: 12 }, (_, m) => [
    ...new Set(
      formats
        .map((f) => monthOf(f, m))
        // numbers ("1", "thg 1") are no names: the numeric forms read them
        .filter((n) => !/\d/.test(n))
        // the reader folds case and a trailing dot; Catalan writes "de gener", "d’abril" inside a date
        .map((n) => n.toLowerCase().replace(/\.$/, "").split(/[\s’']/).pop())
        .flatMap((n) => [n, stripMarks(n)]),
    ),
  ]);
}
const json = { icu: process.versions.icu, cldr: process.versions.cldr, locales };
const lines = Object.entries(locales).map(([l, months]) => `    ${JSON.stringify(l)}: ${JSON.stringify(months)}`);
const text = `{\n  "icu": ${JSON.stringify(json.icu)},\n  "cldr": ${JSON.stringify(json.cldr)},\n  "locales": {\n${lines.join(",\n")}\n  }\n}\n`;
writeFileSync(new URL("../src/extract/vocabulary/months.json", import.meta.url), text);
