import { withoutDecoration } from "../parse/normalize.js";
import { isBoldLabel } from "./layout/lines.js";
import type { Position } from "../diagnostics/diagnostic.js";
import type { SourceLine } from "../parse/source-line.js";
import { withoutLead } from "./entry-parts.js";
import { inferSeparator, isShortItem, leadingLevel, listsThree, splitAt, wrapsOf } from "./skill-items.js";
import { isSkillLabel, spacedSkillLabel } from "./skill-labels.js";
import { listUnderTerm } from "./skill-sublist.js";
import { describedTerms } from "./skill-described-terms.js";
import { labelsBesideLists } from "./skill-label-columns.js";
import { isMeasureColumn } from "./skill-attribute-columns.js";
import { codeSpans, labelledColumns, linkedItems, sideBySide, withColumnGap } from "./skill-line-layouts.js";

/** One text of a skills list; `split` when its items are separated on the line itself rather than by bullets. */
export interface SkillText {
  text: string;
  split: boolean;
  /** The rest of a "Label: a, b" line, whose commas always separate items. */
  labelled?: boolean;
  position: Position;
}

/** A group as written: its label (none for the items of a flat list) and its texts. */
export interface SkillGroup {
  name?: string;
  items: SkillText[];
  position: Position;
}

/**
 * Reads the layout of a skills section into groups: a heading or a label line
 * (`Frameworks:`, `💡 Tools`, a bold line, a short line over a line of items)
 * opens a group that collects the items below it; a labelled line
 * (`Label: a, b`, `**Label** a, b`, `Label – a, b`) or a table row is a group
 * of its own; a bullet over two or more short sub-items is a group named by
 * the bullet. Anything else is an item of the flat list. Sub-bullets under an
 * item describe it rather than name skills: they are no group's items, and
 * their positions are returned in `details` for the caller to keep elsewhere.
 */
