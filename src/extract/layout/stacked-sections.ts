import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { hasDate } from "./lines.js";
import { weighPhrase } from "../evidence/phrase-evidence.js";

type Kind = string | undefined;

/** The kinds whose entries the words of their headers tell apart: a school and a degree, or a role and an employer. */
const TOLD_APART: ReadonlySet<string> = new Set(["education", "work"]);

/**
 * A two-column PDF (Deedy's résumé, AltaCV) sets the titles of its columns' first sections side by side, and pdftotext
 * writes them one under the other with nothing between ("Education" / "Experience"), then the two columns' entries
 * paragraph by paragraph in turn; where the left column ends, the right one goes on inside the left column's last
 * section, from a paragraph of bullets. When an empty section of schools stands over one of jobs, or the other way,
 * each paragraph goes to the section whose kind its words name, and what follows the left column's end goes back to
 * the second section. Returns the blocks so mended and the paragraphs moved.
 */
export function splitStackedSections(blocks: readonly SectionBlock[], kinds: readonly Kind[]): { blocks: SectionBlock[]; moved: SourceLine[] } {
  const out = blocks.map((b) => ({ ...b, lines: [...b.lines] }));
  const moved: SourceLine[] = [];
  const at = out.findIndex((b, i) => b.title !== undefined && !b.lines.length && TOLD_APART.has(kinds[i] ?? "") && TOLD_APART.has(kinds[i + 1] ?? "") && kinds[i] !== kinds[i + 1] && out[i + 1]!.lines.length > 0);
  if (at < 0) return { blocks: out, moved };
  const [left, right] = [out[at]!, out[at + 1]!];
  const kept: SourceLine[] = [];
  // a paragraph whose words name neither stays where it was printed
  for (const paragraph of paragraphs(right.lines)) {
    if (namedKind(paragraph) === kinds[at]) {
      left.lines.push(...paragraph);
      moved.push(paragraph[0]!);
    } else kept.push(...paragraph);
  }
  if (!left.lines.length) return { blocks: blocks.map((b) => ({ ...b })), moved: [] };
  right.lines = kept;
  // the right column goes on after the left one's last section, from a paragraph that opens with a bullet
  for (const block of out.slice(at + 2)) {
    const from = block.lines.findIndex((l, k) => k > 0 && l.gap && l.kind === "bullet" && !block.lines.slice(0, k).some((b) => b.kind === "bullet"));
    if (from < 0) continue;
    right.lines.push(...block.lines.splice(from).map((l, k) => (k === 0 ? { ...l, gap: false } : l)));
    break;
  }
  return { blocks: out, moved };
}

/** A section's lines cut into paragraphs, each opening where a blank line was. */
function paragraphs(lines: readonly SourceLine[]): SourceLine[][] {
  const out: SourceLine[][] = [];
  for (const l of lines) {
    if (l.gap || !out.length) out.push([l]);
    else out.at(-1)!.push(l);
  }
  return out;
}

/** The kind a paragraph's header lines name: a school or a degree, or a role or an employer; none when they weigh alike. */
function namedKind(paragraph: readonly SourceLine[]): Kind {
  let school = 0;
  let job = 0;
  // the dates' line names where, not what ("Mar 2021 – Present | Boston, MA" has no Master of Arts)
  for (const l of paragraph.filter((p) => p.kind === "text" && !hasDate(p))) {
    const e = weighPhrase(l.text);
    school = Math.max(school, e.school, e.degree);
    job = Math.max(job, e.role, e.org);
  }
  return school > job ? "education" : job > school ? "work" : undefined;
}
