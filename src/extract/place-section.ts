import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { classifyTitle, titleNames, type SectionKind } from "../parse/section-titles.js";
import { findCards } from "./cards.js";
import { addContact } from "./contacts.js";
import { readLineContacts } from "./line-contacts.js";
import { addCatchAll, toCustomItem } from "./custom.js";
import { addCustomSection, addEntry, listSection, type Draft } from "./draft.js";
import { splitProjects } from "./project-lists.js";
import { boldAuthorCitations, citationParagraphs, paperBlocks } from "./paper-blocks.js";
import { citationLines } from "./citation-lines.js";
import { readLanguageGrid } from "./language-grid.js";
import { namesLanguageLevel } from "./spoken-languages.js";
import { splitEntries } from "./layout/split-entries.js";
import { hasDate, isSentence, type Entry } from "./layout/lines.js";
import { withoutDates } from "./dates.js";
import { groupHeadings } from "./layout/group-headings.js";
import { groupPapers, groupUnderTitle } from "./paper-groups.js";
import { leadInLength } from "./layout/lead-in.js";
import { boldSubsections, groupedSubsections, titledListApart, withLinksUnderPapers } from "./layout/section-parts.js";
import { labelledParts } from "./layout/labelled-parts.js";
import { LISTING, placeSkills, namesNoSpokenLanguage, namesOnlySpokenLanguages, splitSkillLists } from "./place-skills.js";
import { KEY_OF, placeEntries } from "./place-entries.js";
import { skillListsIn } from "./summary-skills.js";
import { placeJobs, placeHistory } from "./place-jobs.js";
import { findListNotes } from "./list-notes.js";

