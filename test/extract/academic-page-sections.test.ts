import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown, readText } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate]);
const catchAll = (r: Resume) => (r.sections ?? []).flatMap((s) => s.items.map((i) => [s.title, i.summary ?? i.title]));

/** Sections of an academic CV page, each on an invented CV. */
describe("positions told as a bold title, its employer and a paragraph", () => {
  const text = [
    "# Orla Penhallow",
    "",
    "## Current position",
    "",
    "**Lecturer in Marine Biology** - Westmark Institute of Oceanography/Westmark Medical School.",
    "",
    "My current research is about the tides and the small creatures that live between them, from the rock pools of the north coast to the estuaries of the south.",
    "",
    "**Consulting** - Freelance.",
    "",
    "I have helped firms to tidy large tables of field data. I am open to more such work: [write to me](mailto:orla@example.org)!",
  ].join("\n");

  it("reads each bold title with its employer as a job, though every line closes with a full stop", async () => {
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Westmark Institute of Oceanography/Westmark Medical School", "Lecturer in Marine Biology"],
      ["Freelance", "Consulting"],
    ]);
  });

  it("takes the address behind a link in the owner's own words as the owner's e-mail, not one in a job's text", async () => {
    expect((await readMarkdown(text)).basics?.email).toBe("orla@example.org");
    const other = text.replace(/I have helped.*/, "The team tidies large tables of field data; [write to the office](mailto:office@example.org).");
    expect((await readMarkdown(other)).basics?.email).toBeUndefined();
  });
});

describe("a post and a minor listed under Education", () => {
  const text = [
    "# Orla Penhallow",
    "",
    "## Education",
    "",
    "- 2021 - Postdoctoral Fellow, Westmark Institute of Oceanography.",
    "- 2016 - Ph.D., Marine Biology, University of Carrow.",
    "",
    "`2010` **BA, Zoology**, University of Carrow (Carrow, OR)  ",
    "`2010` **Minor, Statistics**, University of Carrow (Carrow, OR)  ",
  ].join("\n");

  it("reads the post as what was taken at the school, and the minor as a study of its field", async () => {
    expect(schools(await readMarkdown(text))).toEqual([
      ["Westmark Institute of Oceanography", "Postdoctoral Fellow", undefined, "2021"],
      ["University of Carrow", "Ph.D.", "Marine Biology", "2016"],
      ["University of Carrow", "BA", "Zoology", "2010"],
      ["University of Carrow", "Minor", "Statistics", "2010"],
    ]);
  });

  it("reads 'Minor in X' on a line of its own as a minor in that field, and one after a degree as said of the degree", async () => {
    const r = await readMarkdown(["# Orla Penhallow", "", "## Education", "", "- 2012 - Minor in Geology, University of Carrow.", "- 2012 - B.S. in Physics, Minor in Geology, University of Carrow."].join("\n"));
    expect(schools(r)).toEqual([
      ["University of Carrow", "Minor", "Geology", "2012"],
      ["University of Carrow", "B.S.", "Physics", "2012"],
    ]);
  });

  it("reads a post beside the unit it was held in as what was taken there", async () => {
    const r = await readMarkdown(["# Orla Penhallow", "", "## Education", "", "- 2017 - Postdoctoral Fellow, Department of Biology, Westmark University."].join("\n"));
    expect(schools(r)).toEqual([["Westmark University", "Postdoctoral Fellow", "Department of Biology", "2017"]]);
  });

  it("keeps a course's title beside its provider as the field studied", async () => {
    const r = await readMarkdown(["# Orla Penhallow", "", "## Education", "", "- 2019 - Full Stack Web Developer, Northgate Coding School."].join("\n"));
    expect(schools(r)).toEqual([["Northgate Coding School", undefined, "Full Stack Web Developer", "2019"]]);
  });
});

