import { foldName } from "./fold.js";
import { placeIndex } from "./place-index.js";

/** True when a postal code names a state or province ("NE", "SC", "KA", "NSW"), of that country when one is given. */
export function isRegionCode(code: string, countryCode?: string): boolean {
  const countries = placeIndex().codes[code];
  return countries !== undefined && (!countryCode || countries.includes(countryCode));
}

/** True when a name is a state, province or prefecture's ("Goiás", "ASTURIAS", "Karnataka"), of that country when one is given. */
export function isRegionName(name: string, countryCode?: string): boolean {
  const countries = placeIndex().regions[foldName(name)];
  return countries !== undefined && (!countryCode || countries.includes(countryCode));
}
