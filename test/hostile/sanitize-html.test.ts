import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { sanitizeHtmlInTree } from "../../src/sanitize/sanitize-tree.js";

async function sanitized(markdown: string): Promise<{ tree: Root; diagnostics: Diagnostic[]; types: string[] }> {
  const tree = parseMarkdown(markdown);
  const diagnostics = await sanitizeHtmlInTree(tree, "cv.md");
  const types: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type);
    for (const child of node.children ?? []) walk(child as never);
  };
  walk(tree);
  return { tree, diagnostics, types };
}

const where = (d: Diagnostic) => `${d.position?.line}:${d.position?.column} ${d.ruleId}`;

describe("HTML in Markdown", () => {
  it("keeps bold, italics and http links as Markdown formatting with no diagnostic", async () => {
    const { tree, diagnostics, types } = await sanitized('<b>Title</b> and <i>it</i>, <u>under</u> x<sup>2</sup> <a href="https://example.com">site</a> <a href="mailto:a@b.c">mail</a><br>next');
    expect(diagnostics).toEqual([]);
    expect(types).not.toContain("html");
    expect(types).toEqual(expect.arrayContaining(["strong", "emphasis", "link", "break"]));
    expect(toString(tree)).toBe("Title and it, under x2 site mailnext");
  });

  it("keeps the tabs and line ends between tags, where the parser reads entries and dates", async () => {
    const { tree } = await sanitized("<b>Award</b> , Org As the <u>team leader</u> .\tNov 2023\n<b>Next</b>\tOct 2022");
    const paragraph = tree.children[0] as { children: { type: string; value?: string; position?: { start: { line: number; column: number } } }[] };
    expect(paragraph.children.map((c) => c.type)).toEqual(["strong", "text", "text", "text", "strong", "text"]);
    expect(paragraph.children[3]!.value).toBe(" .\tNov 2023\n");
    expect(paragraph.children[4]!.position?.start).toMatchObject({ line: 2, column: 1 });
  });

  it("gives back the Markdown between HTML headings as written, tidied where hast-util-to-mdast tidies text", async () => {
    // the paragraph's tabs (character references) are what the converter's last pass trims: that run goes through it,
    // the others stand in as one leaf each and come back whole, in their places
    const { tree } = await sanitized("<h2>Experience</h2>\n\n&#9;Acme&#9;\nEngineer\n\n- Built *things*\n\n<h2>Education</h2>\n\nSchool, 2010\n");
    expect(tree.children.map((c) => [c.type, toString(c)])).toEqual([
      ["heading", "Experience"],
      ["paragraph", "Acme\nEngineer"],
      ["list", "Built things"],
      ["heading", "Education"],
      ["paragraph", "School, 2010"],
    ]);
    expect(tree.children[4]!.position?.start).toMatchObject({ line: 10, column: 1 });
  });

  it("removes scripts, styles, iframes, objects, forms and meta refresh, saying where", async () => {
    const { tree, diagnostics } = await sanitized(
      [
        "# Ada <script>alert(1)</script>",
        "",
        '<iframe src="http://127.0.0.1/x"></iframe> <object data="x.swf">fallback</object>',
        "",
        "<style>body { background: url(http://127.0.0.1/bg) }</style>",
        "",
        '<meta http-equiv="refresh" content="0;url=http://127.0.0.1/">',
        "",
        '<form action="http://127.0.0.1/"><input name="q"><button>Send</button></form> kept',
      ].join("\n"),
    );
    expect(diagnostics.map(where)).toEqual([
      "1:7 html-removed",
      "3:1 html-removed",
      "3:44 html-removed",
      "5:1 html-removed",
      "7:1 html-removed",
      "9:1 html-removed",
    ]);
    expect(diagnostics[0]!.message).toContain("<script>");
    expect(diagnostics[4]!.message).toContain("<meta>");
    const text = toString(tree);
    expect(text).not.toMatch(/alert|background|fallback|Send|127\.0\.0\.1/);
    expect(text).toContain("kept");
  });

  it("removes event handlers and javascript: links however they are spelled, keeping the text", async () => {
    const { tree, diagnostics, types } = await sanitized(
      '<b onclick="steal()">Bold</b> <a href="jav&#x09;ascript:alert(1)">one</a> <a href=" JaVaScRiPt:alert(1)">two</a> <a href="data:text/html,x">three</a> [four](javascript:alert(1)) <svg onload=alert(1)><text>five</text></svg>',
    );
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["html-attribute-removed", "html-attribute-removed", "html-attribute-removed", "html-attribute-removed", "unsafe-link", "html-removed"]);
    expect(diagnostics[0]!.message).toContain("onclick");
    expect(types).not.toContain("link");
    expect(types).toContain("strong");
    expect(toString(tree)).toBe("Bold one two three four ");
  });

  it("drops remote images, from HTML and from Markdown, and keeps their alt text", async () => {
    const { tree, diagnostics, types } = await sanitized('Photo <img src="http://127.0.0.1/me.png" alt="speaking at a conference" onerror="x()"> and ![Kubernetes](https://127.0.0.1/b.svg) and ![local](me.png)');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["html-attribute-removed", "remote-image", "remote-image"]);
    expect(toString(tree)).toContain("speaking at a conference");
    expect(toString(tree)).toContain("Kubernetes");
    expect(types.filter((t) => t === "image")).toHaveLength(1);
  });

  it("drops a profile widget's picture with its alt text, which repeats a handle, and says so; a badge's alt text stays", async () => {
    const { tree, diagnostics } = await sanitized(
      '<img src="https://github-readme-stats.vercel.app/api?username=sofimarquez" alt="sofimarquez" /> ![TypeScript](https://img.shields.io/badge/TypeScript-blue)',
    );
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('its alt text "sofimarquez" (a profile widget'), expect.stringContaining("kept its alt text")]);
    expect(toString(tree)).not.toContain("sofimarquez");
    expect(toString(tree)).toContain("TypeScript");
  });

  it("reads HTML tags split around Markdown as one fragment, as a browser would", async () => {
    const { tree, types } = await sanitized('<a href="https://example.com">**Project** site</a> and <b>*both*</b>');
    expect(types).toEqual(expect.arrayContaining(["link", "strong", "emphasis"]));
    const link = (tree.children[0] as { children: { type: string; url?: string }[] }).children[0]!;
    expect(link).toMatchObject({ type: "link", url: "https://example.com" });
  });

  it("never turns escaped or literal text into markup", async () => {
    const { tree, types } = await sanitized("Use `<script>` and &lt;b&gt;not bold&lt;/b&gt; <b>bold</b>");
    expect(types.filter((t) => t === "strong")).toHaveLength(1);
    expect(toString(tree)).toBe("Use <script> and <b>not bold</b> bold");
  });

  it("turns a block of HTML into a paragraph per block element and drops a block that holds nothing", async () => {
    const { tree } = await sanitized("<div>\n<p><b>Title</b> one</p>\n<p>two</p>\n</div>\n\n<!-- a comment -->\n\n<script>\nx()\n</script>\n");
    expect(tree.children.map((c) => [c.type, c.position?.start.line, toString(c)])).toEqual([
      ["paragraph", 2, "Title one"],
      ["paragraph", 3, "two"],
    ]);
  });

  it("finds raw HTML however deep it sits: in a list item, a quote and a table cell", async () => {
    const { types, diagnostics } = await sanitized("- item <script>a()</script>\n\n> quote <iframe src=x></iframe>\n\n| a | b |\n|---|---|\n| <b>x</b> | <script>b()</script> |\n");
    expect(types).not.toContain("html");
    expect(types).toContain("strong");
    expect(diagnostics.map(where)).toEqual(["1:8 html-removed", "3:9 html-removed", "7:14 html-removed"]);
  });

  it("drops comments that stand alone as blocks, in a quote or a list too, and keeps a comment's neighbours", async () => {
    const { tree, diagnostics, types } = await sanitized("<!-- note -->\n\nkept\n\n> <!--\n> multi\n> -->\n\n- <!-- in a list -->\n\n<!-- a --> text after\n");
    expect(diagnostics).toEqual([]);
    expect(types).not.toContain("html");
    expect(tree.children.map((c) => toString(c).trim()).filter(Boolean)).toEqual(["kept", "text after"]);
  });

  it("refuses to read HTML nested too deeply and keeps the text around it", async () => {
    const { tree, diagnostics } = await sanitized(`before ${"<b>".repeat(6000)}x after`);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["html-too-complex"]);
    expect(toString(tree)).toContain("before");
    expect(toString(tree)).toContain("after");
  });
});
