import { describe, expect, it } from "vitest";
import { extractSource, readMarkdown, readText } from "../support/extract.js";

const awardsOf = async (body: string, title = "Awards") => {
  const text = `# Jane Doe\n\n## ${title}\n\n${body}\n`;
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume.awards?.map((a) => (a.date ? [a.title, a.date] : [a.title]));
};

describe("awards", () => {
  it("take the date in brackets that opens an item as its date, not as words of its title", async () => {
    expect(await awardsOf("* (2019) Harbour Prize for Marine History, Lowtown University\n* (2015-2017) Doctoral Fellowship, Lowtown University\n* (2012 on) Guild of Archivists, member", "Grants, Awards, and Memberships")).toEqual([
      ["Harbour Prize for Marine History", "2019"],
      ["Doctoral Fellowship", "2015"],
      ["Guild of Archivists", "2012"],
    ]);
  });

  it("are not read from a section of achievements told as undated sentences, which keeps its title and its text", async () => {
    const body = [
      "- Cut the API's mean response time from ~450 ms to ~200 ms over 14M product records.",
      "- Built an ML category matcher reaching 95 % accuracy for the marketplace.",
      "- Set up Kubernetes clusters with kubeadm and diagnosed failing pods.",
    ].join("\n");
    const text = `# Jane Doe\n\n## Key Achievements\n\n${body}\n`;
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.awards).toBeUndefined();
    expect(resume.sections?.map((s) => s.title)).toEqual(["Key Achievements"]);
    expect(JSON.stringify(resume.sections)).toContain("Set up Kubernetes clusters");
    expect(await awardsOf("- Sloan Research Fellowship (2010)\n- Best Paper Award at the International Conference on Software Engineering, 2019\n- Householder Award for the best dissertation in numerical algebra, 2008")).toHaveLength(3);
  });

  it("leave the bracketed date a bold title closes on out of the title, and date the award by it ('**Harbour Prize (Mar 2021)** – for …')", async () => {
    expect(await awardsOf("- **Harbour Prize (Mar 2021)** – Given for the tide survey of the year.\n- **Lantern Award (2019)** – For service to the guild.")).toEqual([
      ["Harbour Prize", "2021-03"],
      ["Lantern Award", "2019"],
    ]);
  });

  it("end the title at its first comma or closing parenthetical", async () => {
    expect(await awardsOf("- Best Demo Award, Lakeside Systems Workshop, Oslo\n- Marlow Travel Grant (covers two meetings)")).toEqual([["Best Demo Award"], ["Marlow Travel Grant"]]);
  });

  it("take a grant's title from the quotes it is written in, the comma that ends it inside them", async () => {
    expect(await awardsOf("- “Tidal Archive Reader,” Harbour Language Centre Resources Grant, 2016 ($12,000)\n- \"River Sounds: A Digital Atlas\", 2018 ($30,000, co-applicant)", "Grants")).toEqual([
      ["Tidal Archive Reader", "2016"],
      ["River Sounds: A Digital Atlas", "2018"],
    ]);
  });

  it("date an award by a year or range before or after it, a range by its start", async () => {
    expect(await awardsOf("- Heron Fellowship 2008–2009\n- 2015-2017: Osprey Scholarship, Ministry of Birds\n- Plover Travel Grants 2009, 2010\n- Finch Prize (2012)")).toEqual([
      ["Heron Fellowship", "2008"],
      ["Osprey Scholarship", "2015"],
      ["Plover Travel Grants", "2009"],
      ["Finch Prize", "2012"],
    ]);
  });

  it("are read under the dates written on a line of their own above them, however the dates are joined", async () => {
    expect(await awardsOf("2016-17\n\nHeron Graduate Research Fellow, The University of Michigan\n\n2013 & 2014\n\nPlover Summer Grant, The University of Michigan\n\n2010-2011, 2009-2010\n\nFinch Fellowship (year), The Ohio State University")).toEqual([
      ["Heron Graduate Research Fellow", "2016"],
      ["Plover Summer Grant", "2013"],
      ["Finch Fellowship (year)", "2010"],
    ]);
  });

  it("keep a rank with the event it was won at, and X from Y whole", async () => {
    expect(await awardsOf("- 2nd place, Harbour Hackathon (2023)\n- Grant from the Larch Trust\n- Heron Prize, Bergen, 2011")).toEqual([
      ["2nd place, Harbour Hackathon", "2023"],
      ["Grant from the Larch Trust"],
      ["Heron Prize", "2011"],
    ]);
  });

  it("read one award a line, the place after its comma and the dates at its end left out of the title", async () => {
    expect(await awardsOf("Harbour Travel Award to the Coastal Meeting in Bergen, Norway, Sep 2012  \nLarch Research Service Award T32, 2008 – 2010  \n[Wren Days 2022 Young Operator Prize](https://example.org/w)")).toEqual([
      ["Harbour Travel Award to the Coastal Meeting in Bergen", "2012-09"],
      ["Larch Research Service Award T32", "2008"],
      ["Wren Days 2022 Young Operator Prize", "2022"],
    ]);
  });

  it("take the date that opens the line under an undated heading, and who gave the award after it, as the same CV's jobs are read", async () => {
    const text = [
      "# Jane Doe",
      "",
      "# Experience",
      "",
      "### Field Technician",
      "**2012 -- 2014** Larchmont Survey • Lowtown, Norway",
      "",
      "# Grants & Honours",
      "",
      "### Travel grant",
      "**2016** Harbour Foundation  ",
      "*I obtained a grant to present my work at a meeting abroad.*",
      "",
      "### Scholarship",
      "**2010 -- 2011** Guild of Archivists",
      "",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.awards?.map((a) => [a.title, a.date, a.awarder])).toEqual([
      ["Travel grant", "2016", "Harbour Foundation"],
      ["Scholarship", "2010", "Guild of Archivists"],
    ]);
    expect(resume.awards?.[0]?.summary).toBe("I obtained a grant to present my work at a meeting abroad.");
    expect(resume.work?.map((w) => [w.position, w.name, w.startDate])).toEqual([["Field Technician", "Larchmont Survey", "2012"]]);
  });

  it("read table rows as title, awarder and date", async () => {
    expect(await awardsOf("| Award | Awarder | Year |\n|---|---|---|\n| Wren Medal | Birders Guild | 2019 |", "Grants and Fellowships")).toEqual([["Wren Medal", "2019"]]);
  });
});

