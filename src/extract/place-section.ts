import { looksLikeName, withoutHonorific } from "./basics.js";
import { studyInWork } from "./study-in-work.js";
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { classifyTitle, type SectionKind } from "../parse/section-titles.js";
import type { Resume, StandardSectionKey } from "../resume/schema.js";
import { toAward } from "./awards.js";
import { findCards } from "./cards.js";
import { addContact } from "./contacts.js";
import { readLineContacts } from "./line-contacts.js";
import { addCatchAll, toCustomItem } from "./custom.js";
import { compact } from "./date-fields.js";
import { addCustomSection, addEntry, listSection, note, type Draft } from "./draft.js";
import { splitDegreeBullets, toEducation } from "./education.js";
import type { Entry, SplitEntries } from "./layout/lines.js";
import { splitProjects } from "./project-lists.js";
import { toProject } from "./projects.js";
import { boldAuthorCitations, citationParagraphs, paperBlocks } from "./paper-blocks.js";
import { toPublication } from "./publications.js";
import { citationLines } from "./citation-lines.js";
import { takeFieldLines, withFields } from "./field-lines.js";
import { toSkills, splitKeywords } from "./skills.js";
import { endsWithSpokenLanguage, isSpokenLanguage, languageAtEnd, languageThenLevel } from "./spoken-languages.js";
import { readLanguageGrid } from "./language-grid.js";
import type { SkillGroup } from "./skill-groups.js";
import { checkDates } from "./unreadable-dates.js";
import { readWorkSection } from "./work.js";
import { pairsRoleAndEmployer } from "./role-at-employer.js";
import { splitEntries } from "./layout/split-entries.js";
import { groupHeadings } from "./layout/group-headings.js";
import { leadInLength } from "./layout/lead-in.js";
import { boldSubsections, withLinksUnderPapers } from "./layout/section-parts.js";
import { DEGREE, namesDegree, parseDegree } from "./degrees.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { CERTIFICATION_WORDS, LEGAL_FORM, SCHOOL_WORDS } from "./vocabulary.js";
import { findDates, withoutDates } from "./dates.js";
import { trimSeparators } from "./entry-parts.js";
import { studiesTold } from "./prose-education.js";

/** The kinds of section that list entries, whose opening sentence may introduce the list. */
const LISTING = new Set<SectionKind>(["work", "volunteer", "education", "education-work", "skills", "projects", "publications", "patents", "awards", "certificates", "languages", "interests"]);

/** Places one titled section into the draft according to its kind. */
export function placeSection(draft: Draft, block: SectionBlock, kind: SectionKind | undefined): void {
  // (a skills section reads the labels inside it as its groups, or as the sections they introduce: skills.ts)
  const parts = kind && kind !== "skills" && LISTING.has(kind) ? boldSubsections(block) : undefined;
  if (parts) return parts.forEach((part) => placeSection(draft, part, classifyTitle(part.title!)));
  const lead = kind && LISTING.has(kind) ? leadInLength(block.lines) : 0;
  if (lead) {
    // the sentence that introduces the list is printed with what reads as no entry, after the list
    placeSection(draft, { ...block, lines: block.lines.slice(lead) }, kind);
    return addCatchAll(draft, block.lines.slice(0, lead), `${block.title ?? "Other"} (more)`);
  }
  const title = block.title ?? "Other";
  const lines = block.lines;
  switch (kind) {
    case "summary": {
      const text = lines.map((l) => (l.kind === "bullet" ? `- ${l.text}` : l.text)).join("\n");
      draft.resume.basics ??= {};
      draft.resume.basics.summary = [draft.resume.basics.summary, text].filter(Boolean).join("\n\n") || undefined;
      if (!draft.resume.basics.summary) delete draft.resume.basics.summary;
      draft.origins.set("/basics/summary", block.position);
      listSection(draft, { key: "summary", title });
      return;
    }
    case "contact":
      return placeContacts(draft, block, lines, title);
    case "skills":
      return placeSkills(draft, lines, title);
    case "projects":
    case "publications":
    case "patents": {
      // "### Journal articles" over numbered papers: the headings group the items, the items are the entries
      const groups = kind === "projects" ? new Set<SourceLine>() : groupHeadings(block.lines);
      if (groups.size) addCatchAll(draft, [...groups], `${title} (more)`);
      const lines = withLinksUnderPapers(block.lines.filter((l) => !groups.has(l)));
      const { cards, used } = findCards(lines, draft.lowerWords);
      if (cards.length) {
        listSection(draft, { key: kind === "projects" ? "projects" : "publications", title });
        for (const c of cards) {
          if (kind === "projects" || !c.publication) addEntry(draft, "projects", c.project, c.position);
          if (c.publication) addEntry(draft, "publications", c.publication, c.position);
        }
        return placeEntries(draft, lines.filter((l) => !used.has(l)), kind, title, false);
      }
      const split = kind === "projects" ? splitProjects(lines, draft.sourceLines) : (boldAuthorCitations(lines, draft.lowerWords) ?? citationLines(lines, draft.lowerWords) ?? paperBlocks(lines, draft.lowerWords) ?? citationParagraphs(lines));
      return placeEntries(draft, lines, kind, title, true, split);
    }
    case "work":
    case "volunteer":
      return placeJobs(draft, lines, kind, title);
    case "education-work":
      return placeHistory(draft, lines, title);
    case "languages": {
      // "Languages" over "Python, Java, C++": programming languages, which are skills, where no line names a spoken one
      if (namesNoSpokenLanguage(lines)) return placeSkills(draft, lines, title);
      const grid = readLanguageGrid(lines);
      placeEntries(draft, grid.lines, kind, title, true);
      return addCatchAll(draft, grid.form, `${title} (more)`);
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
      addCustomSection(draft, title, kind ?? "other", [...loose.map((l) => ({ summary: l.text })), ...entries.map(toCustomItem)], block.position);
    }
  }
}

