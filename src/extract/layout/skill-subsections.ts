import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { isWholeTitle } from "../../parse/section-titles.js";
import { listsThree } from "../skill-items.js";
import { isGenericLabel, isSkillLabel } from "../skill-labels.js";
import { endsWithSpokenLanguage, isSpokenLanguage } from "../spoken-languages.js";
import { isSentence } from "./lines.js";

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
  let hostEmpty = false;
  out.forEach((block, i) => {
    const title = block.title;
    // under a skills title with nothing of its own ("Technical Skills" / "Development Tools" / "Docker, Jenkins, Git"),
    // a title its keywords read as skills, which no vocabulary holds whole as a section's title ("Skills" twice is
    // one section set over two columns), is a group's label; so is one read as languages over a list of items
    // ("Programming & Markup Languages" over "Go, SQL, Rust"), not one over "Kazakh — native"
    const grouping = kinds[i] === "skills" || (kinds[i] === "languages" && listsThree(block.lines[0]?.text, "comma"));
    const label = title !== undefined && (isSkillLabel(title) || (hostEmpty && grouping && !isWholeTitle(title)));
    if (label && host >= 0 && i <= reach && block.lines.length && !block.lines.some(namesSpokenLanguage) && !tellsOtherThings(block, kinds[i])) {
      // the label stays a heading over its group's lines ("### Languages" over "`JavaScript` `TypeScript`"), which a
      // line of items side by side, with no comma, would not open as a label line would
      const heading: SourceLine = { kind: "subheading", text: title!, position: block.position, depth: 3, links: [], gap: true };
      out[host]!.lines.push(heading, ...block.lines.map((l, k) => (k === 0 ? { ...l, gap: false } : l)));
      block.lines = [];
      folded.push(heading);
      reach = i + 1;
      return;
    }
    if (kinds[i] !== "skills") return;
    host = i;
    hostEmpty = !block.lines.length;
    // an empty skills section's groups may come after the section printed beside it
    reach = block.lines.length ? i + 1 : i + 2;
  });
  return { blocks: out, folded };
}

/**
 * "## Other" over "* I'm a notary public…": a section of sentences under a title that names no kind of skill, or that
 * is not read as skills, tells other things of the person. Under "## Tools" ("- I use Git and Docker every day.") the
 * sentences are the group's, which keeps them out of the skills' names.
 */
function tellsOtherThings(block: SectionBlock, kind: string | undefined): boolean {
  return (isGenericLabel(block.title ?? "") || kind !== "skills") && block.lines.every((l) => isSentence(l.text));
}

/** "Deutsch (Muttersprache)", "**English** | Native", "Fluent Portuguese (Speaking, Reading)": a line about a spoken language. */
function namesSpokenLanguage(l: SourceLine): boolean {
  const first = (l.lead ?? l.text).split(/\s+[|·–—-]\s+|[:：(,]/)[0]!.trim();
  return isSpokenLanguage(l.text) || isSpokenLanguage(first) || endsWithSpokenLanguage(first);
}
