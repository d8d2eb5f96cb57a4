import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { extractSource } from "../support/extract.js";

/** The résumé vitae reads from an invented personal page or profile README, as Markdown with its HTML. */
async function read(text: string) {
  const { resume } = await extractSource({ path: "page.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

describe("a web page's timeline that sets each entry's dates above its title", () => {
  it("reads each date over a sub-heading as that entry's dates, not as the end of the entry above", async () => {
    const page = [
      "# Mara Quell",
      "",
      "## Work Experience",
      "",
      "March 2024 - Present",
      "",
      "### Team Leader @ Initech",
      "",
      "Part of the research branch, in the licensing department",
      "",
      "March 2021 - February 2024",
      "",
      "### Software Engineer @ Initech",
      "",
      "Built the licensing service",
      "",
      "October 2018 - February 2021",
      "",
      "### Back-end Engineer @ Globex Electronics",
      "",
      "Main developer of the device back-end",
      "",
      "## Education",
      "",
      "September 2011 - June 2016",
      "",
      "### Bachelor's Degree in Computer Science @ Lakeside University",
      "",
      "September 2009 - June 2011",
      "",
      "### Diploma in Systems Administration @ Northshore College",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Initech", position: "Team Leader", startDate: "2024-03" },
      { name: "Initech", position: "Software Engineer", startDate: "2021-03", endDate: "2024-02" },
      { name: "Globex Electronics", position: "Back-end Engineer", startDate: "2018-10", endDate: "2021-02" },
    ]);
    expect(resume.education).toMatchObject([
      { institution: "Lakeside University", startDate: "2011-09", endDate: "2016-06" },
      { institution: "Northshore College", startDate: "2009-09", endDate: "2011-06" },
    ]);
  });
});

describe("a company's logo set in a job's heading", () => {
  it("leaves out the logo's alt text, which only names the picture of the employer written beside it", async () => {
    const page = [
      "# Mara Quell",
      "",
      "## Experience",
      "",
      '<h3 class="role">',
      '  <img class="role-icon" src="/assets/initech.png" alt="Initech logo" />',
      "  <span>Initech Labs — Software Engineer II, Data Platform",
      "</span>",
      "</h3>",
      "",
      "**Nov 2020 – Nov 2021 · Austin, TX**",
      "",
      '<h3 class="role">',
      '  <img class="role-icon" src="/assets/globex.png" alt="Globex logo" />',
      "  <span>Globex - Software Engineer Intern",
      "</span>",
      "</h3>",
      "",
      "**Jun 2020 - Sep 2020 · Austin, TX**",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work?.map((w) => w.name)).toEqual(["Initech Labs", "Globex"]);
  });
});

describe("a labelled list of skills wrapped over lines", () => {
  it("splits the lines a labelled list goes on in into items, as it splits its first", async () => {
    const page = [
      "# Mara Quell",
      "",
      "## Skills",
      "- **Extensive experience:** Java, Python, C, C++, Javascript, PowerShell,",
      "  LaTeX, PHP, HTML 5, CSS 3, Perl",
      "- **Moderate experience:** Ruby, Rust, Haskell,",
      "  Racket, C#, F#,",
      "  Django",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.skills).toMatchObject([
      { name: "Extensive experience", keywords: ["Java", "Python", "C", "C++", "Javascript", "PowerShell", "LaTeX", "PHP", "HTML 5", "CSS 3", "Perl"] },
      { name: "Moderate experience", keywords: ["Ruby", "Rust", "Haskell", "Racket", "C#", "F#", "Django"] },
    ]);
  });
});

describe("a page's title that sets the person's name and headline apart with a slash", () => {
  it("reads the name before the slash, and the headline after it", async () => {
    const resume = await read(["# Mara Quell / Interaction Designer", "", "## Experience", "", "### Designer, Initech", "2019 - 2020", ""].join("\n"));
    expect(resume.basics).toMatchObject({ name: "Mara Quell", label: "Interaction Designer" });
  });
});

describe("a CV that writes each entry as a small table of its own", () => {
  it("reads each table's header row and its one row as the entry's two lines", async () => {
    const page = [
      "# Experience",
      "",
      "| **Initech**        | Zurich, Switzerland |",
      "|:-------------|------:|",
      "| *Consultant*           | *1/2021-present*  |",
      "",
      "- Defined the future state of IT transformations",
      "",
      "| **Globex Associates**        | Westport, Connecticut |",
      "|:-------------|------:|",
      "| *Site Reliability Engineer*           | *1/2020 - 12/2020*  |",
      "",
      "- Automated the configuration of legacy software",
      "",
      "# Education",
      "",
      "| **Lakeside Institute of Technology**        | Atlanta, Georgia |",
      "|:-------------|------:|",
      "| *M.S. Computer Science*           | *1/2019 - 5/2022*  |",
      "",
      "| **Northshore State University**        | Tempe, Arizona |",
      "|:-------------|------:|",
      "| *B.S.E. Computer Systems Engineering*           | *8/2014 - 8/2018*  |",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Initech", position: "Consultant", startDate: "2021-01" },
      { name: "Globex Associates", position: "Site Reliability Engineer", startDate: "2020-01", endDate: "2020-12" },
    ]);
    expect(resume.education).toMatchObject([
      { institution: "Lakeside Institute of Technology", studyType: "M.S.", area: "Computer Science" },
      { institution: "Northshore State University", studyType: "B.S.E.", area: "Computer Systems Engineering" },
    ]);
  });

  it("leaves tables dated nowhere, column names over one row of values, tables", async () => {
    const { lines } = await parseMarkdownLines(["## Skills", "", "| Languages | Tools |", "|---|---|", "| Go | Git |", "", "| Databases | Clouds |", "|---|---|", "| Postgres | AWS |", ""].join("\n"), "cv.md");
    expect(lines.filter((l) => l.kind === "row").map((l) => l.text)).toEqual(["Go | Git", "Postgres | AWS"]);
  });
});

describe("a degree's field written in lower case", () => {
  it("reads a field whose last word names a discipline as the degree's area", async () => {
    const page = ["# Mara Quell", "", "# Education", "## Northside College (Fairfax, VA)", "- Graduated June 2017", "- Honors Diploma in computer science (first recipient in 5 years)", "", "## Lakeside University", "- 2017 - 2021", "- BS in mechanical engineering", ""].join("\n");
    const resume = await read(page);
    expect(resume.education).toMatchObject([
      { institution: "Northside College", area: "computer science" },
      { institution: "Lakeside University", studyType: "BS", area: "mechanical engineering" },
    ]);
  });

  it("reads no field from words that name none", async () => {
    const resume = await read(["# Mara Quell", "", "# Education", "## Lakeside University", "- 2021 - now", "- PhD in progress", ""].join("\n"));
    expect(resume.education?.[0]?.area).toBeUndefined();
  });
});

describe("a link in an about page's prose to the owner's account", () => {
  it("reads a link whose text names the network and says it is a page or a profile as the owner's profile", async () => {
    const page = ["# Mara Quell", "", "## About", "", "Experienced engineer, based in Berlin. More details are on my [LinkedIn page](https://www.linkedin.com/in/maraquell/)", "and my [GitHub profile](https://github.com/maraquell).", ""].join("\n");
    const resume = await read(page);
    expect(resume.basics?.profiles).toMatchObject([
      { network: "LinkedIn", username: "maraquell" },
      { network: "GitHub", username: "maraquell" },
    ]);
  });
});

describe("a web page's footer after its last section of jobs", () => {
  it("reads no job from the page's copyright lines", async () => {
    const page = [
      "# Mara Quell",
      "",
      "## Professional Experience",
      "",
      "<div>",
      "<span>Full Stack Developer</span>",
      "<span>Initech</span>",
      "<span>Aug 2018 - Jun 2019</span>",
      "</div>",
      "",
      "- Built the tracking service",
      "",
      "<div>",
      "<span>Backend Developer Intern</span>",
      "<span>Globex Solutions Pvt. Ltd.</span>",
      "<span>Jan 2018 - Jun 2018</span>",
      "</div>",
      "",
      "- Built the wallet service",
      "",
      '<div class="footer">',
      "<p>",
      "Copyright 2020 Mara Quell <br />",
      "All rights reserved",
      "</p>",
      "</div>",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work?.map((w) => w.name)).toEqual(["Initech", "Globex Solutions Pvt. Ltd."]);
  });
});

describe("a month's name misspelt as CVs most often misspell it", () => {
  it("reads 'Febuary' as February", async () => {
    const resume = await read(["# Mara Quell", "", "## Experience", "", "### Data Engineer at Initech", "Febuary 2018 - September 2018", ""].join("\n"));
    expect(resume.work).toMatchObject([{ name: "Initech", startDate: "2018-02", endDate: "2018-09" }]);
  });
});

describe("a section of sentences after the skills, titled as a group of skills might be", () => {
  it("keeps the section's sentences out of the skills", async () => {
    const page = ["# Mara Quell", "", "## Skillset", "", "**Languages**", "Go, Rust, Python.", "", "## Other", "", "* I am a notary public commissioned by the state.", "", "* I have done ballroom dance competitively.", ""].join("\n");
    const resume = await read(page);
    expect(resume.skills?.map((s) => s.name)).toEqual(["Languages"]);
  });
});
