import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";
import { extractSource } from "../support/extract.js";
import { applyOverrides } from "../../src/extract/overrides.js";
import { termsApart } from "../../src/extract/employment-terms.js";
import { parseYamlOverrides } from "../../src/parse/yaml-overrides.js";
import { readSidecar } from "../../src/source/read-sidecar.js";

const md = (text: string, overrides?: Record<string, unknown>) =>
  extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" }, overrides && { file: "cv.meta.yaml", value: overrides, keys: new Map() });

const parseText = (text: string) => extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });

describe("dates", () => {
  it.each([
    ["Sep 2021 – Current", "2021-09", undefined, true],
    ["Jun 2025 - Present", "2025-06", undefined, true],
    ["2013–2018", "2013", "2018", false],
    ["Summer 2026", "2026", undefined, false],
    ["May 14, 2026", "2026-05-14", undefined, false],
    ["2019.09", "2019-09", undefined, false],
    ["08/2014-Present", "2014-08", undefined, true],
    ["2024 — Now", "2024", undefined, true],
    ["2019年9月 - 2023年6月", "2019-09", "2023-06", false],
  ])("reads %s", (text, start, end, present) => {
    expect(findDates(text)[0]).toMatchObject({ start, end, present, period: text });
  });

  it("does not read patent numbers or version strings as years", () => {
    expect(findDates("US11209563B2 minimap2-v2.24 NSDI'26")).toEqual([]);
  });
});

describe("terms of employment in brackets", () => {
  it("takes them off the employer's name and keeps what the job's description already said", () => {
    expect(termsApart({ name: "Northwind Traders (Internship)", position: "Data Analyst", description: "formerly Northwind Ltd" })).toEqual({
      name: "Northwind Traders",
      position: "Data Analyst",
      description: "formerly Northwind Ltd; Internship",
    });
  });

  it("reads terms written where the title goes, in brackets of their own, as terms, and unbracketed ones as the title", () => {
    expect(termsApart({ name: "株式会社ミドリ工業", position: "(正社員)" })).toEqual({ name: "株式会社ミドリ工業", description: "正社員" });
    expect(termsApart({ name: "Harbour Trust", position: "Volunteer" })).toEqual({ name: "Harbour Trust", position: "Volunteer" });
    expect(termsApart({ name: "Harbour Trust", position: "(Fundraising Lead)" })).toEqual({ name: "Harbour Trust", position: "Fundraising Lead" });
  });
});

describe("overrides", () => {
  it("deep-merges objects, replaces lists, and reads front-matter shorthand", () => {
    const merged = applyOverrides({ basics: { name: "A", email: "a@x.org" }, work: [{ name: "X" }] }, { name: "B", basics: { label: "L" }, work: [] });
    expect(merged).toEqual({ basics: { name: "B", email: "a@x.org", label: "L" }, work: [] });
  });

  it("lets front matter and then the sidecar win over what was parsed", async () => {
    const { resume } = await md("---\nname: Front Matter\nwebsite: jane.dev\n---\n# Parsed Name\n\n## Skills\n\n- Go\n", { basics: { email: "j@x.org" } });
    expect(resume.basics).toMatchObject({ name: "Front Matter", url: "https://jane.dev", email: "j@x.org" });
  });

  it("drops an override of the wrong type with a warning instead of returning an invalid résumé", async () => {
    const { resume, diagnostics } = await md("# Jane Doe\n", { work: "not a list" });
    expect(resume.work).toBeUndefined();
    expect(diagnostics.map((d) => d.ruleId)).toContain("invalid-value");
  });
});

describe("education details", () => {
  it("keep what qualifies a degree, state the grade once, and keep repeated labelled lines", async () => {
    const { resume } = await md(
      "# Jane Doe\n\n## Education\n\n**MIT** | Ph.D. Candidate in Physics | 2020 – Present  \nGPA: 4  \nCourses: Quantum Mechanics, Part I;  \nKeywords: optics  \nKeywords: lasers\n\nThesis on 4 colours.\n",
    );
    expect(resume.education?.[0]).toMatchObject({ studyType: "Ph.D. Candidate", area: "Physics", score: "4", courses: ["Quantum Mechanics, Part I"], keywords: ["optics", "lasers"], summary: "Thesis on 4 colours." });
  });
});

