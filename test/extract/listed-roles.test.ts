import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

describe("roles listed under an employer", () => {
  it("are each a job at that employer in the span above them", async () => {
    const resume = await readText(
      [
        "#+title: Resume",
        "",
        "* Experience",
        "** 2016-Current",
        "- Northwind Fabrication",
        "  - Machine programmer",
        "  - Software developer",
        "** 2013-2016",
        "- Northwind Fabrication",
        "  - Team Leader",
        "  - Press operator",
        "* Education",
        "** 2010-2012",
        "- Lakeshore Community College",
        "",
      ].join("\n"),
    );
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Northwind Fabrication", "Machine programmer", "2016", undefined],
      ["Northwind Fabrication", "Software developer", "2016", undefined],
      ["Northwind Fabrication", "Team Leader", "2013", "2016"],
      ["Northwind Fabrication", "Press operator", "2013", "2016"],
    ]);
  });

  it("are duties still where an item says what was done", async () => {
    const resume = await readText(
      ["#+title: Resume", "", "* Experience", "** 2016-2019", "- Northwind Fabrication", "  - Developer", "  - Wrote the nesting software for the laser cutter", "* Skills", "- Python", ""].join("\n"),
    );
    expect(resume.work?.map((w) => w.position)).toEqual([undefined]);
  });
});
