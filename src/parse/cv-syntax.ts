import type { Nodes, Root } from "mdast";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Construct, ConstructRecord, Extension } from "micromark-util-types";
import type { Processor } from "unified";

/**
 * The GFM syntax a CV uses: tables and bare links. remark-gfm would also add
 * footnotes, task lists and strikethrough, which cost parse time on every
 * character and give extraction nothing to read.
 *
 * Both are given to micromark only where `text` can hold them, which leaves
 * the tree exactly as with the full extensions: the literal-link constructs
 * start at every word (the e-mail one at any letter or digit after a space),
 * and those attempts cost about a sixth of parsing a CV, though only a line
 * with `@`, `://` or `www.` can hold such a link. The pass over the finished
 * tree that finds such links in text nodes (four regexes over every text
 * node) likewise runs only on blocks whose text holds one. Tables are tried
 * at every line start, and none can exist without a delimiter row (`|---|:--`).
 */
export function remarkCvSyntax(this: Processor, text: string): void {
  const data = this.data();
  const tables = hasDelimiterRow(text);
  (data.micromarkExtensions ??= []).push(...(tables ? [gfmTable()] : []), literalLinksOn(linesWithLinkMarks(text)));
  (data.fromMarkdownExtensions ??= []).push(...(tables ? [gfmTableFromMarkdown()] : []), literalLinksInText());
}

/** What every literal link holds: an e-mail's `@`, a URL's `://` (http and https only), or `www.` in any case. */
const LINK_MARK = /@|:\/\/|www\./i;

/** The 1-based numbers of the lines where a literal link can be. */
function linesWithLinkMarks(text: string): ReadonlySet<number> {
  const lines = new Set<number>();
  text.split("\n").forEach((line, i) => LINK_MARK.test(line) && lines.add(i + 1));
  return lines;
}

/**
 * GFM's literal-link constructs, each tried only on the given lines: no
 * part of a literal link crosses a line end, and the constructs on other
 * lines fail without changing anything (micromark restores its state).
 */
function literalLinksOn(lines: ReadonlySet<number>): Extension {
  const wrapped = new Map<Construct, Construct>();
  const onLines = (construct: Construct): Construct => {
    if (!wrapped.has(construct)) {
      const { previous, tokenize } = construct;
      wrapped.set(construct, {
        ...construct,
        // the construct's own test, on the character before, first: it fails inside words, and
        // `now()` allocates a point, and this test runs at every letter of the text
        previous(code) {
          return (!previous || previous.call(this, code)) && lines.has(this.now().line);
        },
        tokenize(effects, ok, nok) {
          return lines.has(this.now().line) ? tokenize.call(this, effects, ok, nok) : nok;
        },
      });
    }
    return wrapped.get(construct)!;
  };
  const text: ConstructRecord = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    text[code] = Array.isArray(constructs) ? constructs.map(onLines) : onLines(constructs as Construct);
  }
  return { text };
}

/**
 * GFM's pass over the finished tree that turns URLs and e-mails in text nodes into links, run only on the
 * top-level blocks whose text holds a mark. Their text, not their lines: a character reference
 * (`jane&#64;mail.org`) writes the `@` that the pass then sees in the text node.
 */
function literalLinksInText(): FromMarkdownExtension {
  const extension = gfmAutolinkLiteralFromMarkdown();
  const [findLinks] = extension.transforms ?? [];
  if (!findLinks) return extension;
  const transform = (tree: Root): undefined => {
    for (const block of tree.children) if (textHoldsMark(block)) findLinks(block as unknown as Root);
  };
  return { ...extension, transforms: [transform] };
}

/**
 * Whether a text node below `node` holds a link mark: the pass reads text nodes one by one, so a mark
 * that only the block's whole text spells (`www` in one node, `.` in the next) gives no link either.
 */
function textHoldsMark(node: Nodes): boolean {
  return node.type === "text" ? LINK_MARK.test(node.value) : "children" in node && node.children.some(textHoldsMark);
}

/** A GFM table's delimiter row: only `-`, `:`, `|` and spaces (after a blockquote's `>`), with a `-` and a `|` or `:`. */
const DELIMITER_ROW = /^[ \t>]*[-:|][-:| \t]*$/gm;

function hasDelimiterRow(text: string): boolean {
  for (const [row] of text.matchAll(DELIMITER_ROW)) if (row.includes("-") && /[|:]/.test(row)) return true;
  return false;
}
