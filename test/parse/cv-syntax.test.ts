import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { describe, expect, it } from "vitest";
import { remarkCvSyntax } from "../../src/parse/cv-syntax.js";
import { REPO, resumeSources, seedSources } from "../support/paths.js";

/** GFM tables and literal links given to micromark everywhere, as remark-gfm does. */
function fullSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmAutolinkLiteral());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmAutolinkLiteralFromMarkdown());
}

const full = unified().use(remarkParse).use(fullSyntax).freeze();
const fitted = (text: string) => unified().use(remarkParse).use(remarkCvSyntax, text).parse(text);

const CORPUS = join(REPO, "../shared/corpus/cases");
const corpusSources = () => (existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith(".md")).map((f) => join(CORPUS, f)) : []);

describe("GFM syntax fitted to a CV's text", () => {
  it("reads every Markdown CV we have into the tree the full table and literal-link extensions give", () => {
    const sources = [...resumeSources(), ...seedSources(), ...corpusSources()].filter((p) => p.endsWith(".md"));
    expect(sources.length).toBeGreaterThan(3);
    for (const path of sources) {
      const text = readFileSync(path, "utf8");
      expect(fitted(text), path).toEqual(full.parse(text));
    }
  });

  it("reads links, e-mails, tables and the brackets and emphasis around them as the full extensions do", () => {
    const pieces = ["jane", "j_doe@mail.org", "x@y.co", "@", "_", "*", "[", "]", "](https://e.com)", "(", ")", "http://a.b/c_", "HTTPS://X.Y", "www.site.org", "WWW.A.B", "mailto:q@r.st", "|", "-", ":", "---", "|---|---|", " ", "\t", "\n", "\n\n", "> ", "- ", "1. ", "    ", "`", "\\", "&amp;", "<b>", "[ref]: http://d.e\n", "[ref]", "é@f.gh", "+1@x.io", "&#64;", "&#x3A;//", "&commat;", "xmpp:a@b.c/d"];
    const documents = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((parts) => parts.join(""));
    const sameTree = (text: string) => {
      expect(fitted(text)).toEqual(full.parse(text));
    };
    fc.assert(fc.property(documents, sameTree), { numRuns: 3000 });
  });

  it("reads a table in a blockquote and in a list item", () => {
    for (const text of ["> | a | b |\n> | :-- | --: |\n> | 1 | 2 |\n", "- item\n\n  a | b\n  --|--\n  1 | 2\n"]) {
      const tree = fitted(text);
      expect(JSON.stringify(tree)).toContain('"type":"table"');
      expect(tree).toEqual(full.parse(text));
    }
  });
});