/** A skills section's groups as skills; a group of spoken languages, interests or certificates as that section. */
function placeSkills(draft: Draft, lines: SourceLine[], title: string): void {
  listSection(draft, { key: "skills", title });
  const { skills, elsewhere, left } = toSkills(lines, draft.sourceLines, draft.headingsWritten);
  for (const { skill, position } of skills) addEntry(draft, "skills", skill, position);
  // "Sprachen: Deutsch (Muttersprache), Englisch", "Interests: chess": a group of spoken languages, interests or
  // certificates among the skills gives that section, under its label, unless a section gave it already; else
  // what the person wrote is printed in the catch-all
  const groupLines = (g: SkillGroup) => lines.filter((l) => l.position === g.position || g.items.some((i) => i.position === l.position));
  const kept: SourceLine[] = [...left];
  for (const kind of ["languages", "interests", "certificates"] as const) {
    const groups = elsewhere.filter((e) => e.kind === kind).map((e) => e.group);
    if (!groups.length) continue;
    if (draft.resume[kind]?.length) kept.push(...groups.flatMap(groupLines));
    else placeEntries(draft, groups.flatMap((g) => g.items.flatMap((i) => lines.filter((l) => l.position === i.position).map((l) => ({ ...l, text: i.text })))), kind, groups[0]!.name!, true);
  }
  addCatchAll(draft, lines.filter((l) => kept.includes(l)), `${title} (more)`);
}

/** True when no item of a languages section's lines names a spoken language, and there are two or more. */
function namesNoSpokenLanguage(lines: readonly SourceLine[]): boolean {
  const items = lines.flatMap((l) => languageItems(l.text));
  // a language's name leads its item, whatever sign sets its level apart ("German − native")
  return items.length >= 2 && !items.some((item) => isSpokenLanguage(/^[\p{L}\s]*/u.exec(item)![0]) || languageThenLevel(item) !== undefined || endsWithSpokenLanguage(item));
}

/**
 * An entry's lines as lines of languages: "Portuguese (native)" over "English (C1)" are two, each led by a
 * language's name; a line led by no language's name goes on with the one above ("English (C1, Cambridge" ⏎ "Advanced)").
 */
function languageLines(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const lead = /^[^:(–—|,-]+/.exec(text)?.[0].trim() ?? "";
    if (!out.length || isSpokenLanguage(lead)) out.push(text);
    else out[out.length - 1] += ` ${text}`;
  }
  return out;
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
  for (const r of routed) placeListed(draft, block, r);
  return true;
}

type Listed = { line: SourceLine; label: string; value: string; kind: SectionKind };