describe("certificates", () => {
  it("take one capitalised word after the name as the issuer, and no letter of a licence's categories", async () => {
    const text = "# Jane Doe\n\n## Certifications\n\n- Machine Learning, Coursera, 2019\n- Google Analytics Individual Qualification, Google, 2020\n- Certified Scrum Product Owner (CSPO), Scrum Alliance, 2018\n- Driving licence category B, C\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.certificates?.map((c) => [c.name, c.issuer, c.date])).toEqual([
      ["Machine Learning", "Coursera", "2019"],
      ["Google Analytics Individual Qualification", "Google", "2020"],
      ["Certified Scrum Product Owner (CSPO)", "Scrum Alliance", "2018"],
      ["Driving licence category B", undefined, undefined],
    ]);
  });
});

describe("award lines", () => {
  it("end a title at the bracketed date a colon follows, and keep what the award was given for as its summary", async () => {
    const resume = await readText(
      ["Jane Doe", "", "HONOURS AND AWARDS", "Rector's Award (2021): Given for the best final-year project in the faculty of", "engineering.", "Harbour Prize for Young Surveyors (2019): Recognised for a survey of the northern tide flats.", ""].join("\n"),
    );
    expect(resume.awards?.map((a) => [a.title, a.date, a.summary])).toEqual([
      ["Rector's Award", "2021", "Given for the best final-year project in the faculty of engineering."],
      ["Harbour Prize for Young Surveyors", "2019", "Recognised for a survey of the northern tide flats."],
    ]);
  });

  it("read 'Awarder, Prize, Year' as the prize given by the name before it, not as an award named after the awarder", async () => {
    const resume = await readMarkdown("# Jane Doe\n\n## Awards and Honors\n\n- Review of Coastal Studies, Young Author Prize, 2019\n- Guild of Surveyors, Fellowship for Field Methods, 2021\n- Best Poster Award, Lowtown Symposium, 2017\n");
    expect(resume.awards?.map((a) => [a.title, a.awarder, a.date])).toEqual([
      ["Young Author Prize", "Review of Coastal Studies", "2019"],
      ["Fellowship for Field Methods", "Guild of Surveyors", "2021"],
      ["Best Poster Award", "Lowtown Symposium", "2017"],
    ]);
  });
});

describe("award lines read together", () => {
  it("keep the giver named after a dated title with its colon, and name no honour as another's giver", async () => {
    const resume = await readMarkdown("# Jane Doe\n\n## Awards\n\n- Fellowship by the Coastal Society (2020): for work on tides\n- Dean's List, Merit Scholarship, 2019\n");
    expect(resume.awards?.[0]).toMatchObject({ title: "Fellowship", awarder: "the Coastal Society", date: "2020", summary: "for work on tides" });
    expect(resume.awards?.[1]).toMatchObject({ title: "Dean's List", date: "2019" });
    expect(resume.awards?.[1]?.awarder).toBeUndefined();
  });
});
