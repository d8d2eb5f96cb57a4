import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const papers = (r: Resume) => (r.publications ?? []).map((p) => [p.name, p.authors, p.releaseDate]);

/** An invented engineer's publications, cited as IEEE writes them: initials first, the parts set apart by commas. */
describe("citations whose authors are written initials first and end at a comma", () => {
  const text = [
    "# Jo Vale",
    "",
    "## Publications",
    "",
    "- R. Tamsin, G. Ollerby, **J. Vale**, N. Pettigrew, KELP-Net: Probabilistic reduced-order networks for estuary salinity, Journal of Coastal Dynamics, vol. 31(9), 2024.",
    "- H. Quarles, **J. Vale**, Lumped Models for Frost Heave in Rail Embankments, Journal of Ground & Track Engineering, vol. 19, 2024.",
    "- F. Orme\\*, **J. Vale\\***, W. Blythe, and K. Ambrose\\*, Graph-Partition-Based Scheduling Using Copses, International Conference on Invented Systems (ICIS), 2023, pp. 37-49.",
    "- E. Foyle, K. Ambrose, and V. Strand, qtune: Tuning Invented Solvers at Modest Scales, Northern Users Group Meeting (NUGM), 2023.",
    "- **J. Vale**, M. Cresswell, Better Sorting of Pebbles Based on Shallow Voting Trees. In Proc. Pebble Sorting Workshop, 2020.",
  ].join("\n");

  it("reads the authors, the title up to the venue and the year", async () => {
    expect(papers(await readMarkdown(text))).toEqual([
      ["KELP-Net: Probabilistic reduced-order networks for estuary salinity", ["R. Tamsin", "G. Ollerby", "J. Vale", "N. Pettigrew"], "2024"],
      ["Lumped Models for Frost Heave in Rail Embankments", ["H. Quarles", "J. Vale"], "2024"],
      ["Graph-Partition-Based Scheduling Using Copses", ["F. Orme*", "J. Vale*", "W. Blythe", "K. Ambrose*"], "2023"],
      ["qtune: Tuning Invented Solvers at Modest Scales", ["E. Foyle", "K. Ambrose", "V. Strand"], "2023"],
      ["Better Sorting of Pebbles Based on Shallow Voting Trees", ["J. Vale", "M. Cresswell"], "2020"],
    ]);
  });

  it("dates a paper by its year, not by the range of its pages", async () => {
    const cited = ["# Jo Vale", "", "## Publications", "", '- A. Doe, B. Roe, "Quoted Title of a Paper," in Proc. IEEE ICIP, Taipei, pp. 2050-2054, 2019.'].join("\n");
    expect(papers(await readMarkdown(cited))).toEqual([["Quoted Title of a Paper", ["A. Doe", "B. Roe"], "2019"]]);
  });
});
