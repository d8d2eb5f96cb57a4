import { createRequire } from "node:module";
import data from "../vocabulary/countries.json" with { type: "json" };
import { foldName } from "./fold.js";

const require = createRequire(import.meta.url);

/** The languages whose country names vitae reads: those CVs are written in, enough to cover the corpus' kinds and their neighbours. */
const LANGUAGES = "en de fr es pt it nl pl ru uk tr vi id cs ro hu sv da nb fi ja zh ko kk".split(" ");

let names: Map<string, string> | undefined;

/**
 * Every country name in every language above, folded, to its ISO code. Built
 * on first use (about 20 ms), so that a build which reads no place pays nothing.
 */
function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const lang of LANGUAGES) {
    const { countries } = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
    for (const [code, written] of Object.entries(countries)) for (const name of [written].flat()) if (!names.has(foldName(name))) names.set(foldName(name), code);
  }
  for (const aliases of Object.values(data.aliases)) for (const [name, code] of Object.entries(aliases)) names.set(foldName(name), code);
  return names;
}

/** The ISO 3166-1 alpha-2 code of a country named in any language vitae reads ("Nigeria", "Deutschland", "Россия", "日本"). */
export function countryCode(name: string): string | undefined {
  const folded = foldName(name);
  // "US" and "UK" name countries; other two-letter words ("IN", "DE") are too often something else
  if (/^[a-z]{2}$/.test(folded) && !/^(us|uk)$/.test(folded)) return undefined;
  return countryNames().get(folded);
}
