import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** Plain-text résumés as people type them (a word processor's text export, an 80-column file), each on an invented CV. */
async function parse(text: string, path = "cv.txt"): Promise<Resume> {
  const { resume } = await extractSource({ path, text, format: "text", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area]);

describe("plain-text job entries", () => {
  it("reads a remark in brackets after a job's dates as said of the job, and the title on the line under as its role", async () => {
    const text = [
      "Jane Roe",
      "jane@example.org",
      "",
      "EXPERIENCE",
      "",
      "  Northwind Traders",
      "  October 2019 - April 2020 (company folded)",
      "  Senior Software Developer",
      "",
      "  Built the order services in Go.",
      "",
      "  Contoso",
      "  October 2017 - September 2019",
      "  Software Developer",
      "",
      "  Joined a small team of developers.",
    ].join("\n");
    expect(jobs(await parse(text))).toEqual([
      ["Northwind Traders", "Senior Software Developer", "2019-10", "2020-04"],
      ["Contoso", "Software Developer", "2017-10", "2019-09"],
    ]);
  });

  it("reads a summer or holiday job, said in brackets after a firm's name, as the terms of the job and the firm as the employer", async () => {
    const text = [
      "Jane Roe",
      "jane@example.org",
      "",
      "Employment History",
      "------------------",
      "",
      ":2000 - 2003: Technical Officer - Northwind Telecom Ltd",
      "",
      ":1998: Tailspin Inspection Ltd (Holiday job)",
      "",
      ":1997: Fabrikam Instruments Ltd (Summer job)",
    ].join("\n");
    expect(jobs(await parse(text, "cv.rst"))).toEqual([
      ["Northwind Telecom Ltd", "Technical Officer", "2000", "2003"],
      ["Tailspin Inspection Ltd", undefined, "1998", "1998"],
      ["Fabrikam Instruments Ltd", undefined, "1997", "1997"],
    ]);
  });

  it("reads the town and state after an employer written in capitals as its place, though no gazetteer knows the town", async () => {
    const text = [
      "Jane Roe",
      "jane@example.org",
      "",
      "RELEVANT EXPERIENCE",
      "",
      "WESTMARK STATE UNIVERSITY, SMALLVILLE, KS          2012 – 2018",
      "Research Assistant",
      "",
      "NORTHWIND LABS, BRIARWOOD, AL                       2010 – 2012",
      "Lab Technician",
    ].join("\n");
    const r = await parse(text);
    expect(jobs(r)).toEqual([
      ["WESTMARK STATE UNIVERSITY", "Research Assistant", "2012", "2018"],
      ["NORTHWIND LABS", "Lab Technician", "2010", "2012"],
    ]);
  });
});

describe("plain-text contact lines", () => {
  it("parts a contact line at the small squares a word processor's text export sets between its items", async () => {
    const r = await parse(["Jane Roe", "jane@example.org ▪ @janeroe ▪ (202)555-0142", "", "EXPERIENCE", "Engineer at Contoso, Boston, MA     2010-2012"].join("\n"));
    expect([r.basics?.email, r.basics?.phone]).toEqual(["jane@example.org", "(202)555-0142"]);
  });

  it("reads a home page's address as the site though words after a dash say what is there", async () => {
    const r = await parse(["Jane Roe", "http://www.janeroe-site.net/ - portfolio, code and social media.", "jane@example.org", "", "EXPERIENCE", "Engineer at Contoso, Boston, MA     2010-2012"].join("\n"));
    expect(r.basics?.url).toBe("http://www.janeroe-site.net/");
  });
});

describe("plain-text degrees", () => {
  it("finds the school after a degree's phrase though a class of degree follows it in brackets", async () => {
    const text = [
      "Jane Roe",
      "jane@example.org",
      "",
      "Education",
      "---------",
      ":2010-2014: Bachelor of Engineering in Civil Engineering at the University of Westmark (2:1)",
      "",
      ":2008-2010: MSc in Physics, University of Eastholm (Distinction)",
      "",
      ":2006-2008: BA History, Northvale College (First Class Honours)",
    ].join("\n");
    expect(schools(await parse(text, "cv.rst"))).toEqual([
      ["University of Westmark", "Bachelor of Engineering", "Civil Engineering"],
      ["University of Eastholm", "MSc", "Physics"],
      ["Northvale College", "BA", "History"],
    ]);
  });

  it("reads a known town and its state's code after a school with no school's word in its name as the school's place", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "EDUCATION", "Codeworks, Denver, CO                                 August 2013- February 2014", "Six-month intensive web developer training program."].join("\n");
    expect((await parse(text)).education?.map((e) => [e.institution, e.location])).toEqual([["Codeworks", "Denver, CO"]]);
  });

  it("finds the school in the sentence after the degree's full stop", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "Education", "---------", ":1998-2003: Bachelor of Arts in Ancient History. University of Westmark at Northvale."].join("\n");
    expect(schools(await parse(text, "cv.rst"))).toEqual([["University of Westmark at Northvale", "Bachelor of Arts", "Ancient History"]]);
  });
});

describe("plain-text section titles", () => {
  it("reads 'Biographical' and 'Find me online' over labelled contacts as sections of contacts, not text left over", async () => {
    const text = ["Jane Roe", "", "Biographical", "", "email: jane@example.org", "", "Find me online", "", "Website: http://www.janeroe-site.net", "", "Experience", "", "2017---2021", "Architect at Contoso, Inc.", ""].join("\n");
    const r = await parse(text);
    expect([r.basics?.email, r.basics?.url, r.sections ?? []]).toEqual(["jane@example.org", "http://www.janeroe-site.net", []]);
  });
});

describe("plain-text project entries", () => {
  it("keeps the bullets under a project's 'Name - what it is' line, its links among them, with that project", async () => {
    const text = [
      "Jane Roe",
      "jane@example.org",
      "",
      "PROJECTS",
      "Order Hub - Worked with a legacy codebase of an online ordering system to build a platform for restaurants.",
      "- Github: http://example.org/janeroe/orderhub  - Demo: http://orderhub.example.com",
      "",
      "Strain Finder gem - Created a gem to consume a public API. The gem finds strains by name or category.",
      "- Used in a team project.",
      "",
      "WORK EXPERIENCE",
      "Engineer at Contoso, Boston, MA     2010-2012",
    ].join("\n");
    expect((await parse(text)).projects?.map((p) => p.name)).toEqual(["Order Hub", "Strain Finder gem"]);
  });
});

describe("plain-text closing lines", () => {
  it("takes no copyright line closing the CV under its last section for a skill", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "Skills:", "", "-   Back-end: Linux, Apache, MySQL", "-   Fond interest in mathematics.", "", "Copyright 2017 Jane Roe", ""].join("\n");
    expect((await parse(text)).skills?.map((s) => s.name)).toEqual(["Back-end", "Fond interest in mathematics."]);
  });
});

describe("plain-text groups under a section", () => {
  it("keeps a group of skills labelled 'Online' under Skills as a group of skills", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "Skills", "", "Online", "SEO, Google Ads, copywriting", "", "Print", "InDesign, Illustrator", "", "Experience", "", "2017 - 2021", "Designer at Contoso, Inc.", ""].join("\n");
    const r = await parse(text);
    expect([(r.skills ?? []).map((s) => [s.name, s.keywords]), r.sections ?? []]).toEqual([
      [["Online", ["SEO", "Google Ads", "copywriting"]], ["Print", ["InDesign", "Illustrator"]]],
      [],
    ]);
  });
});