describe("labelled lists that close as sentences do", () => {
  const text = [
    "# Orla Penhallow",
    "",
    "## Programming and statistics",
    "",
    "**Languages**: R, Python, and Bash.",
    "",
    "**Computing**: Git, SLURM, conda, etc.",
    "",
    "**Statistics**: GLMs, regularization, change point detection, etc.",
  ].join("\n");

  it("reads them as groups of skills, without the 'and' and 'etc.' that close each list", async () => {
    expect((await readMarkdown(text)).skills).toEqual([
      { name: "Languages", keywords: ["R", "Python", "Bash"] },
      { name: "Computing", keywords: ["Git", "SLURM", "conda"] },
      { name: "Statistics", keywords: ["GLMs", "regularization", "change point detection"] },
    ]);
  });
});

describe("a remark on a list of papers", () => {
  it("keeps a legend after the papers apart from the last paper", async () => {
    const r = await readMarkdown(
      [
        "# Orla Penhallow",
        "",
        "## Publications",
        "",
        "1. O. Penhallow\\*, K. Trask\\*. Rock pools at low tide. Journal of Shores, 2020.",
        "2. O. Penhallow. Estuaries in winter. Proc. of the Coast Meeting, 2019.",
        "",
        "\\* denotes equal contribution",
      ].join("\n"),
    );
    expect(r.publications?.map((p) => p.name)).toEqual(["Rock pools at low tide", "Estuaries in winter"]);
    expect(catchAll(r)).toEqual([["Publications (more)", "* denotes equal contribution"]]);
  });

  it("reads no paper from a line that says where the full list is", async () => {
    const r = await readMarkdown(["# Orla Penhallow", "", "## Selected Publications", "", "**A complete list of my papers can be found [here](https://example.org/papers).**"].join("\n"));
    expect(r.publications).toBeUndefined();
    expect(catchAll(r)).toEqual([["Selected Publications (more)", "A complete list of my papers can be found here."]]);
  });
});

describe("talks grouped under titles", () => {
  const talks = (r: Resume) => (r.sections ?? []).map((s) => [s.title, s.kind, s.items.map((i) => i.title)]);
  const cv = (groups: [string, string]) =>
    ["# Orla Penhallow", "", "## Education", "", "- 2016 - Ph.D., Marine Biology, University of Carrow.", "", "## Talks", "", groups[0], "", "- Rock pools at low tide, Westmark University, 2021", "- Estuaries in winter, Carrow College, 2020", "", groups[1], "", "- Tides and their creatures, Shore Meeting, 2019"].join("\n");

  it("reads each bold title that names talks as a section of the talks under it, no talk itself", async () => {
    expect(talks(await readMarkdown(cv(["**Invited talks**", "**Contributed talks**"])))).toEqual([
      ["Invited talks", "talks", ["Rock pools at low tide, Westmark University", "Estuaries in winter, Carrow College"]],
      ["Contributed talks", "talks", ["Tides and their creatures, Shore Meeting"]],
    ]);
  });

  it("reads each sub-heading that only groups the talks under it as a section of talks, whatever it says", async () => {
    expect(talks(await readMarkdown(cv(["### Abroad", "### At home"])))).toEqual([
      ["Abroad", "talks", ["Rock pools at low tide, Westmark University", "Estuaries in winter, Carrow College"]],
      ["At home", "talks", ["Tides and their creatures, Shore Meeting"]],
    ]);
  });
});

describe("a name over the document's title in a PDF's text", () => {
  it("reads a name whose family name is also a job title as the name, where an initial stands between its words", async () => {
    const r = await readText(["Orla B. Cook", "Curriculum Vitae", "orla@example.org", "", "EDUCATION", "", "Westmark University, Carrow, OR", "2010 – 2014", "B.A. Marine Biology"].join("\n"));
    expect(r.basics?.name).toBe("Orla B. Cook");
  });
});

describe("a school named with its campus, its town in brackets after it", () => {
  it("keeps the campus in the school's name and the town as where it is", async () => {
    const r = await readMarkdown(["# Orla Penhallow", "", "## Education", "", "`2016` **PhD, Marine Biology**, University of Oregon, Carrow (Carrow, OR)  ", "`2010` **BA, Zoology**, Lindqvist University (Aldermoor, WA)  "].join("\n"));
    expect((r.education ?? []).map((e) => [e.institution, e.location, e.summary])).toEqual([
      ["University of Oregon, Carrow", "Carrow, OR", undefined],
      ["Lindqvist University", "Aldermoor, WA", undefined],
    ]);
  });
});
