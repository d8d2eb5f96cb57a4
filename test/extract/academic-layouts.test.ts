import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource, readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate]);

/** Layouts that academics' CV pages share, each on an invented CV. */
describe("a definition list of posts and degrees (kramdown, pandoc)", () => {
  const text = [
    "# Mirela Vos",
    "",
    "## Education",
    "",
    "Lindqvist University",
    ": PhD Philosophy, cum laude, 2012.",
    ": MA Philosophy, research master, 2007.",
    "",
    "## Experience",
    "",
    "Harbour Health Trust",
    ": Senior researcher, 2022-present.",
    "",
    "Lindqvist University",
    ": Lecturer, 2017–2018.",
    ": Postdoc researcher, 2016.",
  ].join("\n");

  it("reads each definition under an employer's term as a role of its own, its dates apart from its title", async () => {
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Harbour Health Trust", "Senior researcher", "2022", undefined],
      ["Lindqvist University", "Lecturer", "2017", "2018"],
      ["Lindqvist University", "Postdoc researcher", "2016", "2016"],
    ]);
  });

  it("reads each dated degree defined under a school's term as a degree of its own", async () => {
    expect(schools(await readMarkdown(text))).toEqual([
      ["Lindqvist University", "PhD", "Philosophy", "2012"],
      ["Lindqvist University", "MA", "Philosophy", "2007"],
    ]);
  });

  it("reads a role item closed by a stop after its dates as a role, as the same item without the stop", async () => {
    const items = ["# Mirela Vos", "", "## Experience", "", "* Harbour Health Trust", "  - Board member, 2021-present.", "  - Core team member, 2015–2020."];
    expect(jobs(await readMarkdown(items.join("\n")))).toEqual([
      ["Harbour Health Trust", "Board member", "2021", undefined],
      ["Harbour Health Trust", "Core team member", "2015", "2020"],
    ]);
  });
});

describe("a dated row of role, unit and university with a dash among the names", () => {
  it("keeps what the dash sets apart after the university with the university, the role first", async () => {
    const text = [
      "# Mirela Vos",
      "",
      "## Professional Experience",
      "* _September 2014 – September 2019_: Research Assistant, Department of Physics, University of Kestrel — North Campus",
      "* 2012 - 2014 Visiting Fellow, Lindqvist University - Harbour Institute, with Prof. Ada Brenner.",
    ].join("\n");
    expect(jobs(await readMarkdown(text)).map(([name, position]) => [name, position])).toEqual([
      ["Department of Physics, University of Kestrel — North Campus", "Research Assistant"],
      ["Lindqvist University - Harbour Institute, with Prof. Ada Brenner.", "Visiting Fellow"],
    ]);
  });

  it("still cuts at the dash a row that names no employer before it", async () => {
    const text = ["# Mirela Vos", "", "## Experience", "* 2019 – 2021: Software Engineer, Payments — Kestrel Systems Ltd"].join("\n");
    expect(jobs(await readMarkdown(text)).map(([name]) => name)).toEqual(["Kestrel Systems Ltd"]);
  });
});

describe("words of European academic CVs", () => {
  it("reads 'Employments', as writers of English as a second language title their posts, as the work section", async () => {
    const text = ["# Mirela Vos", "", "#### Employments", "- 10/2015 - 09/2022: Research assistant, Chair of Methods, Lindqvist University"].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([["Chair of Methods, Lindqvist University", "Research assistant", "2015-10", "2022-09"]]);
  });

  it("reads a habilitation as a degree of its school", async () => {
    const text = ["# Mirela Vos", "", "## Education", "* 2015 HDR. *Habilitation* Thesis in Ecology, Lindqvist University", "* 2009 Habilitation in Physics, University of Kestrel"].join("\n");
    expect(schools(await readMarkdown(text)).map(([institution, studyType]) => [institution, studyType])).toEqual([
      ["Lindqvist University", "HDR"],
      ["University of Kestrel", "Habilitation"],
    ]);
  });
});

