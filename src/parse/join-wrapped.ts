import { namesSchoolOrCompany, ROLE_WORDS } from "../extract/vocabulary.js";
import dateWords from "../extract/vocabulary/dates.json" with { type: "json" };
import { trieSource } from "../extract/word-trie.js";
import { isLocation } from "../extract/entry-parts.js";
import { isKnownTown } from "../extract/evidence/places.js";
import { findDates } from "../extract/dates.js";
import { weighPhrase } from "../extract/evidence/phrase-evidence.js";
import { isDateOnly, isSentence, isTitleCased, isTitleLike, startsWithDate } from "../extract/layout/lines.js";
import { isAuthorList, splitAuthors } from "../extract/author-lists.js";
import { spacedSkillLabel } from "../extract/skill-labels.js";
import type { RawLine } from "./text-lines.js";

/**
 * Decides whether a physical line continues the logical line before it, as
 * happens when a PDF or an editor hard-wraps a paragraph or a bullet.
 */
export interface WrapContext {
  /** How wide the source's wrapped lines are (a high percentile of line lengths). */
  width: number;
  /** True for a PDF's text layer (pdftotext marks its pages with form feeds), where words are cut with a hyphen. */
  hyphenated: boolean;
  /** Every word the document uses in lower case: a capitalised word among them is no person's name ("Big Data"). */
  lowerWords: ReadonlySet<string>;
}

