import { describe, expect, it } from "vitest";
import { readPlace } from "../../src/extract/evidence/places.js";
import { readMarkdown } from "../support/extract.js";

describe("a profile page's history that names no employer", () => {
  const page = [
    "# Ada Quill",
    "",
    "#### :runner: Experience",
    ">- 2019-2023 - Data Analyst and Part-time Baker",
    ">- 2015-2019 - Reporting and Process Improvement Analyst",
    "",
    "#### :school: Education",
    ">- MSc(2015): Food Production and Management",
    ">- BSc (2012): Computer Science",
    "",
    "#### Where you find me",
    ">- How to reach me: youtube.com/adaquillbakes",
  ].join("\n");

  it("keeps the roles as the section's items, not as jobs with no organisation", async () => {
    const resume = await readMarkdown(page);
    expect(resume.work ?? []).toEqual([]);
    const roles = resume.sections?.find((s) => s.title.includes("Experience"));
    expect(roles?.items).toMatchObject([
      { title: "Data Analyst and Part-time Baker", startDate: "2019", endDate: "2023" },
      { title: "Reporting and Process Improvement Analyst", startDate: "2015", endDate: "2019" },
    ]);
  });

  it("reads the phrase after a degree and its year as the field, not as the school", async () => {
    const resume = await readMarkdown(page);
    expect(resume.education).toMatchObject([
      { studyType: "MSc", area: "Food Production and Management", endDate: "2015" },
      { studyType: "BSc", area: "Computer Science", endDate: "2012" },
    ]);
    expect(resume.education?.map((e) => e.institution)).toEqual([undefined, undefined]);
  });

  it("reads a bare YouTube address under a 'where you find me' title as the owner's channel", async () => {
    const resume = await readMarkdown(page);
    expect(resume.basics?.profiles).toMatchObject([{ network: "YouTube", url: expect.stringContaining("youtube.com/adaquillbakes") }]);
  });

  it("still reads a single role with no organisation among named jobs as a job", async () => {
    const resume = await readMarkdown(["# Ada Quill", "", "## Experience", "- 2019-2023 - Data Analyst, Brightwell Foods", "- 2015-2019 - Reporting Analyst"].join("\n"));
    expect(resume.work).toHaveLength(2);
  });
});

describe("a volunteering role beside a job", () => {
  it("does not lend the organisation of the job above to a volunteering role that names none", async () => {
    const cv = [
      "# Ada Quill",
      "",
      "## Expériences",
      "### Chargée de communication - Stage",
      "**Maison Verdier - Mai 2021 - Juillet 2021 | Lyon, France**",
      "- Rédaction d'articles.",
      "",
      "### Cheffe de projet - Bénévolat",
      "**Octobre 2020 - Mars 2021 | Lyon, France**",
      "- Accompagnement de deux associations.",
    ].join("\n");
    const resume = await readMarkdown(cv);
    expect(resume.work?.[0]).toMatchObject({ name: "Maison Verdier", startDate: "2021-05" });
    expect(resume.work?.[1]?.name).not.toBe("Maison Verdier");
    expect(resume.work?.[1]?.name).not.toBe("Bénévolat");
  });
});

describe("a school and its field set apart by a dash", () => {
  it("reads the field after a school named by its initials, with no degree named", async () => {
    const resume = await readMarkdown(["# Ada Quill", "", "## Formação", "FACTEC-SP - Engenharia da Computação <br>", "Finalização em 2024"].join("\n"));
    expect(resume.education?.[0]).toMatchObject({ institution: "FACTEC-SP", area: "Engenharia da Computação" });
  });

  it("reads a degree's field and its school from a page's heading, the school named in Hindi", async () => {
    const resume = await readMarkdown(["# Ada Quill", "", "## Education", "", "<h3>Master's Degree, Computer Applications - Sri Kaveri Vidyapeetham</h3>", '<p align="right"><i>2009 - 2012</i></p>'].join("\n"));
    expect(resume.education?.[0]).toMatchObject({ institution: "Sri Kaveri Vidyapeetham", studyType: "Master's Degree", area: "Computer Applications" });
  });
});

describe("a Swiss address", () => {
  it("reads the canton's code after the town as the region", async () => {
    const cv = ["# Lebenslauf", "", "## Persönliche Daten", "", "| | |", "|---|---|", "| **Name** | Ada Quill |", "| **Adresse** | Obere Gasse 4, 8400 Winterthur ZH |"].join("\n");
    const resume = await readMarkdown(cv);
    expect(resume.basics?.location).toMatchObject({ city: "Winterthur", region: "ZH" });
  });

  it("takes the town's country as evidence only for a code that is no company's form", () => {
    expect(readPlace("Winterthur ZH")).toMatchObject({ city: "Winterthur", region: "ZH" });
    expect(readPlace("Winterthur AG")?.region).toBeUndefined();
  });
});

describe("a table of studies whose header names its columns", () => {
  const cv = [
    "# Lebenslauf",
    "",
    "## Aus- und Weiterbildungen",
    "",
    "| Zeitraum | Ausbildung | Institution |",
    "|---|---|---|",
    "| 2019 – 2020 | **Dipl. Marketingfachmann FA** | NBW, Winterthur |",
    "| 1998 – 2002 | **Mechaniker EFZ** (Lehre, abgeschlossen) | Brenner & Co AG, Zürich |",
  ].join("\n");

  it("reads a German 'Aus- und Weiterbildungen' title as the studies", async () => {
    const resume = await readMarkdown(cv);
    expect(resume.education).toHaveLength(2);
  });

  it("takes the school from the school's column and the qualification from its own, whatever their words", async () => {
    const resume = await readMarkdown(cv);
    expect(resume.education).toMatchObject([
      { institution: "NBW", location: "Winterthur", studyType: "Dipl. Marketingfachmann FA", startDate: "2019", endDate: "2020" },
      { institution: "Brenner & Co AG", location: "Zürich", studyType: "Mechaniker EFZ", summary: "(Lehre, abgeschlossen)", startDate: "1998", endDate: "2002" },
    ]);
  });
});
