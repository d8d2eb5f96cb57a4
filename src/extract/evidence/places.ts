import data from "../vocabulary/places.json" with { type: "json" };
import { isLegalFormAlone, ORG_WORDS, ROLE_WORDS, SCHOOL_WORDS } from "../vocabulary.js";
import { findTown, type Town } from "./cities.js";
import { countryCode } from "./countries.js";
import { isRegionCode, isRegionName, localRegionCountries } from "./regions.js";
import { trieSource } from "../word-trie.js";
import { memoByText } from "./text-memo.js";
import { isHanRegion, readEastAsian } from "./east-asian-places.js";
import { BUSINESS_REGIONS, isRemoteWork, WORK_MODE_REMARKS } from "./work-modes.js";

/** A place read from a phrase, with how sure the reading is (0 = not a place, 1 = surely one). */
export interface Place {
  city?: string;
  region?: string;
  countryCode?: string;
  /**
   * The country of the town the gazetteer knows by the city's name ("ES" for
   * "Madrid"), when the region agrees: evidence for readers, kept apart from
   * countryCode so that a résumé shows only the country its text names.
   */
  townCountryCode?: string;
  score: number;
}

/**
 * "EMEA (Remote)", "Malaysia (Remote) & Bahrain": a phrase remarked on in brackets as where the work was done
 * (remotely, on site) whose every part, the remark left out, is a place or a region a company divides the world into.
 */
export function isRemarkedPlace(text: string): boolean {
  const bare = text.replace(WORK_MODE_REMARKS, " ").trim();
  if (bare === text.trim() || !bare) return false;
  return bare.split(/\s*(?:[&/,]|\sand\s)\s*/u).every((part) => BUSINESS_REGIONS.has(part.toLowerCase()) || isWholePlace(part));
}

