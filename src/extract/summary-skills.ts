import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle } from "../parse/section-titles.js";
import { isSkillLabel } from "./skill-labels.js";
import { isShortItem, splitKeywords } from "./skill-items.js";

/** "Languages: Go, Python": a label, its colon, and what it labels. */
const LABELLED = /^([^:：]{1,40})[:：]\s*(\S.*)$/u;

/** The label of a line that labels a list of two short items or more ("Databases: PostgreSQL, Redis"), or undefined. */
function listLabel(line: SourceLine): string | undefined {
  const m = LABELLED.exec(line.text.trim());
  // (bullets are the summary's points, which may each say what the person knows: "* **Cloud skills**: Azure, GCP")
  if (!m || line.kind !== "text") return undefined;
  const items = splitKeywords(m[2]!);
  return items.length >= 2 && items.every(isShortItem) ? m[1]!.trim() : undefined;
}

/**
 * "## About Me" over a sentence or two, then "**Languages:** Go, Python" and "**Databases:** PostgreSQL, Redis": the
 * lists of skills a profile sets under its introduction. A run of two lines or more, each labelling a list by a word
 * for a kind of skill (skill-labels.json, or a skills section's title), are the skills; a single labelled line, and
 * one whose label says something else ("工作年限：5年Java开发经验，熟悉…", "Hobbies: chess, hiking"), stays the summary's.
 */
export function skillListsIn(lines: readonly SourceLine[]): SourceLine[] {
  const found: SourceLine[] = [];
  let run: SourceLine[] = [];
  const close = () => {
    if (run.length >= 2 && run.every((l) => namesSkills(listLabel(l)!))) found.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (listLabel(line) !== undefined) run.push(line);
    else close();
  }
  close();
  return found;
}

const namesSkills = (label: string) => isSkillLabel(label) || classifyTitle(label) === "skills";
