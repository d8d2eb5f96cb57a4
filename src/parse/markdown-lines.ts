import type { Code, Content, List, Root, RootContent, Table } from "mdast";
import { buildInlineLines, type InlineLine } from "./inline-lines.js";
import { tokenizePhrasing, type InlineToken } from "./inline-tokens.js";
import { parseMarkdown } from "./markdown.js";
import { normalizeText, tidySpaces } from "./normalize.js";
import { sanitizeHtmlInTree } from "../sanitize/sanitize-tree.js";
import type { LineKind, ParsedSource, SourceLine } from "./source-line.js";
import { withoutTemplateCode } from "./template-code.js";
import { withoutUnparsedMarkup } from "./unparsed-markup.js";
import { withJsxComponentsRead } from "./jsx-components.js";
import { resolveLinkReferences } from "./link-references.js";
import { parsePlainText } from "./plain-text.js";
import { classifyTitle } from "./section-titles.js";
import { sortsRowsByCategory } from "./category-rows.js";
import { holdsProgramCode } from "./code-fences.js";
import { diagnose } from "../diagnostics/diagnostic.js";
import { withCellWrapsJoined } from "./cell-wraps.js";
import { tablesOfOneEntry } from "./entry-tables.js";
import placeholderColumns from "./placeholder-columns.json" with { type: "json" };
import { isSiteLinkLine } from "./site-links.js";
import { borderedTable } from "./bordered-rows.js";

const PLACEHOLDER_COLUMNS = new Set(placeholderColumns.columns);

/** Parses a Markdown CV into logical lines: headings, bullets, table rows and paragraph lines. */
export async function parseMarkdownLines(text: string, file = ""): Promise<ParsedSource> {
  const components = withJsxComponentsRead(withoutUnparsedMarkup(normalizeText(text)), file);
  const template = withoutTemplateCode(components.text, file);
  const normalized = template.text;
  const tree: Root = parseMarkdown(normalized);
  resolveLinkReferences(tree);
  // raw HTML becomes safe mdast before anything reads the tree
  const out: ParsedSource = { lines: [], diagnostics: [...components.diagnostics, ...template.diagnostics, ...(await sanitizeHtmlInTree(tree, file))] };
  const walker = new Walker(normalized.split("\n"), out, file, tablesOfOneEntry(tree));
  const fenced = fencedText(tree);
  for (const node of tree.children) {
    const matter = frontMatterOf(node);
    if (matter) {
      out.frontMatter = { text: matter.value, position: { line: (node.position?.start.line ?? 1) + 1, column: 1 }, format: matter.format };
      continue;
    }
    if (node === fenced) out.lines.push(...textInFence(fenced));
    else walker.block(node, node.data?.underDefinition ? 1 : 0);
  }
  out.lines = out.lines.filter((l) => !isSiteLinkLine(l));
  return out;
}

/** A front matter node: YAML's (mdast's own type) or TOML's (remark-frontmatter's, which mdast's types do not name). */
function frontMatterOf(node: RootContent): { value: string; format: "yaml" | "toml" } | undefined {
  const type = node.type as string;
  return type === "yaml" || type === "toml" ? { value: (node as { value: string }).value, format: type } : undefined;
}

/** How a fence may name plain text, or name nothing. */
const PLAIN = /^(?:|text|txt|plain|plaintext|none)$/i;

/**
 * "```text" over the whole résumé set out as plain text: a Markdown file that holds little but one fenced block of
 * text, of many lines, is a plain-text CV put in Markdown to keep its layout; its lines are read as plain text's.
 */
function fencedText(tree: Root): Code | undefined {
  const said = tree.children.filter((n) => !frontMatterOf(n) && n.type !== "html" && n.type !== "thematicBreak" && n.type !== "heading");
  const only = said.length === 1 && said[0]!.type === "code" ? said[0] : undefined;
  return only && PLAIN.test(only.lang ?? "") && only.value.split("\n").filter((l) => l.trim()).length >= 6 ? only : undefined;
}

/** A fenced block's lines as plain text reads them, placed where the block's text starts in the file. */
function textInFence(code: Code): SourceLine[] {
  const below = code.position?.start.line ?? 1;
  return parsePlainText(code.value).lines.map((l) => ({ ...l, position: { ...l.position, line: l.position.line + below } }));
}

const TASK_BOX = /^\[[ xX]\]\s+(?=\S)/;

