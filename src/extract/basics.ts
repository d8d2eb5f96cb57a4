import { withoutDecoration } from "../parse/normalize.js";
import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle, isWholeTitle } from "../parse/section-titles.js";
import { isDocumentTitle, nameInDocumentTitle } from "../parse/document-title.js";
import type { Basics } from "../resume/schema.js";
import { addContact, fieldOfLabel, isPersonalDetail, readContact, splitLabel, type Contact } from "./contacts.js";
import { linePhrases, readLineContacts } from "./line-contacts.js";
import { GREETING, greetedName, isHelloAlone } from "./greeting.js";
import { hasStreet, isRemoteWork } from "./evidence/places.js";
import { countryCode } from "./evidence/countries.js";
import { opensWithFamilyName } from "./evidence/family-names.js";
import { isLocation } from "./entry-parts.js";
import { isDegreeName } from "./degrees.js";
import { LEGAL_FORM, namesSchoolOrCompany, ROLE_COMPOUND, ROLE_WORDS, SCHOOL_WORDS } from "./vocabulary.js";
import { allMatches } from "./all-matches.js";
import { findDates, withoutDates } from "./dates.js";
import pictureWords from "./vocabulary/picture-words.json" with { type: "json" };
import { endsWithSpokenLanguage, isLevelledLanguage } from "./spoken-languages.js";

const PICTURE_WORDS = new Set(pictureWords.words);

/** What the header of a CV gave: basics fields, and which lines were used up. */
export interface HeaderRead {
  basics: Basics;
  used: Set<SourceLine>;
  /** Where the name came from, for origins. */
  nameLine?: SourceLine;
}

