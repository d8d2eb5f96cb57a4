import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

const jobs = (r: Awaited<ReturnType<typeof readText>>) => r.work?.map((w) => [w.name, w.position]);

describe("a student's position listed under a work heading", () => {
  it("stays a job when the title names no field studied", async () => {
    const r = await readMarkdown("# Jo Doe\n\n## Experience\n\n### Graduate Student – University of Northvale\n2018 - 2023\n\n- Ran the widget lab.\n\n### Software Engineer, Acme Corp\n2015 - 2018\n");
    expect(jobs(r)).toEqual([
      ["University of Northvale", "Graduate Student"],
      ["Acme Corp", "Software Engineer"],
    ]);
    expect(r.education).toBeUndefined();
  });

  it("stays a job in a plain-text CV too", async () => {
    const r = await readText("Jo Doe\njo@example.org\n\nEXPERIENCE\n\nPhD student, University of Northvale                    2018 - 2023\nRan the widget lab.\n\nSoftware Engineer, Acme Corp                             2015 - 2018\nBuilt things.\n");
    expect(jobs(r)).toEqual([
      ["University of Northvale", "PhD student"],
      ["Acme Corp", "Software Engineer"],
    ]);
  });
});

describe("a student's jobs under a title that qualifies 'Experience'", () => {
  it("are work, each bold title before its employer, a co-op's title too", async () => {
    const text = [
      "Jane Doe",
      "========",
      "",
      "Undergraduate Experience",
      "========================",
      "",
      "**Research Assistant**, Northvale University Dept. of Physics",
      "*Jul 2007 - Nov 2008*",
      "",
      "**Software Engineering Coop**, Fabrikam",
      "*Apr 2005 - Sep 2005*",
      "",
      "**IT Intern**, Contoso Insurance",
      "*Jun 2004 - Sep 2004*",
      "",
    ].join("\n");
    expect(jobs(await readText(text))).toEqual([
      ["Northvale University Dept. of Physics", "Research Assistant"],
      ["Fabrikam", "Software Engineering Coop"],
      ["Contoso Insurance", "IT Intern"],
    ]);
  });
});

describe("a guide's job", () => {
  it("takes the title on the paragraph under an employer dated in italics, a guide's as any other role", async () => {
    const r = await readMarkdown("# Jo Doe\n\n**WORK EXPERIENCE**\n---\n*Fabrikam Voyages, Lowtown WA*\t\t\tMarch 2017 – March 2020\n\nExpedition Guide - Coastal Islands\n\n- Led kayaking trips.\n");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([["Fabrikam Voyages", "Expedition Guide - Coastal Islands", "2017-03"]]);
  });
});
