import { withoutDecoration } from "../parse/normalize.js";
import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle, isWholeTitle } from "../parse/section-titles.js";
import type { Basics } from "../resume/schema.js";
import { addContact, fieldOfLabel, isPersonalDetail, readContact, splitLabel } from "./contacts.js";
import { linePhrases, readLineContacts } from "./line-contacts.js";
import { networkOfLabel } from "./profiles.js";
import { isHelloAlone } from "./greeting.js";
import { opensWithFamilyName } from "./evidence/family-names.js";
import { namesSchoolOrCompany } from "./vocabulary.js";
import { CJK_NAME, LANG_OF, looksLikeName, isDateAlone, personName, withoutHonorific } from "./person-names.js";
import { greetingIn, headingName, nameBeforeParticulars, nameLeadingContacts, nameOverTwoLines, headlineLeading, isHeadline, isLongHeadline, NAME_APART, ownerOfTitleLine } from "./header-names.js";
import { streetsOverTowns, countriesUnderAddresses } from "./header-addresses.js";

/** What the header of a CV gave: basics fields, and which lines were used up. */
export interface HeaderRead {
  basics: Basics;
  used: Set<SourceLine>;
  /** Where the name came from, for origins. */
  nameLine?: SourceLine;
  /** Links' texts whose addresses the source lost ("LinkedIn" in a PDF's text), with their lines. */
  addressless?: Array<{ text: string; line: SourceLine }>;
}

/**
 * Reads the name, contacts and place from the lines before the first section
 * (and the document title): only the header is searched, so a GitHub link in
 * a project is never taken for the owner's profile.
 */
export function readHeader(lines: readonly SourceLine[], documentTitle: SourceLine | undefined, lowerWords: ReadonlySet<string>): HeaderRead {
  const basics: Basics = {};
  const used = new Set<SourceLine>();
  const addressless: NonNullable<HeaderRead["addressless"]> = [];
  let nameLine: SourceLine | undefined;
  // "# Hi 👋, I'm Alex Kumar": a profile README greets its reader by name in its title
  const titleName = documentTitle && !classifyTitle(documentTitle.text) ? headingName(documentTitle.text, lowerWords) : undefined;
  if (titleName) nameLine = documentTitle;
  // a title over the document that names no one ("# AI Product Manager / Head of Product") is its headline: its words are kept
  // ("# Hi there 👋" says hello, nothing of the person)
  else if (documentTitle && !isHelloAlone(documentTitle.text)) basics.label = documentTitle.text;
  // "# Jane Doe | Backend Developer": what the title says after the name is the headline
  // ("# Jane Doe, Senior Software Engineer": or after its comma)
  const titled = titleName ? new RegExp(`^(.+?)(?:${NAME_APART.source}|,\\s+)(.+)$`, "u").exec(documentTitle!.text.trim()) : null;
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
    // "555-0100 | jane@x.org | LinkedIn | Portfolio": a link's text that only says where it leads, its address lost
    // with the PDF's links, is one of the contacts, though none the reader can follow
    const linkNames = phrases.filter((p, i) => !contacts[i] && namesLink(p));
    if (!contacts.some(Boolean) || contacts.filter(Boolean).length < Math.ceil((phrases.length - personal.length - linkNames.length) / 2)) {
      // an e-mail address or a profile's address is the owner's near the top, whatever shares its line ("赵宏轩/男/1991   github.com/x")
      for (const c of contacts) if (c?.field === "email" || c?.field === "profile") addContact(basics, c);
      continue;
    }
    for (const c of contacts) if (c) addContact(basics, c);
    // "Backend Developer · Madrid, Spain · carlos@mendez.dev": the headline shares the contact line
    const unread = phrases.filter((p, i) => !contacts[i] && !(l === led && p === basics.name) && !personal.includes(p) && !linkNames.includes(p));
    const headline = unread.length === 1 && !basics.label && isHeadline(unread[0]!) ? unread[0] : undefined;
    if (headline) basics.label = headline;
    for (const link of l.links) {
      const c = readContact(link.url);
      if (c && c.field === "profile") addContact(basics, c);
    }
    for (const text of linkNames.filter((p) => !l.links.some((link) => link.text.trim() === p.trim()))) {
      // the network is named though its address is gone, as the CV printed it; the reader is told what to add
      const network = networkOfLabel(withoutDecoration(text));
      if (network && !basics.profiles?.some((profile) => profile.network === network)) (basics.profiles ??= []).push({ network });
      addressless.push({ text, line: written });
    }
    if (!unread.length || headline) used.add(written);
  }
  return { basics, used, addressless, ...(nameLine && { nameLine }) };
}

/** "LinkedIn", "GitHub", "Portfolio", "E-mail": a network's name or a contact's label alone, the text of a link. */
function namesLink(phrase: string): boolean {
  const label = withoutDecoration(phrase).trim();
  const field = fieldOfLabel(label);
  return networkOfLabel(label) !== undefined || field === "url" || field === "email" || field === "phone";
}
