import { groupSections } from "../parse/blocks.js";
import { classifyTitle, type SectionKind } from "../parse/section-titles.js";
import { contentOverrules, kindFromContent } from "./section-content.js";
import { mendContactSidebars, takeStrayContacts } from "./contact-sidebar.js";
import { CUSTOM_KINDS } from "../parse/title-keywords.js";
import { isDocumentTitle, nameInDocumentTitle } from "../parse/document-title.js";
import type { ParsedSource, SectionBlock, SourceLine } from "../parse/source-line.js";
import type { SourceFile } from "../source/source-file.js";
import type { Basics } from "../resume/schema.js";
import type { YamlOverrides } from "../parse/yaml-overrides.js";
import { sidecarPath } from "../source/read-sidecar.js";
import { greetedName } from "./greeting.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { withoutDecoration } from "../parse/normalize.js";
import { greetingIn, headingName, looksLikeName, lowerCaseWords, ownName, personName, readHeader, withoutHonorific, type HeaderRead } from "./basics.js";
import { addContact } from "./contacts.js";
import { addEntry, createDraft, note, type Draft } from "./draft.js";
import type { Extraction } from "./extraction.js";
import { addUrlSchemes, dropInvalid } from "./finish.js";
import { frontMatterBasics, readFrontMatter } from "./front-matter.js";
import { readThemeWidgets } from "./theme-widgets.js";
import { placesListed, readPersonalData, type PersonalData } from "./personal-data.js";
import { applyOverrides, unplacedOverrides } from "./overrides.js";
import { placeUntitled } from "./place-preamble.js";
import { namesDatedEmployer, placeEmployerSections, placeSection, placeUntitledJobs } from "./place-section.js";
import { findProseEducation } from "./prose-education.js";
import { toEducation } from "./education.js";
import { findEducationInHeader, findSchoolLines } from "./education-elsewhere.js";
import { DEGREE } from "./degrees.js";
import { findNamedProjects } from "./named-projects.js";
import { mergeJobEvents, moveSchoolRows } from "./history-events.js";
import { mergeEnrolments, mergeRepeatedJobs, mergeSchoolOverDegree } from "./merge-repeats.js";
import { nameFromHandles } from "./name-from-handles.js";
import { placeConsentClauses, takeConsentClauses } from "./consent-clause.js";
import { ROLE_WORDS } from "./vocabulary.js";
import { returnStrayDates } from "./layout/stray-dates.js";
import { headerAfterSidebar } from "./sidebar-header.js";
import { splitStackedSections } from "./layout/stacked-sections.js";
import { foldSkillSubsections } from "./layout/skill-subsections.js";
import { headsOneOfRoleSections, roleSections } from "./role-sections.js";

/**
 * Turns a CV source, parsed (Markdown or plain text, see parse/parse-source.ts)
 * into logical lines, into a draft résumé: group the lines into sections, read
 * each section by its kind, then apply front matter and sidecar overrides.
 * Pure: no I/O.
 */