/** Words a line does not end on unless the sentence goes on. */
const OPEN_WORD = /(?:(?<=^|\s)(?:a|an|the|of|for|and|or|to|in|on|at|by|with|from|into|via|as|than|over|under|between|across|its|their|our|my|is|are|was|were|that|which|using|including|such)|[,&+/\-–—(])$/i;

/**
 * A line that ends on a word or sign the sentence goes on from; a word in capitals in a line that has small letters
 * is a name's ("Acme AS", "Indianapolis, IN"), not the word.
 */
const OPEN_END = { test: (end: string) => OPEN_WORD.test(end) && !(/(?<![\p{L}])\p{Lu}{2,}$/u.test(end) && /\p{Ll}/u.test(end)) };

/** Whether a line ends on a word or sign its sentence goes on from ("…, edited by", "Doe, J. and"). */
export const endsOpen = (line: string): boolean => OPEN_END.test(line.trimEnd());

/** A line that begins with a year and goes on ("2016 Finalist, …"). */
const YEAR_LED = /^(?:19|20)\d{2}\b\S*\s+\S/;

/**
 * A line ending in a date ("2019", "2020/07", "JAN ‘21", "7/2008", "- Present"), maybe in a bracket ("(lecturer,
 * 2016–present)") or with how long that was ("(4 years 4 months)", "· 3 yrs 2 mos", as LinkedIn writes it): an
 * entry's header.
 */
const DATE_END = /(?:\b(?:19|20)\d{2}(?:[./-]\d{1,2})?|['‘’]\d{2}|\b\d{1,2}\/\d{2}|\b(?:present|current|now|today))[)\]]?(?:\s*(?:\(|·)\s*(?:\d+\s*\p{L}+\.?\s*){1,3}\)?)?$/iu;

/** "Developer Tools: Git, Docker", "Sprachen: Deutsch", "Outils : WordPress": a capitalised label of up to four words, its colon (after a space in French), then its value. */
export const LABELLED = /^\p{Lu}[\p{L}\p{N}&/+#.'’-]*(?:\s+[\p{L}\p{N}&/+#.'’-]+){0,3}\s?[:：]\s+\S/u;

/**
 * A reference's authors first: "Klein, M., Frey, U.", "Klein, M. and Frey, U.", "Ashraf, M.Q. (2025)", or in
 * Vancouver style "Smith JA, Doe B".
 */
const AUTHORS_FIRST = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s(?:\p{Lu}\.\s?){1,3}(?:,|\s(?:and|&)\s|\s?\()|^\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3},\s\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3}[,.]/u;

/** A row whose first column holds its dates ("01/2019 – heute", "2015 - 2018"), set apart by a tab or a wide gap. */
const DATED_ROW = /^\s*[^\t]*?(?:19|20)\d\d[^\t]*?(?:\t| {4,})\S/;

/** A line that ends in a date and the word or dash that goes on to the range's end ("23/09/2023 á", "Jan 2020 –"). */
const RANGE_CUT = new RegExp(`(?:19|20)\\d\\d(?:\\s*[-–—~]|\\s+(?:${trieSource(dateWords.separators.words)}))$`, "iu");

/** Two backslashes closing a line: org-mode's and LaTeX's forced line break. */
const HARD_BREAK = /(?:^|\s)\\\\$/;

/** A field of a reStructuredText field list (":location: Westmark"). */
const RST_FIELD = /^:[^:\s][^:]*:(?:\s|$)/;

/** Phrases set apart by a bar between spaces ("Trailhead | TypeScript, React"). */
const PIPED = /\S\s[|｜]\s+\S/;

/** "Harbor Maps (Swift, SwiftUI, Firebase)": a short name, then two or more capitalised tools in brackets, alone on a line. */
const NAME_WITH_TOOLS = /^\p{Lu}[^()•.,;:]{0,50}\s\((?:[\p{Lu}\d][^(),]{0,24},\s)+[\p{Lu}\d][^(),]{0,24}\)$/u;

/** Two phrases set apart by a tab or a wide gap, as a PDF's columns come out. */
export const ALIGNED = /\S(?:\t| {4,})\S/;

/** Measures the wrap width of a document. */
export function measureWidth(lines: readonly RawLine[]): number {
  const lengths = lines.filter((l) => l.kind === "text" || l.kind === "bullet").map((l) => l.raw.length).sort((a, b) => a - b);
  if (!lengths.length) return 80;
  return Math.max(60, lengths[Math.floor(lengths.length * 0.9)]!);
}

/**
 * True when `next` (a text line) continues `last`, the last physical line of
 * the logical line being built; `after` is the physical line under `next`.
 */
export function continuesLine(last: RawLine, startedAsBullet: boolean, next: RawLine, ctx: WrapContext, after?: RawLine): boolean {
  if (next.kind !== "text" || (last.kind !== "text" && last.kind !== "bullet")) return false;
  // "Indeed          Austin, TX": a line set in columns is a header row, and so is the one under it
  if ((ALIGNED.test(last.raw.trim()) && !hangsUnder(last, next)) || ALIGNED.test(next.raw.trim())) return false;
  const end = last.text.trimEnd();
  // "B.S. in Physics, Northfield College (2011) \\" over "Dean's List (2010) \\": org-mode and LaTeX end a line on
  // purpose with two backslashes, which keeps the lines of a list apart where no bullet does
  if (HARD_BREAK.test(end)) return false;
  // ":organization: Acme" under ":description: Backend Developer": each field of a reStructuredText field list is a line
  if (RST_FIELD.test(next.text.trim())) return false;
  // "…, Sung-Ju Lee, and Yongdae" over "Kim", "…, Jean-Pierre" over "Seifert, Sung-Ju Lee": a list of people cut inside
  // a name goes on with the surname that leads the line under it, though the surname is a town's name too
  if (listsPeople(end, ctx.lowerWords) && goesOnWithSurname(next.text.trim(), ctx.lowerWords)) return true;
  // "01/2019 – heute      Developer, Acme" over "                      Built the billing system": under a row of dates
  // and its entry, the hanging line says what was done, unless the entry's phrase stops mid-way
  if (DATED_ROW.test(last.raw) && !OPEN_END.test(end)) return false;
  if (cutAddress(end, next.text)) return true;
  // "www.linkedin.com/in/jane-roe-4b1a2c" over "(LinkedIn)": LinkedIn's export names each address's kind in brackets
  // after it, and wraps a long address before the bracket
  if (/^\(\p{L}[\p{L} ]{1,24}\)$/u.test(next.text.trim()) && /(?:^|\s)\S+\.[a-z]{2,}\/\S*$/i.test(end)) return true;
  // "Jan 2019 - Present: Senior Software Engineer, Wayfair" over "  Built the order routing service…": what is set in
  // under a dated header says what was done there
  if (!startedAsBullet && last.kind === "text" && next.indent > last.indent && /\b(?:19|20)\d\d\b/.test(last.text)) return false;
  // "…, 23/09/2023 á" ⏎ "28/06/2024, 9 meses.": a date range cut after its first date and the word or dash that joins them
  if (RANGE_CUT.test(end) && /^\s*(?:\d|\p{L}{3,9}\.?\s+(?:19|20)\d\d)/u.test(next.text)) return true;
  // "2017-05-01 —" over "Senior Full-Stack Developer": a range alone on its line that its dash leaves open, as a theme
  // prints a job that runs on, is the entry's dates whole; the line under it, which ends no range, is the role
  if (/[-–—~]$/.test(end) && isDateOnly(end) && !isDateOnly(`${end} ${next.text.trim()}`)) return false;
  // "Telefónica · Jornada completa" over "mar. 2021 - actualidad · 3 años 10 meses": a range alone on its line is an
  // entry's dates, even where its month is written in lower case, as Spanish, French and Portuguese write months
  if (!OPEN_END.test(end) && isDateOnly(next.text) && findDates(next.text)[0]!.range) return false;
  // "San Francisco, California, United States · Remote" over what was done there: a place is a line of its own
  if (isLocation(end) || isLocation(next.text.trim())) return false;
  // "Sviluppatore presso Accenture S.p.A., Milano" over "Sviluppo di applicazioni…": a header closed by its town after a
  // comma, under which a sentence starts
  const town = /,\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u.exec(end)?.[1];
  if (town && /^\p{Lu}/u.test(next.text) && isKnownTown(town)) return false;
  // "2016 Finalist, DEFCON CTF … Las Vegas, U.S.A" over "2015 Winner, …": items that each begin with their year
  if (YEAR_LED.test(last.text) && YEAR_LED.test(next.text)) return false;
  // "Depuis mars 2021 – Cheffe de projet – Groupe SEB, Écully" over "Sept. 2017 – févr. 2021 – Chargée de …": or with their dates
  if (startsWithDate(last.text) && startsWithDate(next.text)) return false;
  // "· Examples include LivelyR with Ted Kaehler" over "Mobilize Project (Principal Investigator: Rob Gould)" over
  // "Los Angeles, CA": a capitalised line over a place alone is the next entry's employer, set under the last bullet
  // where pdftotext left no blank line between the two, unless the bullet stops mid-phrase
  if (startedAsBullet && after?.kind === "text" && /^\p{Lu}/u.test(next.text) && isLocation(after.text.trim()) && !OPEN_END.test(end)) return false;
  // "…on the Click Log Dataset" over "Rhythm Game" over "Game Programming Laboratory · ETHZ · 2016": a short title
  // over a dated line names the next entry, whose details the dated line gives
  if (after?.kind === "text" && /^\p{Lu}/u.test(next.text) && next.text.trim().split(/\s+/).length <= 5 && isTitleLike(next.text.trim()) && DATE_END.test(after.text.trimEnd()) && !DATE_END.test(next.text.trimEnd()) && !OPEN_END.test(end)) return false;
  // "…maintained Go integration microservice" over "Back End Developer, Amperka" over "Feb, 2017 - Jan, 2018  11 months":
  // a capitalised line over a range of dates alone is the next entry's header, where the list items above it lost their
  // bullets (a page printed from HTML draws them as shapes, not text), unless the line above stops mid-phrase
  if (after?.kind === "text" && /^\p{Lu}/u.test(next.text) && !OPEN_END.test(end) && isDateOnly(after.text) && findDates(after.text)[0]!.range) return false;
  // "Category:" lines head what follows; a bullet ending in a colon goes on below
  if (/[:：]$/.test(end)) return startedAsBullet;
  // "Frameworks: React, Flask": a labelled line starts anew, as the lines of a list of skills or details do
  if (LABELLED.test(next.text)) return false;
  // "Go, TypeScript, Python, SQL" over "Frameworks & Libraries" over "Angular, Flask, Hugo": a group's label set on a
  // line of its own between two lists of items (a PDF's bold label over its list) starts the next group
  if (!startedAsBullet && listsShortItems(end) && isGroupLabel(next.text.trim()) && after?.kind === "text" && listsShortItems(after.text.trim())) return false;
  // "Intermediate Node.js, Linux, Docker, AWS, Chef" over "Advanced Ruby, Git": under a list, a line led by a group's
  // label or a level set apart by a space only (moderncv's \cvitem rows as pdftotext writes them) starts the next group
  if (!startedAsBullet && listsShortItems(end) && spacedSkillLabel(next.text.trim()) !== undefined) return false;
  // "+47 912 34 567 • jo@example.no • jo.no" over "jdoe • jdoe-gh": rows of phrases set apart by the same glyph are rows
  if (!startedAsBullet && sameRowGlyph(end, next.text)) return false;
  // "PicoScope | C, KiCad" under a bullet: fields set apart by bars are an entry's header, unless the line above is one too and wraps
  if (PIPED.test(next.text) && !/[|｜]/.test(end)) return false;
  // a line ending in a date is an entry header; an address is a line of its own
  if ((!startedAsBullet && DATE_END.test(end)) || /@|:\/\//.test(next.text.split(/\s/)[0]!) || isPhoneAlone(next.text.trim())) return false;
  // no line starts with a comma or a closing bracket: the break fell before it; but pdftotext may set the place after
  // a bold name before the name (", New Albany, OH" ⏎ "Abercrombie & Fitch"), a line of its own
  if (/^[,，]\s*/.test(next.text) && isLocation(next.text.replace(/^[,，]\s*/, ""))) return false;
  if (/^[,，、;；)）\]]/.test(next.text)) return true;
  // "Klein, M., Frey, U., 2019 - “Models Within Models …” Journal of …" over "Klein, M., Deissenroth, M., 2017. - …":
  // a line led by its authors, initials after each name, starts the next reference
  if (!OPEN_END.test(end) && AUTHORS_FIRST.test(next.text)) return false;
  // "TapDance: End-to-Middle Anticensorship" over "Eric Wustrow, Colleen M. Swanson, and J. Alex Halderman" over "In
  // Proc. 23rd USENIX Security Symposium": a paper's authors, their full names, are a line of their own between its
  // title and its venue, however long the lines around them
  if (!OPEN_END.test(end) && listsPeople(next.text, ctx.lowerWords) !== listsPeople(end, ctx.lowerWords)) return false;
  const terminal = /[.!?。！？]["”’)]?$/.test(end);
  if (!terminal && OPEN_END.test(end)) return true;
  // (not a line led by a range of dates whose month is written in lower case, "déc.2019 - août.2020 Professeur – Lycée
  // Amboise", French and Spanish months: the next entry's header, under the last line of the entry before)
  if (!terminal && /^[\p{Ll}—–]/u.test(next.text) && (startedAsBullet || end.split(/\s+/).length >= 4) && !startsWithRange(next.text)) return true;
  // a bullet's parenthesis or a bracketed link ("[http://…]") that fell onto the next line
  if (!terminal && startedAsBullet && /^[([]/.test(next.text)) return true;
  // "2021–Present Senior Data Engineer, Acme AS, Bergen, Norway" over "Designed the ingestion platform…": a row led by
  // its dates that names a role, an employer or a school in its phrases is an entry's header (moderncv's \cventry),
  // and a sentence under it (or a line of four words or more that ends as one: "Implemented PEP 487 - Simpler
  // customisation of class creation."), or whatever follows the place that closes it, says what was done there; so
  // does a line under a row of three phrases or more ("06/2006–12/2008 Software Engineer, ReflexMedia GmbH, Limburg",
  // \cventry's role, employer and town, a town the index may not know) unless that line names the employer's rest
  const endsAsSentence = /[.!?]$/.test(next.text) && next.text.split(/\s+/).length >= 4;
  const fullRow = end.split(/,\s+/).length >= 3 && !namesEntry(next.text);
  if (!startedAsBullet && startsWithDate(end) && namesRoleOrEmployer(end) && /^\p{Lu}/u.test(next.text) && (isSentence(next.text) || endsAsSentence || endsWithPlace(end) || fullRow)) return false;
  // "… deploy pre-built AI agents" over "January 2025 – July 2025 AI Engineer, CosmicForge Ltd": a row led by a range
  // of dates that names a role or an employer opens the next entry, though it follows a list item without a full stop
  if (startsWithDate(next.text) && findDates(next.text)[0]!.range && namesRoleOrEmployer(next.text)) return false;
  // "Harbor Maps (Swift, SwiftUI, Firebase)" under the last bullet of the project above: a name and, in brackets, the
  // tools it was made with is the next project's head, however long the bullet over it (a bracket a sentence wraps
  // onto its own line holds words in lower case)
  if (!terminal && NAME_WITH_TOOLS.test(next.text.trim())) return false;
  // a long line without a full stop wraps, unless the next one is a "Venue · Authors" or dated line of its own
  // (its date first or last: "B.S. in Computer Science   Mar. 2008 - Aug. 2017"),
  // or the name of the next entry's school or company ("JSS Science and Technology University, Mysore"), or a title
  // with every word capitalised ("Online Student Attendance System")
  // "10/2012 – 09/2014 Master of Science …, Ostbayerische Technische" over "Hochschule Regensburg, Regensburg": a full
  // row led by its dates goes on in the line under it that names more, since the next entry would begin with its dates
  if (!terminal && !startedAsBullet && last.raw.length >= ctx.width * 0.8 && startsWithDate(end) && /,/.test(end) && /^\p{Lu}/u.test(next.text) && !startsWithDate(next.text) && !isSentence(next.text) && namesEntry(next.text)) return true;
  // or a name set in capitals ("WAYFARER HEALTH") under a line in small letters, or the next entry's role ("Android
  // Developer" under the last item of the entry before, where pdftotext left no blank line between the two)
  const capitals = /\p{Lu}{3}/u.test(next.text) && /^[\p{Lu}\s&.'’-]+$/u.test(next.text) && /\p{Ll}/u.test(end);
  if (!terminal && last.raw.length >= ctx.width * 0.7 && !/\s·\s|^\d/.test(next.text) && !namesEntry(next.text) && !DATE_END.test(next.text.trimEnd()) && !isTitleCased(next.text) && !capitals && !namesRole(next.text)) return true;
  // a bullet whose venue and year fell onto the next line: "Title (MPS)." / "ICDCS 2020."
  if (startedAsBullet && next.text.length <= 40 && /\b(19|20)\d{2}\b/.test(next.text) && /\.$/.test(next.text) && !/[-–—]\s*(\d|present|now)/i.test(next.text)) return true;
  return false;
}

/**
 * "Go, TypeScript, C#, Sass/LESS": three items or more set apart by commas, none longer than a few words, the last
 * closing it; stricter than the skills reader's listsThree, since a raw line here may be a sentence's wrapped part.
 */
function listsShortItems(text: string): boolean {
  const items = text.split(/,\s+/);
  return items.length >= 3 && items.every((item) => item && item.split(/\s+/).length <= 4) && !OPEN_END.test(text);
}

/** "Frameworks & Libraries", "Cloud Platforms": a few capitalised words with no comma, colon or full stop, as a label is set. */
const isGroupLabel = (text: string) => /^\p{Lu}[^,;:.。]*$/u.test(text) && text.split(/\s+/).length <= 4;

/**
 * "Eric Wustrow, Colleen M. Swanson, and J. Alex Halderman": two or more people's names and nothing else, none of them
 * a school's or a company's ("Google Cloud Platform, Amazon Web Services and Microsoft Azure" lists products) and none
 * with a word the document writes in lower case elsewhere ("Big Data, Computer Graphics" lists topics).
 */
function listsPeople(text: string, lowerWords: ReadonlySet<string>): boolean {
  const names = splitAuthors(text);
  // "…, Sung-Ju Lee, and Yongdae" over "Kim": the last name cut by the line's end
  const whole = endsInCutName(text) ? names.slice(0, -1) : names;
  // (set apart by commas: "Data Optimization Method and Integral Prestack Depth Migration" is a title's two halves)
  return whole.length >= 2 && /,/.test(text) && isAuthorList(whole.join(", "), lowerWords) && !names.some(namesSchoolOrCompany);
}

/** "Kim", "Seifert, Sung-Ju Lee, and Yongdae Kim": a surname alone, or one before more people's names. */
function goesOnWithSurname(text: string, lowerWords: ReadonlySet<string>): boolean {
  const [first, ...rest] = text.split(/,\s*/);
  return /^\p{Lu}[\p{L}'’-]+$/u.test(first!) && (rest.length === 0 || listsPeople(rest.join(", "), lowerWords) || (rest.length === 1 && isAuthorList(rest[0]!, lowerWords)));
}

/** "…, Hyunwoo Choi, Jean-Pierre": a list of three names or more whose last is one word, a name the line's end cut. */
function endsInCutName(text: string): boolean {
  const names = splitAuthors(text);
  return names.length >= 3 && /^\p{Lu}[\p{L}'’-]+$/u.test(names.at(-1)!);
}

/** "déc.2019 - août.2020 Professeur…": the line opens with a range of dates. */
function startsWithRange(text: string): boolean {
  const d = findDates(text)[0];
  return d?.index === 0 && d.range;
}

/** Phrases set apart by commas, one of which names a role, a school or a company. */
function namesRoleOrEmployer(text: string): boolean {
  const phrases = text.split(/,\s+/);
  return phrases.length >= 2 && phrases.some((p) => ROLE_WORDS.test(p) || namesSchoolOrCompany(p));
}

/** The glyph that sets a row's phrases apart (" • ", " · ", " | "), when both lines use the same one. */
function sameRowGlyph(a: string, b: string): boolean {
  const glyph = /\s([•·|｜])\s/u.exec(a)?.[1];
  return glyph !== undefined && b.includes(` ${glyph} `);
}

/** "…, Acme GmbH, Regensburg": the last of the phrases set apart by commas names a place. */
const endsWithPlace = (text: string) => weighPhrase(text.split(/,\s+/).at(-1)!).place >= 0.9;

/** A short line that names a school or a company and maybe its place: the head of an entry, not the end of a sentence. */
function namesEntry(text: string): boolean {
  return text.trim().split(/\s+/).length <= 8 && /^\p{Lu}/u.test(text) && !/[.!?;:]$/.test(text.trim()) && namesSchoolOrCompany(text);
}

/** A role's title alone, every word capitalised ("Android Developer", "Head of Sales"): the head of an entry, not a sentence's end. */
function namesRole(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|the|in|&)$/.test(w)) && ROLE_WORDS.test(text);
}

/**
 * True when `next` starts right under the value of a "Label:   value" line: a
 * hanging indent, whose lines wrap the value rather than start a column row.
 */
function hangsUnder(last: RawLine, next: RawLine): boolean {
  const value = /^(\s*\S[^\t]*?[:：]?)(?:\t| {2,})(?=\S)/.exec(last.raw);
  return value !== null && next.indent === value[0].length && !ALIGNED.test(last.raw.slice(value[0].length));
}

/**
 * "214-555-0170", "+49.30.1234.5678": digits in three groups or more, as phone numbers are written, alone on a line:
 * the next contact of a header, not the rest of the line above ("https://jo.example/" is no path cut at its slash).
 */
const PHONE_ALONE = /^\+?\d{1,4}(?:[-.]\d{2,4}){2,4}$/;
/** (a date in the same digits, "2019-05-01", "12.03.2019", is no number) */
const isPhoneAlone = (text: string) => PHONE_ALONE.test(text) && findDates(text).length === 0;

/**
 * "https://www.linkedin.com/in/" / "janedoe/", "https://jo.github.io" / "/Portfolio/": a web address cut at a slash;
 * "jane.doe2009@hotmail." / "com", "jane@" / "example.org": an e-mail address a narrow sidebar (LinkedIn's, Canva's)
 * cut at its "@" or a dot of its domain.
 */
function cutAddress(a: string, b: string): boolean {
  const head = b.split(/\s/)[0]!;
  // ("write to jane@example.org." over "Other work…" ends a sentence: its domain had its dot, and the line goes on in capitals)
  if (/[\w.+-]+@(?:[\w-]+\.)?$/.test(a) && /^[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*$/.test(head.replace(/[,;]$/, ""))) return true;
  if (isPhoneAlone(b.trim())) return false;
  return /^[\w\-./?=&#%~+]+$/.test(head) && (/(?:https?:\/\/|www\.)\S*\/$/.test(a) || (/(?:https?:\/\/|www\.)\S+$/.test(a) && /^\/\S/.test(b)));
}

/**
 * Joins two wrapped fragments: no space inside a web address cut at a slash, between CJK characters or before a
 * comma or closing bracket the wrap put first on its line, none after a
 * hyphen. In a PDF's text (`hyphenated`), whose typesetter cuts words at the
 * line's end, "develop-" / "ment" is one word again; a compound cut at its
 * hyphen ("Open-" / "Source") keeps it, and so does any in a text file, whose
 * editor wraps only at spaces ("self-" / "service").
 */
export function joinFragments(a: string, b: string, hyphenated = false): string {
  if (cutAddress(a, b)) return a + b;
  if ((/\p{Script=Han}$/u.test(a) && /^\p{Script=Han}/u.test(b)) || /^[,，、;；)）\]]/.test(b)) return a + b;
  if (hyphenated && /\p{Ll}{2}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/\p{L}-$/u.test(a) && /^\p{L}/u.test(b)) return a + b;
  return `${a} ${b}`;
}
