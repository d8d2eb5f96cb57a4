import data from "./place-index.json" with { type: "json" };

/** Country names and divisions, folded (see fold.ts), as scripts/build-place-index.mjs writes them from i18n-iso-countries and country-state-city. */
export interface PlaceIndex {
  /** Folded country name in any language vitae reads → ISO 3166-1 alpha-2 code. */
  countries: Record<string, string>;
  /** Postal state code → the countries that write it, California's "CA" before Canada. */
  codes: Record<string, string[]>;
  /** Folded name of a state, province or prefecture → the countries that have one so named. */
  regions: Record<string, string[]>;
}

/**
 * The index (230 kB, parsed with the module in 2-3 ms): imported statically
 * so that the CLI bundle carries it; the packages' own files would cost a
 * build 50-100 ms to read and fold.
 */
export function placeIndex(): PlaceIndex {
  return data as PlaceIndex;
}
