import type { SourceLine } from "../parse/source-line.js";
import { inferSeparator, isShortItem, splitAt } from "./skill-items.js";

/**
 * "Hardware" / "Software" then, after a blank line, "Altium, KiCad" / "C, Python": a table of labels and lists, which
 * pdftotext writes a column at a time. A run of short label lines followed by a paragraph of exactly as many lists pairs them
 * in order, each label with its list as "Label⇥a, b".
 */
export function labelsBesideLists(lines: SourceLine[]): SourceLine[] {
  const sep = inferSeparator(lines.map((l) => l.text));
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    let end = i;
    while (end < out.length && isLabelLine(out[end]!, sep) && (end === i || !out[end]!.gap)) end++;
    const count = end - i;
    const lists = out.slice(end, end + count);
    if (count < 2 || lists.length < count || !lists[0]!.gap || !lists.every((l, k) => l.kind === "text" && l.depth === 0 && (k === 0 || !l.gap) && splitAt(l.text, sep).length > 1)) continue;
    // "Programmiersprachen:" / "Werkzeuge:" / "Sonstiges:" over three lists, its first label taken for a section's
    // title: a paragraph of more lists than the column has labels is no column beside them, and pairing it would
    // give each label the list of the one above
    const after = out[end + count];
    if (after && !after.gap) continue;
    const paired = out.slice(i, end).map((label, k) => ({ ...label, text: `${label.text}\t${lists[k]!.text}` }));
    out.splice(i, count * 2, ...paired);
    i += count - 1;
  }
  return out;
}

/** A label alone on its line ("Hardware", "Programming:"): its colon may close it; one inside says more than a label. */
const isLabelLine = (l: SourceLine, sep: ReturnType<typeof inferSeparator>) => {
  const label = l.text.replace(/\s*[:：]$/u, "");
  return l.kind === "text" && l.depth === 0 && isShortItem(label) && splitAt(label, sep).length === 1 && !/[:：]/.test(label);
};