/** Places one titled section into the draft according to its kind. */
export function placeSection(draft: Draft, block: SectionBlock, kind: SectionKind | undefined): void {
  // (a skills section reads the labels inside it as its groups, or as the sections they introduce: skills.ts)
  const parts = kind && kind !== "skills" && LISTING.has(kind) ? boldSubsections(block) : catchAllParts(block, kind);
  // "## Talks" over "**Invited talks**" or "### Invited talks" and "### Contributed talks": each title a section of the
  // talks under it, of the same kind where its words name none
  const talks = kind === "talks" ? (boldSubsections(block) ?? groupedSubsections(block)) : undefined;
  if (talks) return talks.forEach((part) => placeSection(draft, part, classifyTitle(part.title!) ?? kind));
  if (parts) {
    // "## Publications" over "**Journal Articles**" and "**Preprints**": the bold titles group the section's papers, under its title
    if (PAPER_KINDS.has(kind!) && parts.every((p) => PAPER_KINDS.has(classifyTitle(p.title!)!)) && !listsPapers(draft)) listSection(draft, { key: "publications", title: block.title ?? "Other" }, block.position);
    return parts.forEach((part) => placeSection(draft, part, classifyTitle(part.title!)));
  }
  // "## 证书、荣誉" over "- 荣誉：…，…": a labelled line of a combined title goes to the kind its label names
  const labelled = kind && kind !== "skills" ? labelledParts(block, kind) : undefined;
  if (labelled) {
    // the section keeps its place in the order when its own lines come first
    const restFirst = labelled.rest[0] === block.lines[0];
    if (restFirst) placeSection(draft, { ...block, lines: labelled.rest }, kind);
    for (const part of labelled.parts) placeSection(draft, part.block, part.kind);
    if (!restFirst && labelled.rest.length) placeSection(draft, { ...block, lines: labelled.rest }, kind);
    return;
  }
  // "**Proyectos destacados:**" over a list, under a school's entry: the projects are no schools
  const apart = kind === "education" ? titledListApart(block, LISTS_IN_STUDIES) : undefined;
  if (apart) {
    placeSection(draft, { ...block, lines: apart.rest }, kind);
    return placeSection(draft, apart.part, apart.kind);
  }
  const lead = kind && LISTING.has(kind) ? leadInLength(block.lines) : 0;
  if (lead) {
    // the sentence that introduces the list is printed with what reads as no entry, after the list
    placeSection(draft, { ...block, lines: block.lines.slice(lead) }, kind);
    return addCatchAll(draft, block.lines.slice(0, lead), `${block.title ?? "Other"} (more)`);
  }
  const notes = kind && PAPER_KINDS.has(kind) ? findListNotes(block.lines) : undefined;
  if (notes?.size) {
    // "\* denotes equal contribution" after the papers: a remark on the list, kept with the section's other text
    placeSection(draft, { ...block, lines: block.lines.filter((l) => !notes.has(l)) }, kind);
    return addCatchAll(draft, [...notes], `${block.title ?? "Other"} (more)`);
  }
  const title = block.title ?? "Other";
  const lines = block.lines;
  switch (kind) {
    case "summary": {
      // "**Languages:** Go, Python" under the introduction: the lists of skills go to the skills (summary-skills.ts)
      const skillLines = skillListsIn(lines);
      const text = lines.filter((l) => !skillLines.includes(l)).map((l) => (l.kind === "bullet" ? `- ${l.text}` : l.text)).join("\n");
      // "## 職務要約" then "## 自己PR", "## About" then "## Personal statement": the résumé has one summary, which every
      // theme prints under the first such title; a later section of prose keeps its own title and text
      if (text && draft.resume.basics?.summary && draft.resume.meta?.sections?.some((s) => s.key === "summary")) {
        addCustomSection(draft, title, "summary", [{ summary: text }], block.position);
        if (skillLines.length) placeSkills(draft, skillLines, title);
        return;
      }
      draft.resume.basics ??= {};
      draft.resume.basics.summary = [draft.resume.basics.summary, text].filter(Boolean).join("\n\n") || undefined;
      if (!draft.resume.basics.summary) delete draft.resume.basics.summary;
      draft.origins.set("/basics/summary", block.position);
      // (a title over no prose, "# Overview" over "## Summary", would print the summary of the section after it)
      if (text) listSection(draft, { key: "summary", title });
      if (skillLines.length) placeSkills(draft, skillLines, title);
      return;
    }
    case "contact":
      return placeContacts(draft, block, lines, title);
    case "skills":
      if (namesOnlySpokenLanguages(lines)) return placeLanguages(draft, lines, title);
      return placeSkills(draft, lines, title);
    case "projects":
      return placeListing(draft, block.lines, kind, title, true);
    case "publications":
    case "patents": {
      // "### Journal articles" over numbered papers: the headings group the items, the items are the entries
      const groups = groupHeadings(block.lines);
      const from = draft.resume.publications?.length ?? 0;
      // "PUBLICATIONS" over "Refereed Journal Publications" and "Workshop Papers" as a text's titles: one section, the later titles its groups
      const listed = listsPapers(draft);
      placeListing(draft, block.lines.filter((l) => !groups.has(l)), kind, title, !listed);
      groupPapers(draft, from, groups, title);
      if (listed) groupUnderTitle(draft, from, title);
      return;
    }
    case "work":
    case "volunteer":
      return placeJobs(draft, lines, kind, title);
    case "education-work":
      return placeHistory(draft, lines, title);
    case "languages": {
      // "Languages" over "Python, Java, C++": programming languages, which are skills, where no line names a spoken one
      // "어학 및 자격 사항", "Languages & Certificates" over test scores and licences: where no line names a spoken
      // language, the title's other part says what the lines are
      if (namesNoSpokenLanguage(lines) && titleNames(title, "certificates")) return placeEntries(draft, lines, "certificates", title, true);
      if (namesNoSpokenLanguage(lines)) return placeSkills(draft, lines, title);
      const lists = splitSkillLists(lines);
      if (lists) placeSkills(draft, lists.skills, title);
      return placeLanguages(draft, lists?.languages ?? lines, title);
    }
    case "education":
    case "awards":
    case "certificates":
    case "interests":
    case "references":
      return placeEntries(draft, lines, kind, title, true);
    default: {
      if ((kind === undefined || kind === "other") && placeLabelledLists(draft, block)) return;
      const { entries, loose } = splitEntries(lines);
      if (kind === "open-source" && namesProjects(entries)) {
        // "Independent Games 2011 - Present" right over "Starfall 2016" / bullets: a name with nothing under it, before the
        // next project, titles the projects after it
        const groups = entries.filter((e, k) => !e.body.length && k + 1 < entries.length).flatMap((e) => e.head);
        placeListing(draft, lines.filter((l) => !groups.includes(l)), "projects", title, true);
        return addCatchAll(draft, groups, `${title} (more)`);
      }
      addCustomSection(draft, title, kind ?? "other", [...loose.map((l) => ({ summary: l.text })), ...entries.map(toCustomItem)], block.position);
    }
  }
}

