import type { SourceLine } from "./source-line.js";
import { classifyTitle } from "./section-titles.js";
import { isDurationLine, OPENS_WITH_SINCE } from "../extract/date-pattern.js";
import { hasDate, isSentence } from "../extract/layout/lines.js";

/** "Technical Skills: Python, SQL, R": a label of a few words, its colon, and what it labels. */
const LABELLED = /^([^:：]{2,40}?)\s*[:：]\s+(\S.*)$/u;

/**
 * The sections whose title a CV may run its one entry onto ("Education: BSc Physics, University of Leeds"); a heading
 * such as "### FRAME 프로젝트: MVP 구축" names a project, its title's word no section's.
 */
const ENTRY_KINDS = new Set(["education", "work"]);

/**
 * "#### Technical Skills: Python, SQL, R", as a portfolio template sets its one line of skills under the page's
 * title: a heading that holds a whole section of skills, its title before the colon and its list after. The heading
 * becomes the section's title, which opens a section whatever its level, and the line under it the labelled list it
 * was written as, so that the skills are read as the group it names.
 *
 * "** Education: 2010 - 2014" among org-mode's sections, and "Education: BSc Physics, University of Leeds, 2010" as a
 * paragraph of its own between a plain-text CV's sections: a section's title with its content run onto the same
 * line. The title opens the section and what follows the colon is its first line, read as the section's entry.
 */
export function splitLabelledHeadings(lines: readonly SourceLine[]): { lines: SourceLine[]; titles: Set<SourceLine> } {
  const titles = new Set<SourceLine>();
  // only where a section could start: before the first section's title, or at its level or above; "#### Skills: SQL, R"
  // inside a job under "## Experience" is that job's line of tools, and the next job is no skill group
  const sectionLevel = Math.min(...lines.filter((l) => l.kind === "heading" && classifyTitle(l.text)).map((l) => l.depth));
  let sectionSeen = false;
  let within: string | undefined;
  const out = lines.flatMap((l, i) => {
    const m = l.kind === "heading" || l.kind === "text" ? LABELLED.exec(l.text) : null;
    const atSectionLevel = !sectionSeen || l.depth <= sectionLevel;
    if (l.kind === "heading" && atSectionLevel) within = classifyTitle(l.text);
    if (l.kind === "heading" && classifyTitle(l.text)) sectionSeen = true;
    if (!m || !atSectionLevel) return [l];
    const kind = classifyTitle(m[1]!);
    const list = m[2]!.split(/\s*,\s*/).filter(Boolean).length >= 2;
    // ("#### Diller: Python, C#": a list under another kind's title is read as the heading it is, as before)
    // never inside a summary: "Experience: since 2015 building pipelines" there is a sentence about its owner
    const entry = ENTRY_KINDS.has(kind!) && sectionSeen && within !== "summary" && readsAsEntry(m[2]!);
    const runOn = entry && !list;
    // a paragraph opens a section of entries only, naming another than the one it stands in: "Languages: Java, Go" and
    // "Tools: Git" are the groups of a section of skills, "Stack: Go" a project's line
    const opens =
      l.kind === "heading"
        ? (kind === "skills" && list) || (runOn && !isDurationLine(m[2]!) && classifyTitle(l.text) === undefined)
        : entry && kind !== within && hasDate({ text: m[2]! }) && standsAsSection(lines, i, sectionLevel);
    if (!opens) return [l];
    const depth = l.kind === "heading" ? l.depth : Number.isFinite(sectionLevel) ? sectionLevel : 1;
    const title: SourceLine = { ...l, kind: "heading", depth, text: m[1]!, links: [], lead: undefined, spans: undefined };
    titles.add(title);
    // (a list of skills stays the labelled group it was written as)
    return [title, { ...l, kind: "text" as const, text: kind === "skills" ? l.text : m[2]!, depth: 0, gap: true, lead: undefined, spans: undefined }];
  });
  return { lines: out, titles };
}

/**
 * A paragraph of its own at the left margin, dated as an entry is, with a section's heading, the end, or another such
 * labelled line after it: "Technologies: Python, Go" closing a job is followed by the next job, and stays the job's line.
 */
function standsAsSection(lines: readonly SourceLine[], i: number, sectionLevel: number): boolean {
  const line = lines[i]!;
  if (!line.gap || line.depth !== 0 || line.position.column !== 1) return false;
  let next = i + 1;
  while (next < lines.length && !lines[next]!.gap && lines[next]!.kind !== "heading") {
    // "Experience: 8 years …" over "Focus: Backend services": labelled details of a summary, one a line
    if (LABELLED.test(lines[next]!.text)) return false;
    next++;
  }
  const after = lines[next];
  // (an entry's heading after it, "### Next project", leaves it a line of the entry above)
  if (after === undefined || after.kind === "heading") return after === undefined || after.depth <= sectionLevel;
  const m = after.kind === "text" ? LABELLED.exec(after.text) : null;
  return m !== null && classifyTitle(m[1]!) !== undefined && after.position.column === 1;
}

/**
 * "BSc Physics, University of Leeds, 2010", "2010 - 2014": what follows the colon names an entry or dates it; a
 * sentence, or text opening in lower case or with "since", says something about the owner.
 */
function readsAsEntry(text: string): boolean {
  return !/^\p{Ll}/u.test(text) && !OPENS_WITH_SINCE.test(text) && !isSentence(text);
}