/**
 * "• Led the migration  " / "◦ Planned it": bullets typed as glyphs (pasted from a word processor), each on a line of its
 * own in a paragraph kept by hard breaks, which Markdown reads as no list; "◦" marks an item's sub-item, which some
 * indent with spaces written as "\ " (a backslash Markdown keeps before a space).
 */
const GLYPH_ITEM = /^(?:\\ )*([•◦▪])\s+(?=\S)/u;
/**
 * "1.熟练掌握 Go 语言；", "2、负责…": a number and its dot or ideographic comma set straight before CJK text, as Chinese,
 * Japanese and Korean type a numbered list, which sets no space after it; Markdown reads no list without the space,
 * yet the author wrote one item a line. The number only orders the items.
 */
const CJK_NUMBERED_ITEM = /^\d{1,2}[.．、](?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/u;
const DRAWN_RULE = /^[_=~*·•─━═-]{3,}$/u;
/** "\\" alone on its line, LaTeX's line break as academics type it, which Markdown shows as a backslash: space, no words. */
const TYPED_BREAK = /^\\+$/;

class Walker {
  private gap = true;
  constructor(
    private readonly source: readonly string[],
    private readonly out: ParsedSource,
    private readonly file = "",
    private readonly entryTables: ReadonlySet<Table> = new Set(),
  ) {}

  block(node: Content, depth: number): void {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case "heading":
        this.emitInline(buildInlineLines(tokenizePhrasing(node.children), line).map(withoutOutlineNumber), "heading", node.depth);
        break;
      case "paragraph": {
        const bordered = borderedTable(node, this.source);
        if (bordered) {
          this.table(bordered);
          break;
        }
        this.paragraph(buildInlineLines(tokenizePhrasing(node.children), line), depth);
        break;
      }
      case "code": {
        if (holdsProgramCode(node.lang)) {
          this.out.diagnostics!.push(diagnose(this.file, "info", "program-code", `left out the block of ${node.lang} code: a fence labelled with a programming or diagram language holds code, not the CV's entries; write what it says as text if it is part of the CV`, { line, column: 1 }));
          break;
        }
        const values = node.value.split("\n");
        // a fenced block's text starts below its fence; an indented block's on its first line
        const first = (node.position?.end.line ?? line) - line + 1 > values.length ? line + 1 : line;
        values.forEach((l, i) => this.push("text", l, first + i, depth, { links: [] }));
        break;
      }
      case "list":
        this.list(node, depth);
        break;
      case "table":
        this.table(node);
        break;
      case "blockquote":
        for (const child of node.children) this.block(child as Content, depth);
        break;
      default:
        break;
    }
    this.gap = true;
  }

  private list(node: List, depth: number): void {
    for (const item of node.children) {
      let first = true;
      for (const child of item.children) {
        if (child.type === "paragraph" && first) {
          const lines = buildInlineLines(tokenizePhrasing(child.children), child.position?.start.line ?? 1);
          const [head, ...rest] = lines;
          // "- [x] Fundamentals of Programming": a task list's box is drawn, not written
          const box = head && TASK_BOX.exec(head.text);
          if (head) this.push("bullet", box ? head.text.slice(box[0].length) : head.text, head.line, depth, box ? withoutMarker(head, box[0].length) : head);
          for (const l of rest) this.push("text", l.text, l.line, depth + 1, l);
          first = false;
        } else if (child.type === "list") this.list(child, depth + 1);
        else this.block(child as Content, depth + 1);
      }
    }
  }

  /**
   * Table rows become entries. The header row names the columns rather than
   * holding an entry, yet it is what the person wrote: it is kept as a line of
   * text, which readers leave to the section's catch-all.
   */
  private table(node: Table): void {
    if (this.entryTables.has(node)) return this.entryRows(node);
    let columnNames: string[] = [];
    const rows = node.children.map((writtenRow) => ({ ...writtenRow, children: writtenRow.children.map(withCellWrapsJoined) }));
    const texts = rows.map((row) => row.children.map((cell) => buildInlineLines(tokenizePhrasing(cell.children), 1).map((l) => l.text).join(" ")));
    const sorted = sortsRowsByCategory(texts[0] ?? [], texts.slice(1));
    let category: string | undefined;
    rows.forEach((whole, i) => {
      // "| 자격증 | 정보처리기사 | 2020.11 |": in a table sorted by category, each run of rows of one category is a
      // section of that title, and the rows go on without the category's cell
      // (the columns' names, kept as written, go under the first category's title, where the rows they name follow)
      const cut = sorted ? texts[i === 0 ? 1 : i]?.[0]?.trim() : undefined;
      if (cut !== undefined && cut !== category) {
        category = cut;
        this.gap = true;
        this.push("heading", cut, (i === 0 ? rows[1] : whole)?.position?.start.line ?? 1, 2, { links: [] });
      }
      const row = sorted ? { ...whole, children: whole.children.slice(1) } : whole;
      const written = sorted ? texts[i]!.slice(1) : texts[i]!;
      const cells = i === 0 ? written : joinYearAndMonth(written);
      if (i === 0) {
        columnNames = written.map((c) => c.trim());
        const named = cells.map((c) => c.trim()).filter(Boolean);
        // "| key | value |", "| 項目 | 内容 |": names that only say the rows are labels and values head no content
        if (named.length === 2 && named.every((c) => PLACEHOLDER_COLUMNS.has(c.replace(/[*_]/g, "").toLowerCase()))) named.length = 0;
        if (named.length) this.push("text", named.join(" | "), row.position?.start.line ?? 1, 0, { links: [] }).tableHeader = true;
        this.gap = true;
        return;
      }
      const links = row.children.flatMap((cell) => buildInlineLines(tokenizePhrasing(cell.children), 1).flatMap((l) => l.links));
      const line = row.position?.start.line ?? 1;
      // "<td>2021 – now</td><td><b>Flipkart</b>, Bengaluru<br><i>Senior ML Engineer</i></td>": a cell's first line is
      // the row's, the lines after its breaks are said under the row, as an entry's lines under its header
      const broken = row.children.map((cell) => buildInlineLines(tokenizePhrasing(cell.children), line));
      const firstLines = cells.map((c, k) => (broken[k]!.length > 1 ? broken[k]![0]!.text : c));
      const title = sectionRow(firstLines, broken[0]?.[0]);
      if (title) {
        this.gap = true;
        this.push("heading", title, line, 2, { links });
        this.gap = true;
        return;
      }
      const sl = this.push("row", firstLines.filter(Boolean).join(" | "), line, 0, { links });
      sl.cells = firstLines;
      // a year and a month joined into one cell leave the row's cells out of step with the header's
      if (columnNames.some(Boolean) && cells.length === written.length) sl.columnNames = columnNames;
      for (const under of broken.flatMap((lines) => lines.slice(1))) this.push("text", under.text, line, 1, under);
    });
  }

  /**
   * A table that is one entry (entry-tables.ts): its two rows are the entry's first two lines, their cells set apart by
   * bars, and a break in a cell ("Lakeside University<br>School of Engineering") goes on with the cell's line.
   */
  private entryRows(node: Table): void {
    for (const row of node.children) {
      const cells = row.children.map((cell) => tokenizePhrasing(cell.children).map((t): InlineToken => (t.type === "break" ? { type: "text", value: " ", style: {} } : t)));
      const tokens = cells.flatMap((cell, k): InlineToken[] => (k ? [{ type: "text", value: " | ", style: {} }, ...cell] : cell));
      this.emitInline(buildInlineLines(tokens, row.position?.start.line ?? 1), "text", 0);
    }
  }

  private emitInline(lines: InlineLine[], kind: LineKind, depth: number): void {
    for (const l of lines) this.push(kind, l.text, l.line, depth, l);
  }

  /**
   * A paragraph's lines; in a definition list (`Term`, then `: definition`
   * lines, which CommonMark reads as one paragraph or several), each
   * definition is a text line one level below its term, as the lines under
   * an entry's title are, and a `- item` written under it a bullet there.
   */
  private paragraph(lines: InlineLine[], depth: number): void {
    let defining = false;
    // two or more of them in a run make a list; one before a line of its own opens an entry's header ("**• Acme** _(2022)_
    // \\"), and so do glyphs with plain lines between them ("• Analyst, Fenwick Data, 2019 – 2021" / "Built the pipeline")
    const glyphs = lines.flatMap((l, i) => (GLYPH_ITEM.test(l.text) ? [i] : []));
    const glyphed = glyphs.length >= 2 && glyphs.at(-1)! - glyphs[0]! === glyphs.length - 1;
    for (const l of lines) {
      defining ||= Boolean(l.definition);
      const item = defining && /^[-*+•] /.exec(l.text);
      const glyph = !defining && glyphed && GLYPH_ITEM.exec(l.text);
      const numbered = !defining && CJK_NUMBERED_ITEM.exec(l.text);
      if (item) this.push("bullet", l.text.slice(item[0].length), l.line, depth + 1, withoutMarker(l, item[0].length));
      else if (glyph) this.push("bullet", l.text.slice(glyph[0].length), l.line, glyph[1] === "•" ? depth : depth + 1, withoutMarker(l, glyph[0].length));
      else if (numbered) this.push("bullet", l.text.slice(numbered[0].length), l.line, depth, withoutMarker(l, numbered[0].length));
      // a definition belongs to its term's entry: bold at its start does not begin another
      else this.push("text", l.text, l.line, defining ? depth + 1 : depth, l);
    }
  }

  private push(kind: LineKind, text: string, line: number, depth: number, extra: Pick<InlineLine, "lead" | "links" | "spans" | "outline">): SourceLine {
    const raw = this.source[line - 1] ?? "";
    const column = raw.length - raw.trimStart().length + 1;
    const sl: SourceLine = { kind, text: tidySpaces(text), position: { line, column }, depth, links: extra.links, gap: this.gap };
    if (extra.lead) sl.lead = extra.lead;
    if (extra.outline) sl.outline = extra.outline;
    // spans always spell the text; a line whose runs cannot (a cut marker, say) is given none
    if (extra.spans && extra.spans.map((s) => s.text).join("") === sl.text) sl.spans = extra.spans;
    // "_________________" between <br>s: a rule drawn in characters holds no words and parts what is around it, as a blank line does
    if (DRAWN_RULE.test(sl.text) || TYPED_BREAK.test(sl.text)) {
      this.gap = true;
      return sl;
    }
    if (sl.text) this.out.lines.push(sl);
    this.gap = false;
    return sl;
  }
}

