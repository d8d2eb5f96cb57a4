import type { SourceLine } from "../parse/source-line.js";
import { readContact } from "./contacts.js";
import { readLineContacts } from "./line-contacts.js";
import { hasStreet } from "./evidence/places.js";
import { countryCode } from "./evidence/countries.js";
import { allMatches } from "./all-matches.js";

// any dotted token ("jane.doe.co.za", "jdoe.github.io"): a list of top-level domains always misses one; and a
// handle written without its network's address ("Skype: artem_garry", "Discord: ivan#1234"), which joins its words as
// no prose does
const ADDRESSES = /@|:\/\/|www\.|[\p{L}\d]\.[a-z]{2,}\b|[\p{L}\d]_[\p{L}\d]|\p{L}#\d/giu;

/**
 * Addresses and handles spell names in lower case ("jane.doe@…", "github.com/jdoe", "jane_doe"); they say nothing about words. Each
 * token that holds one (its run of non-space characters) becomes one space: found from the addresses, which
 * are few, rather than by testing every token of the CV, which cost twice the matching of words itself.
 */
export function withoutAddresses(text: string): string {
  let prose = "";
  let from = 0;
  for (const address of allMatches(ADDRESSES, text)) {
    // a token with two addresses ("jdoe@github.io") is blanked at the first
    if (address.index < from) continue;
    let start = address.index;
    while (start > from && !/\s/.test(text[start - 1]!)) start--;
    let end = address.index + address[0].length;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    prose += `${text.slice(from, start)} `;
    from = end;
  }
  return prose + text.slice(from);
}

/** The header's town lines, each with the line above it when that line holds only a street: a postal address over two lines. */
export function streetsOverTowns(lines: readonly SourceLine[]): Map<SourceLine, SourceLine> {
  const pairs = new Map<SourceLine, SourceLine>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!next || l.kind !== "text" || next.kind !== "text" || !hasStreet(l.text) || readContact(l.text)) return;
    const town = readLineContacts(next);
    if (town.length === 1 && town[0]?.field === "location") pairs.set(next, l);
  });
  return pairs;
}

/**
 * "12 Rue des Lilas" / "75011 Paris" / "France": the country written alone on the line under an address's town, in its
 * paragraph, as European CVs set an address over three lines, is that address's.
 */
export function countriesUnderAddresses(lines: readonly SourceLine[], streetOver: ReadonlyMap<SourceLine, SourceLine>): Map<SourceLine, SourceLine> {
  const countries = new Map<SourceLine, SourceLine>();
  for (const town of streetOver.keys()) {
    const next = lines[lines.indexOf(town) + 1];
    if (next?.kind === "text" && !next.gap && countryCode(next.text.trim()) !== undefined) countries.set(town, next);
  }
  return countries;
}
