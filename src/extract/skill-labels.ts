import data from "./vocabulary/skill-labels.json" with { type: "json" };
import generic from "./vocabulary/generic-labels.json" with { type: "json" };
import levels from "./vocabulary/skill-levels.json" with { type: "json" };
import { foldTitle } from "../parse/title-text.js";

const folded = (byLanguage: object) => new Set(Object.entries(byLanguage).flatMap(([key, words]) => (key === "$comment" ? [] : (words as string[]).map(foldTitle))));
const LABELS = folded(data);
const GENERIC = folded(generic);
/** "Advanced", "Working knowledge": a level labels the group of skills known that well (moderncv's \cvitem{Advanced}{…}). */
const LEVELS = new Set(Object.values(levels.levels).flat().map(foldTitle));
const LONGEST = Math.max(...[...LABELS, ...LEVELS].map((l) => l.split(/\s+/).length));
/** A label the vocabulary knows, or a level set as one: capitalised, before a list ("Advanced Ruby, Git"). */
const labelsGroup = (name: string, rest: string) => LABELS.has(foldTitle(name)) || (LEVELS.has(foldTitle(name)) && /^\p{Lu}/u.test(name) && /[,，]/u.test(rest));

/**
 * "Tools Apache Flink, Kafka", "Advanced Ruby, Git", "ProgrammierungC, C++": a line that begins with a word that labels
 * a group of skills, or with a level, set apart from its list only by a space (moderncv's \cvitem as pdftotext writes
 * it) or by nothing where the label ran into its column: the label and the list.
 */
export function spacedSkillLabel(text: string): { name: string; rest: string } | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(LONGEST, words.length - 1); n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    const rest = words.slice(n).join(" ");
    if (labelsGroup(name, rest) && /^[\p{Lu}\p{N}.#]/u.test(rest)) return { name, rest };
  }
  const glued = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}.*)$/u.exec(words[0]!);
  if (glued && LABELS.has(foldTitle(glued[1]!))) return { name: glued[1]!, rest: [glued[2]!, ...words.slice(1)].join(" ") };
  return undefined;
}

/** "Tools", "LANGUAGES", "Datenbanken": a title that may label a group of skills. */
export const isSkillLabel = (text: string) => LABELS.has(foldTitle(text.trim()));

/** "Other", "Misc", "Sonstiges": a label that names no kind of skill, only the rest. */
export const isGenericLabel = (text: string) => GENERIC.has(foldTitle(text.trim()));