const PARTICLE = /^(?:van|von|de|da|das|do|dos|del|der|den|di|du|le|la|bin|al|y|e)$/;
/** "王芳", "박준호": a few Han or Hangul characters, a common family name first ("个人简历", "前端工程师" are no name). */
const isFamilyNameFirst = (text: string) => /^[\p{Script=Han}\p{Script=Hangul}]{2,5}$/u.test(text) && opensWithFamilyName(text);
/** "Allen", "Mei-Ling": a given name as a person writes it, capitalised, not in capitals. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
/** A word of a name: "Jane", "J.", "Jean-Luc", "DOE", and the names a prefix capitalises again: "O'Connor", "McDonald", "O'CONNOR", "Park-DeSouza". */
const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}'’-]+|[\p{Lu}]\p{Ll}{0,2}\.|[\p{Lu}]|[\p{Lu}][\p{Ll}]+-[\p{Lu}](?:\p{Ll}{1,2}\p{Lu})?[\p{Ll}]+|[\p{Lu}]{2,}[\p{Ll}]*|[\p{Lu}](?:['’]|\p{Ll}{1,2})[\p{Lu}][\p{Ll}]+|[\p{Lu}]+(?:[-'’][\p{Lu}]+)+)$/u;
const POST_NOMINAL = /,?\s+(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|M\.?Sc\.?|B\.?Sc\.?|P\.?E\.?|Jr\.?|Sr\.?|II|III)$/u;
const NICKNAME = /\s[(（]\p{Lu}[\p{L}'’.-]*[)）](?=\s)/u;
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}·・ ]{2,6}$/u;
const SPELT_IN_LATIN = /^([\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}·・ ]+?)\s+(\p{Script=Latin}[\p{Script=Latin}\p{M} .'’-]+)$/u;
const LANG_OF = (s: string) => (/\p{Script=Hangul}/u.test(s) ? "ko" : /[\p{Script=Katakana}\p{Script=Hiragana}]/u.test(s) ? "ja" : "zh");

/**
 * True when a line reads as a person's name: two to four capitalised words,
 * none of which the document also uses in lower case (so "Research Runtime"
 * in a text full of "research" is not a name).
 */
export function looksLikeName(written: string, lowerWords: ReadonlySet<string>): boolean {
  if (isDocumentTitle(written)) return false;
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
  // "Data Warehouse Architect", a front matter title that is the headline: a job title ends in its role word, a name does not
  if (words.length >= 2 && ROLE_WORDS.test(words.at(-1)!)) return false;
  // "Universität Bonn", "Acme GmbH": a school or a company, on a line of its own under a headingless list of studies and jobs
  if (SCHOOL_WORDS.test(text) || LEGAL_FORM.test(text)) return false;
  // particles ("da", "van") are ordinary words in their own language: only the capitalised words must be names
  // and abbreviations ("St.", "Jr.") are ordinary words everywhere
  return words.every((w) => isParticle(w) || w.endsWith(".") || !lowerWords.has(w.toLowerCase()));
}

/** "Bob" in "Robert (Bob) Vale", "CHUCK" in an all-capitals name: a given name, no language, place or work mode. */
function isNickname(word: string, line: string): boolean {
  const shaped = GIVEN_NAME.test(word) || (/^\p{Lu}{3,}$/u.test(word) && line === line.toUpperCase());
  return shaped && !endsWithSpokenLanguage(word) && !isRemoteWork(word) && !isLocation(word);
}

/** "2019-2025", "Oct 2014 – Present": a line that says nothing but a date. */
const isDateAlone = (text: string) => findDates(text).length > 0 && !/[\p{L}\d]/u.test(withoutDates(text, " "));

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

/** The first of `lines` that greets the reader with its author's name ("Hi, I'm Sam."), and that name. */
export function greetingIn(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): { name: string; line: SourceLine } | undefined {
  for (const line of lines) {
    // "### 👋 안녕하세요! 백엔드 개발자 박준호입니다.": a smaller heading under the page's banner greets as a line does
    const name = line.kind === "text" || line.kind === "subheading" ? greetedName(withoutDecoration(line.text)) : undefined;
    if (isGreetedName(name, lowerWords)) return { name: name!, line };
  }
  return undefined;
}

/**
 * The person's name in a heading or a front matter title that may say more:
 * "Jane Doe", "Jane Doe – Lebenslauf", "Jane Doe's CV", "Jane Doe — Data
 * Engineer", "Hi 👋, I'm Sofia!". Undefined when no part of it reads as a name (a headline, a
 * section title, a document title alone).
 */
export function headingName(text: string, lowerWords: ReadonlySet<string>): string | undefined {
  const whole = personName(text);
  const possessive = /^(.+?)['’]s\s+(?:cv|resume|résumé|curriculum vitae)$/iu.exec(whole)?.[1];
  if (possessive) return looksLikeName(possessive, lowerWords) ? possessive : undefined;
  // "職務経歴書": a CJK document title is as short as a CJK name
  if (isDocumentTitle(whole)) return undefined;
  const isName = (t: string) => looksLikeName(withoutHonorific(t.trim()), lowerWords) || CJK_NAME.test(t.trim());
  if (isName(whole)) return whole;
  // "임주원 (Juwon Lim)", "山田 太郎（Taro Yamada）", "林芳義 Fang-Yi Lin": a name with its other script's spelling after it, in
  // brackets or not
  const spelt = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(whole) ?? SPELT_IN_LATIN.exec(whole);
  // "周明远 Kevin", "王小明 (Tony)": or with the one Latin given name its owner goes by, written as a given name ("自己 PR",
  // self-promotion, is a section's title)
  const goesBy = (t: string) => GIVEN_NAME.test(t) && !PARTICLE.test(t) && !lowerWords.has(t.toLowerCase()) && !classifyTitle(t);
  if (spelt && isName(spelt[1]!) && (isName(spelt[2]!) || (isFamilyNameFirst(spelt[1]!.trim()) && goesBy(spelt[2]!.trim())))) return whole;
  // "## Hey 👋, I'm Sofia!": a greeting names its author, however short the name
  const greeted = greetedName(withoutDecoration(text));
  if (isGreetedName(greeted, lowerWords)) return greeted;
  const [first, ...others] = whole.split(/\s+[-–—|:·•]\s+/);
  if (!others.length) return nameBeforeParticulars(whole, lowerWords);
  const name = personName(first!);
  return isName(name) ? name : undefined;
}

/**
 * "Anna Roe, Senior Software Engineer", "Jussi Roe, born 31 May 1980, Finland", "Lee J. Roe (646) 555-0143": a name, then
 * after a comma what the person is or their particulars (a birth date, a country), or their phone after a space alone:
 * the name is what comes before them. A place alone after its comma ("Ann Arbor, MI") is a town's, not a name's.
 */
function nameBeforeParticulars(text: string, lowerWords: ReadonlySet<string>): string | undefined {
  const whole = personName(text);
  // ("Pius Roe\tÆ +41 79 123 45 67": moderncv's icon letter before the phone, a column's tab before it, are neither's)
  const phoned = /^([^\t]+?)\s+(?:[^\d\s+(]\s+)?(\+?[\d(][\d\s().\/-]{6,}\d)$/u.exec(whole);
  if (phoned && readContact(phoned[2]!)?.field === "phone") return looksLikeName(withoutHonorific(phoned[1]!), lowerWords) ? phoned[1] : undefined;
  const [first, ...rest] = whole.split(/,\s+/);
  // ("안녕하세요, 백엔드 개발자입니다.": a CJK greeting before its comma is as short as a CJK name; names written so are Latin)
  if (!first || !rest.length || CJK_NAME.test(first) || isLocation(whole) || isLocation(first) || !looksLikeName(withoutHonorific(first), lowerWords)) return undefined;
  const particular = (p: string) => isHeadline(p) || isLocation(p) || findDates(p).length > 0 || isPersonalDetail(p);
  return rest.every(particular) && rest.some((p) => !isLocation(p)) ? first : undefined;
}

/** The person's name in a labelled value: "髙橋孝幸 (たかはし たかゆき)", "早坂 彪流 / HAYASAKA Takeru" → the name as first written, its reading and transliteration dropped. */
export function ownName(value: string): string {
  return personName(value.replace(/\s*\([^)]*\)\s*$/u, "").split(/\s+[/|—–-]\s+/)[0]!);
}

/** "Dr. Katarina Novak", "Prof. Dr. rer. nat. Johanna Becker" → the name: a title of address is not part of it. */
export function withoutHonorific(text: string): string {
  return text.replace(/^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|PD|Dipl\.-[\p{L}]+|Ing)\.?(?:\s?(?:rer\.\s?nat|phil|med|ing|jur|oec|habil|h\.\s?c)\.)*\s+)+(?=\p{Lu})/u, "");
}

// any dotted token ("jane.doe.co.za", "jdoe.github.io"): a list of top-level domains always misses one; and a
// handle written without its network's address ("Skype: artem_garry", "Discord: ivan#1234"), which joins its words as
// no prose does
const ADDRESSES = /@|:\/\/|www\.|[\p{L}\d]\.[a-z]{2,}\b|[\p{L}\d]_[\p{L}\d]|\p{L}#\d/giu;

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
 * Addresses and handles spell names in lower case ("jane.doe@…", "github.com/jdoe", "jane_doe"); they say nothing about words. Each
 * token that holds one (its run of non-space characters) becomes one space: found from the addresses, which
 * are few, rather than by testing every token of the CV, which cost twice the matching of words itself.
 */
function withoutAddresses(text: string): string {
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

/**
 * Reads the name, contacts and place from the lines before the first section
 * (and the document title): only the header is searched, so a GitHub link in
 * a project is never taken for the owner's profile.
 */
export function readHeader(lines: readonly SourceLine[], documentTitle: SourceLine | undefined, lowerWords: ReadonlySet<string>): HeaderRead {
  const basics: Basics = {};
  const used = new Set<SourceLine>();
  let nameLine: SourceLine | undefined;
  // "# Hi 👋, I'm Alex Kumar": a profile README greets its reader by name in its title
  const titleName = documentTitle && !classifyTitle(documentTitle.text) ? headingName(documentTitle.text, lowerWords) : undefined;
  if (titleName) nameLine = documentTitle;
  // a title over the document that names no one ("# AI Product Manager / Head of Product") is its headline: its words are kept
  // ("# Hi there 👋" says hello, nothing of the person)
  else if (documentTitle && !isHelloAlone(documentTitle.text)) basics.label = documentTitle.text;
  // "# Jane Doe | Backend Developer": what the title says after the name is the headline
  // ("# Jane Doe, Senior Software Engineer": or after its comma)
  const titled = titleName ? /^(.+?)(?:\s+[-–—|:·•]\s+|,\s+)(.+)$/.exec(documentTitle!.text.trim()) : null;
  if (titled && personName(titled[1]!) === titleName) basics.label = titled[2]!;
  // "2019-2025" ⏎ "**B.Sc. Informatik**": a line that is only a date opens a dated entry, and no name comes after it
  const opening = lines.findIndex((l) => l.kind === "text" && isDateAlone(l.text));
  const window = lines.slice(0, opening < 0 ? 15 : Math.min(opening, 15));
  // "Hi, I'm Sam.": a greeting names the author more surely than any line that only looks like a name
  const greeted = nameLine ? undefined : greetingIn(window, lowerWords);
  const greeting = greeted?.line;
  if (greeting) nameLine = greeting;
  // "Henrik" over "Aaltonen": a template that sets the first and the last name on lines of their own
  const split = nameLine ? undefined : nameOverTwoLines(window, lowerWords);
  if (split) {
    nameLine = split.first;
    basics.name = split.name;
    used.add(split.first).add(split.second);
  }
  const nameAlone = (l: SourceLine) => (l.kind === "text" || l.kind === "subheading") && !CJK_NAME.test(l.text) && looksLikeName(withoutHonorific(personName(l.text)), lowerWords);
  // "Jussi Roe, born 31 May 1980, Finland", "Lee Roe (646) 555-0143": the first line, a name and its particulars, where
  // no line is a name alone ("San Francisco, March 2024" over "Jane Doe" dates a letter)
  const particulars = nameLine || window.some(nameAlone) ? undefined : window.find((l) => l.kind === "text");
  const beforeParticulars = particulars && nameBeforeParticulars(particulars.text, lowerWords);
  if (beforeParticulars) {
    [nameLine, basics.name] = [particulars, beforeParticulars];
    // "Lee Roe (646) 555-0143", "Anna Roe, Senior Software Engineer": the phone, place or headline beside the name is the
    // owner's; a line that says more (a birth date) is kept whole besides
    const rest = personName(particulars!.text).slice(beforeParticulars.length).replace(/^\s*,\s*/, "").trim();
    const held = rest.split(/,\s+/).every((part) => {
      const contact = readContact(part);
      if (contact) addContact(basics, contact);
      else if (!basics.label && isHeadline(part)) basics.label = part;
      else return false;
      return true;
    });
    if (held) used.add(particulars!);
  }
  if (!nameLine) {
    const latin = window.find(nameAlone);
    // "**핵심 역량**", "**专业技能**" in bold where a name might stand: a section's title is no name, unless it opens with a
    // family name as a person's does and the vocabulary holds no such title whole ("기술 스택" opens with 기)
    const cjkName = (text: string) => CJK_NAME.test(text) && (!classifyTitle(text) || (opensWithFamilyName(text.trim()) && !isWholeTitle(text)));
    nameLine = latin ?? window.find((l) => l.kind === "text" && cjkName(l.text));
    if (nameLine) used.add(nameLine);
    // "基本信息" over "* 姓名：…": a line that only titles the personal details is the header's own title, nothing to keep
    window.filter((l) => l.kind === "text" && CJK_NAME.test(l.text) && classifyTitle(l.text) === "contact").forEach((l) => used.add(l));
  }
  // "Elsabé Ros — Curriculum Vitae": moderncv's banking style sets the document's title on the name's line
  const owned = nameLine ? undefined : ownerOfTitleLine(window.slice(0, 3), lowerWords);
  if (owned) {
    [nameLine, basics.name] = [owned.line, owned.name];
    used.add(owned.line);
  }
  // "Maria Lopez | maria@x.com | (312) 555-0199 | Chicago, IL": the name leads the line of contacts
  const leading = nameLine ? undefined : window.slice(0, 3).map((l) => ({ line: l, read: l.kind === "text" ? nameLeadingContacts(l, lowerWords) : undefined })).find((c) => c.read);
  const led = leading?.line;
  if (leading) [nameLine, basics.name] = [leading.line, leading.read!.name];
  if (leading?.read?.headline) {
    basics.label = leading.read.headline;
    used.add(leading.line);
  }
  if (nameLine) {
    // "# [Jane Doe](https://jane.dev)": the name links to the person's own site or profile
    const own = nameLine.links.length === 1 && nameLine !== greeting ? readContact(nameLine.links[0]!.url) : undefined;
    if (own?.field === "url" || own?.field === "profile") addContact(basics, own);
    basics.name ??= nameLine === greeting ? greeted!.name : (titleName ?? personName(nameLine.text));
    // what is under a name set over two lines is under its second
    const i = split ? lines.indexOf(split.second) : lines.indexOf(nameLine);
    const alt = [lines[i + 1], lines[i - 1]].find((l) => l && l.kind === "text" && CJK_NAME.test(l.text) && !CJK_NAME.test(nameLine!.text));
    if (alt) {
      basics.altNames = [{ name: alt.text.trim(), lang: LANG_OF(alt.text) }];
      used.add(alt);
    }
    const next = lines[i < 0 ? 0 : i + 1 + (alt === lines[i + 1] ? 1 : 0)];
    const led = next && next.kind === "text" && !used.has(next) && !basics.label ? headlineLeading(next) : undefined;
    if (led) {
      // "Senior Frontend Engineer · Toronto, ON · priya.dev · GitHub": the headline, then where and how to reach the person
      basics.label = withoutDecoration(led.headline);
      for (const c of led.contacts) addContact(basics, c);
      used.add(next!);
    } else if (next && next.kind === "text" && !used.has(next) && !basics.label && (isHeadline(next.text) || isLongHeadline(next.text))) {
      basics.label = next.text;
      used.add(next);
      // "Assistant Professor of Computational Linguistics" over "University of Edinburgh": where the role is held
      const where = lines[lines.indexOf(next) + 1];
      if (where?.kind === "text" && !where.gap && where.text.length <= 80 && namesSchoolOrCompany(where.text) && !readLineContacts(where).some(Boolean)) {
        basics.label = `${next.text}, ${where.text.trim()}`;
        used.add(where);
      }
    }
  }
  const streetOver = streetsOverTowns(window);
  const countryUnder = countriesUnderAddresses(window, streetOver);
  const parts = new Set([...streetOver.values(), ...countryUnder.values()]);
  for (const written of window) {
    if (used.has(written) || written.kind === "heading" || parts.has(written)) continue;
    const [street, country] = [streetOver.get(written), countryUnder.get(written)];
    // "2815 NW 7th st." over "Lincoln, NE 68521": the street and the town under it are one address
    const l = street ? { ...written, text: [street.text, written.text, country?.text].filter(Boolean).join(", ") } : written;
    if (street) used.add(street);
    if (country) used.add(country);
    const phrases = linePhrases(l).map((p) => p.text);
    // "求职意向：后端开发工程师", "Desired position: Data Engineer": the job sought is the CV's headline
    const sought = phrases.map(splitLabel).find((p) => fieldOfLabel(p.key) === "headline" && isHeadline(p.value));
    if (sought && !basics.label) basics.label = sought.value;
    const contacts = readLineContacts(l);
    // "Software Developer | Nato: 23/01/1992 | Trento, Italia": a birth date or a nationality beside the contacts is
    // none, and no reason to take the line for something else
    const personal = phrases.filter(isPersonalDetail);
    if (!contacts.some(Boolean) || contacts.filter(Boolean).length < Math.ceil((phrases.length - personal.length) / 2)) {
      // an e-mail address or a profile's address is the owner's near the top, whatever shares its line ("赵宏轩/男/1991   github.com/x")
      for (const c of contacts) if (c?.field === "email" || c?.field === "profile") addContact(basics, c);
      continue;
    }
    for (const c of contacts) if (c) addContact(basics, c);
    // "Backend Developer · Madrid, Spain · carlos@mendez.dev": the headline shares the contact line
    const unread = phrases.filter((p, i) => !contacts[i] && !(l === led && p === basics.name) && !personal.includes(p));
    const headline = unread.length === 1 && !basics.label && isHeadline(unread[0]!) ? unread[0] : undefined;
    if (headline) basics.label = headline;
    for (const link of l.links) {
      const c = readContact(link.url);
      if (c && c.field === "profile") addContact(basics, c);
    }
    if (!unread.length || headline) used.add(written);
  }
  return nameLine ? { basics, used, nameLine } : { basics, used };
}

/** The header's town lines, each with the line above it when that line holds only a street: a postal address over two lines. */
function streetsOverTowns(lines: readonly SourceLine[]): Map<SourceLine, SourceLine> {
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
function countriesUnderAddresses(lines: readonly SourceLine[], streetOver: ReadonlyMap<SourceLine, SourceLine>): Map<SourceLine, SourceLine> {
  const countries = new Map<SourceLine, SourceLine>();
  for (const town of streetOver.keys()) {
    const next = lines[lines.indexOf(town) + 1];
    if (next?.kind === "text" && !next.gap && countryCode(next.text.trim()) !== undefined) countries.set(town, next);
  }
  return countries;
}

/** The name that leads a line whose other phrases are all contacts, if the first phrase reads as one. */
function nameLeadingContacts(line: SourceLine, lowerWords: ReadonlySet<string>): { name: string; headline?: string } | undefined {
  const [first, second] = linePhrases(line);
  if (!first || !second || !looksLikeName(first.text, lowerWords) || namesNoOne(first.text)) return undefined;
  const contacts = readLineContacts(line).slice(1);
  if (contacts.every(Boolean)) return { name: first.text };
  // "田震 | 156-1172-1937 | dawncold (微信) | i@example.org | 曲阜师范大学 软件工程（本科）": a Chinese, Japanese or Korean
  // CV's line of particulars opens with the name, then mixes contacts with a handle, a school or an age
  if (CJK_NAME.test(first.text) && contacts.some((c) => c?.field === "email" || c?.field === "phone")) return { name: first.text };
  // "Jane Doe | Data Engineer": the title beside the name (moderncv's banking style), then maybe contacts
  return isHeadline(second.text) && contacts.slice(1).every(Boolean) ? { name: first.text, headline: second.text } : undefined;
}

/** "本科 | 138… | li@…", "北京 | …", "工程师 | …": a degree, a place, a title or a school opening a line of contacts, short as a CJK name is. */
const namesNoOne = (text: string) => CJK_NAME.test(text) && (isLocation(text) || isDegreeName(text) || ROLE_WORDS.test(text) || namesSchoolOrCompany(text));

/** The name at the top set over two lines, one word each, that together read as a person's name. */
function nameOverTwoLines(window: readonly SourceLine[], lowerWords: ReadonlySet<string>): { name: string; first: SourceLine; second: SourceLine } | undefined {
  const [first, second] = window;
  const word = (l: SourceLine | undefined) => l?.kind === "text" && /^\p{Lu}[\p{L}'’-]+$/u.test(l.text.trim());
  if (!word(first) || !word(second)) return undefined;
  const name = `${first!.text.trim()} ${second!.text.trim()}`;
  return looksLikeName(name, lowerWords) ? { name, first: first!, second: second! } : undefined;
}

/** A headline leading a line whose other phrases are all contacts ("Frontend Engineer — Hamburg, Germany"). */
function headlineLeading(line: SourceLine): { headline: string; contacts: Contact[] } | undefined {
  const [first, ...rest] = linePhrases(line);
  if (!first || !rest.length || !isHeadline(first.text)) return undefined;
  const contacts = readLineContacts(line).slice(1).filter((_, i) => !isPersonalDetail(rest[i]!.text));
  return contacts.length && contacts.every(Boolean) ? { headline: first.text, contacts: contacts as Contact[] } : undefined;
}

const CJK_INTRODUCED_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u;

/**
 * A greeting's words are a name when the text never uses them in lower case ("I'm Sam" but not "I'm Passionate"),
 * and when it opens with no degree and is no job title alone: "Soy Licenciado en Administración", "Ich bin Informatiker" say what
 * the person is, in languages that capitalise it.
 */
function isGreetedName(name: string | undefined, lowerWords: ReadonlySet<string>): boolean {
  if (name === undefined) return false;
  // a Chinese or Korean name the introduction's reader weighed already (greeting.ts): a role word may stand inside one
  // ("이사랑" holds "이사"), as words have no spaces around them to tell
  if (CJK_INTRODUCED_NAME.test(name)) return true;
  const words = name.split(/\s+/);
  // a role word alone; "Dean Smith" is a name that begins with one
  if (isDegreeName(words[0]!) || (words.length === 1 && (ROLE_WORDS.test(name) || ROLE_COMPOUND.test(name)))) return false;
  return words.every((w) => !/^\p{Lu}/u.test(w) || !lowerWords.has(w.toLowerCase()));
}

/** A short role with no digits: what a header says the person is. */
export function isHeadline(text: string): boolean {
  // "Szoftverfejlesztő", "Softwareentwickler": a title in one compound word too
  return text.split(/\s+/).length <= 8 && (ROLE_WORDS.test(text) || ROLE_COMPOUND.test(text.trim())) && !/[@\d]/.test(text);
}

/**
 * Right under the name, LinkedIn's longer headline: "Research Fellow @ Sapienza Università di Roma | PhD in
 * Environmental Engineering", a role at an organisation with more after a separator; " @ " there means "at".
 */
function isLongHeadline(text: string): boolean {
  return text.split(/\s+/).length <= 16 && ROLE_WORDS.test(text) && !/\d|\S@|@\S/.test(text) && /\s[@|·]\s/.test(text);
}

/** The first of `lines` that is the document's title with its owner's name ("Jane Doe – Curriculum Vitae"), and that name. */
function ownerOfTitleLine(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): { line: SourceLine; name: string } | undefined {
  for (const line of lines) {
    const name = line.kind === "text" ? nameInDocumentTitle(line.text) : undefined;
    if (name && looksLikeName(withoutHonorific(name), lowerWords)) return { line, name };
  }
  return undefined;
}