/** A line without the bullet marker its first `cut` characters are: its spans cut to match. */
function withoutMarker(l: InlineLine, cut: number): InlineLine {
  if (!l.spans) return l;
  const spans = l.spans.map((s) => ({ ...s }));
  let left = cut;
  while (left > 0 && spans.length) {
    const first = spans[0]!;
    const take = Math.min(left, first.text.length);
    first.text = first.text.slice(take);
    left -= take;
    if (!first.text) spans.shift();
  }
  return { ...l, spans };
}

/**
 * "|**Work Experience**|||" over the jobs' rows, "|**Education**|||" over the studies': a row whose one filled cell, the
 * first, is wholly bold and titles a section heads the rows under it, as a heading would.
 */
function sectionRow(cells: readonly string[], first: InlineLine | undefined): string | undefined {
  const title = cells[0]?.trim();
  if (!title || cells.slice(1).some((c) => c.trim()) || first?.lead?.trim() !== title) return undefined;
  return classifyTitle(title) !== undefined ? title : undefined;
}

/**
 * "1. Acme Corp", "5-2. 青空株式会社(2016年8月〜2017年7月)", "2.1 Beta Inc": the number a heading is given in the
 * CV's outline only orders it. A number alone before a space ("12 Monkeys") may be the name's, so a plain one must
 * end in a dot or bracket; a date ("12.2019 Acme") is no outline number.
 */
