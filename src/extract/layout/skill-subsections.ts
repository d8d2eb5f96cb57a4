import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { isSkillLabel } from "../skill-labels.js";
import { endsWithSpokenLanguage, isSpokenLanguage } from "../spoken-languages.js";

/**
 * A PDF's text may set the labels of a skills section's groups as titles of their own ("Skills" / "Programming" /
 * "Python • R", then "Tools" / "Spark • Airflow", or Deedy's "LANGUAGES" and "TOOLS" in capitals): a section titled
 * with a group's label right after a skills section, or after one section set beside an empty skills section (a
 * two-column page's titles stacked), is a group of that skills section, unless it lists spoken languages. Returns
 * the blocks with each such section's title and lines moved into the skills section, and the titles moved.
 */
export function foldSkillSubsections(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>): { blocks: SectionBlock[]; folded: SourceLine[] } {
  const out = blocks.map((b) => ({ ...b, lines: [...b.lines] }));
  const folded: SourceLine[] = [];
  let host = -1;
  let reach = -1;
  out.forEach((block, i) => {
    const title = block.title;
    if (title !== undefined && host >= 0 && i <= reach && isSkillLabel(title) && block.lines.length && !block.lines.some(namesSpokenLanguage)) {
      // the label stays a heading over its group's lines ("### Languages" over "`JavaScript` `TypeScript`"), which a
      // line of items side by side, with no comma, would not open as a label line would
      const label: SourceLine = { kind: "subheading", text: title, position: block.position, depth: 3, links: [], gap: true };
      out[host]!.lines.push(label, ...block.lines.map((l, k) => (k === 0 ? { ...l, gap: false } : l)));
      block.lines = [];
      folded.push(label);
      reach = i + 1;
      return;
    }
    if (kinds[i] !== "skills") return;
    host = i;
    // an empty skills section's groups may come after the section printed beside it
    reach = block.lines.length ? i + 1 : i + 2;
  });
  return { blocks: out, folded };
}

/** "Deutsch (Muttersprache)", "**English** | Native", "Fluent Portuguese (Speaking, Reading)": a line about a spoken language. */
function namesSpokenLanguage(l: SourceLine): boolean {
  const first = (l.lead ?? l.text).split(/\s+[|·–—-]\s+|[:：(,]/)[0]!.trim();
  return isSpokenLanguage(l.text) || isSpokenLanguage(first) || endsWithSpokenLanguage(first);
}
