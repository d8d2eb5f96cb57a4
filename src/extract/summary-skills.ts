import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle } from "../parse/section-titles.js";
import { foldTitle } from "../parse/title-text.js";
import { isSkillLabel } from "./skill-labels.js";
import { isShortItem, splitKeywords } from "./skill-items.js";
import vague from "./vocabulary/vague-skill-labels.json" with { type: "json" };
import { vocabularyWords } from "./word-trie.js";

/** "Languages: Go, Python": a label, its colon, and what it labels. */
const LABELLED = /^([^:：]{1,40})[:：]\s*(\S.*)$/u;
const VAGUE = new Set(vocabularyWords(vague).map(foldTitle));

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
 * for a kind of skill (skill-labels.json, or a skills section's title), one at least a specific kind, are the skills;
 * a single labelled line, one whose label says something else ("工作年限：5年Java开发经验，熟悉…", "Hobbies: chess,
 * hiking"), and a run whose labels are all vague out of a skills section ("Languages: English, French" over "Other:
 * driving licence"; vague-skill-labels.json) stay the summary's.
 */
export function skillListsIn(lines: readonly SourceLine[]): SourceLine[] {
  const found: SourceLine[] = [];
  let run: Array<{ line: SourceLine; label: string }> = [];
  const close = () => {
    const labels = run.map((r) => r.label);
    if (run.length >= 2 && labels.every(namesSkills) && labels.some((l) => !VAGUE.has(foldTitle(l)))) found.push(...run.map((r) => r.line));
    run = [];
  };
  for (const line of lines) {
    const label = listLabel(line);
    if (label !== undefined) run.push({ line, label });
    else close();
  }
  close();
  return found;
}

const namesSkills = (label: string) => isSkillLabel(label) || classifyTitle(label) === "skills";