/** "Languages: English, French": a line whose label is the title of a section of lists, and the list after it. */
function listedLine(line: SourceLine): Listed | undefined {
  const m = /^([^:：]{2,30}?)\s*[:：]\s*(\S.*)$/u.exec(line.text);
  const kind = m && line.depth === 0 ? classifyTitle(m[1]!) : undefined;
  return m && kind && LISTED_KINDS.has(kind) ? { line, label: m[1]!, value: m[2]!, kind } : undefined;
}

/** A labelled list read as the section its label names, the list its entries. */
function placeListed(draft: Draft, block: SectionBlock, r: Listed): void {
  placeSection(draft, { ...block, title: r.label, lines: [{ ...r.line, text: r.value, lead: undefined, spans: undefined }] }, r.kind);
}

type Certificate = NonNullable<Resume["certificates"]>[number];
type Award = NonNullable<Resume["awards"]>[number];
type Language = NonNullable<Resume["languages"]>[number];

const KEY_OF: Partial<Record<SectionKind, StandardSectionKey>> = {
  work: "work",
  volunteer: "volunteer",
  education: "education",
  awards: "awards",
  certificates: "certificates",
  publications: "publications",
  patents: "publications",
  projects: "projects",
  languages: "languages",
  interests: "interests",
  references: "references",
};

const toCertificate = (award: Award): Certificate =>
  compact({ name: award.title, issuer: award.awarder, date: award.date, period: award.period, summary: award.summary, highlights: award.highlights } as Certificate);

/** An entry whose header names a certification and no school or degree. */
function namesCertification(entry: Entry): boolean {
  const head = entry.head.map((l) => l.text).join(" ");
  return CERTIFICATION_WORDS.test(head) && !DEGREE.test(head) && !SCHOOL_WORDS.test(head);
}

/** Splits a section into entries (unless a layout-specific reader already did) and adds each; what reads as no entry goes to a catch-all. */
function placeEntries(draft: Draft, lines: readonly SourceLine[], kind: SectionKind, title: string, list: boolean, split: SplitEntries = splitEntries(lines)): void {
  const key = KEY_OF[kind]!;
  if (list) listSection(draft, { key, title });
  const { entries, loose } = split;
  const rest: SourceLine[] = [...loose];
  for (const entry of key === "education" ? entries.flatMap(splitDegreeBullets) : entries) {
    checkDates(draft, entry);
    if (!addOne(draft, key, kind, entry)) rest.push(...entry.head, ...entry.body);
  }
  rest.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  addCatchAll(draft, rest, `${title} (more)`);
}