export function extractResume(file: SourceFile, parsed: ParsedSource, sidecar?: YamlOverrides): Extraction {
  const lowerWords = lowerCaseWords(file.text);
  const draft = createDraft(file.path, lowerWords, file.text.split("\n"), headingsWritten(file));
  draft.diagnostics.push(...(parsed.diagnostics ?? []));
  let { documentTitle, blocks } = groupSections(parsed.lines);
  // "CURRICULUM VITAE" over the name: the lines under it are the header, not a section of that title
  const titled = documentTitle ?? (blocks[0]?.title !== undefined ? headingLine(blocks[0]) : undefined);
  // ("Job Market CV" over "Maria Lopez": words before a title are its owner's name only when they read as one and no
  // line of the header under it does)
  const nameBelow = titled !== undefined && blocks[0]?.lines.some((l) => l !== titled && looksLikeName(l.text, lowerWords));
  const owner = titled && nameInDocumentTitle(titled.text, (words) => !nameBelow && looksLikeName(words, lowerWords));
  if (titled && (owner || isDocumentTitle(titled.text))) {
    note(draft, "info", "document-title", `read "${titled.text.trim()}" as the document's title, not as a name or a section`, titled.position);
    draft.resume.meta = { ...draft.resume.meta, title: titled.text.trim() };
    if (titled !== documentTitle) blocks = [{ position: blocks[0]!.position, lines: blocks[0]!.lines }, ...blocks.slice(1)];
    // "Resume of Jane Doe", "张三简历": the title names its owner
    documentTitle = owner ? { ...titled, text: owner } : undefined;
  }
  // a lone first heading that is a person's name ("JANE DOE", "# Jane Doe – Lebenslauf") titles the document,
  // even under a few lines of markup directives that name no one (reStructuredText's ".. options")
  const at = blocks[0]?.title === undefined && !blocks[0]?.lines.some((l) => looksLikeName(l.text, lowerWords)) ? 1 : 0;
  const first = blocks[at];
  // "# rsschool-cv" over "## Olena Polnikova": a title that names no one gives way to the name under it, and stays a
  // line of the header
  const namesNoOne = documentTitle !== undefined && !headingName(documentTitle.text, lowerWords);
  // "### Brightwell Analytics - Data Engineer" over "#### April 2020 - Current": a first heading that heads a dated job names no one
  const headsJob = first?.title !== undefined && namesDatedEmployer(first.title, first.lines.find((l) => /\S/.test(l.text))?.text);
  const name = (!documentTitle || namesNoOne) && first?.title && !classifyTitle(first.title) && !headsJob ? headingName(first.title, lowerWords) : undefined;
  if (first && name) {
    if (documentTitle) blocks = [{ ...blocks[0]!, lines: [{ ...documentTitle, kind: "text", depth: 0 }, ...blocks[0]!.lines] }, ...blocks.slice(1)];
    // "# Jane Doe – Lebenslauf": what follows the name is the document's title, or ("## Jane Doe | Backend Developer")
    // the headline, which the header reads from the heading whole
    const rest = /^.+?\s+[-–—|:·•]\s+(.+)$/.exec(first.title!.trim())?.[1];
    const documentTitleAfter = rest !== undefined && isDocumentTitle(rest);
    if (documentTitleAfter && !draft.resume.meta?.title) draft.resume.meta = { ...draft.resume.meta, title: rest };
    // "## Hey 👋, I'm Sofia!": the greeting stays with the name, which alone would not read as one
    const named = (rest === undefined || documentTitleAfter) && name !== greetedName(withoutDecoration(first.title!));
    documentTitle = { ...headingLine(first), text: named ? name : first.title! };
    blocks = [{ position: blocks[0]!.position, lines: blocks.slice(0, at + 1).flatMap((b) => b.lines) }, ...blocks.slice(at + 1)];
  }
  if (!draft.resume.meta?.title) blocks = takeTitleUnderName(draft, blocks);
  // ("# Resume" over "# CV" over "**Education**": a second heading that names the document, with nothing under it, is no section)
  else blocks = blocks.filter((b) => b.title === undefined || b.lines.length > 0 || !isDocumentTitle(b.title));
  if (documentTitle) blocks = headlineUnderName(blocks, headingsWritten(file));
  const consent = takeConsentClauses(blocks);
  blocks = consent.blocks;
  const preamble = blocks[0] && blocks[0].title === undefined ? blocks[0] : undefined;
  const kinds = blocks.map((b) => (b.title === undefined ? undefined : contentOverrules(classifyTitle(b.title), b.lines) ?? kindFromContent(b.lines, b.title)));
  blocks = mendContactSidebars(blocks, kinds);
  const stacked = splitStackedSections(blocks, kinds);
  blocks = stacked.blocks;
  for (const line of stacked.moved) {
    note(draft, "info", "weak-evidence", `read "${line.text.trim()}" as an entry of the section over the one it was printed in: a PDF's two columns put their first titles one over the other and their entries in turn; give each column's sections their own titles in the text if that is not so`, line.position);
  }
  const groups = foldSkillSubsections(blocks, kinds);
  blocks = groups.blocks;
  for (const label of groups.folded) {
    note(draft, "info", "weak-evidence", `read the section "${label.text}" as a group of the skills above it, whose label a PDF's text set as a title; write it as "${label.text}: …" under the skills if that is so, or leave it a section of its own`, label.position);
  }
  const stray = returnStrayDates(blocks, kinds);
  blocks = stray.blocks;
  for (const { date, entry } of stray.returned) {
    note(draft, "info", "weak-evidence", `read "${date.text.trim()}" as the dates of "${entry.text.trim()}", the entry it lines up with among those of the section above, whose dates a PDF's text put after the next section; write the dates on the entry's line if that is not so`, date.position);
  }
  let header = readHeader(preamble?.lines ?? [], documentTitle, lowerWords);
  const sidebar = header.nameLine ? undefined : headerAfterSidebar(blocks, kinds, lowerWords);
  if (sidebar) {
    header = { ...sidebar.header, basics: { ...header.basics, ...sidebar.header.basics } };
    blocks = blocks.map((b, i) => (i === sidebar.block ? { ...b, lines: b.lines.slice(0, sidebar.from) } : b));
  }
  const personal = header.nameLine ? undefined : headerInPersonalSection(blocks, kinds, lowerWords);
  if (personal) {
    header = { ...personal.header, basics: { ...header.basics, ...personal.header.basics } };
    blocks = blocks.map((b, i) => (i === personal.block ? { ...b, lines: b.lines.filter((l) => !personal.header.used.has(l)) } : b));
  }
  const nameSection = header.nameLine ? undefined : headerInNamedSection(blocks, kinds, lowerWords);
  if (nameSection) {
    header = { ...nameSection.header, basics: { ...header.basics, ...nameSection.header.basics } };
    blocks = blocks.map((b, i) => (i === nameSection.block ? { position: b.position, lines: [] } : b));
  }
  const introduced = header.nameLine ? undefined : greetingInAbout(blocks, kinds, lowerWords);
  if (introduced) header = { ...header, basics: { ...header.basics, name: introduced.name }, nameLine: introduced.line };
  const personalData = readPersonalData(blocks, kinds);
  header = withPersonalData(header, personalData);
  // "基本信息" over "姓名：李明" and "期望职位：…": the lines of the personal details read as the name and the headline
  // are said by those fields; the details no field holds (birth date, gender) stay as the section's
  // ("大井 愛仁（おおい　あきひと）" says the name's reading too, which no field holds: that line stays)
  const read = [
    { line: personalData.name?.line, value: header.basics.name },
    { line: personalData.headline?.line, value: header.basics.label },
  ];
  const said = read.flatMap(({ line, value }) => (line !== undefined && header.used.has(line) && saysOnly(line, value) ? [line] : []));
  blocks = blocks.map((b, i) => (kinds[i] === "contact" && said.some((l) => b.lines.includes(l)) ? { ...b, lines: b.lines.filter((l) => !said.includes(l)) } : b));
  const frontMatter = readFrontMatter(draft, parsed.frontMatter);
  // the front matter's name and contacts only stand in for what the text does not say
  const fromFrontMatter = frontMatterBasics(frontMatter, lowerWords, parsed.frontMatter?.position ?? { line: 1, column: 1 });
  header = { ...header, basics: filledFrom(header.basics, fromFrontMatter) };
  const byHandle = header.basics.name ? undefined : nameFromHandles(parsed.lines, header.basics);
  if (byHandle) header = { ...header, basics: { ...header.basics, name: byHandle.name }, nameLine: byHandle.line };
  blocks = takeStrayContacts(blocks, kinds, header.basics);
  if (Object.keys(header.basics).length) draft.resume.basics = header.basics;
  if (header.nameLine) draft.origins.set("/basics/name", header.nameLine.position);
  // "## Acme株式会社 (2021/04〜2022/09)": a 職務経歴書 may give each employer a section of its own, with no section over them
  const employers = blocks.map((b, i) => kinds[i] === undefined && b.title !== undefined && namesDatedEmployer(b.title, b.lines.find((l) => /\S/.test(l.text))?.text));
  // "## Senior UX Designer" over "#### Lantern Software" and its dates: sections titled by their jobs
  // (in Markdown, whose headings its writer set, not in a PDF's, whose text may print a job's title large over its duties)
  const roles = headingsWritten(file) ? roleSections(blocks, kinds) : undefined;
  for (const [i, block] of blocks.entries()) {
    if (roles?.used.has(i)) {
      if (i === roles.first) placeUntitledJobs(draft, roles.entries);
      continue;
    }
    if (employers[i]) {
      if (!employers[i - 1]) placeEmployerSections(draft, blocks.filter((_, k) => k >= i && employers.slice(i, k + 1).every(Boolean)));
      continue;
    }
    if (block.title === undefined) placeUntitled(draft, block.lines.filter((l) => !header.used.has(l)), kinds);
    else placeSection(draft, block, kinds[i]);
  }
  placeConsentClauses(draft, consent.clauses);
  readThemeWidgets(draft, frontMatter, parsed.frontMatter?.position ?? { line: 1, column: 1 });
  findEducationInProse(draft, blocks, kinds);
  moveSchoolRows(draft);
  mergeJobEvents(draft);
  mergeRepeatedJobs(draft);
  mergeEnrolments(draft);
  mergeSchoolOverDegree(draft);
  if (!draft.resume.projects?.length) for (const p of findNamedProjects(parsed.lines)) addEntry(draft, "projects", p.project, p.position);
  // the sidecar comes last, so it wins over the front matter as both win over the text
  for (const overrides of [frontMatter, sidecar]) {
    if (!overrides) continue;
    draft.resume = applyOverrides(draft.resume, overrides.value);
    draft.diagnostics.push(...unplacedOverrides(overrides, { frontMatter: overrides === frontMatter }));
  }
  if (!draft.resume.basics?.name) {
    note(
      draft,
      "warning",
      "missing-name",
      `no name was found: neither a first heading nor a line near the top reads as a person's name; add front matter "name: Jane Doe" at the top of the file, or a ${sidecarPath(file.path)} with "basics: {name: Jane Doe}"`,
    );
  }
  addUrlSchemes(draft.resume);
  dropInvalid(draft);
  return { resume: draft.resume, origins: draft.origins, diagnostics: draft.diagnostics };
}