/**
 * "### Activities" or "## Other" over "***Projects***", "***Awards***", "***Languages***", each over its list: a section
 * no reader lists (activities, service, a title it does not know) that a CV fills with sections of its own under bold
 * titles is split into them, when a title names a section that is read (projects, awards, skills…); kept whole, the
 * projects and awards would be items of a section of text.
 */
function catchAllParts(block: SectionBlock, kind: SectionKind | undefined): SectionBlock[] | undefined {
  if ((kind && LISTING.has(kind)) || kind === "summary" || kind === "contact" || kind === "talks") return undefined;
  const parts = boldSubsections(block);
  const listed = (title: string | undefined) => {
    const partKind = classifyTitle(title ?? "");
    return partKind !== undefined && LISTING.has(partKind);
  };
  return parts?.some((p) => listed(p.title)) ? parts : undefined;
}

/**
 * The lists a bold title sets apart inside a section of studies: projects done while studying are listed so, under
 * the school they were done at; honours and courses under a school are said of its degree (study-honours.ts).
 */
const LISTS_IN_STUDIES = new Set<SectionKind>(["projects"]);

/** The kinds of section whose entries are papers. */
const PAPER_KINDS = new Set<SectionKind>(["publications", "patents"]);

/**
 * Whether the section listed last is one of papers, so that the next adds its papers to it: a text's sub-titles
 * ("Workshop Papers" under "PUBLICATIONS") follow their section at once; a section of papers further on
 * ("## Patents" after "## Talks") keeps its own place and title (its papers are its `items`: section-entries.ts).
 */
function listsPapers(draft: Draft): boolean {
  const listed = (draft.resume.meta?.sections ?? []).filter((s) => !s.title.endsWith(" (more)"));
  return listed.at(-1)?.key === "publications";
}

/** Projects or papers, as cards, or as entries split by the reader the section's layout asks for; listed unless `list` is false. */
function placeListing(draft: Draft, sectionLines: readonly SourceLine[], kind: "projects" | "publications" | "patents", title: string, list: boolean): void {
  const lines = withLinksUnderPapers(sectionLines);
  const { cards, used } = findCards(lines, draft.lowerWords);
  if (cards.length) {
    if (list) listSection(draft, { key: kind === "projects" ? "projects" : "publications", title }, lines[0]?.position);
    for (const c of cards) {
      if (kind === "projects" || !c.publication) addEntry(draft, "projects", c.project, c.position);
      if (c.publication) addEntry(draft, "publications", c.publication, c.position);
    }
    return placeEntries(draft, lines.filter((l) => !used.has(l)), kind, title, false);
  }
  const split = kind === "projects" ? splitProjects(lines, draft.sourceLines) : (boldAuthorCitations(lines, draft.lowerWords) ?? citationLines(lines, draft.lowerWords) ?? paperBlocks(lines, draft.lowerWords) ?? citationParagraphs(lines));
  return placeEntries(draft, lines, kind, title, list, split);
}

/**
 * "Open Source" over "Tidewatch 2023 - Present" / what it is / bullets: entries that each open with a name and its
 * dates on a line of their own, with what was made under it, are the projects the section lists; "* Primary contributor to
 * Tidewatch, a queue monitor, 2019" items say what the person did, in sentences, and stay the section's own.
 */
