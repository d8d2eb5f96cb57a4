import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { writeDocx } from "../../src/export/write-docx.js";
import { writeMarkdown } from "../../src/export/write-markdown.js";
import { writeText } from "../../src/export/write-text.js";
import { readMarkdown } from "../support/extract.js";
import { groupedPapers, inListedOrder, LISTED, placesOf } from "../support/grouped-papers.js";

describe("the groups of papers in the text exports", () => {
  it("Markdown writes each group as a sub-heading once, above its first paper, which vitae reads back as the group", async () => {
    const markdown = writeMarkdown(groupedPapers);
    expect(inListedOrder(markdown, LISTED)).toBe(true);
    expect(placesOf(markdown, ["### Tide journal articles\n", "### Book chapters & essays\n"]).map((p) => p.count)).toEqual([1, 1]);
    const back = await readMarkdown(markdown);
    expect(back.publications?.map((p) => p.group)).toEqual(groupedPapers.publications?.map((p) => p.group));
  });

  it("plain text writes each group's heading once, underlined, above its first paper", () => {
    const text = writeText(groupedPapers);
    expect(inListedOrder(text, LISTED)).toBe(true);
    expect(text).toContain("\nTide journal articles\n---------------------\n\nTidal rhythms in harbour markets");
    expect(placesOf(text, ["Tide journal articles", "Book chapters & essays"]).map((p) => p.count)).toEqual([1, 1]);
  });

  it("Word writes each group's heading once, as a Heading 3, above its first paper", async () => {
    const zip = await JSZip.loadAsync(await writeDocx(groupedPapers));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(inListedOrder(xml, LISTED)).toBe(true);
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading3"\/>(?:(?!<\/w:p>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Tide journal articles", "Book chapters &amp; essays"]);
  });
});
