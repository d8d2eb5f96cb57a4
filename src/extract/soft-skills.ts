import type { Position } from "../diagnostics/diagnostic.js";
import { foldTitle } from "../parse/title-text.js";
import type { Skill } from "../resume/schema.js";
import { vocabularyWords } from "./word-trie.js";
import softTitles from "./vocabulary/soft-skill-titles.json" with { type: "json" };

const SOFT_WORDS = new Set(vocabularyWords(softTitles).map(foldTitle));

/**
 * "## Compétences interpersonnelles" over "Leadership · Communication · Mentorat": a flat list under a title of soft
 * skills is one group, named by the title, as a label over a list names its group; a list under a plain "Skills" title
 * stays one skill an item. A section that groups its items already keeps its groups.
 */
export function groupUnderSoftTitle(title: string, skills: Array<{ skill: Skill; position: Position }>): Array<{ skill: Skill; position: Position }> {
  if (skills.length < 2 || skills.some(({ skill }) => skill.keywords?.length)) return skills;
  if (!foldTitle(title).split(/[\s/&,-]+/).some((w) => SOFT_WORDS.has(w))) return skills;
  return [{ skill: { name: title, keywords: skills.flatMap(({ skill }) => (skill.name ? [skill.name] : [])) }, position: skills[0]!.position }];
}