function namesProjects(entries: readonly Entry[]): boolean {
  // (dated, as a project is: "Cloud" over "bento …" / "portefaix …" is a category over the projects, a word alone)
  const named = entries.filter((e) => e.head[0]?.kind === "text" && e.body.length > 0 && hasDate(e.head[0]) && namesOneThing(withoutDates(e.head[0].text)));
  return named.length >= 2 && named.length >= entries.length * 0.6;
}

/** A short name, its words capitalised or not, that is no sentence and no labelled line. */
const namesOneThing = (text: string) => text.length > 0 && text.split(/\s+/).length <= 6 && !isSentence(text) && !/[:：,;]/.test(text);

/** Spoken languages, one a line or in Europass's self-assessment grid, whose form's other cells go to the catch-all. */
function placeLanguages(draft: Draft, lines: SourceLine[], title: string): void {
  const grid = readLanguageGrid(lines);
  placeEntries(draft, grid.lines, "languages", title, true);
  addCatchAll(draft, grid.form, `${title} (more)`);
}

/** The kinds a labelled line of a section of sundries may name, each read as the section it names. */
const LISTED_KINDS = new Set<SectionKind>(["skills", "languages", "interests", "certificates"]);

/**
 * "## Additional Information" over "- Languages: English, French" and "- Interests: chess", "## 其他" over "- 语言：英语（CET-4）":
 * a section of sundries whose every line labels a list with the title of a section gives each line to the section its
 * label names, the list after the label its entries ("Volunteer: …" beside them keeps the section as it is).
 */
function placeLabelledLists(draft: Draft, block: SectionBlock): boolean {
  const routed = block.lines.map(listedLine).filter((r): r is Listed => r !== undefined);
  if (!routed.length || routed.length < block.lines.length) return false;
  // the lines a language labels are one list of languages under the section's own title
  const spoken = routed.filter((r) => r.label === undefined);
  if (spoken.length) placeSection(draft, { ...block, lines: spoken.map((r) => r.line) }, "languages");
  for (const r of routed) if (r.label !== undefined) placeListed(draft, block, r);
  return true;
}

type Listed = { line: SourceLine; label?: string; value: string; kind: SectionKind };

/**
 * "Languages: English, French": a line whose label is the title of a section of lists, and the list after it;
 * "日本語：ネイティブ", "English: fluent": a line a spoken language labels, that language with its level, whole.
 */
function listedLine(line: SourceLine): Listed | undefined {
  const m = /^([^:：]{2,30}?)\s*[:：]\s*(\S.*)$/u.exec(line.text);
  if (m && line.depth === 0 && namesLanguageLevel(m[1]!, [m[2]!])) return { line, value: line.text, kind: "languages" };
  const kind = m && line.depth === 0 ? classifyTitle(m[1]!) : undefined;
  return m && kind && LISTED_KINDS.has(kind) ? { line, label: m[1]!, value: m[2]!, kind } : undefined;
}

/** A labelled list read as the section its label names, the list its entries. */
function placeListed(draft: Draft, block: SectionBlock, r: Listed): void {
  placeSection(draft, { ...block, title: r.label ?? block.title, lines: [{ ...r.line, text: r.value, lead: undefined, spans: undefined }] }, r.kind);
}

/** A "Contact" section: each phrase that reads as contact information fills basics. */
function placeContacts(draft: Draft, block: SectionBlock, lines: readonly SourceLine[], title: string): void {
  const rest: SourceLine[] = [];
  draft.resume.basics ??= {};
  const basics = draft.resume.basics;
  for (const l of lines) {
    const contacts = readLineContacts(l);
    // "Personal Details" over "- Languages Known: English, Hindi" and "- Hobbies: Cricket": a list its label names
    const listed = contacts.every((c) => !c) ? listedLine(l) : undefined;
    if (listed && !draft.resume[KEY_OF[listed.kind] ?? "skills"]?.length) placeListed(draft, block, listed);
    else if (!contacts.every(Boolean)) rest.push(l);
    for (const c of contacts) if (c) addContact(basics, c);
  }
  addCatchAll(draft, rest, title);
}
