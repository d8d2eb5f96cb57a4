import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { classifyTitle, titleNames, type SectionKind } from "../../parse/section-titles.js";
import { splitOutsideBrackets } from "./split-line.js";

/** The kinds of list a labelled line of a combined section may hand its items to. */
const LIST_KINDS = new Set<SectionKind>(["awards", "certificates", "skills", "interests"]);

/** A section of one kind of list, made of a labelled line of a combined section: its label the title, its items one a line. */
export interface LabelledPart {
  kind: SectionKind;
  block: SectionBlock;
}

/**
 * "## 证书、荣誉、校园经历" (certificates, honours, campus life) over "- 荣誉：一等奖学金，优秀学生干部", "## Awards &
 * Certifications" over "- Awards: Best Paper, Dean's List": a title that joins several kinds of section, filled with
 * lines each labelled by one of them, gives each such line to the kind its label names, the items after the label
 * (set apart by commas outside brackets) its entries. Read under the section's first kind, an honour would be a
 * certificate, and the list one entry. A label the title does not name leaves its line where it was.
 */
export function labelledParts(block: SectionBlock, kind: SectionKind): { parts: LabelledPart[]; rest: SourceLine[] } | undefined {
  const title = block.title;
  if (!title) return undefined;
  const parts: LabelledPart[] = [];
  const rest: SourceLine[] = [];
  for (const line of block.lines) {
    const m = line.depth === 0 ? /^([^:：,，]{1,24}?)\s*[:：]\s*(\S.*)$/u.exec(line.text) : null;
    const label = m?.[1]!.replace(/[*_]/g, "").trim();
    const named = label ? classifyTitle(label) : undefined;
    if (!m || !label || !named || named === kind || !LIST_KINDS.has(named) || !titleNames(title, named)) {
      rest.push(line);
      continue;
    }
    const items = splitOutsideBrackets(m[2]!, /\s*[,，、;；]\s*/u).map((t) => t.trim()).filter(Boolean);
    const lines = items.map((text): SourceLine => ({ ...line, kind: "bullet", text, lead: undefined, spans: undefined, links: [] }));
    parts.push({ kind: named, block: { title: label, position: line.position, lines } });
  }
  return parts.length ? { parts, rest } : undefined;
}