export function readSkillGroups(written: readonly SourceLine[], sourceLines: readonly string[] = [], headingsWritten = false): { groups: SkillGroup[]; details: Position[] } {
  const lines = labelsBesideLists(written.flatMap(labelledColumns).map((l) => withColumnGap(l, sourceLines)));
  const sep = inferSeparator(lines.map((l) => l.text));
  const bulletsAreLists = bulletsHoldLists(lines);
  const spaced = spacedLabels(lines);
  const terms = describedTerms(lines, labelOf);
  const groups: SkillGroup[] = [];
  const details: Position[] = [];
  let open: SkillGroup | undefined;
  let openByHeading = false;
  // the items of a flat list gather in an unnamed group, one per run between named ones
  const flat = (at: SourceLine) => {
    const last = groups.at(-1);
    if (last && last.name === undefined) return last;
    const g: SkillGroup = { items: [], position: at.position };
    groups.push(g);
    return g;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const children = childrenOf(lines, i);
    const itemOf = (line: SourceLine): SkillText => {
      const badges = linkedItems(line);
      return badges ? { text: badges, split: true, position: line.position } : { text: line.text, split: line.kind !== "bullet" || bulletsAreLists, position: line.position };
    };
    i += children.length;
    // "**Statistical software:**" alone over bullets: a bold label names the group of the list under it, and its
    // bullets, inner labels and all ("- Stata: advanced, wrote packages"), are its items
    const list = l.kind === "text" && !children.length && isBoldLabel(l) ? flatListUnder(lines, i, sep) : undefined;
    if (list) {
      open = undefined;
      groups.push({ name: cleanLabel(l.text), items: list.map((b) => (labelOf(b) ? whole(b) : itemOf(b))), position: l.position });
      i += list.length;
      continue;
    }
    if (l.kind === "heading" || l.kind === "subheading") {
      open = { name: cleanLabel(l.text), items: [], position: l.position };
      openByHeading = true;
      groups.push(open);
      continue;
    }
    // "(注：以下所列技术…)", "(Note: levels are self-assessed)": a remark in brackets on the list names no skill
    if (l.kind === "text" && REMARK.test(l.text)) {
      details.push(l.position);
      continue;
    }
    // ": definition" lines of a definition list (pandoc) under their term: each definition is one item, however long
    if (DEFINITION.test(l.text)) {
      const defs = l.text.replace(DEFINITION, "").split(/\s+:\s+/).map((text) => ({ text, split: false, position: l.position }));
      (open ?? flat(l)).items.push(...defs);
      continue;
    }
    // under a heading, every line is an item; an inner "Label: a, b" stays whole; but a short line between two lists
    // ("Go, SQL" / "Frameworks & Libraries" / "Angular, Flask") labels the list under it, as a PDF sets a bold label,
    // where the heading too was only read from how a line looks; under a heading the author drew ("### Frontend"),
    // only a line that names a kind of skill ("Tools") does, and any other ("Tailwind CSS") is the group's item
    const labelsNext = !headingsWritten || (/^\p{Lu}/u.test(l.text) && isSkillLabel(l.text));
    if (open && openByHeading && !children.length && labelsNext && listsThree(open.items.at(-1)?.text, sep) && opensGroup(l, lines[i + 1], sep) && listsThree(lines[i + 1]!.text, sep)) {
      open = { name: cleanLabel(l.text), items: [], position: l.position };
      openByHeading = false;
      groups.push(open);
      continue;
    }
    // "- Python – Experience building web applications": the term is the item, what it says of it no skill
    const term = terms.get(l);
    if (term !== undefined) {
      (open ?? flat(l)).items.push({ text: term, split: false, position: l.position });
      details.push(...children.map((c) => c.position));
      continue;
    }
    if (open && openByHeading) {
      open.items.push(labelOf(l) ? whole(l) : itemOf(l));
      details.push(...children.map((c) => c.position));
      continue;
    }
    // "| Cloud | AWS、GCP | 5 years |" under "| Category | Tools | Years |": how long the row's skills were used names
    // none of them; the row is kept as written in the catch-all for it ("| Go | 3 years |" rates the skill it names)
    const cells = l.cells?.map((c) => c.trim()).filter(Boolean);
    const unmeasured = l.cells?.filter((_, k) => !isMeasureColumn(l.columnNames?.[k])).map((c) => c.trim()).filter(Boolean);
    const measured = unmeasured && cells && unmeasured.length >= 2 && unmeasured.length < cells.length;
    if (measured) details.push(l.position);
    const row = measured ? unmeasured : cells;
    if (row && row.length >= 2) {
      open = undefined;
      groups.push({ name: cleanLabel(row[0]!), items: row.slice(1).map((text) => ({ text, split: true, position: l.position })), position: l.position });
      continue;
    }
    const label = labelOf(l) ?? spaced.get(l);
    if (label?.rest) {
      open = undefined;
      // "**Languages:** `Go` `Rust`": code spans side by side after the label are its items
      const text = sideBySide(codeSpans(l), label.rest) ?? label.rest;
      // "**Tools:** Git, Docker," ⏎ "  Helm, Vault": a labelled list wrapped over lines goes on in the lines under it
      const wraps = wrapsOf(text, children);
      const items = [{ text: [text, ...wraps.map((w) => w.text)].join(" "), split: true, labelled: true, position: l.position }, ...children.slice(wraps.length).map(whole)];
      groups.push({ name: label.name, items, position: l.position });
      continue;
    }
    const next = lines[i + 1];
    if (label || (!children.length && opensGroup(l, next, sep))) {
      const name = label?.name ?? cleanLabel(l.text);
      if (children.length) groups.push({ name, items: children.map(whole), position: l.position });
      else {
        open = { name, items: [], position: l.position };
        groups.push(open);
      }
      continue;
    }
    if (open) {
      open.items.push(itemOf(l));
      details.push(...children.map((c) => c.position));
      continue;
    }
    if (children.length >= 2 && children.every((c) => isShortItem(c.text))) {
      groups.push({ name: cleanLabel(l.text), items: children.map(whole), position: l.position });
      continue;
    }
    const under = listUnderTerm(l, children, sep);
    if (under !== undefined) {
      groups.push({ name: cleanLabel(l.text), items: [{ text: under, split: true, labelled: true, position: children[0]!.position }], position: l.position });
      continue;
    }
    // a list wrapped over lines (as text from a PDF is) is one text: a line that ends on a comma or goes on in lower case continues
    const items = flat(l).items;
    const prev = items.at(-1);
    const wrapped = prev && (/[,;、·(]$/.test(prev.text) || /^[\p{Ll}(]/u.test(l.text));
    if (wrapped && l.kind === "text" && !l.gap && lines[i - 1]?.kind === "text" && lines[i - 1]!.position === prev.position) {
      items[items.length - 1] = { ...prev, text: `${prev.text} ${l.text}`, position: l.position };
    } else items.push(itemOf(l));
    details.push(...children.map((c) => c.position));
  }
  return { groups: groups.filter((g) => g.name !== undefined || g.items.length), details };
}

/**
 * The top-level bullets right under line `i`, when nothing is set under them and most are no labelled list of their
 * own: "- DevOps: Puppet, Vagrant, Docker" under "**Experience with:**" is a group of its own, under no label.
 */
function flatListUnder(lines: readonly SourceLine[], i: number, sep: ReturnType<typeof inferSeparator>): SourceLine[] | undefined {
  let j = i + 1;
  while (lines[j]?.kind === "bullet" && lines[j]!.depth === 0) j++;
  const list = lines.slice(i + 1, j);
  // a sub-list or a wrapped text under a bullet gives the list a shape of its own, which the label does not override
  if (!list.length || (lines[j] && lines[j]!.depth > 0)) return undefined;
  const groupsOwn = list.filter((b) => listsThree(labelOf(b)?.rest, sep));
  return groupsOwn.length * 2 > list.length ? undefined : list;
}

const DEFINITION = /^:\s+/;
const OPEN_BRACKET = /[(（][^)）]*$/;
const REMARK = /^[(（][^()（）]*[:：][^()（）]*[)）]$/;

const whole = (l: SourceLine): SkillText => ({ text: l.text, split: false, position: l.position });

/** The lines nested under line `i` (sub-bullets and their wrapped text), when it is a top-level bullet or text line. */
function childrenOf(lines: readonly SourceLine[], i: number): SourceLine[] {
  const l = lines[i]!;
  if (l.kind === "heading" || l.kind === "subheading" || l.kind === "row") return [];
  const out: SourceLine[] = [];
  for (let j = i + 1; j < lines.length && lines[j]!.depth > l.depth && (lines[j]!.kind === "bullet" || lines[j]!.kind === "text"); j++) out.push(lines[j]!);
  return out;
}

/**
 * "Label: a, b", "**Label** a, b", "Label – a, b", or a label alone
 * ("Frameworks:", "**Tools**"), split into its name and the rest. A label
 * is short: a sentence with a colon in it ("Worked on: …") is not one.
 */
function labelOf(l: SourceLine): { name: string; rest: string } | undefined {
  const lead = leadLabel(l);
  if (lead) return lead;
  const level = leadingLevel(l.text);
  if (level) return { name: level.level, rest: level.rest };
  // ":Languages: Python, Go" is a field of a reStructuredText field list; a bracket opened before the colon holds a remark
  const colon = /^:?([^:：]{1,50}?)\s*[:：]\s*(.*)$/.exec(l.text);
  if (colon && colon[1]!.split(/\s+/).length <= 6 && !/^https?$/i.test(colon[1]!) && !OPEN_BRACKET.test(colon[1]!)) return { name: cleanLabel(colon[1]!), rest: colon[2]! };
  // "Cloud - AWS, GCP": a hyphen set between spaces parts them as a dash does, and so do two ("Tools -- Git, vim",
  // a dash as typed for Markdown); "Web–HTML, CSS": a dash between letters does too, where no name of a skill has one
  const dash = /^([^–—]{1,40}?)\s+(?:-{1,2}|[–—])\s+(.+)$/.exec(l.text) ?? /^(\p{L}[\p{L} ]{0,38}?)[–—](\p{L}.*)$/u.exec(l.text);
  if (dash && dash[1]!.split(/\s+/).length <= 4) return { name: cleanLabel(dash[1]!), rest: dash[2]! };
  const tab = /^([^\t]{1,40})\t(.+)$/.exec(l.text);
  if (tab && tab[1]!.split(/\s+/).length <= 4) return { name: cleanLabel(tab[1]!), rest: tab[2]! };
  return undefined;
}

/**
 * "Languages Python, Java" over "Tools Git, Docker": lines each led by a word that labels a group, set apart from
 * its list by a space only. A label so written is taken when two lines of the section or more are written so,
 * and none has a label of another form.
 */
function spacedLabels(lines: readonly SourceLine[]): Map<SourceLine, { name: string; rest: string }> {
  const top = lines.filter((l) => l.kind === "text" && l.depth === 0);
  if (top.some((l) => labelOf(l))) return new Map();
  const found = new Map(top.flatMap((l) => {
    const label = spacedSkillLabel(l.text);
    return label ? [[l, label] as const] : [];
  }));
  return found.size >= 2 ? found : new Map();
}

/** A short line of no items of its own over a line that holds several, or over bullets: "Operating Systems" ⏎ "Linux / macOS". */
function opensGroup(l: SourceLine, next: SourceLine | undefined, sep: ReturnType<typeof inferSeparator>): boolean {
  if (l.kind !== "text" || !next || next.kind === "heading" || next.kind === "subheading" || !isShortItem(l.text) || splitAt(l.text, sep).length > 1) return false;
  return next.kind === "bullet" || (next.kind === "text" && splitAt(next.text, sep).length > 1);
}

/**
 * True when most top-level bullets hold several short items each ("- Python,
 * Go, Rust"), so commas separate items; otherwise each bullet is one item,
 * commas and all ("- HTML, JS, CSS, jQuery" among single-item bullets).
 */
function bulletsHoldLists(lines: readonly SourceLine[]): boolean {
  const bullets = lines.filter((l) => l.kind === "bullet" && l.depth === 0 && !labelOf(l));
  const sep = inferSeparator(bullets.map((b) => b.text));
  const lists = bullets.filter((b) => {
    const parts = splitAt(b.text, sep);
    return parts.length > 1 && parts.every(isShortItem);
  });
  return lists.length * 2 > bullets.length;
}

/** A label as written, without its icon, bold marker or closing colon. */
function cleanLabel(text: string): string {
  return withoutDecoration(text).replace(/\s*[:：]\s*$/, "").trim();
}

/** "**Python** (Expert): NumPy": the level in parentheses after a bold label belongs to its name. */
function leadLabel(l: SourceLine): { name: string; rest: string } | undefined {
  // "- **掌握 Python 及相关项目开发；**": a bold clause closed by its semicolon is an item set in bold, no label
  if (!l.lead || /[;；。]$/u.test(l.lead.trim())) return undefined;
  const after = withoutLead(l);
  const level = /^\s*(\([^)]{1,20}\))(?=\s*[:：]|\s*$)/.exec(after);
  const name = cleanLabel(`${l.lead}${level ? ` ${level[1]}` : ""}`);
  return { name, rest: after.slice(level?.[0].length ?? 0).replace(/^\s*[:：–—-]?\s*/, "") };
}