const OUTLINE_NUMBER = /^(?:\d{1,2}(?:[.-]\d{1,2})+\.?|\d{1,2}[.)．])\s+(?=\S)/u;

function withoutOutlineNumber(l: InlineLine): InlineLine {
  const number = OUTLINE_NUMBER.exec(l.text)?.[0];
  if (!number) return l;
  const { lead: _lead, ...cut } = withoutMarker(l, number.length);
  const lead = l.lead?.startsWith(number) ? l.lead.slice(number.length) : l.lead;
  return { ...cut, text: l.text.slice(number.length), outline: number.trim(), ...(lead ? { lead } : {}) };
}

/** "| 2006 | 4 | 早稲田大学入学 |": a year and a month in cells side by side (a 履歴書's 年 and 月 columns) are one date. */
export function joinYearAndMonth(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const [year, month] = [cells[i]!.trim(), cells[i + 1]?.trim() ?? ""];
    if (/^(?:19|20)\d\d(?:年)?$/.test(year) && /^(?:0?[1-9]|1[0-2])(?:月)?$/.test(month)) {
      // written so that the date reader reads it and each cell's words stay as they were ("2006/4", "2006年 4月")
      out.push(/年/.test(year) ? `${year} ${month}` : `${year}/${month.replace("月", "")}`);
      i++;
    } else out.push(cells[i]!);
  }
  return out;
}
