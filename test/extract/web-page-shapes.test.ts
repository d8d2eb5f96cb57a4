import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { extractSource } from "../support/extract.js";

/** The résumé vitae reads from an invented personal page or profile README, as Markdown with its HTML. */
async function read(text: string) {
  const { resume } = await extractSource({ path: "page.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

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
