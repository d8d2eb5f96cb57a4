import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";

/** Enough paragraphs (about 20 KB) that a source holding them is parsed in pieces. */
const FILLER = Array.from({ length: 160 }, (_, i) => `Led the migration of service ${i} to a new ledger and kept its uptime.`).join("\n\n");

async function read(markdown: string) {
  const { lines, frontMatter } = await parseMarkdownLines(markdown, "cv.md");
  return { lines, frontMatter, text: lines.map((l) => l.text) };
}

describe("a large Markdown CV, parsed in pieces", () => {
  it("keeps every line where the whole source has it", async () => {
    const { lines } = await read(`# Jane Doe\n\n## Experience\n\n${FILLER}\n\n## Education\n\nBSc, Acme University\n`);
    const education = lines.find((l) => l.text === "Education")!;
    expect(education.position.line).toBe(5 + 2 * 160);
    expect(lines.at(-1)).toMatchObject({ text: "BSc, Acme University", position: { line: 7 + 2 * 160 } });
  });

  it("resolves a reference whose definition is in another piece", async () => {
    const { lines } = await read(`## Papers\n\n- [Tide tables at scale][tides], 2021\n\n${FILLER}\n\n[tides]: https://example.org/tides.pdf\n`);
    expect(lines.find((l) => l.text.startsWith("Tide tables"))?.links).toEqual([{ text: "Tide tables at scale", url: "https://example.org/tides.pdf" }]);
  });

  it("takes a label's first definition, as CommonMark does", async () => {
    const { lines } = await read(`- [Paper][p]\n\n[p]: https://example.org/first\n\n${FILLER}\n\n[p]: https://example.org/second\n`);
    expect(lines[0]!.links).toEqual([{ text: "Paper", url: "https://example.org/first" }]);
  });

  it("reads a thematic break as a break wherever the source is cut, not as the start of front matter", async () => {
    const { frontMatter, text } = await read(`# Jane Doe\n\n${FILLER}\n\n---\n\nname: not front matter\n\n---\n\nThe end.\n`);
    expect(frontMatter).toBeUndefined();
    expect(text).toContain("name: not front matter");
  });

  it("keeps an HTML comment that runs over blank lines whole, wherever the source is cut", async () => {
    const comment = `<!--\n\n${FILLER}\n\n-->`;
    const { text } = await read(`# Jane Doe\n\n## Skills\n\nGo, Rust\n\n${comment}\n\nAfter the comment.\n`);
    expect(text.some((t) => t.includes("Led the migration"))).toBe(false);
    expect(text.at(-1)).toBe("After the comment.");
  });

  it("keeps a code fence whole until a fence of its own kind and length closes it, wherever the source is cut", async () => {
    const [four, three] = ["`".repeat(4), "`".repeat(3)];
    const fenced = `${four}python\n${three}\n${FILLER}\n\n${FILLER}\n~~~\n${four}`;
    const { text } = await read(`# Jane Doe\n\n## Notes\n\n${fenced}\n\nAfter the code.\n`);
    expect(text.some((t) => t.includes("Led the migration"))).toBe(false);
    expect(text.at(-1)).toBe("After the code.");
  });
});
