import { withoutDecoration } from "../parse/normalize.js";
import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle } from "../parse/section-titles.js";
import { isDocumentTitle, nameInDocumentTitle } from "../parse/document-title.js";
import { isPersonalDetail, readContact, type Contact } from "./contacts.js";
import { linePhrases, readLineContacts } from "./line-contacts.js";
import { greetedName } from "./greeting.js";
import { isLocation } from "./entry-parts.js";
import { isDegreeName } from "./degrees.js";
import { namesSchoolOrCompany, ROLE_COMPOUND, ROLE_WORDS } from "./vocabulary.js";
import { findDates } from "./dates.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { PARTICLE, isFamilyNameFirst, GIVEN_NAME, CJK_NAME, SPELT_IN_LATIN, looksLikeName, personName, withoutHonorific } from "./person-names.js";

/**
 * " | ", " – ", " / ": what sets a name apart from a headline in a title ("Jane Doe | Backend Developer"); a page's
 * title sets them apart by a slash as by a dash ("Jane Doe / Interaction Designer").
 */
export const NAME_APART = /\s+[-–—|:·•/]\s+/u;

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
  // "김하늘 연구자 경력기술서", "山田花子 エンジニア 職務経歴書": a CJK name, the owner's role, then what the document is
  const typed = /^(\S+)\s+(.+)\s+(\S+)$/u.exec(whole);
  if (typed && CJK_NAME.test(typed[1]!) && isDocumentTitle(typed[3]!) && roleLean(weighPhrase(typed[2]!)) > 0.3) return typed[1]!;
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
  const [first, ...others] = whole.split(NAME_APART);
  if (!others.length) return nameBeforeParticulars(whole, lowerWords);
  const name = personName(first!);
  return isName(name) ? name : undefined;
}

/**
 * "Anna Roe, Senior Software Engineer", "Jussi Roe, born 31 May 1980, Finland", "Lee J. Roe (646) 555-0143": a name, then
 * after a comma what the person is or their particulars (a birth date, a country), or their phone after a space alone
 * (or none, where a PDF's text glued it on):
 * the name is what comes before them. A place alone after its comma ("Ann Arbor, MI") is a town's, not a name's.
 */
export function nameBeforeParticulars(text: string, lowerWords: ReadonlySet<string>): string | undefined {
  const whole = personName(text);
  // ("Pius Roe\tÆ +41 79 123 45 67": moderncv's icon letter before the phone, a column's tab before it, are neither's;
  // "Pius Roe(646) 555-0143": a PDF's text loses the gap between the name and a phone set beside it in another font)
  const phoned = /^([^\t]+?)(?:\s+(?:[^\d\s+(]\s+)?|(?<=\p{Ll})(?=[(+]))(\+?[\d(][\d\s().\/-]{6,}\d)$/u.exec(whole);
  if (phoned && readContact(phoned[2]!)?.field === "phone") return looksLikeName(withoutHonorific(phoned[1]!), lowerWords) ? phoned[1] : undefined;
  const [first, ...rest] = whole.split(/,\s+/);
  // ("안녕하세요, 백엔드 개발자입니다.": a CJK greeting before its comma is as short as a CJK name; names written so are Latin)
  if (!first || !rest.length || CJK_NAME.test(first) || isLocation(whole) || isLocation(first) || !looksLikeName(withoutHonorific(first), lowerWords)) return undefined;
  const particular = (p: string) => isHeadline(p) || isLocation(p) || findDates(p).length > 0 || isPersonalDetail(p);
  return rest.every(particular) && rest.some((p) => !isLocation(p)) ? first : undefined;
}

/** The name that leads a line whose other phrases are all contacts, if the first phrase reads as one. */
export function nameLeadingContacts(line: SourceLine, lowerWords: ReadonlySet<string>): { name: string; headline?: string } | undefined {
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
export function nameOverTwoLines(window: readonly SourceLine[], lowerWords: ReadonlySet<string>): { name: string; first: SourceLine; second: SourceLine } | undefined {
  const [first, second] = window;
  const word = (l: SourceLine | undefined) => l?.kind === "text" && /^\p{Lu}[\p{L}'’-]+$/u.test(l.text.trim());
  if (!word(first) || !word(second)) return undefined;
  const name = `${first!.text.trim()} ${second!.text.trim()}`;
  return looksLikeName(name, lowerWords) ? { name, first: first!, second: second! } : undefined;
}

/** A headline leading a line whose other phrases are all contacts ("Frontend Engineer — Hamburg, Germany"). */
export function headlineLeading(line: SourceLine): { headline: string; contacts: Contact[] } | undefined {
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
export function isLongHeadline(text: string): boolean {
  return text.split(/\s+/).length <= 16 && ROLE_WORDS.test(text) && !/\d|\S@|@\S/.test(text) && /\s[@|·]\s/.test(text);
}

/** The first of `lines` that is the document's title with its owner's name ("Jane Doe – Curriculum Vitae"), and that name. */
export function ownerOfTitleLine(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): { line: SourceLine; name: string } | undefined {
  for (const line of lines) {
    const name = line.kind === "text" ? nameInDocumentTitle(line.text) : undefined;
    if (name && looksLikeName(withoutHonorific(name), lowerWords)) return { line, name };
  }
  return undefined;
}