describe("projects under headers of dates alone", () => {
  it("names each project by the styled label, closed by a colon, that opens its text", async () => {
    const text = [
      "# Mirela Vos",
      "",
      "## Projects",
      "",
      "**2018**",
      '<div class="entry">',
      "<i>Tern:</i> Co-founder of a working group on computational archaeology.",
      "</div><br>",
      "",
      "**2013--2019**",
      "",
      "*Kestrel Valley: Necropolis survey:* Participation as excavation technician in a survey led by Prof. Ada Brenner.",
    ].join("\n");
    expect((await readMarkdown(text)).projects?.map((p) => [p.name, p.startDate])).toEqual([
      ["Tern", "2018"],
      ["Kestrel Valley: Necropolis survey", "2013"],
    ]);
  });
});

describe("a role in brackets after its employer", () => {
  it("is the job's title where the header names no other", async () => {
    const text = [
      "# Mirela Vos",
      "",
      "## Work experience",
      "* **April 2026 – Present:** Kestrel Institute of Science and Technology (Research Intern)",
      "* **July 2025 – Present:** Harbour Medical University, Department of Psychiatry (Research Assistant)",
    ].join("\n");
    expect(jobs(await readMarkdown(text)).map(([name, position]) => [name, position])).toEqual([
      ["Kestrel Institute of Science and Technology", "Research Intern"],
      ["Harbour Medical University, Department of Psychiatry", "Research Assistant"],
    ]);
  });

  it("is the job's title with the terms of employment set after it by a colon", async () => {
    const text = [
      "# 職務経歴書",
      "",
      "## 職務経歴",
      "### 株式会社サンプル商事（バックエンドエンジニア:業務委託） 2019年4月~2021年3月",
      "",
      "決済基盤の開発",
      "",
    ].join("\n");
    expect(jobs(await readMarkdown(text)).map(([name, position]) => [name, position])).toEqual([
      ["株式会社サンプル商事", "バックエンドエンジニア:業務委託"],
    ]);
  });

  it("is the field of a title that names a role itself ('Independent Developer (Developer Tools)'), no title taken from an employer", async () => {
    const text = "Jo Vale\n\nExperience\n\n** Independent Developer (Developer Tools); 2009 - 2010 **\n\nI explored programmer productivity.\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    const job = resume.work?.[0];
    expect(job?.position).not.toBe("Developer Tools");
    expect([job?.name, job?.position].join(" ")).toContain("Independent Developer (Developer Tools)");
  });
});

describe("what a dash or a bracket sets apart after an employer that is no part of it", () => {
  it("keeps a team or the job's terms after the dash out of the employer's name ('Acme Corporation — Payments Team')", async () => {
    const text = ["# Mirela Vos", "", "## Experience", "", "* 2019 – 2021: Software Engineer, Kestrel Corporation — Payments Team", "* 2017 – 2019: Lecturer, Lindqvist University — Part-time"].join("\n");
    expect(jobs(await readMarkdown(text)).map(([name]) => name)).toEqual(["Kestrel Corporation", "Lindqvist University"]);
  });

  it("takes no supervisor or unit in brackets for the job's title ('(Supervisor Dr. Ada Brenner)', '(Office of the CTO)')", async () => {
    const text = ["# Mirela Vos", "", "## Experience", "", "* **2016 – 2019:** Harbour Institute of Technology (Supervisor Dr. Ada Brenner)", "* **2012 – 2014:** Orbis Research Centre (Office of the CTO)"].join("\n");
    expect(jobs(await readMarkdown(text)).map(([, position]) => position)).toEqual([undefined, undefined]);
  });
});

describe("a styled label that opens a project's text under a header of dates alone", () => {
  it("names no project by a field's label ('*Client:* …', '*Tools used:* …')", async () => {
    const text = ["# Mirela Vos", "", "## Projects", "", "**2018**", "", "*Client:* Harbor Shipping, a port logistics dashboard.", "", "**2016**", "", "*Tools used:* Python and Rust for a log shipper."].join("\n");
    const names = (await readMarkdown(text)).projects?.map((p) => p.name);
    expect(names).not.toContain("Client");
    expect(names).not.toContain("Tools used");
  });
});

