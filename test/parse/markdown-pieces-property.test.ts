import fc from "fast-check";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { labelsDefinedElsewhere, parseInPieces, type ParsePiece } from "../../src/parse/markdown-pieces.js";

const parse: ParsePiece = (text, definedElsewhere) => {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
  if (definedElsewhere.length) (processor.data().micromarkExtensions ??= []).push(labelsDefinedElsewhere(definedElsewhere));
  return processor.parse(text);
};

/** Blocks that run on over blank lines or change how the lines after them are read, beside plain ones. */
const BLOCKS = [
  "# Jane Doe",
  "Led the ledger team.\nKept its uptime.",
  "Setext title\n===",
  "Network Assistant\n~~~~~~~~~~~~~~~~~",
  "- Go\n- Rust",
  "- Built the pipeline\n\n  and kept it running",
  "1. First\n2. Second",
  "```\ncode\n\nmore code\n```",
  "````\n```\n\nstill code\n````",
  "~~~\n\n```\n\n~~~",
  "<!--\n\nhidden\n\n-->",
  "<pre>\n\nkept\n</pre>",
  "<div>\nin html\n</div>",
  "<div>\n```",
  "<!-- left open",
  "  ```js",
  "- ```\n\n  in a list",
  "> ~~~",
  "1. <!--\n\n   inside",
  "<script>\n\nlet x;",
  "   ~~~~ text",
  "[missing]: https://example.org/late",
  "| Year | Role |\n|---|---|\n| 2020 | Lead |",
  "[tides]: https://example.org/tides",
  "See [the paper][tides] and [another][missing].",
  "> quoted\n\n> again",
  "    indented code",
  "---",
  "name: Jane",
];

/** A document of those blocks, parted by blank lines or run together. */
const documents = fc
  .array(fc.record({ block: fc.constantFrom(...BLOCKS), blank: fc.boolean() }), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(({ block, blank }) => block + (blank ? "\n\n" : "\n")).join(""));

/** A tree's blocks, with their positions: line, column and character offset in the whole source. */
const blocksOf = (tree: Root): unknown => JSON.parse(JSON.stringify(tree.children));

describe("parsing in pieces", () => {
  it("gives the tree a whole parse gives, wherever the pieces are cut", () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 120 }), (text, pieceChars) => {
        expect(blocksOf(parseInPieces(text, parse, pieceChars))).toEqual(blocksOf(parse(text, [])));
      }),
      { numRuns: 400 },
    );
  });
});
