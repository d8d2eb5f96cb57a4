import type { Heading, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import { parseInline, Unsupported } from "./fast-inline.js";

/**
 * A fast path for the Markdown most CVs are written in: ATX headings,
 * paragraphs, nested `-`/`*`/`+`/`1.` lists and thematic breaks, with the
 * inline markup `fast-inline.ts` reads. micromark costs about 2 µs a
 * character; this reads the same text in a small fraction of that. It returns
 * undefined for text that uses anything else (HTML, tables, code, quotes,
 * setext headings, link definitions, underscores…), which micromark then parses.
 */
export function parseSimpleMarkdown(text: string, firstLine = 1): Root | undefined {
  if (OUT_OF_SCOPE.test(text) || TABLE_RULE.test(text)) return undefined;
  const lines = text.split("\n");
  // YAML front matter: a `---` fence on the first line of the file and a closing one
  const close = firstLine === 1 && lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  if (firstLine === 1 && lines[0] === "---" && close < 0) return undefined;
  try {
    const root = new BlockReader(firstLine + close + 1).read(lines.slice(close + 1));
    if (close > 0) root.children.unshift({ type: "yaml", value: lines.slice(1, close).join("\n"), position: at(1) });
    return root;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** Constructs the fast path leaves to micromark, found with one scan of the text. */
const OUT_OF_SCOPE = /[<`_\t]|^ *>|^ *\[[^\]]*\]:|^ *(?:~~~|```)|&(?:#\d+|#x[\da-f]+|[a-z]+);|!\[|\[\^/im;
const TABLE_RULE = /^(?=.*\|)[ |:-]*-[ |:-]*$/m;
const ATX = /^(#{1,6})(?:[ ]+(.*?))?(?:[ ]+#+)?[ ]*$/;
const MARKER = /^([-*+]|\d{1,9}[.)])( {1,4})(?=\S)/;
const THEMATIC = /^([-*_])(?: *\1){2,} *$/;

interface OpenItem {
  item: ListItem;
  contentIndent: number;
}

class BlockReader {
  private readonly root: Root = { type: "root", children: [] };
  private readonly stack: OpenItem[] = [];
  private para: { node: Paragraph; lines: string[]; line: number } | undefined;
  private blank = false;
  private readonly kinds = new WeakMap<List, string>();

  constructor(private readonly firstLine: number) {}

  read(lines: readonly string[]): Root {
    lines.forEach((raw, i) => this.line(raw.replace(/ +$/, (s) => (s.length >= 2 ? s : "")), raw, this.firstLine + i));
    this.closePara();
    return this.root;
  }

  private line(text: string, raw: string, no: number): void {
    const body = text.trimStart();
    const indent = text.length - body.length;
    if (!body) {
      this.closePara();
      this.blank = true;
      return;
    }
    const marker = MARKER.exec(body);
    const closesItem = this.stack.length > 0 && indent < this.stack[this.stack.length - 1]!.contentIndent;
    const orderedOther = marker && /^\d/.test(marker[1]!) && !/^1[.)]$/.test(marker[1]!);
    const startsBlock = ATX.test(body) || THEMATIC.test(body) || (!!marker && (!orderedOther || closesItem));
    // an underline wins over a thematic break and a list marker: "Title\n---" is a heading
    if (this.para && !this.blank && /^(=+|-+) *$/.test(body)) return this.setext(body[0] === "=" ? 1 : 2, indent);
    if (this.para && !this.blank && !startsBlock) {
      this.para.lines.push(raw.replace(/^\s+/, "").replace(/ +$/, (s) => (s.length >= 2 ? s : "")));
      return;
    }
    this.closePara();
    this.blank = false;
    while (this.stack.length && indent < this.stack[this.stack.length - 1]!.contentIndent) this.stack.pop();
    const base = this.stack.length ? this.stack[this.stack.length - 1]!.contentIndent : 0;
    if (indent - base >= 4) throw new Unsupported("indented code");
    if (THEMATIC.test(body)) {
      if (this.stack.length) throw new Unsupported("rule in a list");
      this.root.children.push({ type: "thematicBreak", position: at(no) });
      return;
    }
    if (marker) return this.item(marker, body, indent, no);
    const atx = ATX.exec(body);
    if (atx) {
      if (this.stack.length) throw new Unsupported("heading in a list");
      const heading: Heading = { type: "heading", depth: atx[1]!.length as Heading["depth"], children: parseInline(atx[2] ?? "", no), position: at(no) };
      this.root.children.push(heading);
      return;
    }
    this.openPara(body, no);
  }

  private item(marker: RegExpExecArray, body: string, indent: number, no: number): void {
    const content = body.slice(marker[0].length);
    if (ATX.test(content) || MARKER.test(content) || THEMATIC.test(content)) throw new Unsupported("block in a list item");
    const kids = this.container().children as RootContent[];
    const last = kids[kids.length - 1];
    const ordered = /^\d/.test(marker[1]!);
    const kind = ordered ? marker[1]!.slice(-1) : marker[1]!;
    let list: List;
    // another bullet character or delimiter starts a new list, as in CommonMark
    if (last?.type === "list" && this.kinds.get(last) === kind) list = last;
    else {
      list = { type: "list", ordered, spread: false, children: [], position: at(no) };
      this.kinds.set(list, kind);
      kids.push(list);
    }
    const item: ListItem = { type: "listItem", spread: false, children: [], position: at(no) };
    list.children.push(item);
    this.stack.push({ item, contentIndent: indent + marker[0].length });
    this.openPara(content, no);
  }

  /** A paragraph underlined with `===` or `---` is a heading. */
  private setext(depth: 1 | 2, indent: number): void {
    if (this.stack.length || indent >= 4) throw new Unsupported("setext heading in a list");
    const para = this.para!;
    this.closePara();
    const heading: Heading = { type: "heading", depth, children: para.node.children, position: para.node.position };
    this.root.children.splice(this.root.children.indexOf(para.node), 1, heading);
  }

  private container(): { children: RootContent[] } {
    const top = this.stack[this.stack.length - 1];
    return top ? (top.item as unknown as { children: RootContent[] }) : this.root;
  }

  private openPara(first: string, no: number): void {
    const node: Paragraph = { type: "paragraph", children: [], position: at(no) };
    this.container().children.push(node);
    this.para = { node, lines: [first.replace(/^\s+/, "")], line: no };
  }

  private closePara(): void {
    if (!this.para) return;
    const text = this.para.lines.join("\n").replace(/ +$/, "");
    this.para.node.children = parseInline(text, this.para.line);
    this.para = undefined;
  }
}

function at(line: number) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}
