import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

/** How academic CVs list their appointments, each on an invented CV. */
describe("a role held in a unit of its employer", () => {
  const text = [
    "# Ilse Brandt",
    "",
    "## Positions",
    "* [Ostvik Polytechnic](https://ostvik.example.edu/) — Aldermoor, OR",
    "  * Lecturer in the Faculty of Marine Engineering, 01/2021 – present",
    "",
    "* [Carrow Research Station](https://carrow.example.gov/) — Ferndale, WA",
    "  * Staff Scientist in the Climate Modelling Division, 03/2017 – 12/2020",
    "",
    "* Pellham Robotics — Tacoma, WA",
    "  * Summer Intern, 06/2016 – 08/2016",
  ].join("\n");

  it("reads the item under the employer as the role and its dates, the unit's words no employer of its own", async () => {
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Ostvik Polytechnic", "Lecturer in the Faculty of Marine Engineering", "2021-01", undefined],
      ["Carrow Research Station", "Staff Scientist in the Climate Modelling Division", "2017-03", "2020-12"],
      ["Pellham Robotics", "Summer Intern", "2016-06", "2016-08"],
    ]);
  });
});

describe("several undated appointments at one university", () => {
  it("reads each role item under the university's item as a job there", async () => {
    const r = await readMarkdown(
      [
        "# Ilse Brandt",
        "",
        "Academic Appointments",
        "------",
        "- Ostvik Polytechnic",
        "    - Professor of Marine Engineering",
        "    - Affiliate Professor of Oceanography",
        "    - Faculty Fellow, Coastal Research Centre",
        "",
        "Previous Appointments",
        "------",
        "- Carrow College",
        "    - 2010 - 2015 Lecturer, Department of Physics",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Ostvik Polytechnic", "Professor of Marine Engineering", undefined, undefined],
      ["Ostvik Polytechnic", "Affiliate Professor of Oceanography", undefined, undefined],
      ["Ostvik Polytechnic", "Faculty Fellow, Coastal Research Centre", undefined, undefined],
      ["Carrow College", "Lecturer, Department of Physics", "2010", "2015"],
    ]);
  });

  it("keeps an employer's item over its duties as one job", async () => {
    const r = await readMarkdown(["# Mirela Vos", "", "## Experience", "* Harbour Labs", "  * Built the data pipeline.", "  * Ran the weekly seminar."].join("\n"));
    expect(jobs(r)).toHaveLength(1);
  });
});

describe("a label over roles that name their own employers", () => {
  it("reads each item as a role at its own employer, the label no employer", async () => {
    const r = await readMarkdown(
      [
        "# Tomas Ekberg",
        "",
        "## Appointments",
        "* Visiting positions",
        "  * Visiting Professor, Harbour University",
        "  * Visiting Scholar, Lindqvist University",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Harbour University", "Visiting Professor", undefined, undefined],
      ["Lindqvist University", "Visiting Scholar", undefined, undefined],
    ]);
    expect(JSON.stringify(r)).toContain("Visiting positions");
  });

  it("takes no employer from a label over a consultant's or a data scientist's item", async () => {
    const r = await readMarkdown(
      ["# Tomas Ekberg", "", "## Experience", "* Consulting", "  * Senior Consultant, Brightwater Partners LLC", "  * Data Scientist, Quillon Inc."].join("\n"),
    );
    expect((r.work ?? []).map((w) => w.name)).not.toContain("Consulting");
  });
});

describe("a section of awards titled for recognition", () => {
  it("reads 'Peer Recognition' as awards", async () => {
    const r = await readMarkdown(["# Mirela Vos", "", "## Peer Recognition", "* 2024: Lindqvist Prize for Young Researchers", "* 2022: Best Reviewer Award"].join("\n"));
    expect((r.awards ?? []).map((a) => [a.title, a.date])).toEqual([
      ["Lindqvist Prize for Young Researchers", "2024"],
      ["Best Reviewer Award", "2022"],
    ]);
  });
});
