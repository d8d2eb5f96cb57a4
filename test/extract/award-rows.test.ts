import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** moderncv's award rows as pdftotext writes them: the award, its awarder, then the date and a sentence apart. */
const GRANTS = `Nadia Verhoeven
nadia.verhoeven@example.org

Grants & Fellowships
Regional History Research Grants
The Pellham Archive Foundation

2019

Funds awarded to visit two parish archives.

Summer Fellowship
Northvale University, Department of History

2016-2018

Honors & Awards
Prize for Outstanding Contribution to Student Life
Northvale University, Eastfield

2015
`;

describe("moderncv award rows in PDF text", () => {
  it("reads an award whose name ends in the section's keyword, right under the heading, as the first award", async () => {
    const { awards } = await readText(GRANTS);
    expect(awards?.map((a) => [a.title, a.awarder, a.date])).toEqual([
      ["Regional History Research Grants", "The Pellham Archive Foundation", "2019"],
      ["Summer Fellowship", "Northvale University, Department of History", "2016"],
      ["Prize for Outstanding Contribution to Student Life", "Northvale University, Eastfield", "2015"],
    ]);
  });
});
