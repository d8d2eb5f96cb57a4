import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("keeps a citation wrapped after its authors' year one paper ('Vale, J., and Roe, A. (2019)' over the title)", async () => {
    const page = ["# Jo Vale", "", "## Publications", "", "Marlow, A., Oster, M., Vale, J., and Roe, A. (2019)", "Coastal sediment transport in the Baltic, Journal of Geology 12, 2019"].join("\n");
    const resume = await read(page);
    expect(resume.publications?.map((p) => p.name)).toEqual(["Coastal sediment transport in the Baltic, Journal of Geology 12, 2019"]);
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

  it("reads a degree's letters alone at a company's name as no study ('BA @ Deloitte', 'DBA @ Oracle': job titles too)", async () => {
    for (const tagline of ["BA @ Initech | Building things on the web", "DBA @ Orbis", "MS @ Initech"]) {
      const resume = await read(["# Hi, I'm Mira 👋", "", tagline, "", "## Skills", "- Go"].join("\n"));
      expect(resume.education, tagline).toBeUndefined();
    }
  });

  it("still reads a field alone at a company's name as no study", async () => {
    const page = ["# Mira Okafor", "", "SWE @ Initech · Math @ Harbor University", "", "## Skills", "- Go"].join("\n");
    const resume = await read(page);
    expect(resume.education?.map((e) => e.institution)).toEqual(["Harbor University"]);
  });
});

describe("an Astro résumé page's employers as headings over their roles as smaller headings", () => {
  it("reads each dated smaller heading as a role at the employer above, whatever the role's words", async () => {
    const page = [
      "# Ewa Przybylska",
      "",
      "## Doświadczenie",
      "",
      "### Kancelaria Nowak i Wspólnicy sp.k., Poznań",
      "",
      "#### Radca prawny | 03.2021 – obecnie",
      "",
      "#### Referendarz | 09.2018 – 02.2021",
      "",
      "### Biuro Prawne Lis, Poznań",
      "",
      "#### Referendarz | 01.2016 – 08.2018",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Kancelaria Nowak i Wspólnicy sp.k.", position: "Radca prawny", startDate: "2021-03" },
      { name: "Kancelaria Nowak i Wspólnicy sp.k.", position: "Referendarz", startDate: "2018-09", endDate: "2021-02" },
      { name: "Biuro Prawne Lis", position: "Referendarz", startDate: "2016-01", endDate: "2018-08" },
    ]);
  });

  it("keeps a dated smaller heading under a heading that already names the role as the job's project", async () => {
    const page = [
      "# Jo Marsh",
      "",
      "## Experience",
      "",
      "### Senior Engineer, Initech | 2019 – 2023",
      "",
      "#### Billing rewrite | 2021 – 2022",
      "",
      "- Moved invoices to the new ledger.",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toHaveLength(1);
    expect(resume.work?.[0]).toMatchObject({ name: "Initech", position: "Senior Engineer", startDate: "2019", endDate: "2023" });
  });
});

