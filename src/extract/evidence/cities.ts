import data from "./city-index.json" with { type: "json" };
import { foldName } from "./fold.js";

/** A town of the gazetteer: its country, and whether its name is also an everyday word ("Nice", "Reading"). */
export interface Town {
  countryCode: string;
  everyday: boolean;
}

/**
 * The gazetteer's folded names, sorted, split on first use; the country of
 * the i-th name is the i-th pair of letters of data.countries. A binary
 * search over them spares building a map of 27,000 names when a CV is read.
 */
let names: string[] | undefined;
const EVERYDAY = new Set(data.common.split("|"));

/** The town a name is of ("Madrid", "Den Haag", "Астана", "東京"), or undefined when the gazetteer has none so named. */
export function findTown(name: string): Town | undefined {
  const folded = foldName(name);
  names ??= data.names.split("|");
  let [low, high] = [0, names.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const here = names[mid]!;
    if (here === folded) return { countryCode: data.countries.slice(2 * mid, 2 * mid + 2), everyday: EVERYDAY.has(folded) };
    if (here < folded) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
