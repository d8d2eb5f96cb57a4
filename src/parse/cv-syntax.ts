import type { Nodes, Root } from "mdast";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Construct, ConstructRecord, Extension, TokenizeContext } from "micromark-util-types";
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
 * only on a line a delimiter row (`|---|:--`) follows, and on the rows after.
 */
export function remarkCvSyntax(this: Processor, text: string): void {
  const data = this.data();
  const heads = linesBeforeDelimiterRows(text);
  const tables = heads.size > 0;
  (data.micromarkExtensions ??= []).push(...(tables ? [tablesAt(heads)] : []), literalLinksOn(linesWithLinkMarks(text)));
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
const DELIMITER_ROW = /^[ \t>]*[-:|][-:| \t]*$/;

/** The 1-based numbers of the lines a delimiter row follows: the only lines where a table can start. */
function linesBeforeDelimiterRows(text: string): ReadonlySet<number> {
  const heads = new Set<number>();
  // numbered as micromark numbers them, which ends a line at a carriage return too
  text.split(/\r\n?|\n/).forEach((row, i) => i > 0 && DELIMITER_ROW.test(row) && row.includes("-") && /[|:]/.test(row) && heads.add(i));
  return heads;
}

/**
 * GFM's table construct, tried only where it can succeed: on a line a delimiter row follows (the head),
 * or on the line after a row of the table it reads (a body row). micromark tries it at the start of
 * every line, and reading each line as a head row cost more than a third of parsing a CV with a table.
 */
function tablesAt(heads: ReadonlySet<number>): Extension {
  const construct = gfmTable().flow!.null as Construct;
  const { tokenize } = construct;
  return {
    flow: {
      null: {
        ...construct,
        tokenize(effects, ok, nok) {
          return heads.has(this.now().line) || afterTableRow(this.events) ? tokenize.call(this, effects, ok, nok) : nok;
        },
      },
    },
  };
}

/** Whether the last event before any line ending and indent closes a table's head or row, as the construct itself asks. */
function afterTableRow(events: TokenizeContext["events"]): boolean {
  let index = events.length - 1;
  while (index > -1 && (events[index]![1].type === "lineEnding" || events[index]![1].type === "linePrefix")) index--;
  const tail = index > -1 ? events[index]![1].type : undefined;
  return tail === "tableHead" || tail === "tableRow";
}
