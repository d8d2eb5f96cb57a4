import { createRequire } from "node:module";
import { foldName } from "./fold.js";

const require = createRequire(import.meta.url);

/**
 * The countries whose people write their state or province as a postal
 * abbreviation after the city ("Austin, TX", "Palhoça/SC", "Pune, MH",
 * "Perth WA"), in the order an ambiguous code is settled: "CA" is California
 * before it is anything else.
 */
const ABBREVIATING = ["US", "CA", "BR", "IN", "AU", "MX"];

/** A first-level division: a state, province, prefecture or region. */
export interface Region {
  name: string;
  code: string;
  countryCode: string;
}

interface RegionIndex {
  byCode: Map<string, Region>;
  byName: Map<string, Region[]>;
}

let index: RegionIndex | undefined;

/** The divisions of country-state-city (5,000, 0.5 MB), read on first use (about 15 ms). */
function regions(): RegionIndex {
  if (index) return index;
  const states = require("country-state-city/lib/assets/state.json") as Array<{ name: string; isoCode: string; countryCode: string }>;
  index = { byCode: new Map(), byName: new Map() };
  for (const country of [...ABBREVIATING].reverse())
    for (const s of states) if (s.countryCode === country && /^[A-Z]{2,3}$/.test(s.isoCode)) index.byCode.set(s.isoCode, { name: s.name, code: s.isoCode, countryCode: country });
  for (const s of states) {
    const region = { name: s.name, code: s.isoCode, countryCode: s.countryCode };
    // "Saitama Prefecture", "Gyeonggi Province", "Akmola Region": CVs mostly write the name alone
    const bare = s.name.replace(/\s+(?:prefecture|province|region|oblast|state|county|district|governorate|voivodeship)$/i, "");
    for (const name of new Set([s.name, bare])) {
      const key = foldName(name);
      index.byName.set(key, [...(index.byName.get(key) ?? []), region]);
    }
  }
  return index;
}

/** The state or province a postal abbreviation stands for, in a country that writes them ("NE", "SC", "KA", "NSW"). */
export function regionByCode(code: string, countryCode?: string): Region | undefined {
  const region = regions().byCode.get(code);
  if (region && countryCode && region.countryCode !== countryCode) {
    const states = require("country-state-city/lib/assets/state.json") as Array<{ name: string; isoCode: string; countryCode: string }>;
    const own = states.find((s) => s.countryCode === countryCode && s.isoCode === code);
    return own && { name: own.name, code, countryCode };
  }
  return region;
}

/** The divisions of that name ("Goiás", "ASTURIAS", "Karnataka"), of one country when it is given. */
export function regionsByName(name: string, countryCode?: string): Region[] {
  const found = regions().byName.get(foldName(name)) ?? [];
  return countryCode ? found.filter((r) => r.countryCode === countryCode) : found;
}
