import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** The résumé vitae reads from an invented profile README or personal page kept in Markdown. */
async function read(text: string) {
  const { resume } = await extractSource({ path: "README.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

describe("a portfolio README's studies one a line, each closed by its dates", () => {
  it("reads each line of the paragraph as a degree of its own, not the second as the first's text", async () => {
    const page = [
      "# Data Engineer",
      "",
      "## Education",
      "M.S. Embedded Systems | Kestrel University (Sept. 2025 - Dec. 2026)",
      "B.S. Information Systems | Harbor State University (2018 - 2022)",
      "",
      "## Work Experience",
      "**Firmware Engineer @ Ostrander Labs (Sept 2025 - Present)**",
      "- Wrote drivers for the sensor board.",
    ].join("\n");
    const resume = await read(page);
    expect(resume.education).toMatchObject([
      { institution: "Kestrel University", studyType: "M.S.", area: "Embedded Systems", startDate: "2025-09", endDate: "2026-12" },
      { institution: "Harbor State University", studyType: "B.S.", area: "Information Systems", startDate: "2018", endDate: "2022" },
    ]);
  });
});

describe("a profile README's tagline that names a degree at a school by its initials", () => {
  it("reads the degree, its field and the school, though the initials hold no school's word", async () => {
    const page = [
      "# Mira Okafor 👋",
      "**Software Engineer | Full-Stack | Cloud**",
      "",
      "BS Software Engineering @ KIT (GPA 3.80)  ",
      "Building production systems across web and cloud.",
      "",
      "## 🚀 Experience",
      "",
      "### Software Engineer Co-op  ",
      "**Lakeside Health** · Aug 2025 – Jan 2026  ",
      "- Automated the release pipeline.",
    ].join("\n");
    const resume = await read(page);
    expect(resume.education).toMatchObject([{ institution: "KIT", studyType: "BS", area: "Software Engineering" }]);
  });

  it("still reads a field alone at a company's name as no study", async () => {
    const page = ["# Mira Okafor", "", "SWE @ Initech · Math @ Harbor University", "", "## Skills", "- Go"].join("\n");
    const resume = await read(page);
    expect(resume.education?.map((e) => e.institution)).toEqual(["Harbor University"]);
  });
});