describe("a school named in the degree's own phrase", () => {
  it("is the institution, after the degree with its place or before it, whatever the layout", async () => {
    const { resume } = await md(
      [
        "# Jane Doe",
        "## Education",
        "- 2018 – 2021 Bachelor of Science in Applied Computer Science at Cooperative State University (DHBW)",
        "- 2011 – 2018 Abitur at the Lise-Meitner Gymnasium in Königsbach-Stein",
        "- 2016 – 2020 Technical University of Cluj-Napoca M.Sc. in Telecommunications",
        "## Formal Education",
        "Graduated magna cum laude with a Bachelors of Science in Computer Systems from Oregon State University in 2007",
      ].join("\n\n"),
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.location])).toEqual([
      ["Cooperative State University (DHBW)", "Bachelor of Science", "Applied Computer Science", undefined],
      ["Lise-Meitner Gymnasium", "Abitur", undefined, "Königsbach-Stein"],
      ["Technical University of Cluj-Napoca", "M.Sc.", "Telecommunications", undefined],
      ["Oregon State University", "Bachelors of Science", "Computer Systems", undefined],
    ]);
    // a study told as a sentence keeps the sentence, its honours with it
    expect(resume.education?.[3]?.summary).toBe("Graduated magna cum laude with a Bachelors of Science in Computer Systems from Oregon State University in 2007");
  });

  it("is read from the line under a degree that names none, a CJK degree inside its field's run", async () => {
    const { resume } = await parseText("刘东坡\n\n教育经历\n软件工程本科\n\n2015/09 – 2019/06\n\n• 重庆理工大学\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate])).toEqual([["重庆理工大学", "本科", "软件工程", "2015-09"]]);
  });

  it("reads 'Bachelor of Psychology' as a bachelor's degree in psychology, 'Master of Science' as a kind of degree", async () => {
    const { resume } = await parseText("Jo Doe\n\nEDUCATION\n       University of Southern Maine\n              Bachelor of Psychology, 2015.\n\n       Oregon State University\n              Master of Science in Computer Systems, 2018.\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["University of Southern Maine", "Bachelor", "Psychology"],
      ["Oregon State University", "Master of Science", "Computer Systems"],
    ]);
  });

  it("reads the field written straight after a kind of degree ('Master of Science Informatik'), and an associate's degree", async () => {
    const { resume } = await parseText("Jo Doe\n\nEDUCATION\nTechnische Universität München\nMaster of Science Informatik, 2015\n\nBlinn College\nAssociate’s in Liberal Arts, 2012\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Technische Universität München", "Master of Science", "Informatik"],
      ["Blinn College", "Associate’s", "Liberal Arts"],
    ]);
  });

  it("keeps honours in brackets after the field in the entry's text, and a state university's campus in its name", async () => {
    const { resume } = await md("# Jo Doe\n\n## Education\n\n- B.S., Biology (summa cum laude), University of California, Davis, 2009\n- Ph.D. in Chemistry (with distinction), MIT, 2015\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.location, e.summary])).toEqual([
      ["University of California, Davis", "B.S.", "Biology", undefined, "(summa cum laude)"],
      ["MIT", "Ph.D.", "Chemistry", undefined, "(with distinction)"],
    ]);
  });

  it("takes the school the degree's phrase introduces ('from MIT', 'pela PUC-PR'), its initials enough, over a piece that names none", async () => {
    const { resume } = await md("# Jo Doe\n\n## Education\n\n- B.Sc. in Physics from MIT, class of 2014.\n- Bacharel em Sistemas de Informação pela PUC-PR, turma de 2018.\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["MIT", "B.Sc.", "Physics", "2014"],
      ["PUC-PR", "Bacharel", "Sistemas de Informação", "2018"],
    ]);
  });

  it("reads the field and the date from the degree's own line under the school, and does not say them again as text", async () => {
    const { resume } = await md("# Jo Doe\n\n# Education\n\nTechnical University of Munich\n\n:   Computer Science - Games Engineering, BSc; 2019.\n");
    expect(resume.education).toEqual([
      { institution: "Technical University of Munich", studyType: "BSc", area: "Computer Science - Games Engineering", endDate: "2019", period: "2019" },
    ]);
  });

  it("reads a job title after its bold dates as the title, not as a place ('Co-Founder, CTO' has the shape of 'Austin, TX')", async () => {
    const { resume } = await md("# Jo Doe\n\n# Experience\n\n## flint.gg\n\n**August 2018 - July 2021**; Co-Founder, CTO\n\n- Raised funding\n");
    expect(resume.work?.map((w) => [w.name, w.position, w.location])).toEqual([["flint.gg", "Co-Founder, CTO", undefined]]);
  });

  it("reads the degree from the first bullet under the school and its dates, its fields listed with commas before 'and'", async () => {
    const { resume } = await parseText("Jo Doe\n\nEducation\n=========\n\nNebraska Wesleyan University\n----------------------------\n1999 - 2004\n\n* B.A. in English, French, and Philosophy; minor in Computer Science\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Nebraska Wesleyan University", "B.A.", "English, French, and Philosophy", "1999", "2004"]]);
  });

  it("takes the field from the phrase beside the degree's, its honours kept in the entry's text", async () => {
    const { resume } = await md(
      "# Jo Doe\n\n## Education\n\n**Master of Science — Computer and Information Sciences & Technology**\nMarist University | January 2016 – May 2018\n\n" +
        "**Pennsylvania State University**, University Park, PA — B.S., Computer Science and Engineering with Honors and High Distinction *(May 2006)*\n",
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Marist University", "Master of Science", "Computer and Information Sciences & Technology"],
      ["Pennsylvania State University", "B.S.", "Computer Science and Engineering"],
    ]);
    expect(resume.education?.[1]?.summary).toContain("with Honors and High Distinction");
  });

  it("is read after a degree set as the label of where it is studied", async () => {
    const { resume } = await md("# Jo Doe\n\n## Education\n\n* MSc: ETH Zürich（2024/04〜現在）\n* MSc(在学中): 北陸先端大学院大学 先端科学技術専攻（2024/04〜現在）\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.startDate])).toEqual([
      ["ETH Zürich", "MSc", "2024-04"],
      ["北陸先端大学院大学", "MSc", "2024-04"],
    ]);
  });

  it("is read from the line under the degree's own line, under a date that opens the entry", async () => {
    const { resume } = await parseText("Jo Doe\n\nEDUCATION AND TRAINING\n10/2019 – CURRENT – Ilmenau, Germany\n\nMaster Of Science in Computer Engineering.\nTechnical University Ilmenau\n◦ Algorithms\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate])).toEqual([["Technical University Ilmenau", "Master Of Science", "Computer Engineering", "2019-10"]]);
  });

  it("is read in moderncv's 'Degree, School, Place.' header, a company for an apprenticeship, with the field from its labelled line", async () => {
    const { resume } = await parseText(
      "Jo Doe\n\nAusbildung\n10/2016 – 09/2018\n\nMaster Studium Automatisierungstechnik, FH OÖ, Wels.\nSchwerpunkt: Industrielle Informatik\n\n10/2013\n\nLehre mit Matura, HTBLA, Vöcklabruck.\nFachbereich: Maschinenbau\n\n09/2006 – 05/2010\n\nLehre zum Mechatroniker, Inocon Technologie GmbH, Attnang-Puchheim.\n",
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.location])).toEqual([
      ["FH OÖ", "Master Studium", "Automatisierungstechnik", "Wels"],
      ["HTBLA", "Lehre mit Matura", "Maschinenbau", "Vöcklabruck"],
      ["Inocon Technologie GmbH", "Lehre", "Mechatroniker", "Attnang-Puchheim"],
    ]);
  });

  it("heads each of the dated degree bullets under it", async () => {
    const { resume } = await md("# 김범석\n\n## 학력\n\n**연세대학교 환경공학과**\n\n- 석사 · 2020.03 ~ 2022.08\n- 학사 · 2014.03 ~ 2020.02 · 수석졸업\n");
    expect(resume.education?.map((e) => [e.institution, e.area, e.studyType, e.startDate, e.endDate])).toEqual([
      ["연세대학교", "환경공학과", "석사", "2020-03", "2022-08"],
      ["연세대학교", "환경공학과", "학사", "2014-03", "2020-02"],
    ]);
    expect(resume.education?.[1]?.summary).toContain("수석졸업");
  });

  it("reads a field in lower case after a Romance degree, the school after 'à l'', and a numbered university", async () => {
    const { resume } = await md(
      "# Jo Doe\n\n## Formation\n\n- Licence en droit public à l'Université Lyon 2, 2012\n- Laurea in ingegneria informatica, Politecnico di Milano, 2015\n- Graduação em administração de empresas pela USP, 2010\n- **MBA em Arquitetura de Software** — PUC Minas, 2019 – 2020\n",
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["Université Lyon 2", "Licence", "droit public", "2012"],
      ["Politecnico di Milano", "Laurea", "ingegneria informatica", "2015"],
      ["USP", "Graduação", "administração de empresas", "2010"],
      ["PUC Minas", "MBA", "Arquitetura de Software", "2020"],
    ]);
  });

  it("reads a Cyrillic field in sentence case to the end of its phrase, and a year set in bold before the degree as its date", async () => {
    const cyrillic = await md("# Jo Doe\n\n## Образование\n\n**МГТУ им. Н. Э. Баумана**  \nСпециалист, Информатика и вычислительная техника, 2011 — 2017\n");
    expect(cyrillic.resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([
      ["МГТУ им. Н. Э. Баумана", "Специалист", "Информатика и вычислительная техника", "2011", "2017"],
    ]);
    const bold = await md("# Jo Doe\n\n## Formation\n\n**2017** — Diplôme d'ingénieur en informatique, INSA Lyon\n\n**2014** — Master of Science in Mathematics, Boston University\n");
    expect(bold.resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate, e.summary])).toEqual([
      ["INSA Lyon", "Diplôme d'ingénieur", "informatique", "2017", undefined],
      ["Boston University", "Master of Science", "Mathematics", "2014", undefined],
    ]);
  });

  it("is read from the line under a dated degree, however long the school's name, with its place after a dash", async () => {
    const { resume } = await parseText(
      [
        "JO DOE",
        "",
        "EDUCATION",
        "",
        "Master of Science in Supply Chain Management                                    May 2018",
        "Michigan State University, Eli Broad College of Business – East Lansing, MI",
        "",
        "Bachelor of Science, Biology                       May 2016",
        "University of Michigan, College of Literature, Science, and the Arts – Ann Arbor, MI",
        "GPA: 3.6/4.0",
      ].join("\n"),
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate, e.location])).toEqual([
      ["Michigan State University, Eli Broad College of Business", "Master of Science", "Supply Chain Management", "2018-05", "East Lansing, MI"],
      ["University of Michigan, College of Literature, Science, and the Arts", "Bachelor of Science", "Biology", "2016-05", "Ann Arbor, MI"],
    ]);
  });

  it("reads a field up to the comma where its line goes on, and grades named in Indonesian, Turkish, Vietnamese and Russian", async () => {
    const { resume } = await md(
      "# Jo Doe\n\n## Học vấn\n\n**Đại học Bách khoa Hà Nội** (2014 – 2019)  \nKỹ sư Công nghệ thông tin, điểm trung bình: 3.2/4.0\n\n**Universitas Indonesia** — S1 Ilmu Komputer (2014 – 2018)  \nIPK: 3,65/4,00\n\n**Boğaziçi Üniversitesi** — Lisans, Matematik (2012 – 2016)  \nGNO: 3.41\n\n**МГУ** — Бакалавр, Математика (2010 – 2014)  \nСредний балл: 4.8\n",
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.score])).toEqual([
      ["Đại học Bách khoa Hà Nội", "Kỹ sư", "Công nghệ thông tin", "3.2/4.0"],
      ["Universitas Indonesia", "S1", "Ilmu Komputer", "3,65/4,00"],
      ["Boğaziçi Üniversitesi", "Lisans", "Matematik", "3.41"],
      ["МГУ", "Бакалавр", "Математика", "4.8"],
    ]);
  });

  it("keeps a British honours mark and a class in brackets with the degree, out of its field", async () => {
    const { resume } = await parseText(
      ["Jo Doe", "", "EDUCATION", "", "2011    MSc (Distinction) Glaciology, University of Cambridge", "2007    BSc (Hons) Geography, First Class, University of Durham"].join("\n"),
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["University of Cambridge", "MSc (Distinction)", "Glaciology", "2011"],
      ["University of Durham", "BSc (Hons)", "Geography", "2007"],
    ]);
  });

  it("reads a field after 'de' ('Ingeniero de Sistemas'), keeping the degree as written, but not a school there", async () => {
    const { resume } = await md("# Jo Doe\n\n## Educación\n\n- Ingeniero de Sistemas — Universidad Católica de Colombia, 2012\n- Máster de Universidad Europea, 2015\n- B.S. in Physics — MIT, 2010\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.degree, e.endDate])).toEqual([
      ["Universidad Católica de Colombia", "Ingeniero", "Sistemas", "Ingeniero de Sistemas", "2012"],
      ["Universidad Europea", "Máster", undefined, undefined, "2015"],
      ["MIT", "B.S.", "Physics", undefined, "2010"],
    ]);
  });

  it("reads no field in a degree named again by its initials after a comma ('Bachelor of Laws, LL.B.')", async () => {
    const { resume } = await parseText(["Jo Doe", "", "EDUCATION", "University of Karachi — Karachi, Pakistan          2016 – 2020", "Bachelor of Laws, LL.B. (Hons.) — CGPA 3.6/4.0"].join("\n"));
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["University of Karachi", "Bachelor of Laws", undefined, "2020"]]);
  });

  it("reads a Nigerian CV's qualifications: a class of degree as honours, a school certificate, initials restating a degree, a certification among them", async () => {
    const { resume } = await parseText(
      [
        "Jo Doe",
        "",
        "EDUCATIONAL QUALIFICATIONS WITH DATES",
        "University of Nigeria, Nsukka              2010 – 2014",
        "B.Sc. Accountancy (Second Class Upper)",
        "Federal Government College, Enugu          2004 – 2010",
        "Senior School Certificate Examination (SSCE)",
        "",
        "PROFESSIONAL QUALIFICATIONS",
        "Associate Chartered Accountant (ACA), ICAN, 2017",
        "Master of Business Administration (MBA), Lagos Business School, 2020",
      ].join("\n"),
    );
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate, e.summary])).toEqual([
      ["University of Nigeria, Nsukka", "B.Sc.", "Accountancy", "2014", "(Second Class Upper)"],
      ["Federal Government College, Enugu", "Senior School Certificate Examination (SSCE)", undefined, "2010", undefined],
      ["Lagos Business School", "Master of Business Administration (MBA)", undefined, "2020", undefined],
    ]);
    expect(resume.certificates?.map((c) => [c.name, c.issuer, c.date])).toEqual([["Associate Chartered Accountant (ACA)", "ICAN", "2017"]]);
  });

  it("is cut from the degree and from what is said after a dash, in CJK too", async () => {
    const { resume } = await md("# 王小明\n\n## 學歷\n\n- 東南科技大學 數位電子 (二專) — 第一名畢業\n- 內湖高級工業職業學校 — 代表學校參加競賽,榮獲二等榮譽獎章\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["東南科技大學", "二專", "數位電子"],
      ["內湖高級工業職業學校", undefined, undefined],
    ]);
    expect(resume.education?.map((e) => e.summary)).toEqual([expect.stringContaining("第一名畢業"), "代表學校參加競賽,榮獲二等榮譽獎章"]);
  });
});

