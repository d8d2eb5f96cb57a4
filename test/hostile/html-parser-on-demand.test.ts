import { describe, expect, it, vi } from "vitest";
import { parseMarkdown } from "../../src/parse/markdown.js";

const loaded = vi.hoisted(() => ({ count: 0 }));
// stands in for the HTML sanitizer, counting the times it is needed
vi.mock("../../src/sanitize/raw-html.js", () => ({
  sanitizeRawHtml: () => {
    loaded.count++;
    return [];
  },
}));

const { sanitizeHtmlInTree } = await import("../../src/sanitize/sanitize-tree.js");

describe("the HTML parser behind the sanitizer", () => {
  it("is not needed by Markdown whose only HTML is comments on lines of their own", async () => {
    await sanitizeHtmlInTree(parseMarkdown("<!-- who reads this -->\n# Jane Doe\n\n- Go <!-- inline, though: parsed -->\n"), "cv.md");
    expect(loaded.count).toBe(1);
    await sanitizeHtmlInTree(parseMarkdown("<!-- a note -->\n# Jane Doe\n\n> <!--\n> quoted\n> -->\n\n- Go\n"), "cv.md");
    expect(loaded.count).toBe(1);
  });

  it("is needed as soon as a tag or a comment with text beside it appears", async () => {
    const before = loaded.count;
    await sanitizeHtmlInTree(parseMarkdown("# Jane Doe\n\n<!-- a --> visible\n"), "cv.md");
    await sanitizeHtmlInTree(parseMarkdown("# Jane <b>Doe</b>\n"), "cv.md");
    expect(loaded.count - before).toBe(2);
  });
});
