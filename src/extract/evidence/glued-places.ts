import { FILLERS, JOINERS } from "../../parse/title-vocabulary.js";
import { foldTitle } from "../../parse/title-text.js";
import data from "../vocabulary/places.json" with { type: "json" };
import { SCHOOL_WORDS } from "../vocabulary.js";
import { countryCode } from "./countries.js";
import { isKnownTown, isWholePlace, readPlace, regionOf } from "./places.js";

/**
 * "Kasa Seoul, S.Korea", "Google Mountain View, CA": a name and the place after it with no separator between, as a
 * PDF's text joins a header's columns; the town is the longest run of last words the gazetteer knows.
 */
export function splitGluedPlace(text: string): [name: string, place: string] | undefined {
  const m = /^(.*\S)\s*,\s*([^,]+)$/.exec(text.trim());
  // "New York, NY", "Salt Lake City, UT": a town the gazetteer knows whole is one place
  if (!m || !(countryCode(m[2]!) || regionOf(m[2]!, undefined)) || isKnownTown(m[1]!)) return undefined;
  // "Toronto, Ontario, Canada": a known town leading the whole is a place of several parts
  if (readPlace(text)?.townCountryCode) return undefined;
  const words = m[1]!.split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const [name, town] = [words.slice(0, -k).join(" "), words.slice(-k).join(" ")];
    const place = `${town}, ${m[2]}`;
    // "PlotX, New Delhi, India": a town of several words set apart by its own comma is glued to nothing; no shorter
    // town at its end ("Delhi") is cut from it
    if (/,$/.test(name) && isKnownTown(town) && isWholePlace(place)) return undefined;
    // "Beijing, BJ / San Diego, CA": a name does not end in a separator, nor in a word that links it to what follows
    // ("University of Oslo, Oslo" is a school and its town, "University of Edinburgh, UK" one named after its town)
    // "IIT Kanpur, India", "TU Berlin, Germany": a school known by its short form names its campus after it
    if (isKnownTown(town) && isWholePlace(place) && !/[,;/|·–—-]$/.test(name) && !endsLinked(name) && !namesCampusAfter(name) && !SCHOOL_BEFORE_TOWN.has(foldTitle(words.at(-k - 1)!))) return [name, place];
  }
  return undefined;
}

/** "Universität", "Hochschule": a school's word that its town follows as part of its name ("Universität Heidelberg, Germany"). */
const SCHOOL_BEFORE_TOWN = new Set(data.schoolBeforeTown.words.map(foldTitle));

/** "IIT", "M.Sc., TU": a name whose last phrase is a school's short form, which the town after it completes. */
function namesCampusAfter(name: string): boolean {
  const last = name.split(/,\s+/).at(-1)!;
  return /^\p{Lu}{2,5}$/u.test(last) && SCHOOL_WORDS.test(last);
}

/** "University of", "Banco de": a name cut before the word its last one links it to. */
function endsLinked(name: string): boolean {
  const last = foldTitle(name.split(/\s+/).at(-1)!);
  return FILLERS.has(last) || JOINERS.has(last);
}
