import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a job told twice", () => {
  it("is not two jobs at one employer in one year in two places: both are kept, each with its place", async () => {
    const { resume } = await extractSource({
      path: "cv.md",
      text: ["# Jonas Keller", "", "## Experience", "", "- 2016 &emsp; Internship at Brightwave in Bonn", "- 2016 &emsp; Hackathon at Brightwave in Cologne", "- 2015 &emsp; Summer job at Lindqvist AG in Bonn"].join("\n"),
      format: "markdown",
      formatReason: "test",
    });
    expect(resume.work?.map((w) => [w.name, w.position, w.location, w.startDate])).toEqual([
      ["Brightwave", "Internship", "Bonn", "2016"],
      ["Brightwave", "Hackathon", "Cologne", "2016"],
      ["Lindqvist AG", "Summer job", "Bonn", "2015"],
    ]);
  });
});

describe("an employer's heading over the headings of the roles held there", () => {
  it("reads each undated role heading under a dated employer as a job there, what a heading says after its dash as the job's text", async () => {
    const text = [
      "# Odile Brassard",
      "",
      "## Experience",
      "",
      "### [Harbor Freightworks](https://example.org/) [04-2020 - Present]",
      "",
      "#### **Platform Engineer (Lead)** - cloud, delivery",
      "",
      "* Ran the build farm.",
      "",
      "#### Platform Engineer - Observability, Tooling",
      "",
      "* Wrote the alerting rules.",
      "",
      "### [Quay Analytics](https://example.com/) [01-2017 - 03-2020]",
      "",
      "#### Data Analyst",
      "",
      "* Built reports.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Harbor Freightworks", "Platform Engineer (Lead)", undefined, undefined],
      ["Harbor Freightworks", "Platform Engineer", undefined, undefined],
      ["Quay Analytics", "Data Analyst", "2017-01", "2020-03"],
    ]);
    expect(resume.work?.[1]?.highlights).toEqual(["Wrote the alerting rules."]);
  });

  it("leaves a dated heading that names its role whole, and a place after a role's dash to the place", async () => {
    const text = [
      "# Odile Brassard",
      "",
      "## Experience",
      "",
      "### Volunteer Coordinator, Red Cross Oslo (2012 - 2016)",
      "",
      "#### Trainer",
      "",
      "* Ran first-aid courses.",
      "",
      "#### Mentor",
      "",
      "* Coached new volunteers.",
      "",
      "### Tidewater Systems (2017 - 2020)",
      "",
      "#### Developer - Lisbon, Portugal",
      "",
      "* Built the booking service.",
      "",
      "#### Developer - Remote",
      "",
      "* Kept it running.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Red Cross Oslo", "Volunteer Coordinator", "2012", "2016"],
      ["Tidewater Systems", "Developer", undefined, undefined],
      ["Tidewater Systems", "Developer", undefined, undefined],
    ]);
    expect(resume.work?.[1]?.location).toBe("Lisbon, Portugal");
    expect(resume.work?.[1]?.description).toBeUndefined();
  });
});
