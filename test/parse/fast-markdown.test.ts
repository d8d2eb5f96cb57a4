import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmTable } from "micromark-extension-gfm-table";
import { describe, expect, it } from "vitest";
import { parseSimpleMarkdown } from "../../src/parse/fast-markdown.js";
import { normalizeText } from "../../src/parse/normalize.js";

const micromark = (text: string) =>
  fromMarkdown(text, {
    extensions: [gfmTable(), gfmAutolinkLiteral(), frontmatter(["yaml"])],
    mdastExtensions: [gfmTableFromMarkdown(), gfmAutolinkLiteralFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
  });

/** What extraction reads of a tree: node kinds, text, links, heading depths and start lines; adjacent text merged. */
function shape(node: unknown): unknown {
  const n = node as { type: string; value?: string; url?: string; depth?: number; children?: unknown[]; position?: { start: { line: number } } };
  const children = n.children?.map(shape).reduce<unknown[]>((out, c) => {
    const prev = out[out.length - 1] as { type?: string; value?: string } | undefined;
    const cur = c as { type: string; value?: string };
    if (prev?.type === "text" && cur.type === "text") prev.value += cur.value!;
    else out.push(cur.type === "text" ? { type: "text", value: cur.value } : cur);
    return out;
  }, []);
  const line = n.type === "root" || n.type === "text" || n.type === "link" || n.type === "strong" || n.type === "emphasis" || n.type === "break" ? undefined : n.position?.start.line;
  return { type: n.type, value: n.value, url: n.url, depth: n.type === "heading" ? n.depth : undefined, line, children };
}

function agrees(text: string): void {
  const fast = parseSimpleMarkdown(text);
  if (fast) expect(shape(fast)).toEqual(shape(micromark(text)));
}

const here = import.meta.dirname;
const sources = [
  ...readdirSync(join(here, "../fixtures/parse")).flatMap((d) => readdirSync(join(here, "../fixtures/parse", d)).filter((f) => f.startsWith("input.")).map((f) => join(here, "../fixtures/parse", d, f))),
  ...readdirSync(join(here, "../../resumes")).map((f) => join(here, "../../resumes", f)),
].map((p) => normalizeText(readFileSync(p, "utf8")));

describe("the fast Markdown path", () => {
  it("reads every fixture and résumé exactly as micromark does, or declines it", () => {
    for (const text of sources) agrees(text);
    expect(sources.filter((t) => parseSimpleMarkdown(t)).length).toBeGreaterThan(3);
  });

  it("agrees with micromark on random CV-like Markdown", () => {
    const piece = fc.constantFrom("# Jane", "## Experience", "- item", "* item", "  - nested", "1. first", "2. second", "**Org** — Role", "*Title*", "text with **bold** and *em*", "[link](https://x.org)", "see https://a.io/b.", "mail a.b@c.de", "---", "===", "", "   indented", "a\\*b", "trailing  ", "**a*b**", "* * *", "+ plus", "10) ten", "line\\");
    fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), (lines) => agrees(lines.join("\n"))), { numRuns: 400 });
  });
});
