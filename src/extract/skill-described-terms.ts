import type { SourceLine } from "../parse/source-line.js";

/** A label and what follows it on its line, as skill-groups' labelOf reads "Label – rest" and "Label: rest". */
type LabelOf = (l: SourceLine) => { name: string; rest: string } | undefined;

/** Words enough for a clause of prose, not a tool's name ("Deep understanding of the editor"). */
const CLAUSE_WORDS = 5;

/** A word of running text: in lower case, or in a script without case; a list of tools is names in capitals. */
const PROSE_WORD = /^[\p{Ll}\p{Lo}]/u;

/**
 * "Experience with git, subversion, and perforce in real teams": a rest that says something, a clause of it long and
 * in words of running text, not names ("JavaScript HTML 5 CSS 3 Vue.js Node.js React", "Go · Rust · Python").
 */
function describes(rest: string): boolean {
  return rest.split(/\s*[,;·•|]\s*/u).some((part) => {
    const words = part.trim().split(/\s+/);
    return words.length >= CLAUSE_WORDS && words.filter((w) => PROSE_WORD.test(w)).length * 2 >= words.length;
  });
}

/**
 * "- Python – Experience building web applications with Flask" ⏎ "- SQL – Practical use of relational databases":
 * a list whose labelled bullets mostly say, after the term, what the owner did with it is a list of skills each
 * described, not of groups: the term is the skill, and the sentence after it names none. Returns each bullet
 * of such a list with its term; none where fewer than two bullets, or half of them, are so written.
 */
export function describedTerms(lines: readonly SourceLine[], labelOf: LabelOf): Map<SourceLine, string> {
  const labelled = lines.flatMap((l) => {
    const label = l.kind === "bullet" && l.depth === 0 ? labelOf(l) : undefined;
    return label ? [{ l, label }] : [];
  });
  const described = labelled.filter(({ label }) => describes(label.rest));
  if (described.length < 2 || described.length * 2 <= labelled.length) return new Map();
  return new Map(labelled.map(({ l, label }) => [l, label.name]));
}
