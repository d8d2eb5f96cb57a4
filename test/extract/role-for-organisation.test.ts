import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown, readText } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const cv = (...jobs: string[]) => ["Jane Roe", "jane@example.org", "", "Experience", "", ...jobs.flatMap((j) => [j, ""])].join("\n");

describe("a role run into the organisation it was done for", () => {
  it("cuts a contractor's role from the company it worked for", async () => {
    const r = await readText(cv("Contractor for Contoso Ltd, 2015 - 2016", "Engineer at Tailspin Toys, 2020 - present"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Contractor", "Contoso Ltd"],
      ["Engineer", "Tailspin Toys"],
    ]);
  });

  it("cuts a research post from the body that funded it, and a consultant's from the ministry it advised", async () => {
    const r = await readText(cv("Research Assistant funded by Fabrikam Foundation, 2013 - 2015", "Consultant to the Ministry of Health, 2010 - 2013"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Research Assistant", "Fabrikam Foundation"],
      ["Consultant", "Ministry of Health"],
    ]);
  });

  it("keeps a role whose 'for' says what it is about, or names a unit after a comma", async () => {
    const r = await readText(cv("Developer for Mobile Apps, Contoso Ltd, 2015 - 2016", "Research Assistant, Research Unit for Tidal Ecology, Example University, 2013"));
    expect(r.work?.map((w) => w.position)).toEqual(["Developer for Mobile Apps", "Research Assistant"]);
  });
});

describe("a field or a department after 'for', 'to' or 'in'", () => {
  /** The roles read, with their employers: none names one, so they are the section's items (extract/unnamed-jobs.ts). */
  const roles = (r: Resume) => [...(r.work ?? []).map((w) => [w.position, w.name]), ...(r.sections?.find((s) => s.title === "Experience")?.items ?? []).map((i) => [i.title, undefined])];
  const headed = (...titles: string[]) => ["# Jo Vale", "", "## Experience", "", ...titles.flatMap((t) => [`### ${t}`, "2019 – 2021", ""])].join("\n");

  it("stays in the role where a generic head ('Services', 'Systems', 'Solutions') follows a field's words", async () => {
    const titles = [
      "Manager for Customer Services",
      "Specialist for IT Services",
      "Engineer for Network Systems",
      "Developer for Web Solutions",
      "Consultant for Public Health Services",
      "Responsable pour Services Clients",
    ];
    const r = await readMarkdown(headed(...titles));
    expect(roles(r)).toEqual(titles.map((t) => [t, undefined]));
  });

  it("stays in the role after 'in', as a UK lecturer's subject or a research group does", async () => {
    const titles = ["Lecturer in Information Systems", "Lecturer in Computer Systems", "Engineer in Embedded Systems", "Consultant in Financial Services", "Researcher in Machine Learning Group"];
    const r = await readMarkdown(headed(...titles));
    expect(roles(r)).toEqual(titles.map((t) => [t, undefined]));
  });

  it("still cuts before an institution's word, a legal form or a name no vocabulary knows", async () => {
    const r = await readMarkdown(headed("Consultant for the Ministry of Transport", "Engineer for Wexbridge Systems", "Lecturer in Harlow University", "Developer for Quellmark Solutions Ltd"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Consultant", "Ministry of Transport"],
      ["Engineer", "Wexbridge Systems"],
      ["Lecturer", "Harlow University"],
      ["Developer", "Quellmark Solutions Ltd"],
    ]);
  });
});

describe("a role set in its employer with English 'in'", () => {
  it("cuts a job title and the organisation after 'in' into role and employer in a list", async () => {
    const text = ["# Jo Vale", "", "## Experience", "", "- Software Engineer in Quillon Group, 2019 – 2021", "- Data Scientist in Ostrander Health Center, 2016 – 2019"].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Quillon Group", "Software Engineer", "2019", "2021"],
      ["Ostrander Health Center", "Data Scientist", "2016", "2019"],
    ]);
  });

  it("cuts it in a job's heading", async () => {
    const text = ["# Jo Vale", "", "## Experience", "", "### Research Scientist in Brightwater Labs", "2015 – 2017", "", "### Engineer in Tessaly Systems Inc.", "2013 – 2015"].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Brightwater Labs", "Research Scientist", "2015", "2017"],
      ["Tessaly Systems Inc.", "Engineer", "2013", "2015"],
    ]);
  });

  it("keeps 'in' before a field, a place or a unit of the employer with the role", async () => {
    const text = [
      "# Jo Vale",
      "",
      "## Experience",
      "",
      "- Professor in Department of Physics, 2019 – 2021",
      "- Assistant Professor in the School of Business, Harlow University, 2017 – 2019",
      "- Engineer in London, Marlow Ltd, 2012 – 2013",
    ].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      [undefined, "Professor in Department of Physics", "2019", "2021"],
      ["Harlow University", "Assistant Professor in the School of Business", "2017", "2019"],
      ["Marlow Ltd", "Engineer in London", "2012", "2013"],
    ]);
  });
});
