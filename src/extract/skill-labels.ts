import data from "./vocabulary/skill-labels.json" with { type: "json" };
import generic from "./vocabulary/generic-labels.json" with { type: "json" };
import { foldTitle } from "../parse/title-text.js";

const folded = (byLanguage: object) => new Set(Object.entries(byLanguage).flatMap(([key, words]) => (key === "$comment" ? [] : (words as string[]).map(foldTitle))));
const LABELS = folded(data);
const GENERIC = folded(generic);
const LONGEST = Math.max(...[...LABELS].map((l) => l.split(/\s+/).length));

/**
 * "Tools Apache Flink, Kafka", "ProgrammierungC, C++": a line that begins with a word that labels a group of skills,
 * set apart from its list only by a space (moderncv's \cvitem as pdftotext writes it) or by nothing where the label
 * ran into its column: the label and the list.
 */
export function spacedSkillLabel(text: string): { name: string; rest: string } | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(LONGEST, words.length - 1); n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    const rest = words.slice(n).join(" ");
    if (LABELS.has(foldTitle(name)) && /^[\p{Lu}\p{N}.#]/u.test(rest)) return { name, rest };
  }
  const glued = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}.*)$/u.exec(words[0]!);
  if (glued && LABELS.has(foldTitle(glued[1]!))) return { name: glued[1]!, rest: [glued[2]!, ...words.slice(1)].join(" ") };
  return undefined;
}

/** "Tools", "LANGUAGES", "Datenbanken": a title that may label a group of skills. */
export const isSkillLabel = (text: string) => LABELS.has(foldTitle(text.trim()));

/** "Other", "Misc", "Sonstiges": a label that names no kind of skill, only the rest. */
export const isGenericLabel = (text: string) => GENERIC.has(foldTitle(text.trim()));
