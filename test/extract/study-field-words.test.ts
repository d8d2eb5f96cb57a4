import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Degrees and fields of study named by words the vocabularies had lacked, on invented CVs. */
describe("words for degrees and fields of study", () => {
  it("takes a 'Hauptfächer:' line under a German degree for its field", async () => {
    const r = await readMarkdown(
      ["# Max Muster", "", "## Ausbildung", "", "### Diplomstudiengang, Hochschule Nordstadt", "", "*2005 - 2011, Nordstadt, Deutschland*", "", "Hauptfächer: Informatik und Statistik"].join("\n"),
    );
    expect(r.education?.[0]?.area).toBe("Informatik und Statistik");
  });

  it("reads a specialist's degree, the five-year degree of Russian and Ukrainian universities, as the degree", async () => {
    const r = await readMarkdown(
      ["# Ivan Petrov", "", "## Education", "", "**2009 - 2014 [Northern State Technical University](https://example.edu)**, Tomsk\\", "Specialist’s Degree, Applied Physics"].join("\n"),
    );
    expect(r.education?.[0]?.studyType).toBe("Specialist’s Degree");
  });
});