/** "San Francisco Bay Area", "Greater Boston Area", "Seattle Metropolitan Area": LinkedIn's names for a city and its surroundings. */
const AREA = /^(?:greater\s+)?(\p{Lu}[\p{L}.' -]*?)\s+(?:bay\s+|metropolitan\s+|metro\s+)?area$/iu;
/** One word of a place name: capitalised, or a lower-case particle ("Rio de Janeiro", "Barra do Piraí", "Den Haag"). */
const PLACE_WORD = /^(?:[\p{Lu}\d][\p{L}.'’-]*|de|do|da|dos|das|del|di|la|le|les|am|an|der|im|upon|on|sur|en|y)$/u;
const REGION_WORDS = new Set(Object.values(data.regionWords).flat());
/** Scripts with no capitals, whose town names isPlaceName cannot tell: the gazetteer must know them ("東京", "서울"). */
const CASELESS = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
/**
 * A postcode after the place, alone or set after a dash: a US ZIP code, India's six-digit PIN ("Bengaluru,
 * Karnataka - 560001"), a Canadian ("Toronto, ON M5S 1A7") or a British one ("London SW1A 1AA"); the seven digits
 * Israel and Chile use stand there too ("Haifa, 3200003 Israel"), before the country.
 */
const POSTCODE_AFTER = /(?:^|\s+(?:[-–]\s*)?)(?:\d{5}(?:-\d{4})?|\d{6}|\d{7}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$/;
/**
 * A European or Asian postcode before the city ("10115 Berlin", "4690 Schwanenstadt", "33013 Oviedo"), as the Dutch
 * ("1015 CJ Amsterdam"), Swedes ("114 55 Stockholm"), Poles ("00-950 Warszawa") and Portuguese ("1000-001 Lisboa") write theirs,
 * and Chile's and Israel's seven digits ("8320000 Santiago").
 */
const POSTCODE_FIRST = /^(?:[A-Z]{1,2}-)?(?:\d{4}\s?[A-Z]{2}|\d{4,5}|\d{7}|\d{3}\s\d{2}|\d{2}-\d{3}|\d{4}-\d{3})\s+(?=\p{Lu})/u;
const POSTCODE_LAST = /(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}\s*$/u;
const anyOf = (byLanguage: Record<string, string[]>) => trieSource([...new Set(Object.values(byLanguage).flat())]);
const HOUSE_NUMBER = String.raw`\d{1,4}[a-z]?(?:[/-]\d{1,4})?`;
/** "Mühlfeldstraße 16", "221B Baker Street", "Calle Mayor 5", "ul. Długa 5": a street and its house number. */
const STREET = new RegExp(
  String.raw`(?:^|[\s,])(?:\p{L}*(?:${anyOf(data.streets.suffixes)})|(?:${anyOf(data.streets.words)}))(?=[\s,]|$)(?:\s+\p{L}[\p{L}.'-]*){0,4},?\s+${HOUSE_NUMBER}\b|\b${HOUSE_NUMBER},?\s+(?:(?:\p{L}|\d+(?:st|nd|rd|th)\b)[\p{L}.'-]*\s+){0,4}(?:${anyOf(data.streets.words)}|\p{L}*(?:${anyOf(data.streets.suffixes)}))(?=[\s,]|$)`,
  "iu",
);

/**
 * Reads a place ("Bangalore, India", "Itaperuna, RJ, Brasil", "Lincoln, NE
 * 68521", "Oviedo ASTURIAS", "埼玉県吉川市") into city, region and country, as
 * written, with how sure the reading is: a named country, a known state code
 * or name, a postcode and a town of the gazetteer each count as evidence.
 * A street address before the place is passed over. Undefined when the
 * phrase is not a place. Kept by text: the rules ask about the same phrase
 * again and again (over the corpus, 4,318 readings of 1,928 texts).
 */
export const readPlace: (text: string) => Readonly<Place> | undefined = memoByText((text: string) => readPlaceAfresh(text));

function readPlaceAfresh(text: string): Place | undefined {
  // "[Dourados/MS/Brasil]": a place boxed in brackets of its own
  const phrase = text.trim().replace(/^\[([^\][]+)\]$/u, "$1").replace(/^[^\p{L}\p{N}]+|[.;:,]+$/gu, "").trim();
  if (!phrase || phrase.length > 120) return undefined;
  if (isRemoteWork(phrase)) return { score: 0.8 };
  // "居住地｜千葉県", "所在地：广东省": where a CV names only the prefecture or province the person lives in (a gazetteer
  // that knows "東京都" as Tokyo's town would make it the city)
  if (isHanRegion(phrase)) return { region: phrase, score: 0.8 };
  return readTownPair(phrase) ?? readEastAsian(phrase) ?? readArea(phrase) ?? readParts(phrase);
}

/**
 * "Essen/Berlin", "Köln / Bonn": two towns the gazetteer knows joined by a slash, as German CVs name a job done in
 * both (a station's offices); kept as written, one place. Not "Dourados/MS", a town and its state, read by readParts.
 */
function readTownPair(phrase: string): Place | undefined {
  const m = /^(\p{Lu}[^/,()]*?)\s*\/\s*(\p{Lu}[^/,()]*)$/u.exec(phrase);
  const first = m && knownTown(m[1]!);
  return first && knownTown(m[2]!) ? { city: phrase, townCountryCode: first.countryCode, score: 0.8 } : undefined;
}

/** True when the phrase holds a street and its house number ("Mühlfeldstraße 16", "221B Baker Street"). */
export function hasStreet(text: string): boolean {
  // a house number is a digit, and most phrases have none: the long pattern is not run on them
  return /\d/.test(text) && STREET.test(text);
}

/** How surely a phrase names a place: 0 when it does not, 1 when it surely does. */
export function placeScore(text: string): number {
  return readPlace(text)?.score ?? 0;
}

function readArea(phrase: string): Place | undefined {
  const city = AREA.exec(phrase)?.[1];
  return city && isPlaceName(city) ? { city, score: 0.8 } : undefined;
}

/** "City, Region, Country" and its shorter forms, read from the end. */
function readParts(phrase: string): Place | undefined {
  // "Palhoça/SC", "São Paulo - SP": Brazilian CVs join city and state with a slash or a dash
  // "Dourados/MS/Brasil", "Campinas, SP - Brasil": and the country after the state's code with either
  const parts = phrase.split(/\s*,\s*|\/(?=[A-Z]{2}(?:$|\/|\s+[-–]\s+))|\s+[-–]\s+(?=[A-Z]{2}(?:$|\/|,))|(?<=\b[A-Z]{2})(?:\/|\s+[-–]\s+)(?=\p{Lu}\p{Ll}+$)/u).filter(Boolean);
  if (parts.length > 6) return undefined;
  const place: Place = { score: 0 };
  let evidence = 0;
  // "Somerville MA USA": a town, its state's code and the country with no comma between them
  const spaced = parts.length === 1 ? /^(.+\s\p{Lu}{2})\s+(\p{Lu}{2,3})$/u.exec(parts[0]!) : null;
  if (spaced && countryCode(spaced[2]!)) parts.splice(0, 1, spaced[1]!, spaced[2]!);
  // "East Lansing, MI 48824 USA", "…, MI 48824 U.S.A.": the country after the postcode with no comma before it
  const afterPostcode = /^(.*\d)\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)$/u.exec(parts[parts.length - 1] ?? "");
  if (afterPostcode && POSTCODE_AFTER.test(afterPostcode[1]!) && countryCode(afterPostcode[2]!)) parts.splice(-1, 1, afterPostcode[1]!, afterPostcode[2]!);
  // "Россия, Москва", "Polska, Kraków": Russian and Polish CVs often name the country first
  if (parts.length === 2 && countryCode(parts[0]!) && !countryCode(parts[1]!)) parts.push(parts.shift()!);
  const country = countryCode(parts[parts.length - 1]!);
  if (country) {
    place.countryCode = country;
    parts.pop();
    evidence += 0.9;
  }
  let last = parts.pop();
  // "Bristol BS8 1RJ": a town the postcode follows is the town, whatever region shares its name
  // (not "Karnataka - 560001", "TX 78701", where it follows the state)
  let postcoded = false;
  // "Lake Worth, Fl 33460": a ZIP code says the two letters before it are a US state's code, however they are cased
  const zipped = last !== undefined && /^\p{Lu}\p{Ll}\s+\d{5}(?:-\d{4})?$/u.test(last) && isRegionCode(last.slice(0, 2).toUpperCase(), "US");
  if (last !== undefined && POSTCODE_AFTER.test(last)) {
    // "Bengaluru, Karnataka, 560001": a postcode of its own after the place's last comma
    postcoded = knownTown(last.replace(POSTCODE_AFTER, "")) !== undefined;
    last = last.replace(POSTCODE_AFTER, "") || parts.pop();
    evidence += 0.3;
  }
  // ("4120 Birch Ave NW": a house number and a street's word, not a postcode and a town)
  const postcodeFirst = last !== undefined && POSTCODE_FIRST.test(last) && !hasStreet(last);
  if (postcodeFirst) {
    last = last!.replace(POSTCODE_FIRST, "");
    evidence += 0.3;
  }
  // "Borgo Virgilio (MN)", "Getafe (Madrid)": the province after the city in brackets, as Italian and Spanish CVs write it
  // (only as the whole place: "Aguas del Tajo S.A., Toledo (Spain)" is an employer and its town, read elsewhere)
  const bracketed = last === undefined || parts.length ? undefined : /^(.+?)\s*\(([^()]+)\)$/u.exec(last);
  const bracketedCountry = bracketed && !place.countryCode && isPlaceName(bracketed[1]!) ? countryCode(bracketed[2]!) : undefined;
  if (bracketedCountry) {
    // "Paris (France)"
    place.countryCode = bracketedCountry;
    last = bracketed![1]!;
    evidence += 0.9;
  } else if (bracketed && isPlaceName(bracketed[1]!) && (/^\p{Lu}{2}$/u.test(bracketed[2]!) || regionOf(bracketed[2]!, place.countryCode))) {
    place.region = bracketed[2]!;
    last = bracketed[1]!;
    evidence += 0.3;
  }
  // "San Francisco CA", "Oviedo ASTURIAS": the state after the city with no comma between
  const joined = last === undefined ? undefined : /^(.+?)\s+(\p{Lu}{2,}(?:\s+\p{Lu}{2,})*)$/u.exec(last);
  // "Zalando SE", "Acme SA": a company form is no state code after a name no gazetteer knows ("Adelaide SA" is one)
  const open = !place.region;
  // "9500 Wil SG", "Zug ZG": a canton's code after the town, as Swiss CVs write it, where the country named, a postcode
  // before the town or the gazetteer's town says the code is that country's (the town alone does not, before a code
  // that is also a company's form: "Winterthur AG" is a company)
  const countries = joined ? localRegionCountries(joined[2]!) : [];
  const byTown = () => !isLegalFormAlone(joined![2]!) && countries.includes(knownTown(joined![1]!)?.countryCode ?? "");
  const localCode = countries.length > 0 && (place.countryCode ? countries.includes(place.countryCode) : postcodeFirst ? isPlaceName(joined![1]!) : byTown());
  if (open && zipped && last !== undefined) {
    place.region = last;
    last = parts.pop();
    evidence += 0.8;
  } else if (open && joined && ((regionOf(joined[2]!, place.countryCode) && !(isLegalFormAlone(joined[2]!) && !knownTown(joined[1]!))) || localCode)) {
    place.region = joined[2]!;
    last = joined[1]!;
    evidence += 0.8;
  } else if (open && last !== undefined && !postcoded && regionOf(last, place.countryCode) && ((parts.length && (!hasStreet(parts[parts.length - 1]!) || townAfterStreet(parts[parts.length - 1]!)) && /\p{L}/u.test(parts[parts.length - 1]!)) || /^\p{Lu}{2,3}$/u.test(last) || (place.countryCode && isDivisionName(last)))) {
    place.region = last;
    last = parts.pop();
    evidence += 0.8;
    // "1200 Elm Street Springfield, Illinois 62704": a US address puts no comma between street and town
    const split = last === undefined ? undefined : townAfterStreet(last);
    if (split) {
      parts.push(split[0]);
      last = split[1];
    }
  } else if (open && last !== undefined && isHanRegion(last)) {
    // "广东省, 中国", "神奈川県": a province or prefecture named alone
    place.region = last;
    last = parts.pop();
    evidence += 0.8;
  } else if (open && last !== undefined && !postcoded && place.countryCode && parts.length && isPlaceName(last) && isPlaceName(parts[parts.length - 1]!)) {
    // "Rome, Latium, Italy": three names ending in a country are city, region, country
    place.region = last;
    last = parts.pop();
  }
  // "865 - Itaperuna", "K-107 Albuquerque", "5ºH 33013 Oviedo", "2130 Jones St. San Francisco": a street, a number or a postcode before the city
  const written = last?.replace(/^.*(?:\s[-–]\s|\d\S*\s+|\b(?:St|Ave|Rd|Dr|Blvd|Str)\.\s+)(?=\p{Lu})/u, "");
  // "Веб-программист, Казахстан.": a job title before the country says what the person is there, it names no town
  const city = written !== undefined && place.countryCode && !parts.length && ROLE_WORDS.test(written) && !knownTown(written) ? undefined : written;
  // "Mühlfeldstraße 16 – 4690 Schwanenstadt": a street and a postcode before a town say it is one, known or not
  const before = [...parts, last?.slice(0, last.length - (city?.length ?? 0)) ?? ""].join(", ");
  if (city !== undefined && hasStreet(before)) evidence += 0.5 + (evidence < 0.3 && POSTCODE_LAST.test(before.replace(/[\s,–—-]+$/u, "")) ? 0.3 : 0);
  if (city !== undefined && (isPlaceName(city) || (CASELESS.test(city) && knownTown(city)))) {
    place.city = city;
    // "College Station, TX": a state's code after a town named with a school's or an organisation's words says it is the town
    const town = knownTown(city) ?? (place.region !== undefined && isStateCode(place.region) ? namedTown(city) : undefined);
    if (town) {
      // "Madrid" alone is a place; "Seattle, WA" and "Porto, Portugal" are surely ones
      evidence = Math.max(evidence + 0.3, 0.8);
      if (!place.region || regionOf(place.region, town.countryCode)) place.townCountryCode = town.countryCode;
    } else if (place.region && !place.countryCode && !/^\p{Lu}{2,3}$/u.test(place.region) && knownTown(place.region)) {
      // "Farfetch, Porto", "CERN, Geneva": an unknown name before a town that also names its region is an organisation in that town
      evidence = Math.min(evidence, 0.4);
    }
    // "Springfield, Lakeview": two names and nothing known of either is only the shape of a place
    if (!evidence && parts.length) evidence = 0.2;
  } else if (city !== undefined || !place.countryCode) return undefined;
  place.score = Math.min(1, evidence);
  return place.score > 0 ? place : undefined;
}

/**
 * "1200 Elm Street Springfield": a street and house number, then a town the gazetteer knows with no comma between, as
 * US addresses are written on one line ("…Springfield, Illinois 62704"); the town is the last words it knows.
 */
function townAfterStreet(text: string): [street: string, town: string] | undefined {
  if (!hasStreet(text)) return undefined;
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const [street, town] = [words.slice(0, -k).join(" "), words.slice(-k).join(" ")];
    if (hasStreet(street) && isPlaceName(town) && knownTown(town)) return [street.replace(/,$/u, ""), town];
  }
  return undefined;
}

const isStateCode = (text: string) => /^\p{Lu}{2,3}$/u.test(text) && isRegionCode(text);

/** A town of the gazetteer whose name is no everyday word, whatever else its words are ("College Station", "Cambridge"). */
function namedTown(name: string): Town | undefined {
  const town = findTown(name);
  return town && !town.everyday ? town : undefined;
}

/**
 * "College Station, TX", "State College, PA", "Cambridge, MA": a town the gazetteer knows, then a state's code. Its
 * name may hold a school's or an organisation's words, and the code spell a degree's initials ("MA", "MS"); together
 * they name the town. (The gazetteer keeps one country for a name, so the code is not checked against it.)
 */
export function isTownWithStateCode(text: string): boolean {
  const m = /^([^,]+),\s*(\p{Lu}{2,3})\.?$/u.exec(text.trim());
  return m !== null && isStateCode(m[2]!) && namedTown(m[1]!.trim()) !== undefined;
}

/** "Distrito Federal", "Moscow Oblast": a name that says it is a division (a lone name before a country is otherwise the city). */
function isDivisionName(text: string): boolean {
  return text.toLowerCase().split(/\s+/).some((w) => REGION_WORDS.has(w));
}

/** "CA", "Bavaria", "Île-de-France": a state's code or a region's name, of the given country when one is known. */
export function regionOf(text: string, country: string | undefined): boolean {
  return /^\p{Lu}{2,3}$/u.test(text) ? isRegionCode(text, country) : isRegionName(text, country);
}

/** True when the gazetteer knows a town of that name, and it is no everyday word ("Reading" aside). */
export const isKnownTown = (name: string): boolean => knownTown(name) !== undefined;

/**
 * A town of the gazetteer whose name alone says it is one: "Nice", "Reading"
 * or "Mobile" are everyday words, a town named like a role or an
 * organisation word is more often that word, and a short name a person's.
 */
function knownTown(name: string): Town | undefined {
  const town = findTown(name);
  // "Roy", "Ulm": a name of three letters is as often a person's or an abbreviation
  const short = /^\p{L}{1,3}$/u.test(name) && !CASELESS.test(name);
  return town && !town.everyday && !short && !ROLE_WORDS.test(name) && !ORG_WORDS.test(name) ? town : undefined;
}

/** Up to three capitalised words and some particles: what a town or a state is called. */
function isPlaceName(text: string): boolean {
  const words = text.split(/\s+/);
  // "Rio de Janeiro", "Salt Lake City": more than three names is an organisation's ("Konya Teknik Üniversitesi Konya")
  return words.length <= 5 && words.filter((w) => /^\p{Lu}/u.test(w)).length <= 3 && PLACE_WORD.test(words[0]!) && /^\p{Lu}/u.test(words[0]!) && words.every((w) => PLACE_WORD.test(w)) && !/\d/.test(text);
}

/** True when the whole text is a place ("Bothell WA", "Rome, Latium, Italy"), not a name followed by one ("Acme Data, Bothell WA"). */
export function isWholePlace(text: string): boolean {
  const place = readPlace(text);
  if (!place || place.score < 0.8) return false;
  // "CERN, Geneva, Switzerland": an acronym the gazetteer does not know is an organisation's, not a town's
  if (place.city && /^\p{Lu}{3,}$/u.test(place.city) && !knownTown(place.city)) return false;
  // "Universidad Complutense, España": nor is a school's name before its country; "University Park, PA" is a town
  if (place.city && SCHOOL_WORDS.test(place.city) && !knownTown(place.city) && countryCode(text.split(",").at(-1)!)) return false;
  const t = text.trim().toLowerCase();
  // "Farfetch, Porto": a region's name after an unknown word may be a company in a city; a country, a region code or a known town says more
  const named = place.countryCode !== undefined || place.townCountryCode !== undefined || /^[\p{Lu}]{2,3}$/u.test(place.region ?? "");
  return place.city ? named && t.startsWith(place.city.toLowerCase()) : t.split(/\s+/).length <= 3;
}