/**
 * Europass: "PERSONAL INFORMATION" over the name, the address and the phone, with no name above it. When the top
 * named no one, a personal-information section among the first that opens with a name is the header.
 */
function headerInPersonalSection(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { header: HeaderRead; block: number } | undefined {
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
function headerInNamedSection(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { header: HeaderRead; block: number } | undefined {
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
function greetingInAbout(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { name: string; line: SourceLine } | undefined {
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
function withPersonalData(header: HeaderRead, data: PersonalData): HeaderRead {
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
function filledFrom(basics: Basics, others: Basics): Basics {
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
function takeTitleUnderName(draft: Draft, blocks: SectionBlock[]): SectionBlock[] {
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
function headlineUnderName(blocks: SectionBlock[], written: boolean): SectionBlock[] {
  const at = blocks[0]?.title === undefined && !blocks[0]?.lines.length ? 1 : blocks[0]?.title === undefined ? -1 : 0;
  const block = blocks[at];
  const title = block?.title;
  if (!block || title === undefined || classifyTitle(title) !== undefined || isDocumentTitle(title) || !ROLE_WORDS.test(title) || title.split(/\s+/).length > 16) return blocks;
  if (written && headsOneOfRoleSections(blocks, at)) return blocks;
  const line: SourceLine = { ...headingLine(block), kind: "text", depth: 0 };
  return [{ position: block.position, lines: [line, ...block.lines] }, ...blocks.slice(at + 1)];
}

/** Markdown whose headings its writer set, not the Markdown vitae wrote of a PDF's or Word file's text (which maps its lines to pages). */
const headingsWritten = (file: SourceFile) => file.format === "markdown" && !file.pageLines;

/** "about / publications / cv": a web page's menu, whose "cv" links to the CV and titles nothing; a title is written as one. */
function inMenu(line: SourceLine, ...beside: Array<SourceLine | undefined>): boolean {
  return !/\p{Lu}|\p{Lo}/u.test(line.text) || beside.some((l) => l && classifyTitle(l.text) !== undefined);
}

function headingLine(block: SectionBlock): SourceLine {
  return { kind: "heading", text: block.title!, position: block.position, depth: 1, links: [], gap: true };
}

/**
 * Degrees told outside an Education section, when there is none: in prose (an
 * "About me", an intro, loose bullets), or on a line or table row labelled as
 * education ("Education: BA, English, University of New Mexico, 2010").
 */
function findEducationInProse(draft: Draft, blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>): void {
  findSchoolLines(draft, blocks, kinds);
  if (draft.resume.education?.length) return;
  // "# 个人信息" / "- 本科/北京邮电大学计算机系": the studies among the personal details, which stay as written there too
  blocks.forEach((block, i) => {
    if (kinds[i] === "contact") for (const { education, line } of findEducationInHeader(block.lines)) addEntry(draft, "education", education, line.position);
  });
  if (draft.resume.education?.length) return;
  blocks.forEach((block, i) => {
    if (kinds[i] !== undefined && kinds[i] !== "summary" && !CUSTOM_KINDS.has(kinds[i] as SectionKind)) return;
    for (const line of block.lines) {
      const labelled = educationLabelled(line);
      if (labelled) addEntry(draft, "education", toEducation({ head: [{ ...line, text: labelled, kind: "text", lead: undefined, cells: undefined }], body: [], position: line.position }), line.position);
      else if (kinds[i] === undefined || kinds[i] === "summary") for (const edu of findProseEducation(line.text)) addEntry(draft, "education", edu, line.position);
    }
  });
}

/** "Education: BA, …", "| **Education** | M.S. …, Cleveland State University |": the value of a line labelled as education. */
function educationLabelled(line: SourceLine): string | undefined {
  const [label, ...rest] = line.cells?.length ? line.cells : (/^([^:：]{2,30})[:：]\s*(.+)$/.exec(line.text)?.slice(1) ?? []);
  const value = rest.join(", ").trim();
  return label && value && DEGREE.test(value) && classifyTitle(label.replace(/[*_]/g, "")) === "education" ? value : undefined;
}

/** The line says the value and nothing more, but for its label ("Name: Xiang Wang", "期望职位：后台开发工程师", a row's "Name | Jo Vega"). */
function saysOnly(line: SourceLine, value: string | undefined): boolean {
  const words = (text: string) => text.normalize("NFKC").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return value !== undefined && words(line.text.replace(/^[^:：|]{1,24}(?:[:：]|\s\|)\s*/u, "")) === words(value);
}
