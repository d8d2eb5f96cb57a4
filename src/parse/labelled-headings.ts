import type { SourceLine } from "./source-line.js";
import { classifyTitle } from "./section-titles.js";

/** "Technical Skills: Python, SQL, R": a label of a few words, its colon, and what it labels. */
const LABELLED = /^([^:：]{2,40}?)\s*[:：]\s+(\S.*)$/u;

/**
 * "#### Technical Skills: Python, SQL, R", as a portfolio template sets its one line of skills under the page's
 * title: a heading that holds a whole section of skills, its title before the colon and its list after. The heading
 * becomes the section's title, which opens a section whatever its level, and the line under it the labelled list it
 * was written as, so that the skills are read as the group it names.
 */
export function splitLabelledHeadings(lines: readonly SourceLine[]): { lines: SourceLine[]; titles: Set<SourceLine> } {
  const titles = new Set<SourceLine>();
  // only where a section could start: before the first section's title, or at its level or above; "#### Skills: SQL, R"
  // inside a job under "## Experience" is that job's line of tools, and the next job is no skill group
  const sectionLevel = Math.min(...lines.filter((l) => l.kind === "heading" && classifyTitle(l.text)).map((l) => l.depth));
  let sectionSeen = false;
  const out = lines.flatMap((l) => {
    const m = l.kind === "heading" ? LABELLED.exec(l.text) : null;
    const atSectionLevel = !sectionSeen || l.depth <= sectionLevel;
    if (l.kind === "heading" && classifyTitle(l.text)) sectionSeen = true;
    if (!m || !atSectionLevel || classifyTitle(m[1]!) !== "skills" || m[2]!.split(/\s*,\s*/).filter(Boolean).length < 2) return [l];
    const title: SourceLine = { ...l, text: m[1]!, links: [], lead: undefined, spans: undefined };
    titles.add(title);
    return [title, { ...l, kind: "text" as const, depth: 0, gap: true, lead: undefined, spans: undefined }];
  });
  return { lines: out, titles };
}