function addOne(draft: Draft, key: StandardSectionKey, kind: SectionKind, written: Entry): boolean {
  const { entry, fields } = takeFieldLines(written, key);
  const at = entry.position;
  // what a labelled line says wins over what the header suggested; lists gain its items
  const add = <K extends StandardSectionKey>(k: K, value: NonNullable<Resume[K]>[number]) => addEntry(draft, k, withFields(value, fields, k === "projects" ? "description" : "summary"), at);
  switch (key) {
    case "education": {
      // "Associate Chartered Accountant (ACA), ICAN, 2017" under "Professional Qualifications": a certification listed
      // beside the degrees, naming no school and no degree
      const certificate = namesCertification(entry) ? toAward(entry, "certificate") : undefined;
      const told = certificate ? undefined : studiesTold(entry);
      if (certificate) add("certificates", toCertificate(certificate));
      else if (told) told.forEach((study) => add("education", study));
      else add("education", toEducation(entry));
      return told?.length !== 0;
    }
    case "awards": {
      const award = toAward(entry);
      if (award) add("awards", award);
      return !!award;
    }
    case "projects":
      add("projects", toProject(entry));
      return true;
    case "publications": {
      const pub = toPublication(entry, kind === "patents" ? "patent" : "paper", draft.lowerWords);
      if (pub) add("publications", pub);
      return !!pub;
    }
    case "certificates": {
      const award = toAward(entry, "certificate");
      if (award) add("certificates", toCertificate(award));
      return !!award;
    }
    case "languages": {
      // "German (native), English (C1), French (B1)" on one line is three languages; so are lines each led by one
      const texts = languageLines([...entry.head, ...entry.body].map((l) => l.text));
      for (const text of texts.flatMap(languageItems)) {
        // "Inglés: C1 (Cambridge Advanced)", "German (native)": the fluency after a separator, or in brackets
        // "Italian Mother tongue", "Français Langue maternelle", "English C1": a language's name, then its level, the
        // column between them lost
        const spaced = languageThenLevel(text);
        if (spaced) {
          add("languages", { language: spaced.language, fluency: spaced.level });
          continue;
        }
        const m = /^([^:(–—|-]+?)\s*(?:[:–—|-]\s*(.+)|\(\s*([^)]+)\))?$/.exec(text);
        const after = m?.[2] ?? m?.[3];
        // "Fluent in Spanish", "conversational French": the fluency written before the language
        const led = after === undefined ? languageAtEnd(text) : undefined;
        const fluency = led?.before.replace(/\s+(?:in|en|auf|in der)$/i, "");
        if (led && fluency) add("languages", { language: led.language, fluency });
        else add("languages", compact({ language: m?.[1] ?? text, fluency: after } as Language));
      }
      return true;
    }
    case "interests": {
      const text = [...entry.head, ...entry.body].map((l) => l.text).join(", ");
      const m = /^([^:]{1,40}):\s*(.+)$/.exec(text);
      if (m) add("interests", { name: m[1]!, keywords: splitKeywords(m[2]!) });
      else for (const name of listItems(text)) add("interests", { name });
      return true;
    }
    case "references": {
      const [written, ...more] = [...entry.head, ...entry.body].map((l) => l.text);
      // "Dr. Jana Roth, Head of Design, Zalando — jana.roth@zalando.de": a referee on one line, the name before its first comma or dash
      const cut = more.length ? undefined : /^([^,–—|]+?)\s*(?:,|\s[–—|-])\s*(\S.*)$/u.exec(written!);
      const named = cut && looksLikeName(withoutHonorific(cut[1]!), draft.lowerWords) ? cut : undefined;
      add("references", compact({ name: named ? named[1]! : written, reference: named ? named[2]! : more.join("\n") }));
      return true;
    }
    default:
      return false;
  }
}

/** A section of jobs (or volunteering): read together, so that its entries' shared layout informs each. */
function placeJobs(draft: Draft, lines: readonly SourceLine[], kind: "work" | "volunteer", title: string | undefined, split: SplitEntries = splitEntries(lines)): void {
  // without a title of its own, the section is listed under the résumé language's word for it
  if (title !== undefined) listSection(draft, { key: kind, title });
  const { entries, loose } = split;
  const rest: SourceLine[] = [...loose];
  for (const entry of entries) checkDates(draft, entry);
  for (const { work, entry, doubt } of readWorkSection(entries, kind)) {
    if (doubt) note(draft, "info", "weak-evidence", doubt, entry.head[0]!.position);
    if (!work.name && !work.position) {
      rest.push(...entry.head, ...entry.body);
      continue;
    }
    const study = kind === "work" ? (studyInWork(work) ?? degreeAmongJobs(entry, work)) : undefined;
    if (study) addEntry(draft, "education", study, entry.position);
    else if (kind === "work") addEntry(draft, "work", work, entry.position);
    else {
      const { name, ...others } = work;
      addEntry(draft, "volunteer", compact({ organization: name, ...others }), entry.position);
    }
  }
  rest.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  addCatchAll(draft, rest, `${title ?? "Experience"} (more)`);
}

/**
 * "BSc, Computer Science from the University of Hertfordshire (2007-2010)" after the jobs: an entry that names no job
 * title, and names a degree and a school, is the degree, told where the jobs are.
 */
function degreeAmongJobs(entry: Entry, work: { position?: string }): ReturnType<typeof toEducation> | undefined {
  const head = trimSeparators(withoutDates(entry.head.map((l) => l.text).join(" ")));
  // the degree opens the entry: "Cambridge MA" after an employer is a town and its state, no Master of Arts
  return !work.position && parseDegree(head)?.index === 0 && SCHOOL_WORDS.test(head) ? toEducation(entry) : undefined;
}

/**
 * A section title that names an employer and dates the job ("Acme株式会社 (2021/04〜2022/09)", "Globex Inc. 2019 – 2022"),
 * or names it over a first line that opens with the job's dates ("## 주식회사 보이저 · 플랫폼실 · 프론트엔드 개발자" over
 * "**2025.08 ~ 2026.04 (9개월)**", as a 경력기술서 gives each employer a section of its own).
 */
