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
});
