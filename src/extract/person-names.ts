import { withoutDecoration } from "../parse/normalize.js";
import { classifyTitle } from "../parse/section-titles.js";
import { isDocumentTitle } from "../parse/document-title.js";
import { GREETING } from "./greeting.js";
import { readPlace } from "./evidence/places.js";
import { isRemoteWork } from "./evidence/work-modes.js";
import { opensWithFamilyName } from "./evidence/family-names.js";
import { isLocation } from "./entry-parts.js";
import { LEGAL_FORM, ROLE_WORDS, SCHOOL_WORDS } from "./vocabulary.js";
import { findDates, withoutDates } from "./dates.js";
import { endsWithSpokenLanguage, isLevelledLanguage } from "./spoken-languages.js";
import pictureWords from "./vocabulary/picture-words.json" with { type: "json" };
import postNominals from "./vocabulary/post-nominals.json" with { type: "json" };
import { withoutAddresses } from "./header-addresses.js";
import { vocabularyWords } from "./word-trie.js";

const PICTURE_WORDS = new Set(pictureWords.words);

export const PARTICLE = /^(?:van|von|de|da|das|do|dos|del|der|den|di|du|le|la|bin|al|y|e)$/;
/** "王芳", "박준호": a few Han or Hangul characters, a common family name first ("个人简历", "前端工程师" are no name). */
export const isFamilyNameFirst = (text: string) => /^[\p{Script=Han}\p{Script=Hangul}]{2,5}$/u.test(text) && opensWithFamilyName(text);
/** "Allen", "Mei-Ling": a given name as a person writes it, capitalised, not in capitals. */
export const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
/** A word of a name: "Jane", "J.", "Jean-Luc", "DOE", and the names a prefix capitalises again: "O'Connor", "McDonald", "O'CONNOR", "Park-DeSouza". */
const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}'’-]+|[\p{Lu}]\p{Ll}{0,2}\.|[\p{Lu}]|[\p{Lu}][\p{Ll}]+-[\p{Lu}](?:\p{Ll}{1,2}\p{Lu})?[\p{Ll}]+|[\p{Lu}]{2,}[\p{Ll}]*|[\p{Lu}](?:['’]|\p{Ll}{1,2})[\p{Lu}][\p{Ll}]+|[\p{Lu}]+(?:[-'’][\p{Lu}]+)+)$/u;
/** The credentials after a name ("Jane Doe, PhD", "JOHN ROE, CPA, PMP"), one or more, each after a comma or a space. */
const POST_NOMINAL = postNominalPattern(vocabularyWords(postNominals));
const NICKNAME = /\s[(（]\p{Lu}[\p{L}'’.-]*[)）](?=\s)/u;
/**
 * "王芳", "山田 さくら", "田中ちか子", "김하늘": a few CJK characters. A particle between two Han characters ("個人での受託",
 * "私の強み") joins the words of a phrase; no name is written so.
 */
export const CJK_NAME = /^(?!.*\p{Script=Han}(?:での|の|で|を|に|は|が|と|へ|から|より)\p{Script=Han})[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}·・ ]{2,6}$/u;
export const SPELT_IN_LATIN = /^([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}·・ ]+?)\s+(\p{Script=Latin}[\p{Script=Latin}\p{M} .'’-]+)$/u;
export const LANG_OF = (s: string) => (/\p{Script=Hangul}/u.test(s) ? "ko" : /[\p{Script=Katakana}\p{Script=Hiragana}]/u.test(s) ? "ja" : "zh");

/**
 * True when a line reads as a person's name: two to four capitalised words,
 * none of which the document also uses in lower case (so "Research Runtime"
 * in a text full of "research" is not a name).
 */
export function looksLikeName(written: string, lowerWords: ReadonlySet<string>): boolean {
  if (isDocumentTitle(written) || isTownAndRegionCode(written)) return false;
  // "Afshin Shafei, Ph.D.", "John Smith Jr.": degrees and suffixes after a name are part of it, but no name words
  // "Chang-Lee" written with U+2011: a hyphen the writer made non-breaking (U+2010, U+2011) to keep the name on one line is a hyphen
  const text = written.replace(POST_NOMINAL, "").replace(/[\u2010\u2011]/g, "-");
  // "MARGARET (PEGGY) ROE", "Robert (Bob) Vale": the one name its owner goes by, in brackets between the others, is
  // no word to weigh; the words around it are
  // "Robert (Bob) Smith", "CHARLES (CHUCK) ROE": the name the owner goes by is a word of the name, its brackets left
  // out; "Resume (English) Version", "Kestrel (Remote) Team", "CV (EN)" say something else in them, and are no name
  const words = text.replace(NICKNAME, (bracket) => (isNickname(bracket.trim().slice(1, -1), text) ? ` ${bracket.trim().slice(1, -1)}` : bracket)).split(/\s+/);
  if (CJK_NAME.test(text)) return true;
  const longest = longestName(words);
  if (words.length < 2 || words.length > longest || text.length > longest * 10 || classifyTitle(text)) return false;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) || PARTICLE.test(words[0]!)) return false;
  // "Typing SVG", "Header Banner": an image's alt text, left where a README's name would be
  if (words.some((w) => PICTURE_WORDS.has(w.toLowerCase()))) return false;
  // "Fluent English" under a sidebar's "Languages", where the header's name is drawn as a picture pdftotext skips
  if (isLevelledLanguage(text)) return false;
  // "Data Warehouse Architect", a front matter title that is the headline: a job title ends in its role word, a name does
  // not, unless the family name is one ("Benjamin A. Cook"): an initial between the words is a name's, no title's
  const middleInitial = words.slice(1, -1).some((w) => /^\p{Lu}\.$/u.test(w));
  if (words.length >= 2 && !middleInitial && ROLE_WORDS.test(words.at(-1)!)) return false;
  // "Universität Bonn", "Acme GmbH": a school or a company, on a line of its own under a headingless list of studies and jobs
  if (SCHOOL_WORDS.test(text) || LEGAL_FORM.test(text)) return false;
  // particles ("da", "van") are ordinary words in their own language: only the capitalised words must be names
  // and abbreviations ("St.", "Jr.") are ordinary words everywhere
  return words.every((w) => isParticle(w) || w.endsWith(".") || !lowerWords.has(w.toLowerCase()));
}

/**
 * "Santa Cruz, RN", "Silver Spring, MD": a town, a comma and a state's code, where the code is also a credential
 * written after a name ("Jana Roe, RN"); alone after one comma it is read as the place, which a sidebar's contact
 * block puts above the name.
 */
function isTownAndRegionCode(text: string): boolean {
  const m = /^[^,]+,\s*(\p{Lu}{2,3})$/u.exec(text.trim());
  const place = m ? readPlace(text) : undefined;
  return place?.city !== undefined && place.region === m![1];
}

/** "Bob" in "Robert (Bob) Vale", "CHUCK" in an all-capitals name: a given name, no language, place or work mode. */
function isNickname(word: string, line: string): boolean {
  const shaped = GIVEN_NAME.test(word) || (/^\p{Lu}{3,}$/u.test(word) && line === line.toUpperCase());
  return shaped && !endsWithSpokenLanguage(word) && !isRemoteWork(word) && !isLocation(word);
}

/** "2019-2025", "Oct 2014 – Present": a line that says nothing but a date. */
export const isDateAlone = (text: string) => findDates(text).length > 0 && !/[\p{L}\d]/u.test(withoutDates(text, " "));

/** "De", "Da", "Van": a particle inside a name is as often capitalised ("Pablo De Jesús González"). */
const isParticle = (word: string) => PARTICLE.test(word.toLowerCase());

/**
 * How many words a name may have (and ten letters a word, on average): four, or six where a particle joins them, as
 * Spanish and Portuguese names join two given names and two surnames ("Pablo Reinaldo De Jesús González Cáceres").
 */
const longestName = (words: readonly string[]) => (words.slice(1).some(isParticle) ? 6 : 4);

/** The name a heading or header line gives, without its icons, greeting or title of address. */
export function personName(text: string): string {
  // "#Jane Doe": a heading written without its space, which Markdown reads as text
  return withoutHonorific(withoutOrnament(withoutDecoration(text)).replace(/^#+(?=\p{Lu})/u, "").replace(GREETING, "").replace(/(?<!\b\p{Lu}\p{Ll}{0,2}\.?)[!.]+$/u, "").trim());
}

/** "— Jane Doe —", "~ Jane Doe ~": the same dashes or tildes on both sides of a title set it off, as a rule would. */
const withoutOrnament = (text: string) => text.replace(/^\s*([-–—~=]{1,3})\s+(\S.*?)\s+\1\s*$/u, "$2");

/** The person's name in a labelled value: "髙橋孝幸 (たかはし たかゆき)", "早坂 彪流 / HAYASAKA Takeru" → the name as first written, its reading and transliteration dropped. */
export function ownName(value: string): string {
  return personName(value.replace(/\s*\([^)]*\)\s*$/u, "").split(/\s+[/|—–-]\s+/)[0]!);
}

/** "Dr. Katarina Novak", "Prof. Dr. rer. nat. Johanna Becker" → the name: a title of address is not part of it. */
export function withoutHonorific(text: string): string {
  return text.replace(/^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|PD|Dipl\.-[\p{L}]+|Ing)\.?(?:\s?(?:rer\.\s?nat|phil|med|ing|jur|oec|habil|h\.\s?c)\.)*\s+)+(?=\p{Lu})/u, "");
}

const LOWER_WORD = /(?<![\p{L}])[\p{Ll}][\p{Ll}'’-]*/gu;

/** Every word the text uses in lower case, to tell names from ordinary words. */
export function lowerCaseWords(text: string): Set<string> {
  const lines = text.split("\n");
  // "mara quell", "ana b. lima—cv—2 of 5": a name set in small caps comes out of a PDF in lower case, on a short line
  // with no capital at all; its words are still names where the CV writes them capitalised elsewhere. A longer line
  // without capitals is wrapped prose, whose words count
  const smallCaps = (l: string) => !/\p{Lu}/u.test(l) && l.trim().split(/\s+/).length <= 5;
  const words = new Set(withoutAddresses(lines.filter((l) => !smallCaps(l)).join("\n")).match(LOWER_WORD) ?? []);
  const uncased = withoutAddresses(lines.filter(smallCaps).join("\n")).match(LOWER_WORD) ?? [];
  const capitalised = new Set((text.match(/(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
  for (const w of uncased) if (!capitalised.has(w)) words.add(w);
  return words;
}

/**
 * A pattern for a run of the credentials at a line's end, its spaces loose and a closing dot optional, as listed or
 * in capitals ("JANE DOE, PHD"): a credential's case is kept otherwise, as "Pe" or "Md" may be a name's own word.
 */
function postNominalPattern(written: readonly string[]): RegExp {
  const forms = [...new Set(written.flatMap((w) => [w, w.toUpperCase()]))].sort((a, b) => b.length - a.length);
  const source = forms.map((w) => `${w.replace(/\.$/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s?")}\\.?`);
  return new RegExp(`(?:,?\\s+(?:${source.join("|")})(?![\\p{L}\\d]))+$`, "u");
}