describe("an employer's heading dated on its own line over dated smaller headings", () => {
  it("keeps the smaller headings as what was done in the one job, not as roles of their own", async () => {
    const page = [
      "# Jo Marsh",
      "",
      "## Experience",
      "",
      "### Initech (2019/04〜2023/03)",
      "",
      "#### Billing rewrite (2021/01〜2022/06)",
      "",
      "- Moved invoices to the new ledger.",
      "",
      "#### Ledger audit (2022/07〜2023/03)",
      "",
      "- Checked every posting.",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toHaveLength(1);
    expect(resume.work?.[0]).toMatchObject({ name: "Initech", startDate: "2019-04", endDate: "2023-03" });
  });
});

describe("a personal site's CV page kept as an HTML file", () => {
  it("is read for its headings and text, not as plain text whose tags are words", async () => {
    const { detectFormat } = await import("../../src/source/detect-format.js");
    const text = [
      "<!DOCTYPE html>",
      "<html><head><title>Ola Brandt: CV</title><style>body { margin: 0; }</style></head>",
      "<body>",
      "<h1>Ola Brandt</h1>",
      "<h2>Experience</h2>",
      "<p><b>Platform Engineer</b>, Initech, 2019 – 2023</p>",
      "</body></html>",
    ].join("\n");
    const { format } = detectFormat("cv.html", text);
    expect(format).toBe("markdown");
    const { resume } = await extractSource({ path: "cv.html", text, format, formatReason: "test" });
    expect(resume.basics?.name).toBe("Ola Brandt");
    expect(resume.work).toMatchObject([{ name: "Initech", position: "Platform Engineer", startDate: "2019", endDate: "2023" }]);
  });

  it("is read from a pretty-printed page too, whose indented text is no code, and its head with one note, not a warning a tag", async () => {
    const { loadResume } = await import("../../src/load-resume.js");
    const dir = mkdtempSync(join(tmpdir(), "vitae-html-"));
    const page = ["<!DOCTYPE html>", "<html>", "<head>", "  <meta charset=\"utf-8\">", "  <title>Jo Vale - CV</title>", "  <script src=\"app.js\"></script>", "</head>", "<body>", "    <h1>Jo Vale</h1>", "    <h2>Experience</h2>", "    <ul>", "        <li>", "            <strong>Senior Engineer</strong>, Brightwave Labs", "", "            March 2019 - Present", "        </li>", "        <li>", "            <strong>Engineer</strong>, Orbis Data", "", "            June 2016 - February 2019", "        </li>", "    </ul>", "</body>", "</html>"].join("\n");
    writeFileSync(join(dir, "cv.html"), page);
    const loaded = await loadResume(join(dir, "cv.html"));
    if (!loaded.ok) throw new Error("not read");
    expect(loaded.value.resume.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Brightwave Labs", "Senior Engineer", "2019-03"],
      ["Orbis Data", "Engineer", "2016-06"],
    ]);
    expect(loaded.diagnostics.filter((d) => d.severity === "warning")).toEqual([]);
    expect(loaded.diagnostics.map((d) => d.ruleId)).toContain("html-head-skipped");
  });
});

describe("a portfolio README's skills written on a heading under the page's title", () => {
  it("reads the heading's list as the group its label names", async () => {
    const page = [
      "# Data Analyst",
      "",
      "#### Technical Skills: Python, SQL, Tableau, dbt",
      "",
      "## Education",
      "- M.S. Statistics | Harbor State University (_May 2022_)",
      "",
      "## Work Experience",
      "**Analyst @ Ostrander Labs (_June 2022 - Present_)**",
      "- Built the weekly revenue report.",
    ].join("\n");
    const resume = await read(page);
    expect(resume.skills).toEqual([{ name: "Technical Skills", keywords: ["Python", "SQL", "Tableau", "dbt"] }]);
    expect(resume.work).toMatchObject([{ name: "Ostrander Labs", position: "Analyst", startDate: "2022-06" }]);
  });
});

describe("headings that are no roles and no skills section", () => {
  it("reads an employer's dated project headings as its job's text, not as roles held there", async () => {
    const r = await read(["# Jo Vale", "", "## Experience", "", "### Kestrel Labs, Berlin", "", "#### Payments platform rewrite | 2020 – 2021", "- Moved billing to events", "", "#### Mobile checkout | 2019 – 2020", "- Built the app's checkout"].join("\n"));
    expect((r.work ?? []).map((w) => w.position)).not.toContain("Payments platform rewrite");
  });

  it("keeps a job's 'Skills: …' heading with the job, and the next job a job", async () => {
    const r = await read(["# Jo Vale", "", "## Experience", "### Data Analyst, Kestrel Labs (2019 – 2021)", "- Built dashboards.", "#### Skills: SQL, Tableau, Python", "### Junior Analyst, Orbis GmbH (2016 – 2019)", "- Cleaned survey data."].join("\n"));
    expect((r.work ?? []).map((w) => [w.name, w.position])).toEqual([
      ["Kestrel Labs", "Data Analyst"],
      ["Orbis GmbH", "Junior Analyst"],
    ]);
  });
});
