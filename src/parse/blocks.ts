import { classifyTitle, type SectionKind } from "./section-titles.js";
import { splitLabelledHeadings } from "./labelled-headings.js";
import { CUSTOM_KINDS } from "./title-keywords.js";
import { columnHeaderTitle, markedTitle, mayBeCapitalTitle } from "./text-headings.js";
import type { SectionBlock, SourceLine } from "./source-line.js";
import { hasDate } from "../extract/layout/lines.js";
import { withoutDates } from "../extract/dates.js";
import { isDocumentTitle } from "./document-title.js";

/** The heading that names the document (a Markdown `# Name` above `## Sections`), if there is one. */
export interface TitledBlocks {
  documentTitle?: SourceLine;
  blocks: SectionBlock[];
}

/**
 * Groups logical lines into sections. The section level is where known
 * section titles are (see sectionLevel); a heading at that level opens a
 * section, and so does a known title above it, while an unknown heading above
 * it that comes first titles the document. An unknown heading whose own
 * sub-headings are known titles ("Curriculum Vitae" over "Experience",
 * "Education") gives way to them, and so does a custom section to a standard
 * one under it (see promotedSubheadings). Deeper headings become sub-headings inside
 * sections. Lines before the first section heading form a block without a title.
 */
export function groupSections(written: readonly SourceLine[]): TitledBlocks {
  const { lines, titles } = splitLabelledHeadings(withCapitalHeadings(written));
  const headings = lines.filter((l) => l.kind === "heading");
  const kinds = new Map(headings.map((h) => [h, classifyTitle(h.text)]));
  const known = new Set(headings.filter((h) => kinds.get(h) !== undefined));
  const level = sectionLevel(headings, known);
  const first = headings[0];
  const documentTitle = first && first.depth < level && !known.has(first) ? first : undefined;
  const opens = new Set(headings.filter((h) => h !== documentTitle && (h.depth <= level || titles.has(h))));
  for (const h of titlesBeforeSections(headings, opens, known, documentTitle)) opens.add(h);
  const parents = new Set<SourceLine>();
  for (const h of [...opens]) {
    const subs = promotedSubheadings(h, headings, kinds);
    if (subs.length) parents.add(h);
    for (const sub of subs) opens.add(sub);
  }
  const rejoined = entriesBackUnder(lines, headings, opens, kinds, level);
  for (const h of rejoined.keys()) opens.delete(h);
  const blocks: SectionBlock[] = [];
  const parentBlocks = new Set<SectionBlock>();
  const blockOf = new Map<SourceLine, SectionBlock>();
  const depthOf = new Map<SectionBlock, number>();
  let current: SectionBlock | undefined;
  for (const line of lines) {
    if (line === documentTitle) continue;
    if (opens.has(line)) {
      current = { title: line.text, position: line.position, lines: [] };
      blocks.push(current);
      blockOf.set(line, current);
      depthOf.set(current, line.depth);
      if (parents.has(line)) parentBlocks.add(current);
      continue;
    }
    const back = rejoined.get(line);
    if (back) current = blockOf.get(back) ?? current;
    if (!current) {
      current = { position: line.position, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line.kind === "heading" ? { ...line, kind: "subheading" } : line);
  }
  // a heading whose sub-headings took its place as sections, with nothing of its own, groups them; what the document
  // calls itself before its first section ("Lebenslauf" over "Persönliche Daten", "## Olena Petrenko" over
  // "### Contacts") stays, as its title or its owner's name
  const firstSection = blocks.findIndex((b) => b.title !== undefined && !parentBlocks.has(b) && classifyTitle(b.title) !== undefined);
  const groups = groupTitles(blocks, depthOf, (b, i) => (parentBlocks.has(b) && firstSection >= 0 && i > firstSection) || namesGroup(b.title!));
  const kept = blocks.filter((b) => !groups.has(b));
  return documentTitle ? { documentTitle, blocks: kept } : { blocks: kept };
}

/**
 * "## Work Experience" over "### Employment History" and "### Selected Projects", with nothing of its own: a heading
 * that groups the sections under it is no section (listed as one, it would print the entries of both again), and its
 * title is kept as theirs to share (`group`). Returns the grouping blocks.
 */
function groupTitles(blocks: readonly SectionBlock[], depthOf: ReadonlyMap<SectionBlock, number>, mayGroup: (block: SectionBlock, i: number) => boolean): Set<SectionBlock> {
  const grouping = new Set<SectionBlock>();
  blocks.forEach((block, i) => {
    const depth = depthOf.get(block);
    if (block.lines.length || block.title === undefined || depth === undefined || !mayGroup(block, i)) return;
    for (let k = i + 1; k < blocks.length && (depthOf.get(blocks[k]!) ?? 0) > depth; k++) {
      blocks[k]!.group = block.title;
      grouping.add(block);
    }
  });
  return grouping;
}

/**
 * A known section's title, which may title a group: not the document's ("Curriculum Vitae"), nor a role ("## Lead
 * Developer" over its employer's section), nor skills, whose reader takes the sections under it as its groups.
 */
function namesGroup(title: string): boolean {
  const kind = classifyTitle(title);
  return kind !== undefined && kind !== "skills" && !isDocumentTitle(title);
}

/**
 * "## Experience" over "### Skill Set" and then "### michelada.io" / "*(February 2019 - Present)*": where the document
 * sets its other section titles a level deeper than its section of jobs or studies, a heading at that level that names
 * no section and has a date right under it heads an entry of that section, not a section of its own, though a
 * section titled at its level came between. Returns each such heading with the section heading it goes back under.
 */
function entriesBackUnder(lines: readonly SourceLine[], headings: readonly SourceLine[], opens: ReadonlySet<SourceLine>, kinds: ReadonlyMap<SourceLine, SectionKind | undefined>, level: number): Map<SourceLine, SourceLine> {
  const out = new Map<SourceLine, SourceLine>();
  const isEntrySection = (h: SourceLine) => opens.has(h) && ENTRY_KINDS.has(kinds.get(h)!);
  let parent: SourceLine | undefined;
  for (const h of headings) {
    if (h.depth < level) parent = isEntrySection(h) ? h : undefined;
    // "# Work Experience" with nothing under it before "# Acme (May 2019 - Present)": a section titled at its entries'
    // own level, which it holds; another title at that level ends it
    else if (h.depth === level && kinds.get(h) !== undefined && (parent === undefined || parent.depth === level)) parent = isEntrySection(h) && opensAtOnce(lines, headings, h) ? h : undefined;
    // ("# Publications (2015 - 2024)": a title dated as a whole ends it too)
    else if (h.depth === level && parent?.depth === level && titleWithDates(h)) parent = undefined;
    if (!parent || h.depth !== level || !opens.has(h) || kinds.get(h) !== undefined) continue;
    const at = lines.indexOf(h);
    // a list of dated items under a heading ("### Speeches" / "* … (November 2016)") is a section's, not an entry's dates
    const next = lines.slice(at + 1, at + 3).filter((l) => l.kind !== "heading");
    // under a title at their own level, only headings dated in themselves ("# Acme (May 2019 - Present)"): a capital
    // line over a dated one is as often the next column's heading in a PDF's text
    if (hasDate(h) || (parent.depth < level && next.some((l) => l.kind === "text" && hasDate(l)))) out.set(h, parent);
  }
  return out;
}

/** "Publications (2015 - 2024)": a known section title, dates after it. */
const titleWithDates = (h: SourceLine) => hasDate(h) && classifyTitle(withoutDates(h.text).replace(/[\s()[\]|,–—-]+$/u, "")) !== undefined;

/** A heading with nothing under it but the next heading, at its own depth. */
function opensAtOnce(lines: readonly SourceLine[], headings: readonly SourceLine[], h: SourceLine): boolean {
  const next = headings[headings.indexOf(h) + 1];
  return next !== undefined && next.depth === h.depth && lines[lines.indexOf(h) + 1] === next;
}

/**
 * "# 姓名" over "### 教育经历" and then "## 论文": a known title set deeper than the section level before any section
 * opens has no section to be a sub-heading of (the document's title holds none), so it opens one; authors who write
 * their headings by hand mix levels so.
 */
function titlesBeforeSections(headings: readonly SourceLine[], opens: ReadonlySet<SourceLine>, known: ReadonlySet<SourceLine>, documentTitle: SourceLine | undefined): SourceLine[] {
  const first = headings.findIndex((h) => opens.has(h));
  return headings.slice(0, first < 0 ? 0 : first).filter((h) => h !== documentTitle && known.has(h));
}

/**
 * The heading level that holds the sections: the shallowest level with two
 * known section titles (or with the one there is), so that `# Jane Doe` over
 * `## Experience`, `## PERSONAL RESUME` over `### Education` and a `# 職務経歴書`
 * over `## 学歴` all find their sections, while `### Journal articles` under
 * `## Publications` stays a sub-heading. Without known titles: the shallowest
 * level used more than once, or after a lone top heading.
 */
function sectionLevel(headings: readonly SourceLine[], known: ReadonlySet<SourceLine>): number {
  const votes = new Map<number, number>();
  for (const h of known) votes.set(h.depth, (votes.get(h.depth) ?? 0) + 1);
  const most = Math.max(0, ...votes.values());
  const voted = [...votes].filter(([, n]) => n >= Math.min(2, most)).map(([depth]) => depth);
  if (voted.length) return Math.min(...voted);
  const first = headings[0];
  const lone = first && headings.filter((h) => h.depth === first.depth).length === 1 && headings.some((h) => h.depth > first.depth);
  const rest = lone ? headings.slice(1) : headings;
  return rest.length ? Math.min(...rest.map((h) => h.depth)) : 1;
}

/**
 * The sub-headings that hold sections of their own under a section heading
 * that does not hold them: two known titles under an unknown heading
 * ("Curriculum Vitae" over "Experience" and "Education"), or one of a kind
 * JSON Resume has a place for under a custom section ("Awards" under
 * "Activities"). Their siblings at that depth open sections too, so that
 * none ends up inside the one before it. Under a section that holds what it
 * lists ("Projects" inside "Experience" are the jobs' own), only a full set
 * of section titles (see subsectionsOnly).
 */
function promotedSubheadings(parent: SourceLine, headings: readonly SourceLine[], kinds: ReadonlyMap<SourceLine, SectionKind | undefined>): SourceLine[] {
  const kind = kinds.get(parent);
  const start = headings.indexOf(parent);
  const end = headings.findIndex((h, i) => i > start && h.depth <= parent.depth);
  const span = headings.slice(start + 1, end < 0 ? undefined : end);
  // "# About me" over "## Timeline" and "## Contact": an about section is prose, and the headings under it open sections
  // ("## 자기소개" over "### 1. 성장 과정" and "### 2. 핵심 역량": numbered sub-headings are the parts of one text, as a
  // self-introduction is written in Korean and Japanese CVs, whatever their words name)
  if (kind === "summary") return topLevel(span).every(isNumbered) ? [] : topLevel(span);
  if (kind !== undefined && !CUSTOM_KINDS.has(kind)) {
    const subs = subsectionsOnly(span, kinds);
    if (subs.length) return subs;
    const grouped = ENTRY_KINDS.has(kind) ? sameKindGroups(span, kind, kinds) : [];
    if (grouped.length) return grouped;
    const trailing = ENTRY_KINDS.has(kind) ? trailingSections(span, kind, kinds) : [];
    return trailing.length ? trailing : closingContacts(span, kinds);
  }
  const known = span.filter((h) => {
    const sub = kinds.get(h);
    return sub !== undefined && (kind === undefined || !CUSTOM_KINDS.has(sub));
  });
  if (known.length < (kind === undefined ? 2 : 1)) return [];
  const depth = Math.min(...known.map((h) => h.depth));
  return span.filter((h) => h.depth === depth);
}

/** "### 1. 성장 과정", "### 2) Motivation": a heading the CV's outline numbers as a part of a sequence. */
const isNumbered = (h: SourceLine) => h.outline !== undefined;

/** The headings of a span at its highest level. */
function topLevel(span: readonly SourceLine[]): SourceLine[] {
  const depth = Math.min(...span.map((h) => h.depth));
  return span.filter((h) => h.depth === depth);
}

/** Sections whose entries are headed by an employer or a school, which no section title names. */
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(["work", "volunteer", "education"]);

/**
 * "## Tecrübe" over its jobs' headings and then "### Projeler", "## 경력사항" over a job and then "### 기술 스택": the
 * sub-headings after a section of jobs or studies that are titles of another standard kind close the section's
 * entries and open sections of their own (a project section's "### Open Source" may be a project's name).
 */
function trailingSections(span: readonly SourceLine[], kind: SectionKind, kinds: ReadonlyMap<SourceLine, SectionKind | undefined>): SourceLine[] {
  const subs = topLevel(span);
  const titled = (h: SourceLine) => {
    const sub = kinds.get(h);
    return sub !== undefined && sub !== kind && !CUSTOM_KINDS.has(sub);
  };
  let first = subs.length;
  while (first > 0 && titled(subs[first - 1]!)) first--;
  return first > 0 && first < subs.length && !subs.slice(0, first).some(titled) ? subs.slice(first) : [];
}

/**
 * "## Education" over its table and then "### 📫 Let's connect!", "## Skills" over badges and then "### How to reach me":
 * a profile page closes with a heading that asks the reader to get in touch, set a level deeper than its sections; it
 * names no school, employer, project or group of skills, so it opens a section of its own.
 */
function closingContacts(span: readonly SourceLine[], kinds: ReadonlyMap<SourceLine, SectionKind | undefined>): SourceLine[] {
  const subs = topLevel(span);
  let first = subs.length;
  while (first > 0 && kinds.get(subs[first - 1]!) === "contact") first--;
  return subs.slice(first);
}

/**
 * "## Experience" over "### Employment" over "#### Acme Corp" and its role: a sub-heading that names the section's own
 * kind again and holds headings a level deeper (its entries) is a section of its own, its entries at that deeper level,
 * and so is each heading beside it ("### Talks", "### Side work"), however deep the author set the section titles.
 */
function sameKindGroups(span: readonly SourceLine[], kind: SectionKind, kinds: ReadonlyMap<SourceLine, SectionKind | undefined>): SourceLine[] {
  const subs = topLevel(span);
  const holdsEntries = (h: SourceLine) => {
    const next = span[span.indexOf(h) + 1];
    return next !== undefined && next.depth > h.depth && kinds.get(next) === undefined;
  };
  return subs.some((h) => kinds.get(h) === kind && holdsEntries(h)) ? subs : [];
}

/**
 * "Work Experience" over "Employment History" and "Selected Projects": a
 * standard section whose sub-headings are all section titles of their own,
 * two kinds among them, is only a group of sections.
 */
function subsectionsOnly(span: readonly SourceLine[], kinds: ReadonlyMap<SourceLine, SectionKind | undefined>): SourceLine[] {
  const subs = topLevel(span);
  const subKinds = new Set(subs.map((h) => kinds.get(h)));
  return subs.length >= 2 && !subKinds.has(undefined) && subKinds.size >= 2 ? subs : [];
}

/**
 * "**EDUCATION**", `<p class="topic">GRANTS AND FELLOWSHIPS</p>`: a paragraph
 * that is only a known section title set in capitals is a heading the author
 * drew without heading markup, at the level sections usually have. Where the
 * author drew two or more so, a paragraph standing alone in capitals is a
 * heading too ("DIGITAL HUMANITIES AND PUBLIC SCHOLARSHIP"), unless it names a
 * degree, a school or a company. So is a known title behind a square or in
 * brackets ("■職務経歴", "【学歴】").
 */
/**
 * "**Summary**", "**Education**", "**Licenses & Certifications**": where a document draws no section heading in
 * Markdown (a Word file converted to Markdown, a LinkedIn export), paragraphs that are only a known section title
 * set in bold are its headings, when it draws two or more so; under Markdown headings a bold title groups lines
 * inside a section ("## Skills" over "**Languages**").
 */
function boldTitles(written: readonly SourceLine[]): SourceLine[] {
  // ("# Resume" over "# CV" over "**Education**": headings that only name the document title no section)
  if (written.filter((l) => l.kind === "heading" && !isDocumentTitle(l.text)).length > 1) return [];
  const untitled = (text: string) => text.replace(/\s*[:：]\s*$/u, "");
  const candidates = written.filter((l) => l.kind === "text" && l.gap && l.depth === 0 && l.lead !== undefined && untitled(l.lead) === untitled(l.text) && classifyTitle(untitled(l.text)) !== undefined);
  // "**Accomplishments**" under each job: a title written again and again between the same two other titles labels
  // a part of each entry; a CV names each of its sections once. A copy alone between them ("**Achievements**" after
  // "**Education**", its copies under the jobs above) titles a section of its own
  const key = (l: SourceLine) => untitled(l.text).toLowerCase();
  const titles = candidates.filter((l, i) => {
    let before = i - 1;
    while (before >= 0 && key(candidates[before]!) === key(l)) before--;
    const after = candidates.findIndex((o, k) => k > i && key(o) !== key(l));
    return candidates.slice(before + 1, after < 0 ? candidates.length : after).length === 1;
  });
  return titles.length >= 2 ? titles : [];
}

/**
 * "### Acme株式会社" over "【概要】…【期間】…" and "### Beta株式会社" over "【概要】…": a marked title written again under
 * each of the document's own headings labels a part of each entry those headings open (an overview, a period), as a
 * 職務経歴書 lays out its employers; a section's title is written once.
 */
function entryLabels(written: readonly SourceLine[]): Set<SourceLine> {
  const under = new Map<string, { lines: SourceLine[]; headings: Set<SourceLine | undefined> }>();
  let heading: SourceLine | undefined;
  for (const l of written) {
    if (l.kind === "heading") heading = l;
    const title = l.kind === "text" && l.depth === 0 ? markedTitle(l.text) : undefined;
    if (!title) continue;
    const seen = under.get(title) ?? { lines: [], headings: new Set() };
    seen.lines.push(l);
    seen.headings.add(heading);
    under.set(title, seen);
  }
  return new Set([...under.values()].filter((t) => t.headings.size >= 2 && !t.headings.has(undefined)).flatMap((t) => t.lines));
}

function withCapitalHeadings(written: readonly SourceLine[]): SourceLine[] {
  const paragraph = (l: SourceLine) => l.kind === "text" && l.gap && l.depth === 0 && l.text.length <= 50 && /\p{Lu}/u.test(l.text) && !/\p{Ll}/u.test(l.text);
  // capitals, not bold alone: a bold line in a section is as often an entry's name ("**Transparency in Work**")
  const known = new Set([...written.filter((l) => paragraph(l) && classifyTitle(l.text)), ...boldTitles(written)]);
  const alone = (i: number) => written[i + 1] === undefined || written[i + 1]!.gap;
  const heading = (l: SourceLine, i: number) => known.has(l) || (known.size >= 2 && paragraph(l) && alone(i) && mayBeCapitalTitle(l.text));
  // "■職務経歴", "【学歴】": a known title marked or framed as Japanese CVs set their headings, or named by a table's header
  // row beside its date columns ("年 | 月 | 学歴・職歴"), unless the heading right above names the same section
  // ("## 学歴" over "| 年 | 月 | 学歴 |"), which would then be listed, and printed, twice
  const columnTitle = (l: SourceLine, i: number) => {
    const title = columnHeaderTitle(l.text);
    const above = written[i - 1];
    return title && above?.kind === "heading" && classifyTitle(above.text) === classifyTitle(title) ? undefined : title;
  };
  const labels = entryLabels(written);
  const marked = (l: SourceLine, i: number) => (l.kind === "text" && l.depth === 0 && !labels.has(l) ? (markedTitle(l.text) ?? columnTitle(l, i)) : undefined);
  // at the depth of the document's own headings of known sections ("#### VZDĚLÁNÍ:" beside "**PRACOVNÍ ZKUŠENOSTI:**"),
  // so that a title drawn in capitals is their sibling and does not make them sub-headings of the one before
  const depths = written.filter((l) => l.kind === "heading" && classifyTitle(l.text) !== undefined).map((l) => l.depth);
  const depth = depths.length ? Math.min(...depths) : 2;
  return written.map((l, i) => {
    const title = marked(l, i);
    if (title) return { ...l, kind: "heading", depth, text: title, lead: undefined, spans: undefined };
    return heading(l, i) ? { ...l, kind: "heading", depth } : l;
  });
}