export function namesDatedEmployer(title: string, first?: string): boolean {
  if (!LEGAL_FORM.test(title) && !pairsRoleAndEmployer(title)) return false;
  if (findDates(title).some((d) => d.range)) return true;
  const dates = first === undefined ? undefined : findDates(first)[0];
  return !!dates?.range && !/[\p{L}\p{N}]/u.test(first!.slice(0, dates.index));
}

/** Sections that are each one employer's: the jobs of a work section that has no heading of its own. */
export function placeEmployerSections(draft: Draft, blocks: readonly SectionBlock[]): void {
  const entries = blocks.map((b) => {
    const title = { kind: "subheading" as const, text: b.title!, position: b.position, depth: 2, links: [], gap: true };
    // "**2025.08 ~ 2026.04 (9개월)** ※ 회사 폐업으로 퇴사" under an undated title: its dates are the header's, what
    // follows them the job's text
    const at = findDates(b.title!).some((d) => d.range) ? -1 : b.lines.findIndex((l) => /\S/.test(l.text));
    const first = at >= 0 ? b.lines[at]! : undefined;
    const dates = first && findDates(first.text)[0];
    if (!first || !dates?.range) return { head: [title], body: b.lines, position: b.position };
    const rest = first.text.slice(dates.index + dates.length).replace(/^[\s*_)\]]+/, "");
    const dated = { ...first, text: first.text.slice(0, dates.index + dates.length), spans: undefined, lead: undefined };
    const body = [...(/[\p{L}\p{N}]/u.test(rest) ? [{ ...first, text: rest, spans: undefined, lead: undefined }] : []), ...b.lines.slice(at + 1)];
    return { head: [title, dated], body, position: b.position };
  });
  placeJobs(draft, [], "work", undefined, { entries, loose: [] });
}

/** Jobs told where the page gives them no section of its own (role-sections.ts): listed under the résumé language's word. */
export function placeUntitledJobs(draft: Draft, entries: Entry[]): void {
  placeJobs(draft, [], "work", undefined, { entries, loose: [] });
}

/**
 * A section that lists schools and jobs together ("学歴・職歴", "Education and
 * Research Experience"): each entry is a degree when its header names a school
 * or a degree, and a job otherwise. `studyTitle` names the education section
 * where the history had no title of its own to give it (untitled lines).
 */
export function placeHistory(draft: Draft, lines: readonly SourceLine[], title: string, studyTitle = title): void {
  const { entries, loose } = splitEntries(lines);
  // a degree makes a study; else a job title leading a header line ("Postdoctoral Fellow, Yale University") makes a job
  const leadsWithRole = (text: string) => roleLean(weighPhrase(text.split(/,\s|\s[|·—–]\s/)[0]!)) > 0.3;
  const isStudy = (e: Entry) => e.head.some((l) => namesDegree(l.text)) || (e.head.some((l) => SCHOOL_WORDS.test(l.text)) && !e.head.some((l) => leadsWithRole(l.text)));
  const studies = entries.filter(isStudy);
  const jobs = entries.filter((e) => !isStudy(e));
  if (studies.length) placeEntries(draft, [], "education", studyTitle, true, { entries: studies, loose: [] });
  if (jobs.length || loose.length) placeJobs(draft, [], "work", title, { entries: jobs, loose });
}

/**
 * The languages of a line: "Portuguese (native) · English (C1)" set apart by dots or bars when each piece names a
 * language, else the line's list ("Español · nativo" is one language and its fluency).
 */
function languageItems(text: string): string[] {
  const pieces = text.split(/\s+[·•|]\s+/);
  return pieces.length > 1 && pieces.every(isSpokenLanguage) ? pieces : listItems(text);
}

/** The items of a one-line list ("Bouldering, analog photography"), or the text whole when it reads as a sentence. */
function listItems(text: string): string[] {
  // commas and semicolons only: "Español · nativo" is one language and its fluency
  // and the ideographic enumeration comma ("唱歌、游泳、骑行")
  const items = text.split(/\s*[,;、]\s*(?![^()]*\))/).filter(Boolean);
  const short = items.length > 1 && !/[.!?]$/.test(text) && items.every((i) => i.replace(/\([^)]*\)/g, "").trim().split(/\s+/).length <= 4);
  return short ? items : [text];
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
