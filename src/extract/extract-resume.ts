import { groupSections } from "../parse/blocks.js";
import { classifyTitle, countedTitleKind, type SectionKind } from "../parse/section-titles.js";
import { contentOverrules, kindFromContent } from "./section-content.js";
import { mendContactSidebars, takeStrayContacts } from "./contact-sidebar.js";
import { CUSTOM_KINDS } from "../parse/title-keywords.js";
import { isDocumentTitle, nameInDocumentTitle } from "../parse/document-title.js";
import type { ParsedSource, SectionBlock, SourceLine } from "../parse/source-line.js";
import type { SourceFile } from "../source/source-file.js";
import type { YamlOverrides } from "../parse/yaml-overrides.js";
import { sidecarPath } from "../source/read-sidecar.js";
import { greetedName } from "./greeting.js";
import { withoutDecoration } from "../parse/normalize.js";
import { headingName } from "./header-names.js";
import { looksLikeName, lowerCaseWords } from "./person-names.js";
import { readHeader } from "./basics.js";
import { addEntry, createDraft, note, type Draft } from "./draft.js";
import { assignSectionEntries } from "./section-entries.js";
import type { Extraction } from "./extraction.js";
import { addUrlSchemes, dropInvalid } from "./finish.js";
import { locationFromSummary } from "./summary-location.js";
import { frontMatterBasics, readFrontMatter } from "./front-matter.js";
import { readThemeWidgets } from "./theme-widgets.js";
import { readPersonalData } from "./personal-data.js";
import { applyOverrides, unplacedOverrides } from "./overrides.js";
import { placeUntitled } from "./place-preamble.js";
import { namesDatedEmployer, placeEmployerSections, placeUntitledJobs } from "./place-jobs.js";
import { placeSection } from "./place-section.js";
import { findProseEducation } from "./prose-education.js";
import { toEducation } from "./education.js";
import { findEducationInHeader, findSchoolLines } from "./education-elsewhere.js";
import { findWorkInForm } from "./work-in-form.js";
import { DEGREE } from "./degrees.js";
import { findNamedProjects } from "./named-projects.js";
import { mergeJobEvents, moveSchoolRows } from "./history-events.js";
import { mergeEnrolments, mergeRepeatedJobs, mergeSchoolOverDegree } from "./merge-repeats.js";
import { nameFromHandles } from "./name-from-handles.js";
import { placeConsentClauses, takeConsentClauses } from "./consent-clause.js";
import { returnStrayDates } from "./layout/stray-dates.js";
import { returnSidebarItems } from "./layout/sidebar-items.js";
import { headerAfterSidebar } from "./sidebar-header.js";
import { splitStackedSections } from "./layout/stacked-sections.js";
import { foldSkillSubsections } from "./layout/skill-subsections.js";
import { roleSections } from "./role-sections.js";
import { contentsMessage, takeContentsList } from "./contents-list.js";
import { placeUpdateStamps, takeUpdateStamps } from "./update-stamp.js";
import { placeCopyrightNotice, takeCopyrightNotice } from "./copyright-notice.js";
import { placeReferencesRemark, takeReferencesRemark } from "./references-remark.js";
import { lowerDatesOverHeads } from "./layout/dates-over-heads.js";
import { headerInPersonalSection, headerInNamedSection, greetingInAbout, withPersonalData, filledFrom, takeTitleUnderName, headlineUnderName, headingLine, saysOnly } from "./header-elsewhere.js";

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
  const contents = takeContentsList(blocks);
  blocks = contents.blocks;
  if (contents.list) note(draft, "info", "contents-list", contentsMessage(contents.list), contents.list.position);
  const updated = takeUpdateStamps(blocks);
  blocks = updated.blocks;
  const copyright = takeCopyrightNotice(blocks);
  blocks = copyright.blocks;
  const references = takeReferencesRemark(blocks);
  blocks = references.blocks;
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
  const kinds = blocks.map((b) => (b.title === undefined ? undefined : contentOverrules(classifyTitle(b.title) ?? countedTitleKind(b.title), b.lines) ?? kindFromContent(b.lines, b.title)));
  // (hh.ru's dates over each job's heading go under it: layout/dates-over-heads.ts)
  blocks = blocks.map((b, i) => (kinds[i] === "work" || kinds[i] === "volunteer" || kinds[i] === "education" ? lowerDatesOverHeads(b) : b));
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
  for (const { text, line } of header.addressless ?? []) {
    note(draft, "info", "link-without-address", `read "${text.trim()}" as the text of a link whose address the source does not hold (a PDF's text keeps no links): write the address itself (linkedin.com/in/…, https://…) to keep the link`, line.position);
  }
  const sidebar = header.nameLine ? undefined : headerAfterSidebar(blocks, kinds, lowerWords);
  if (sidebar) {
    header = { ...sidebar.header, basics: { ...header.basics, ...sidebar.header.basics } };
    blocks = blocks.map((b, i) => (i === sidebar.block ? { ...b, lines: b.lines.slice(0, sidebar.from) } : b));
    blocks = returnSidebarItems(blocks, kinds);
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
  placeUpdateStamps(draft, updated.stamps);
  placeCopyrightNotice(draft, copyright.notice);
  placeReferencesRemark(draft, references.remark);
  placeConsentClauses(draft, consent.clauses);
  readThemeWidgets(draft, frontMatter, parsed.frontMatter?.position ?? { line: 1, column: 1 });
  findEducationInProse(draft, blocks, kinds);
  // "경력 : 한빛전자 (2017.01 ~ )": with no section of jobs, the employer a form of personal details names is the job
  if (!draft.resume.work?.length) blocks.forEach((b, i) => kinds[i] === "contact" && findWorkInForm(b.lines).forEach(({ work, line }) => addEntry(draft, "work", work, line.position)));
  moveSchoolRows(draft);
  mergeJobEvents(draft);
  mergeRepeatedJobs(draft);
  mergeEnrolments(draft);
  mergeSchoolOverDegree(draft);
  if (!draft.resume.projects?.length) for (const p of findNamedProjects(parsed.lines)) addEntry(draft, "projects", p.project, p.position);
  locationFromSummary(draft);
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
  assignSectionEntries(draft);
  addUrlSchemes(draft.resume);
  dropInvalid(draft);
  return { resume: draft.resume, origins: draft.origins, diagnostics: draft.diagnostics };
}

/** Markdown whose headings its writer set, not the Markdown vitae wrote of a PDF's or Word file's text (which maps its lines to pages). */
const headingsWritten = (file: SourceFile) => file.format === "markdown" && !file.pageLines;

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
