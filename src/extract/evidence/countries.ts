import data from "../vocabulary/countries.json" with { type: "json" };
import { foldName } from "./fold.js";
import { placeIndex } from "./place-index.js";
import { memoByText } from "./text-memo.js";

const ALIASES = new Map(Object.values(data.aliases).flatMap((aliases) => Object.entries(aliases).map(([name, code]) => [foldName(name), code] as const)));

/**
 * The ISO 3166-1 alpha-2 code of a country named in any language vitae reads ("Nigeria", "Deutschland", "Россия", "日本").
 * Kept by text: a line is asked about again and again as the lines around it are read (is it a place? does it wrap?).
 */
export const countryCode = memoByText((name: string): string | undefined => {
  const folded = foldName(name);
  // "US" and "UK" name countries; other two-letter words ("IN", "DE") are too often something else
  if (/^[a-z]{2}$/.test(folded) && !/^(us|uk)$/.test(folded)) return undefined;
  return ALIASES.get(folded) ?? placeIndex().countries[folded];
});