describe("Unicode in the source", () => {
  it("keeps ™, … and ² as written while ligatures and full-width ASCII take their plain forms", async () => {
    const { resume } = await md("# Jane Doe\n\n## Summary\n\nWeisman Score™ of 5.2… on ﬁve datasets, 10² runs in ２０２１\n");
    expect(resume.basics?.summary).toBe("Weisman Score™ of 5.2… on five datasets, 10² runs in 2021");
  });

  it("gives back the í that pdftotext copies out of a pdflatex PDF as a dotless ı and an accent, so the name reads as one", async () => {
    const text = "Lucía Martı\u0301nez Ortı\u0301z\nlucia.mo@example.org\n\nEducation\n2014 – 2018 BSc Geology, Universidad de Almerı\u0301a\n\f";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.basics?.name).toBe("Lucía Martínez Ortíz");
  });
});

describe("labelled lines under an entry", () => {
  it("set the entry's fields; a bulleted one stays a highlight", async () => {
    const { resume } = await md(
      [
        "# Jane Doe",
        "## Experience",
        "**ACME** | Engineer | 2020 – 2022  \nLocation: Berlin  \nKeywords: Go, Rust\n\n- Location: built the office map",
        "## Education",
        "**MIT** | B.S. in Physics | 2016 – 2020  \nCourses: Optics; Quantum Mechanics, Part I",
        "## Awards",
        "**Best Paper** | 2021  \nAwarder: ACM",
      ].join("\n\n"),
    );
    expect(resume.work?.[0]).toMatchObject({ name: "ACME", position: "Engineer", location: "Berlin", keywords: ["Go", "Rust"], highlights: ["Location: built the office map"] });
    expect(resume.education?.[0]).toMatchObject({ institution: "MIT", courses: ["Optics", "Quantum Mechanics, Part I"] });
    expect(resume.awards?.[0]).toMatchObject({ title: "Best Paper", awarder: "ACM" });
  });
});

