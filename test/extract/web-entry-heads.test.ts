import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** The résumé vitae reads from an invented personal-site page written in Markdown (its HTML raw, as sites keep it). */
async function read(text: string) {
  const { resume } = await extractSource({ path: "resume.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

describe("a web page's job and degree set as a heading over a heading a level below", () => {
  it("reads the lower heading as the employer or school, and the line under both as their dates", async () => {
    const page = [
      "# Mara Quill",
      "",
      "## Experience",
      "",
      "### Lead Engineer (Contract)",
      "#### Lantern Tutor Hub",
      "08/2018 - Ongoing",
      "",
      "### Software Engineer",
      "#### Foxglove Inc.",
      "10/2018 - 03/2019",
      "",
      "## Education",
      "",
      "### Master's Degree in Computational Linguistics",
      "#### Eastvale University",
      "2016 - 2020",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Lantern Tutor Hub", position: "Lead Engineer (Contract)", startDate: "2018-08" },
      { name: "Foxglove Inc.", position: "Software Engineer", startDate: "2018-10", endDate: "2019-03" },
    ]);
    expect(resume.work).toHaveLength(2);
    expect(resume.education).toMatchObject([{ institution: "Eastvale University", studyType: "Master's Degree", area: "Computational Linguistics", endDate: "2020" }]);
  });

  it("keeps several headings under one employer as its roles, not as the employer's name", async () => {
    const page = ["# Mara Quill", "", "## Experience", "", "### Foxglove Inc.", "#### Senior Engineer", "2021 - 2023", "", "#### Engineer", "2019 - 2021", ""].join("\n");
    const resume = await read(page);
    expect(resume.work?.map((w) => w.position)).toEqual(["Senior Engineer", "Engineer"]);
  });
});

describe("a job's dates written in small print over its site and place", () => {
  it("reads the dates alone, not joined to the lower-case site line under them", async () => {
    const page = [
      "<h1>Mara Quill</h1>",
      "<section>",
      "<h2>Experience</h2>",
      "<div>",
      "<h3>Lead Engineer</h3>",
      '<h4 class="accent">Brightwave Labs</h4>',
      "<small>",
      '    <i class="fa fa-calendar"></i> 08/2018 - Ongoing',
      "</small>",
      '<small><i class="fa fa-link"></i>',
      '    <a href="https://brightwave.example">brightwave.example</a></small>',
      '<small><i class="fa fa-map-marker"></i>',
      "    Remote</small>",
      "<p>Built the data platform.</p>",
      "</div>",
      "</section>",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([{ name: "Brightwave Labs", position: "Lead Engineer", startDate: "2018-08" }]);
    expect(resume.work?.[0]?.endDate).toBeUndefined();
  });
});
