import type { SourceLine } from "../parse/source-line.js";
import { isDurationLine } from "./date-pattern.js";
import { isSentence } from "./layout/lines.js";
import { isShortItem, splitAt, type Separator } from "./skill-items.js";

/**
 * "Programming" / ":   Python, bash, FORTRAN, C": a short term over one line of short items (pandoc's definition
 * list), wrapped over lines or not, names the group of those items; so does a label's item over its one item that
 * lists them ("- Tools" / "  - Git, Docker, LaTeX", as academicpages' nested skills are written). Returns the items'
 * text, or undefined where the term is no label of such a list.
 */
export function listUnderTerm(term: SourceLine, children: readonly SourceLine[], sep: Separator | undefined): string | undefined {
  const definitions = children.every((c) => c.kind === "text");
  const subItem = children.length === 1 && children[0]?.kind === "bullet";
  if (!children.length || !(definitions || subItem) || !isShortItem(term.text) || /[:：]/.test(term.text)) return undefined;
  const under = children.map((c) => c.text).join(" ");
  const items = splitAt(under, sep);
  if (items.length < 2 || !items.every(isShortItem)) return undefined;
  return subItem && describesSkill(under, items) ? undefined : under;
}

/**
 * "- Python" / "  - 5 years, daily use", "- Leadership" / "  - Led teams of 5, mentored interns": an item under a skill
 * that says how long or how it was used lists no skills: a duration, a sentence, or a phrase of three words or more
 * with a lower-case word after its first, as a clause has and a skill's name has not.
 */
function describesSkill(text: string, items: readonly string[]): boolean {
  const clause = (item: string) => item.trim().split(/\s+/).length >= 3 && /\s\p{Ll}{3,}/u.test(item);
  return isSentence(text) || items.some((item) => isDurationLine(item) || clause(item));
}