describe("override keys no field takes", () => {
  it("are named at their line in the front matter, not dropped in silence; a tags mapping is not one of them", async () => {
    const { resume, diagnostics } = await md("---\nname: Jane Doe\ntags:\n  private: [Skills]\nfavourite_colour: blue\nbasics:\n  nickname: JD\n---\n# Jane Doe\n\n## Skills\n\n- Go\n");
    expect(resume.basics?.name).toBe("Jane Doe");
    const unknown = diagnostics.filter((d) => d.ruleId === "unknown-field");
    expect(unknown.map((d) => [d.message.split(" ")[0], d.position?.line])).toEqual([
      ["favourite_colour", 5],
      ["basics.nickname", 7],
    ]);
  });

  it("do not include pandoc's author, which names the owner, nor its address, which is the owner's place", async () => {
    const { resume, diagnostics } = await md("---\nauthor: Maya Goldberg\ntitle: Curriculum Vitae\naddress: San Francisco, CA\n---\n\n## Experience\n\n**Engineer**, Airbnb (2020–present)\n");
    expect([resume.basics?.name, resume.basics?.location?.city, resume.basics?.location?.region]).toEqual(["Maya Goldberg", "San Francisco", "CA"]);
    expect(diagnostics.filter((d) => d.ruleId === "unknown-field")).toEqual([]);
  });

  it("are named in a sidecar too, where even a tags mapping is not read", async () => {
    const { diagnostics } = await md("# Jane Doe\n", { hobbies: ["chess"], tags: { private: ["Interests"] } });
    expect(diagnostics.filter((d) => d.ruleId === "unknown-field").map((d) => [d.file, d.message.split(" ")[0]])).toEqual([
      ["cv.meta.yaml", "hobbies"],
      ["cv.meta.yaml", "variant"],
    ]);
  });

  it("report a tags list in front matter as not applied", async () => {
    const { diagnostics } = await md("---\ntags: [academic]\n---\n# Jane Doe\n");
    expect(diagnostics.filter((d) => d.ruleId === "unknown-field").map((d) => d.message)).toEqual([expect.stringMatching(/^tags must map each tag/)]);
  });
});

