import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** The résumé vitae reads from an invented personal-site page in Markdown. */
async function read(text: string) {
  const { resume } = await extractSource({ path: "about.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

describe("an about page titled twice, the page's heading over its about section's", () => {
  it("names its author from the greeting under the second, and reads a one-line career list", async () => {
    const page = [
      "# About",
      "",
      '<div class="photos"><img src="/me.jpg" alt="profile picture"></div>',
      "",
      "## About",
      "",
      "Hi, I am Tarin Okafor, a protocol researcher and Rust programmer living in Lagos.",
      "",
      "## Career",
      "- Protocol Researcher, Quillbridge, 2024 -",
      "- Core Developer, Lanternworks, 2022 - 2024",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.basics?.name).toBe("Tarin Okafor");
    expect(resume.work).toMatchObject([
      { name: "Quillbridge", position: "Protocol Researcher", startDate: "2024" },
      { name: "Lanternworks", position: "Core Developer", startDate: "2022", endDate: "2024" },
    ]);
  });
});

describe("a school named with the field studied after its comma, and no degree", () => {
  it("reads the field apart from the school, and leaves a campus's town with the school's name", async () => {
    const page = [
      "# Tarin Okafor",
      "",
      "## Education",
      "",
      "- 2009 ~ 2012, Eastvale Polytechnic University, Aerodynamic Engineering",
      "- 2005 ~ 2009, Northmoor University, Physics",
      "- 2001 ~ 2005, University of Colorado, Boulder",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.education).toMatchObject([
      { institution: "Eastvale Polytechnic University", area: "Aerodynamic Engineering", startDate: "2009", endDate: "2012" },
      { institution: "Northmoor University", area: "Physics" },
      { institution: "University of Colorado, Boulder" },
    ]);
    expect(resume.education?.[2]?.area).toBeUndefined();
  });
});

describe("a résumé page headed twice by what it is, its sections titled in bold", () => {
  it("reads the bold titles as its sections, as it would under one such heading, and keeps no empty section", async () => {
    const page = [
      "# Resume",
      "[pdf](/assets/cv.pdf)",
      "",
      "# CV",
      "",
      "**Education**",
      "",
      "`2015–2019` Eastvale University, B.S. in Physics  ",
      "`2012–2015` Northmoor Academy",
      "",
      "**Work experience**",
      "",
      "`May–Aug 2018` Foxglove Labs - Lab Associate  ",
      "`May–Aug 2017` Brightwave - Research Intern",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Foxglove Labs", position: "Lab Associate", startDate: "2018-05", endDate: "2018-08" },
      { name: "Brightwave", position: "Research Intern" },
    ]);
    expect(resume.education).toMatchObject([{ institution: "Eastvale University", studyType: "B.S.", area: "Physics" }, { institution: "Northmoor Academy" }]);
    expect(resume.sections?.map((s) => s.title) ?? []).not.toContain("CV");
  });
});

describe("a school's name that goes on after its comma", () => {
  it("cuts no field from a faculty's name, a unit's initials or an honour", async () => {
    const page = [
      "# Mara Quill",
      "",
      "## Education",
      "",
      "### Lindqvist University, Faculty of Law, Administration and Economics",
      "2011 – 2016",
      "",
      "### Eastvale Institute of Forestry, ENGREF Harlow",
      "2008 – 2011",
      "",
      "### Northmoor University, Mention très honorable",
      "2004 – 2008",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.education?.map((e) => [e.institution, e.area, e.location])).toEqual([
      ["Lindqvist University, Faculty of Law, Administration and Economics", undefined, undefined],
      ["Eastvale Institute of Forestry, ENGREF Harlow", undefined, undefined],
      ["Northmoor University, Mention très honorable", undefined, undefined],
    ]);
  });
});
