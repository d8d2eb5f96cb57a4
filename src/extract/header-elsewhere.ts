import { classifyTitle } from "../parse/section-titles.js";
import { isDocumentTitle } from "../parse/document-title.js";
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import type { Basics } from "../resume/schema.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { greetingIn, headingName } from "./header-names.js";
import { looksLikeName, ownName, personName, withoutHonorific } from "./person-names.js";
import { readHeader, type HeaderRead } from "./basics.js";
import { addContact } from "./contacts.js";
import { note, type Draft } from "./draft.js";
import { placesListed, type PersonalData } from "./personal-data.js";
import { ROLE_WORDS } from "./vocabulary.js";
import { headsOneOfRoleSections } from "./role-sections.js";

/**
 * Europass: "PERSONAL INFORMATION" over the name, the address and the phone, with no name above it. When the top
 * named no one, a personal-information section among the first that opens with a name is the header.
 */
export function headerInPersonalSection(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { header: HeaderRead; block: number } | undefined {
  const block = kinds.findIndex((k, i) => k === "contact" && blocks.slice(0, i).filter((b) => b.title !== undefined).length <= 1);
  const first = blocks[block]?.lines[0];
  // "Nome⇥ROSSI MARCO": a label beside its value is personal data's to read
  // "个人信息" over "田震 | 156-1172-1937 | i@example.org": or with the name leading a line of particulars, as the header reads one
  if (!first || first.kind !== "text" || /[\t:：]/.test(first.text)) return undefined;
  if (!looksLikeName(withoutHonorific(personName(first.text)), lowerWords) && !/[|｜]/.test(first.text)) return undefined;
  const header = readHeader(blocks[block]!.lines, undefined, lowerWords);
  return header.nameLine === first ? { header, block } : undefined;
}

/**
 * "## sorrynofocus" then "# Chris Winters" over "[LinkedIn] | [GitHub]": where the top named no one, a section among
 * the first whose title is a person's name and that holds only what a header holds (contacts, links) is the header.
 */
export function headerInNamedSection(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { header: HeaderRead; block: number } | undefined {
  const block = blocks.findIndex((b, i) => b.title !== undefined && kinds[i] === undefined && blocks.slice(0, i).filter((x) => x.title !== undefined).length <= 2 && headingName(b.title, lowerWords) !== undefined);
  const named = blocks[block];
  // ("## Customers History" over "- Quillon (USA)", "- Pic-pic (USA)": a list of places is no header's, which has one)
  if (!named || placesListed(named).size) return undefined;
  const title: SourceLine = { kind: "text", text: headingName(named.title!, lowerWords)!, position: named.position, depth: 0, links: [], gap: true };
  const header = readHeader([title, ...named.lines], undefined, lowerWords);
  return header.nameLine === title && named.lines.every((l) => header.used.has(l) || !/[\p{L}\p{N}]/u.test(l.text)) ? { header, block } : undefined;
}

/**
 * "# About me" over "I'm **Jonas Weber**, a data engineer…": a personal page that opens with its about section
 * names its author in that section's greeting, when nothing above named anyone. The line stays the summary's.
 */
export function greetingInAbout(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { name: string; line: SourceLine } | undefined {
  // ("# About" over "## About" over "Hi, I am …": the page's own title, then its about section, are about sections both)
  for (const [i, block] of blocks.entries()) {
    if (kinds[i] !== "summary" && block.title !== undefined) return undefined;
    const greeting = kinds[i] === "summary" ? greetingIn(block.lines.slice(0, 3), lowerWords) : undefined;
    // "Hello, I am Senior Data Engineer looking for remote work.": the greeting names the work sought, not its author (in
    // several words: a Korean name in one, "이사랑", can weigh as a role's)
    if (greeting && !(/\s/.test(greeting.name.trim()) && roleLean(weighPhrase(greeting.name)) > 0.5)) return greeting;
  }
  return undefined;
}

/** The header with what personal data added: a labelled name ("氏名: …") wins over a heading; contacts only fill what the header left empty. */
export function withPersonalData(header: HeaderRead, data: PersonalData): HeaderRead {
  const basics = filledFrom(header.basics, data.basics);
  const used = new Set([...header.used, ...data.used]);
  // the job sought is the headline only where the top gave none; otherwise its line stays with the details, as it
  // does where it says more than the job ("求职意向：Java开发 | 北京")
  if (data.headline && !basics.label) {
    basics.label = data.headline.text;
    if (saysOnly(data.headline.line, data.headline.text)) used.add(data.headline.line);
  }
  if (!data.name) return { ...header, basics, used };
  return { basics: { ...basics, name: ownName(data.name.text) }, used, nameLine: data.name.line };
}

/** Basics with the fields they lack taken from others, and the others' profiles added. */
export function filledFrom(basics: Basics, others: Basics): Basics {
  const out = { ...basics };
  for (const [field, value] of Object.entries(others)) {
    if (field === "profiles") for (const p of others.profiles ?? []) addContact(out, { field: "profile", ...p, network: p.network ?? "" });
    else if (field === "email" || field === "phone") addContact(out, { field, value: others[field]!, ...(others.labels?.[field] && { label: others.labels[field] }) });
    else if (field !== "labels" && field !== "otherContacts" && out[field as keyof Basics] === undefined) {
      (out as Record<string, unknown>)[field] = value;
      // the label written before a contact goes with it
      const label = others.labels?.[field as keyof NonNullable<Basics["labels"]>];
      if (label) out.labels = { ...out.labels, [field]: label };
    }
  }
  // after the first address and number, which an other one only stands in for where the first is missing
  for (const o of others.otherContacts ?? []) addContact(out, { field: o.kind, value: o.value, ...(o.label && { label: o.label }) });
  return out;
}

/**
 * "Jane Doe" over "Curriculum Vitae" (moderncv's title, a Word CV's second line): what the document
 * calls itself, set under the name as a heading or a line of the header, titles it. It is no section
 * and no headline; the lines under such a heading are the header's.
 */
export function takeTitleUnderName(draft: Draft, blocks: SectionBlock[]): SectionBlock[] {
  const firstSection = blocks.findIndex((b) => b.title !== undefined && classifyTitle(b.title) !== undefined);
  const before = firstSection < 0 ? blocks : blocks.slice(0, firstSection);
  const heading = before.findIndex((b) => b.title !== undefined && isDocumentTitle(b.title));
  const preamble = blocks[0]?.title === undefined ? blocks[0] : undefined;
  const line = heading < 0 ? preamble?.lines.slice(0, 6).find((l, i, top) => (l.kind === "text" || l.kind === "subheading") && isDocumentTitle(l.text) && !inMenu(l, top[i - 1], top[i + 1])) : undefined;
  const title = heading >= 0 ? headingLine(blocks[heading]!) : line;
  if (!title) return blocks;
  note(draft, "info", "document-title", `read "${title.text.trim()}" as the document's title, not as a section or a headline`, title.position);
  draft.resume.meta = { ...draft.resume.meta, title: title.text.trim() };
  if (line) return [{ ...preamble!, lines: preamble!.lines.filter((l) => l !== line) }, ...blocks.slice(1)];
  const under = blocks[heading]!.lines;
  const rest = blocks.filter((_, i) => i !== heading);
  return preamble ? [{ ...preamble, lines: [...preamble.lines, ...under] }, ...rest.slice(1)] : [{ position: blocks[heading]!.position, lines: under }, ...rest];
}

/**
 * "# Hi, I'm Alex" over "### A passionate full stack developer from Pune": a heading right under the name that says
 * what the person does, in no section's words, is the headline; what is under it is the header's.
 */
export function headlineUnderName(blocks: SectionBlock[], written: boolean): SectionBlock[] {
  const at = blocks[0]?.title === undefined && !blocks[0]?.lines.length ? 1 : blocks[0]?.title === undefined ? -1 : 0;
  const block = blocks[at];
  const title = block?.title;
  if (!block || title === undefined || classifyTitle(title) !== undefined || isDocumentTitle(title) || !ROLE_WORDS.test(title) || title.split(/\s+/).length > 16) return blocks;
  if (written && headsOneOfRoleSections(blocks, at)) return blocks;
  const line: SourceLine = { ...headingLine(block), kind: "text", depth: 0 };
  return [{ position: block.position, lines: [line, ...block.lines] }, ...blocks.slice(at + 1)];
}

/** "about / publications / cv": a web page's menu, whose "cv" links to the CV and titles nothing; a title is written as one. */
function inMenu(line: SourceLine, ...beside: Array<SourceLine | undefined>): boolean {
  return !/\p{Lu}|\p{Lo}/u.test(line.text) || beside.some((l) => l && classifyTitle(l.text) !== undefined);
}

export function headingLine(block: SectionBlock): SourceLine {
  return { kind: "heading", text: block.title!, position: block.position, depth: 1, links: [], gap: true };
}

/** The line says the value and nothing more, but for its label ("Name: Xiang Wang", "期望职位：后台开发工程师", a row's "Name | Jo Vega"). */
export function saysOnly(line: SourceLine, value: string | undefined): boolean {
  const words = (text: string) => text.normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return value !== undefined && words(line.text.replace(/^[^:：|]{1,24}(?:[:：]|\s\|)\s*/u, "")) === words(value);
}