describe("sidecar", () => {
  it("reads FILE.meta.yaml beside the source and reports YAML errors at line:col", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-"));
    writeFileSync(join(dir, "cv.meta.yaml"), "basics:\n  name: Jane\n");
    expect(await readSidecar(join(dir, "cv.md"))).toMatchObject({ ok: true, value: { path: join(dir, "cv.meta.yaml"), text: "basics:\n  name: Jane\n" } });
    expect(parseYamlOverrides("cv.meta.yaml", "basics:\n  name: Jane\n")).toMatchObject({ ok: true, value: { value: { basics: { name: "Jane" } } } });
    const bad = parseYamlOverrides("bad.meta.yaml", "basics:\n  name: [Jane\n");
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]).toMatchObject({ ruleId: "yaml-syntax", position: { line: expect.any(Number) } });
    expect(await readSidecar(join(dir, "none.md"))).toEqual({ ok: true, value: undefined, diagnostics: [] });
  });
});

describe("diagnostics", () => {
  it("says how to set a missing name", async () => {
    const { diagnostics } = await md("## Skills\n\n- Go\n");
    const missing = diagnostics.find((d) => d.ruleId === "missing-name");
    expect(missing?.message).toMatch(/name: Jane Doe.*cv\.meta\.yaml/s);
  });

  it("places an unplaced line in a catch-all section with its line and column", async () => {
    const { resume, diagnostics } = await md("# Jane Doe\n\n## Projects\n\nAlpha\n\n- did a thing\n\nI also did other things.\n");
    const info = diagnostics.find((d) => d.ruleId === "catch-all");
    expect(info?.position).toEqual({ line: 9, column: 1 });
    expect(resume.sections?.[0]?.items[0]?.summary).toBe("I also did other things.");
    expect(resume.meta?.sections?.map((s) => s.key)).toEqual(["projects", "custom:projects-more"]);
  });

  it("warns about a date range whose end cannot be read", async () => {
    const { diagnostics } = await md("# Jane Doe\n\n## Experience\n\n**Acme** 2019 – soonish\n");
    expect(diagnostics.find((d) => d.ruleId === "unreadable-date")?.position).toEqual({ line: 5, column: 10 });
  });

  it("reads a year, a spaced dash and a title after it as no broken range", async () => {
    const { diagnostics } = await md("# Jane Doe\n\n## Awards\n\n- 2022 — Outstanding Reviewer, ICML\n- 2019 — Google PhD Fellowship\n- 2018 — iF Design Award\n- 2017 — eBay Hackathon, first place\n");
    expect(diagnostics.filter((d) => d.ruleId === "unreadable-date")).toEqual([]);
  });
});

describe("a LinkedIn headline under the name", () => {
  it("is the label, its ' @ ' an 'at', however long", async () => {
    const { resume } = await md("# Afshin Shafei, Ph.D.\n\nResearch Fellow @ Sapienza Università di Roma | PhD in Environmental Engineering\\\nRome, Latium, Italy\n\n## Contact\n\nafshin@example.org\n");
    expect(resume.basics?.label).toBe("Research Fellow @ Sapienza Università di Roma | PhD in Environmental Engineering");
  });
});

describe("a referee on one line", () => {
  it("is named before the first comma or dash, the rest the reference, where the part before reads as a person's name", async () => {
    const { resume } = await md("# Jane Doe\n\n## References\n\n- Dr. Elena Marsh, Biology Dept., Lakeside University, emarsh@lakeside.edu\n- Tomas Berg — Head of Design, Nordic Lines\n- Available on request, by e-mail\n");
    expect(resume.references?.map((r) => [r.name, r.reference])).toEqual([
      ["Dr. Elena Marsh", "Biology Dept., Lakeside University, emarsh@lakeside.edu"],
      ["Tomas Berg", "Head of Design, Nordic Lines"],
      ["Available on request, by e-mail", undefined],
    ]);
  });
});
