import { foldName } from "./fold.js";
import { placeIndex } from "./place-index.js";
import localNames from "../vocabulary/region-names.json" with { type: "json" };

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

/** True when a name is a state, province or prefecture's ("Goiás", "ASTURIAS", "Karnataka", "Zuid-Holland"), of that country when one is given. */
export function isRegionName(name: string, countryCode?: string): boolean {
  const folded = foldName(name);
  const countries = placeIndex().regions[folded] ?? LOCAL_REGIONS.get(folded);
  return countries !== undefined && (!countryCode || countries.includes(countryCode));
}
