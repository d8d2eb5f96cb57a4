/**
 * Writes src/extract/evidence/place-index.json: the country names of
 * i18n-iso-countries in the languages vitae reads, and the states and
 * provinces of country-state-city, folded for lookup. Reading the packages'
 * files and folding 16,000 names cost a build 50-100 ms on first use; the
 * index loads in a few. Run it again after updating either package:
 *
 *   npx tsc -p tsconfig.json && node scripts/build-place-index.mjs
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { foldName } = await import("../dist/src/extract/evidence/fold.js");

/** The languages whose country names vitae reads: those CVs are written in, and their neighbours'. */
const LANGUAGES = "en de fr es pt it nl pl ru uk tr vi id cs ro hu sv da nb fi ja zh ko kk".split(" ");
/** The countries whose people write a state as a postal code after the city, in the order an ambiguous code is settled ("CA" is California first). */
const ABBREVIATING = ["US", "CA", "BR", "IN", "AU", "MX"];

const countries = {};
for (const lang of LANGUAGES) {
  const { countries: names } = require(`i18n-iso-countries/langs/${lang}.json`);
  for (const [code, written] of Object.entries(names)) for (const name of [written].flat()) countries[foldName(name)] ??= code;
}

const states = require("country-state-city/lib/assets/state.json");
const codes = {};
for (const country of ABBREVIATING)
  for (const s of states) if (s.countryCode === country && /^[A-Z]{2,3}$/.test(s.isoCode)) (codes[s.isoCode] ??= []).push(country);
const regions = {};
for (const s of states) {
  // "Saitama Prefecture", "Gyeonggi Province": CVs mostly write the name alone
  const bare = s.name.replace(/\s+(?:prefecture|province|region|oblast|state|county|district|governorate|voivodeship)$/i, "");
  for (const name of new Set([s.name, bare])) (regions[foldName(name)] ??= []).includes(s.countryCode) || regions[foldName(name)].push(s.countryCode);
}

const out = fileURLToPath(new URL("../src/extract/evidence/place-index.json", import.meta.url));
writeFileSync(out, JSON.stringify({ countries, codes, regions }) + "\n");
console.log(`${out}: ${Object.keys(countries).length} country names, ${Object.keys(codes).length} state codes, ${Object.keys(regions).length} region names`);
