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
    "- S. Marsh, C. Akel, **J. Vale**, L. Dorn, HALO-Net: Probabilistic reduced-order networks for plasma equilibria, Physics of Plasmas, vol. 31(9), 2024.",
    "- T. Han, **J. Vale**, Surrogate Models for Knock Prediction in Syngas Engines, Journal of Energy & Climate Change, vol. 19, 2024.",
    "- T. Rand\\*, **J. Vale\\***, B. Vide, and P. Bala\\*, Transfer-Learning-Based Autotuning Using Copulas, ACM International Conference on Supercomputing (ICS), 2023, pp. 37-49.",
    "- X. Wu, P. Bala, and M. Hall, ytopt: Autotuning Scientific Applications at Large Scales, Cray User Group Conference (CUG), 2023.",
    "- **J. Vale**, D. Klab, Improved Classification Based on Deep Belief Networks. In Proc. Neural Networks Workshop, 2020.",
  ].join("\n");

  it("reads the authors, the title up to the venue and the year", async () => {
    expect(papers(await readMarkdown(text))).toEqual([
      ["HALO-Net: Probabilistic reduced-order networks for plasma equilibria", ["S. Marsh", "C. Akel", "J. Vale", "L. Dorn"], "2024"],
      ["Surrogate Models for Knock Prediction in Syngas Engines", ["T. Han", "J. Vale"], "2024"],
      ["Transfer-Learning-Based Autotuning Using Copulas", ["T. Rand*", "J. Vale*", "B. Vide", "P. Bala*"], "2023"],
      ["ytopt: Autotuning Scientific Applications at Large Scales", ["X. Wu", "P. Bala", "M. Hall"], "2023"],
      ["Improved Classification Based on Deep Belief Networks", ["J. Vale", "D. Klab"], "2020"],
    ]);
  });

  it("dates a paper by its year, not by the range of its pages", async () => {
    const cited = ["# Jo Vale", "", "## Publications", "", '- A. Doe, B. Roe, "Quoted Title of a Paper," in Proc. IEEE ICIP, Taipei, pp. 2050-2054, 2019.'].join("\n");
    expect(papers(await readMarkdown(cited))).toEqual([["Quoted Title of a Paper", ["A. Doe", "B. Roe"], "2019"]]);
  });
});
