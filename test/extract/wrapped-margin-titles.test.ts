import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** An invented PDF's text, as pdftotext gives a CV whose section titles sit in a narrow left column. */
const text = [
  "Mara Quell",
  "mara.quell@example.org",
  "",
  "Education Doctor of Philosophy in Computer Science",
  "Harlow University, 1999.",
  "Journal",
  "Articles",
  "Mara Quell and Tobin Ashgrove. Tidal rhythms in harbour labour markets. Journal of Port",
  "Studies, 1999.",
  "Mara Quell. Salt and the guild ledger. Maritime History Quarterly, 1998.",
  "Conference",
  "Papers",
  "Mara Quell and Tobin Ashgrove. A parallel algorithm for knot tying. In Proceedings of the",
  "Fifth Conference on Rope, Kingsport, September 1999.",
  "Mara Quell. Nets and weather. In Proceedings of the Fourth Conference on Rope, May 1998.",
].join("\n");

describe("a margin title that pdftotext wrapped onto a second line", () => {
  it("reads the two lines as one section title, and no word of it as a job or a section of its own", async () => {
    const resume = await readText(text);
    expect(resume.publications?.map((p) => p.name)).toEqual([
      "Tidal rhythms in harbour labour markets",
      "Salt and the guild ledger",
      "A parallel algorithm for knot tying",
      "Nets and weather",
    ]);
    expect(resume.work).toBeUndefined();
    // the second title of papers groups its papers under the first, the section's
    expect(resume.meta?.sections?.map((s) => s.title)).toEqual(expect.arrayContaining(["Journal Articles"]));
    expect(resume.publications?.map((p) => p.group)).toEqual([undefined, undefined, "Conference Papers", "Conference Papers"]);
  });
});
