import { foldName } from "./fold.js";
import { placeIndex } from "./place-index.js";
import localNames from "../vocabulary/region-names.json" with { type: "json" };
import localCodes from "../vocabulary/region-codes.json" with { type: "json" };

/** Folded local name of a region ("zuid-holland", "lombardia") → the countries that have one so named. */
const LOCAL_REGIONS = new Map<string, string[]>();
for (const [country, names] of Object.entries(localNames)) {
  if (country === "about") continue;
  for (const name of names as string[]) LOCAL_REGIONS.set(foldName(name), [...(LOCAL_REGIONS.get(foldName(name)) ?? []), country]);
}

/** True when a postal code names a state or province ("NE", "SC", "KA", "NSW"), of that country when one is given. */
export function isRegionCode(code: string, countryCode?: string): boolean {
  const countries = placeIndex().codes[code];
  return countries !== undefined && (!countryCode || countries.includes(countryCode));
}

/** Code of a canton or province as its own country writes it after a town ("SG", "ZH") → the countries that use it. */
const LOCAL_CODES = new Map<string, string[]>();
for (const [country, codes] of Object.entries(localCodes)) {
  if (country === "about") continue;
  for (const code of codes as string[]) LOCAL_CODES.set(code, [...(LOCAL_CODES.get(code) ?? []), country]);
}

/** The countries whose own CVs write this code after a town for its canton or province ("SG" → CH); none when no such. */
export function localRegionCountries(code: string): readonly string[] {
  return LOCAL_CODES.get(code) ?? [];
}

/** True when a name is a state, province or prefecture's ("Goiás", "ASTURIAS", "Karnataka", "Zuid-Holland"), of that country when one is given. */
export function isRegionName(name: string, countryCode?: string): boolean {
  const folded = foldName(name);
  const countries = placeIndex().regions[folded] ?? LOCAL_REGIONS.get(folded);
  return countries !== undefined && (!countryCode || countries.includes(countryCode));
}
