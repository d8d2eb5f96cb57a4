import { describe, expect, it } from "vitest";
import { needsGradeName } from "../../src/resume/education-text.js";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource, readResume } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => ({ institution: e.institution, studyType: e.studyType, area: e.area, location: e.location }));

/** Ways CVs in many languages write a school, its degree and its field, each on an invented CV. */
describe("reStructuredText line blocks", () => {
  it("read a school in bold over its degree in italics as one entry, as Markdown reads the same lines", async () => {
    const text = [
      "Education",
      "=========",
      "",
      "| **Lowtown College**, Lowtown, MI 2008-2012",
      "| *B.S., Marine Biology*",
      "",
      "| **Harbour State University**, East Harbour, MI 2012-present",
      "| *PhD student, Oceanography*",
      "",
      "Links",
      "=====",
      "",
      "`Blog <https://jo.example.org/blog>`__",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(schools(r).map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Lowtown College", "B.S.", "Marine Biology"],
      ["Harbour State University", "PhD student", "Oceanography"],
    ]);
  });
});

describe("a degree's short form in brackets", () => {
  it("restates the degree when it has two capitals ('BSc', 'MEng'), and the field follows it after a comma", async () => {
    const r = await readResume("# Jo Doe\n\n## Education\n\n- Bachelor of Science (BSc), Marine Engineering, Lowtown University, 1993\n- Master of Engineering (MEng), Coastal Engineering, Harbour University, 1995\n");
    expect(schools(r).map((e) => [e.studyType, e.area, e.institution])).toEqual([
      ["Bachelor of Science (BSc)", "Marine Engineering", "Lowtown University"],
      ["Master of Engineering (MEng)", "Coastal Engineering", "Harbour University"],
    ]);
  });
});

describe("a degree's school", () => {
  it("follows the field after 'from' or 'at', the degree's initials before them", async () => {
    const r = await readResume("# Jo Doe\n\n## Education\n\nBSc, Marine Biology from the University of Lowtown (2009-2012)\n\nMSc, Ecology at Harbour Institute of Technology (2012-2014)\n");
    expect(schools(r)).toEqual([
      { institution: "University of Lowtown", studyType: "BSc", area: "Marine Biology", location: undefined },
      { institution: "Harbour Institute of Technology", studyType: "MSc", area: "Ecology", location: undefined },
    ]);
  });

  it("follows a double hyphen after the degree, and is the first part of a place whose town no gazetteer knows, before its country", async () => {
    const r = await readResume("# Jo Doe\n\n## Education\n\n- (2017 -- Present) **PhD in Statistics** -- KVLowtown, Belgium\n- (2015 -- 2016) **MSc in Econometrics** -- Harbour University, Netherlands\n");
    expect(schools(r)).toEqual([
      { institution: "KVLowtown", studyType: "PhD", area: "Statistics", location: "Belgium" },
      { institution: "Harbour University", studyType: "MSc", area: "Econometrics", location: "Netherlands" },
    ]);
  });
});

describe("a degree's field", () => {
  it("follows 'Bsc.' and 'Msc', the abbreviations written with lower-case letters after the first", async () => {
    const r = await readResume("# Jo Doe\n\n## Education\n\n- Bsc. in Mechanical Engineering, Korea Aerospace University, 2005\n- Msc in Physics, University of Lyon, 2008\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Korea Aerospace University", "Bsc.", "Mechanical Engineering"],
      ["University of Lyon", "Msc", "Physics"],
    ]);
  });

  it("goes on in lower case when written in sentence case, up to a word that says where or how the degree was taken", async () => {
    const r = await readResume("# Jo Doe\n\n## Education\n\n- 2016 B.Sc. in Computer science, University of Lyon\n- 2018 Master in Ecology and Evolutionary biology, University of Lille\n- 2020 PhD in Applied mathematics at University of Nantes\n- 2014 BA in Economics with honours, University of Leeds\n");
    expect(schools(r).map((e) => [e.institution, e.area])).toEqual([
      ["University of Lyon", "Computer science"],
      ["University of Lille", "Ecology and Evolutionary biology"],
      ["University of Nantes", "Applied mathematics"],
      ["University of Leeds", "Economics"],
    ]);
  });

  it("is read after an honours or co-op mark written without brackets", async () => {
    const r = await readResume(["# Dana Whitfield", "", "## Education", "", "**B.Sc.Hons.Coop. in Software Engineering, Lakehead University** (2011)", "", "**B.Sc. Hons. in Physics, Carleton University** (2007)"].join("\n"));
    expect(schools(r)).toEqual([
      { institution: "Lakehead University", studyType: "B.Sc.Hons.Coop.", area: "Software Engineering", location: undefined },
      { institution: "Carleton University", studyType: "B.Sc. Hons.", area: "Physics", location: undefined },
    ]);
  });

  it("ends where a school's name begins with its word and 'of', set right after it with no separator (a description list's label and text through pdftotext)", async () => {
    const r = await readResume(["Rosa Delgado", "", "Education", "Bachelor of Science in Mechanical Engineering University of Arizona, Tucson, Highest Honors — 2016", "Master of Science in Robotics University of Michigan, Ann Arbor — 2018"].join("\n"), "text");
    // the town after the school's comma is read as before (here with the school, as a campus's name is)
    expect(schools(r).map((s) => [s.institution?.replace(/, .*$/, ""), s.studyType, s.area])).toEqual([
      ["University of Arizona", "Bachelor of Science", "Mechanical Engineering"],
      ["University of Michigan", "Master of Science", "Robotics"],
    ]);
  });

  it("is the word after a degree's dash on the line under its school, though it names a language, and no town", async () => {
    const r = await readResume(["Lee Morrow", "", "Education", "Northshore Community College: JUN ‘12", "AA – Spanish", "Portland State University: MAY ‘16", "BA - Linguistics"].join("\n"), "text");
    expect(schools(r)).toEqual([
      { institution: "Northshore Community College", studyType: "AA", area: "Spanish", location: undefined },
      { institution: "Portland State University", studyType: "BA", area: "Linguistics", location: undefined },
    ]);
  });

  it("is the phrase beside a school when no degree is named", async () => {
    const r = await readResume(["# Rafael Moura", "", "## Formação", "", "- Universidade Federal de Pernambuco — Ciência da Computação, Engenharia de Software (2012 – 2016)", "- Instituto Tecnológico de Aeronáutica — Mestrado, Sistemas Embarcados (2017 – 2019)"].join("\n"));
    expect(schools(r).map((s) => [s.institution, s.area])).toEqual([
      ["Universidade Federal de Pernambuco", "Ciência da Computação, Engenharia de Software"],
      ["Instituto Tecnológico de Aeronáutica", "Sistemas Embarcados"],
    ]);
  });

  it("reads 'kind, field, school, place' rows whose first word no vocabulary knows by the school's place in them", async () => {
    const r = await readResume(
      [
        "# Anna Kowalczyk",
        "",
        "## Wykształcenie",
        "",
        "- mgr inż., Automatyka i Robotyka, Politechnika Wrocławska, Wrocław (2015–2020)",
        "- Wymiana, Mechatronika, Universidad de Zaragoza, Hiszpania (2018)",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      { institution: "Politechnika Wrocławska", studyType: "mgr inż.", area: "Automatyka i Robotyka", location: "Wrocław" },
      { institution: "Universidad de Zaragoza", studyType: undefined, area: "Mechatronika", location: "Hiszpania" },
    ]);
    // the word no vocabulary reads is kept with its entry, not dropped
    expect(r.education?.[1]?.summary).toBe("Wymiana");
  });

  it("takes the degree a graduate is named 'as', and leaves 'class of' with its year", async () => {
    const r = await readResume(
      ["# Bruno Teixeira", "", "## Formação", "", "- Graduado como Bacharel em Ciência da Computação pela UFMG, turma de 2016.", "", "## Education", "", "- BSc in Chemistry, Lakeview College, Class of 2012"].join("\n"),
    );
    expect(schools(r).map((s) => [s.institution, s.studyType, s.area])).toEqual([
      ["UFMG", "Bacharel", "Ciência da Computação"],
      ["Lakeview College", "BSc", "Chemistry"],
    ]);
    expect(r.education?.map((e) => e.endDate)).toEqual(["2016", "2012"]);
    expect(r.education?.map((e) => e.summary)).toEqual(["Graduado como", undefined]);
  });

  it("keeps a campus after a school's dash with the school, not as its field", async () => {
    const r = await readResume(["# Max Muster", "", "## Ausbildung", "", "- Hochschule Bremen – Campus Neustadt (2019 – 2023)"].join("\n"));
    expect(r.education?.[0]?.institution).toBe("Hochschule Bremen");
    expect(r.education?.[0]?.area).toBeUndefined();
  });

  it("reads the row of a date-keyed list that the word for now keys ('Aktuell:', 'Current:') as an entry, its field after a middle dot", async () => {
    const r = await readResume(
      [
        "Max Muster",
        "",
        "Ausbildung",
        "----------",
        "Aktuell: Hochschule Bremen – Campus Neustadt",
        "         Angewandte Informatik · 4. Semester",
        "",
        "2019: Gymnasium Horn Bremen",
        "      Allgemeine Hochschulreife (Abitur)",
        "",
        "Education",
        "---------",
        "Current: Northfield University",
        "         Applied Computer Science",
        "",
        "2019: Lincoln High School",
        "      High school diploma",
      ].join("\n"),
      "text",
    );
    expect(r.education?.map((e) => [e.institution, e.area, e.period ?? e.endDate])).toEqual([
      ["Hochschule Bremen", "Angewandte Informatik", "Aktuell"],
      ["Gymnasium Horn Bremen", "Abitur", "2019"],
      ["Northfield University", "Applied Computer Science", "Current"],
      ["Lincoln High School", undefined, "2019"],
    ]);
    // the campus and the semester are said of the study, kept with it
    expect(r.education?.[0]?.summary).toBe("Campus Neustadt\n4. Semester");
  });

  it("keeps a sentence that names a school whole", async () => {
    const r = await readResume(["# Ines Prado", "", "## Educação", "", "- Intercâmbio – Morei em Leeds, Inglaterra, por 6 meses. Estudei em Leeds City College (2010)"].join("\n"));
    expect(r.education?.[0]?.area).toBeUndefined();
  });
});

describe("a school's town and state", () => {
  it("reads a state's code after its town as the place, though it spells a degree (MA, MS) or the town's name holds a school's words", async () => {
    const text = ["Jordan Reyes", "", "EDUCATION", "Harvard University, Cambridge, MA    2016 – 2021", "PhD in Physics", "Texas A&M University, College Station, TX    2012 – 2016", "BS in Physics", "Boston College, Chestnut Hill, MA    2008 – 2012", "BA in History", "", "EXPERIENCE", "Research Assistant, University of Maryland, College Park, MD    2011 – 2012"].join("\n");
    const r = await readResume(text, "text");
    expect(schools(r)).toEqual([
      { institution: "Harvard University", studyType: "PhD", area: "Physics", location: "Cambridge, MA" },
      { institution: "Texas A&M University", studyType: "BS", area: "Physics", location: "College Station, TX" },
      { institution: "Boston College", studyType: "BA", area: "History", location: "Chestnut Hill, MA" },
    ]);
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([["University of Maryland", "Research Assistant", "College Park, MD"]]);
  });

  it("keeps a town and its state together after a bold school, and still reads the degree beside them", async () => {
    const r = await readResume(["# Jordan Reyes", "", "## Education", "", "- **Pennsylvania State University**, State College, PA — MS in Geosciences, 2014", "- **Boston University**, Boston, MA — MA in Economics, 2011"].join("\n"));
    expect(schools(r)).toEqual([
      { institution: "Pennsylvania State University", studyType: "MS", area: "Geosciences", location: "State College, PA" },
      { institution: "Boston University", studyType: "MA", area: "Economics", location: "Boston, MA" },
    ]);
  });
});

describe("an Indian CV's table of qualifications", () => {
  it("reads class XII and X at a Kendriya Vidyalaya as school-leaving qualifications at a school, the board left aside", async () => {
    const r = await readResume(
      [
        "# Rohan Iyer",
        "",
        "## Academic Qualifications",
        "",
        "| Qualification | Institute | Board/University | Year | Percentage |",
        "|---|---|---|---|---|",
        "| B.Tech. (Mechanical Engineering) | PES Institute of Technology | VTU | 2019 | 78% |",
        "| Class XII | Kendriya Vidyalaya, Malleswaram | CBSE | 2015 | 91% |",
        "| Class X | Jawahar Navodaya Vidyalaya | CBSE | 2013 | 9.4 CGPA |",
      ].join("\n"),
    );
    expect(schools(r).map((s) => [s.institution, s.studyType])).toEqual([
      ["PES Institute of Technology", "B.Tech."],
      ["Kendriya Vidyalaya, Malleswaram", "Class XII"],
      ["Jawahar Navodaya Vidyalaya", "Class X"],
    ]);
  });
});

describe("a British school-leaving qualification", () => {
  it("reads 'AS Level' and 'A-Level' whole, not as an associate's degree (AS) with 'Level' for its field", async () => {
    const r = await readResume(["# Tom Hale", "", "## Education", "", "### Northgate Sixth Form College", "AS Level: Geography (2014)", "", "### Eastfield Academy", "A-Level: Chemistry (2015)"].join("\n"));
    expect(schools(r).map((s) => [s.institution, s.studyType, s.area])).toEqual([
      ["Northgate Sixth Form College", "AS Level", "Geography"],
      ["Eastfield Academy", "A-Level", "Chemistry"],
    ]);
  });
});

describe("a British degree's class", () => {
  it("is the grade, written as 2:1, 2.2 or in words, and printed without a GPA's name", async () => {
    const r = await readResume(["# Sarah Jones", "", "## Education", "", "**University of Bristol** — BSc Physics, First Class Honours, 2015", "", "**University of York** — MA History, 2.2, 2012", "", "**University of Leeds** — BA (Hons) Business Management, 2:1, 2010"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.score])).toEqual([
      ["University of Bristol", "First Class Honours"],
      ["University of York", "2.2"],
      ["University of Leeds", "2:1"],
    ]);
    expect(needsGradeName("2.2")).toBe(false);
    expect(needsGradeName("3.9")).toBe(true);
  });
});

describe("a state university's campus", () => {
  it("stays in the school's name when a degree follows after a dash, and a town with its state's code is the place", async () => {
    const r = await readResume(["# Ana Ruiz", "", "## Education", "", "- University of California, Davis — Bachelor of Science in Biology, 2012 – 2016", "- University of Wisconsin, Madison — MS in Statistics, 2016 – 2018", "- University of Connecticut, Storrs, CT — BS in Physiology, 2006"].join("\n"));
    expect(schools(r)).toEqual([
      { institution: "University of California, Davis", studyType: "Bachelor of Science", area: "Biology", location: undefined },
      { institution: "University of Wisconsin, Madison", studyType: "MS", area: "Statistics", location: undefined },
      { institution: "University of Connecticut", studyType: "BS", area: "Physiology", location: "Storrs, CT" },
    ]);
  });
});

describe("a degree under its school's heading", () => {
  it("is read from a smaller heading with its dates, which are not said again as text", async () => {
    const r = await readResume(["# Ana Ruiz", "", "## Educación", "", "### Universidad de Buenos Aires, Buenos Aires", "#### Licenciatura en Física -- 2004 → 2009", "", "### Universidad de Chile", "#### Magíster en Astronomía -- 2009 → 2011"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate, e.summary])).toEqual([
      ["Universidad de Buenos Aires, Buenos Aires", "Licenciatura", "Física", "2004", "2009", undefined],
      ["Universidad de Chile", "Magíster", "Astronomía", "2009", "2011", undefined],
    ]);
  });
});

describe("an about page's education section written as sentences", () => {
  const page = [
    "### Education",
    "",
    "I graduated from Harrowgate University last spring (May, 2023) with a Masters degree in Marine Biology",
    "",
    "Right now, I am looking for research assistant roles in coastal ecology.",
    "",
    "### Work Experience",
    "",
    "- **Lab Technician** at *Seabright Institute*",
    "",
  ].join("\n");

  it("reads the study a sentence tells, the school with its degree, field and date", async () => {
    const r = await readResume(page);
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["Harrowgate University", "Masters", "Marine Biology", "2023-05"]]);
  });

  it("reads an item led by its dates as an entry, not as prose, though it reads as a sentence", async () => {
    const r = await readResume(["## Education", "", "- 2016-2018 (expected): **Master of Arts in Museum Studies** at the Northvale University of Applied Arts, Haute école des métiers de Corvel", "- 2012-2016: **Bachelor of Arts in History** at the Northvale University of Applied Arts, Haute école des métiers de Corvel", ""].join("\n"));
    expect((r.education ?? []).map((e) => [e.studyType, e.area, e.startDate, e.endDate])).toEqual([
      ["Master of Arts", "Museum Studies", "2016", "2018"],
      ["Bachelor of Arts", "History", "2012", "2016"],
    ]);
  });
});

describe("a degree told in a profile's prose", () => {
  it("takes the month and year written right after the school as its end", async () => {
    const r = await readResume("# Ines Calloway\n\nI completed my PhD in applied mathematics at the University of Dunmore in May 2018, under supervision of Prof. Kell.\n");
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.endDate])).toEqual([["University of Dunmore", "PhD", "2018-05"]]);
  });

  it("reads the field on either side of the word for the person ('Ph.D. graduate in X', 'MS Physics student at')", async () => {
    const r = await readResume(
      "# Ines Calloway\n\nI am a recent Ph.D. graduate in Marine Geology from the University of Dunmore, working on sediment cores.\n\nMy brother is a 2nd year MS Physics student at Kestrel University and an alumnus of Marlow College.\n",
    );
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["University of Dunmore", "Ph.D.", "Marine Geology"],
      ["Kestrel University", "MS", "Physics"],
    ]);
  });
});

describe("a profile README's about-me line that tells what its author studies, with no education section", () => {
  const about = (line: string) => `# Hi, I am Lena Okafor 👋\n\n## About Me\n\n- 🔭 Working on a route planner\n- ${line}\n`;
  const read = async (line: string) => (await readResume(about(line))).education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]);

  it("reads a field studied at a school, said with a noun or a verb and no degree", async () => {
    expect(await read("🎓 Computer Science student at Stanbridge University")).toEqual([["Stanbridge University", undefined, "Computer Science", undefined, undefined]]);
    expect(await read("🎓 Studying Physics at the University of Marlow")).toEqual([["University of Marlow", undefined, "Physics", undefined, undefined]]);
    expect(await read("🎓 **Dunmore University** Software Engineering graduate")).toEqual([["Dunmore University", undefined, "Software Engineering", undefined, undefined]]);
  });

  it("reads a tagline's degree, field and the dates in brackets after the school", async () => {
    expect(await read("🎓 B.Tech CSE @ Kestrel University (2021-2025)")).toEqual([["Kestrel University", "B.Tech", "CSE", "2021", "2025"]]);
  });

  it("takes a job at a school for no study", async () => {
    expect(await read("💼 Research Assistant at Stanbridge University")).toBeUndefined();
  });
});

describe("a degree's abbreviation in brackets after its name", () => {
  it("names the degree again, not its field: 'Master of Science (M.Sc.), Informatik' studies Informatik", async () => {
    const r = await readResume(
      "# Jonas Weber\n\n## Ausbildung\n\n- **Master of Science (M.Sc.), Informatik, Schwerpunkt Robotik** — TU Kaiserslautern — *laufend*\n- **Bachelor of Arts (B.A.), Soziologie** — Universität Trier — Abschluss 2019\n",
    );
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["TU Kaiserslautern", "Master of Science (M.Sc.)", "Informatik"],
      ["Universität Trier", "Bachelor of Arts (B.A.)", "Soziologie"],
    ]);
  });
});

describe("a degree written as a sentence's worth of names, closed by a full stop", () => {
  it("reads each paragraph 'Degree in Field (INITIALS), School, year.' as one study, the school by its initials after the degree's", async () => {
    const text = ["# Jo Doe", "", "## Education", "", "Master of Science in Marine Biology (MSMB), UW Seattle, 2009.", "", "Bachelor of Arts in Nordic History (BANH), NTNU, 2005."].join("\n");
    const r = await readResume(text);
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["UW Seattle", "Master of Science", "Marine Biology", "2009"],
      ["NTNU", "Bachelor of Arts", "Nordic History", "2005"],
    ]);
  });
});

describe("pandoc's definition lists of studies", () => {
  it("sets a town and its named country after a school's short name apart as where it is, though the name has no school's word", async () => {
    const text = ["# Jo Doe", "", "Education", "---------", "", "2012-2015", ":   **Master in Applied Mathematics** *ENSTA, Brest, France*", "", "2009-2012", ":   **Bachelor in Physics** *UPMC, Paris, France*"].join("\n");
    const r = await readResume(text);
    expect((r.education ?? []).map((e) => [e.institution, e.location, e.startDate, e.endDate])).toEqual([
      ["ENSTA", "Brest, France", "2012", "2015"],
      ["UPMC", "Paris, France", "2009", "2012"],
    ]);
  });

  it("reads the year said again after the school as the entry's date, no part of the school's name, and a semicolon as setting degree and school apart", async () => {
    const text = ["# Jo Doe", "", "## Education", "", "2004", ":   **Bachelor of Arts**; Universidad de Lima, 2004"].join("\n");
    const r = await readResume(text);
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.endDate])).toEqual([["Universidad de Lima", "Bachelor of Arts", "2004"]]);
    const listed = await readResume(["# Jo Doe", "", "## Education", "", "- Master of Arts; University of Bergen, 2006", "- Bachelor of Arts; Universidad de Lima, 2004"].join("\n"));
    expect((listed.education ?? []).map((e) => [e.institution, e.studyType, e.endDate])).toEqual([
      ["University of Bergen", "Master of Arts", "2006"],
      ["Universidad de Lima", "Bachelor of Arts", "2004"],
    ]);
  });
});

describe("a list of degrees followed by a sub-heading of other matters", () => {
  it("reads each degree of the list as a school and the undated sub-heading after it as none ('### Research Topics')", async () => {
    const r = await readResume(
      "# Mira Olsen\n\n## Academic\n\n### Education\n- Ph.D.   [Marine Biology, Northgate University](https://example.org), (in progress)\n- M.S.    Marine Biology, Northgate University, 2011\n- B.S.    Zoology, [Lakeside College](https://example.org), 2008\n\n#### Research Topics\nCoral reefs, Plankton ecology\n",
    );
    expect((r.education ?? []).map((e) => [e.studyType, e.endDate])).toEqual([
      ["Ph.D.", undefined],
      ["M.S.", "2011"],
      ["B.S.", "2008"],
    ]);
    expect((r.education ?? []).map((e) => e.institution).slice(1)).toEqual(["Northgate University", "Lakeside College"]);
  });
});

describe("a Russian or Ukrainian degree written in lower case after its field", () => {
  it("reads 'Физика, магистр' and 'Прикладна математика, бакалавр' as the field and the degree", async () => {
    const r = await readResume("# Анна Смирнова\n\n## Образование\n_2012 - 2014_  \n**Уральский федеральный университет**  \nФизика, магистр\n\n_2008 - 2012_  \n**Харківський національний університет**  \nПрикладна математика, бакалавр\n");
    expect((r.education ?? []).map((e) => [e.studyType, e.area])).toEqual([
      ["магистр", "Физика"],
      ["бакалавр", "Прикладна математика"],
    ]);
  });
});

describe("a degree written in lower case with its field after a comma", () => {
  it("reads the field of '— магистр, прикладная математика, 2020' and 'magister, informatyka' in lower case as the area", async () => {
    const { resume } = await extractSource({
      path: "cv.md",
      text: [
        "# Ivan Petrov",
        "",
        "## Образование",
        "",
        "**Томский государственный университет** — магистр, прикладная математика, 2020",
        "",
        "**Politechnika Nadmorska** — magister, informatyka, 2016",
      ].join("\n"),
      format: "markdown",
      formatReason: "test",
    });
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["Томский государственный университет", "магистр", "прикладная математика", "2020"],
      ["Politechnika Nadmorska", "magister", "informatyka", "2016"],
    ]);
  });

  it("leaves the qualification after the degree when the field came before it ('Прикладная физика, специалитет, инженер')", async () => {
    const { resume } = await extractSource({
      path: "cv.md",
      text: ["# Ivan Petrov", "", "## Образование", "", "_2004 - 2009_  ", "**Уральский технический университет (УрТУ)**  ", "Прикладная физика, специалитет, инженер (с отличием)."].join("\n"),
      format: "markdown",
      formatReason: "test",
    });
    expect(resume.education?.map((e) => e.area)).toEqual(["Прикладная физика"]);
  });
});

describe("a school written by its initials before a dash and its field", () => {
  it("reads 'UFES — Engenharia de Produção' and '**UFMG — Ciência da Computação**' as the school and its field", async () => {
    const r = await readResume(
      [
        "# Ana Souza",
        "",
        "## Formação acadêmica",
        "",
        "- **UFMG — Ciência da Computação** · 2015 – 2019",
        "- UFES — Engenharia de Produção · 2010 – 2014",
      ].join("\n"),
    );
    expect((r.education ?? []).map((e) => [e.institution, e.area, e.startDate, e.endDate])).toEqual([
      ["UFMG", "Ciência da Computação", "2015", "2019"],
      ["UFES", "Engenharia de Produção", "2010", "2014"],
    ]);
  });
});

describe("a study whose facts are labelled on one line under the degree", () => {
  it("reads the school after its label ('**Institution:** Kestrel University'), the label no part of its name", async () => {
    const r = await readResume(
      "# Jo Doe\n\n# EDUCATION\n---\n### Master of Marine Geology\n> **GPA:** 3.9 / 4.0 | **Duration:** 09/2019 – 06/2021 | **Institution:** Kestrel University, Canada\n\n### Bachelors in Physics\n> **GPA:** 8.1 / 10 | **Duration:** 07/2014 – 05/2018 | **University:** Marlow College\n",
    );
    expect(r.education?.map((e) => [e.institution, e.startDate, e.endDate])).toEqual([
      ["Kestrel University", "2019-09", "2021-06"],
      ["Marlow College", "2014-07", "2018-05"],
    ]);
  });
});
describe("a definition list dated by its terms (pandoc)", () => {
  it("reads the degree in bold and, on the line under it, the school with its faculty or department before it and its country after", async () => {
    const text = [
      "# Jo Vega",
      "",
      "## Education",
      "",
      "2014 - 2019",
      ": **PhD in Geophysics**,",
      "_FCEGN, Universidad Nacional del Oeste, Argentina_",
      "",
      "2008 - 2014",
      ": **Licentiate in Physics**,",
      "_Department of Physics, University of Lowtown, Chile_",
    ].join("\n");
    expect(schools(await readResume(text))).toEqual([
      { institution: "FCEGN, Universidad Nacional del Oeste", studyType: "PhD", area: "Geophysics", location: "Argentina" },
      { institution: "Department of Physics, University of Lowtown", studyType: "Licentiate", area: "Physics", location: "Chile" },
    ]);
  });
});

describe("a school in bold whose brackets name what it gives", () => {
  it("keeps the bold lead as the school, the degree's word in its brackets no degree of the entry", async () => {
    const text = [
      "# Jo Vega",
      "",
      "## Education",
      "",
      "2012-2016",
      ":   **University of Lowtown** *Lowtown, France*",
      "",
      "2007-2012",
      ":   **Lycée Rivière (bilingual French & German Highschool Diploma)** *Colmar, France*",
      "",
      "## Formação",
      "",
      "**Centro Universitário do Vale (Univale MS)**",
      "* **Bacharel em Engenharia de Software**",
      "* Jan/2020 - cursando",
    ].join("\n");
    expect((await readResume(text)).education?.map((e) => e.institution)).toEqual([
      "University of Lowtown",
      "Lycée Rivière (bilingual French & German Highschool Diploma)",
      "Centro Universitário do Vale (Univale MS)",
    ]);
  });
});

describe("a school named in one compound word after the degree's comma", () => {
  it("reads it as the school, not the field ('Abitur, Lessinggymnasium Nordstadt')", async () => {
    const r = await readResume("Jonas Weber\n\nAusbildung\n\n2012 - 2016\n\nAbitur, Lessinggymnasium Nordstadt, Bayern, Abschlussnote 1,5\n", "text");
    expect(r.education?.map((e) => [e.institution, e.area])).toEqual([["Lessinggymnasium Nordstadt", undefined]]);
  });
});

describe("a degree named with no school", () => {
  it("reads the field after the degree's comma as its field, not as a school", async () => {
    const r = await readResume("# Jo Vega\n\n## Education\n\n- **PhD, Health Policy** — Lowtown University\n- **MS, Economics**\n- **MHA, Health Administration**\n");
    expect(schools(r)).toEqual([
      { institution: "Lowtown University", studyType: "PhD", area: "Health Policy", location: undefined },
      { institution: undefined, studyType: "MS", area: "Economics", location: undefined },
      { institution: undefined, studyType: "MHA", area: "Health Administration", location: undefined },
    ]);
  });
});

describe("a degree's heading with its dates in brackets", () => {
  it("reads no field of study from the dates, under a school's heading", async () => {
    const r = await readResume("# Dana Vale\n\n## Education\n\n### Example College\n\n#### B.S. (2014 - 2018)\n\n- Graduated with honours.\n");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Example College", "B.S.", undefined, "2014", "2018"]]);
  });
});

describe("plain-text studies, each a dated degree over its field over its school", () => {
  const text = [
    "Jane Doe",
    "jane@example.com",
    "",
    "EDUCATION",
    "",
    "Engineer's degree   1999 - 2004",
    "Mathematics and Scientific Modeling.",
    "Lindqvist Institute of Technology",
    "",
    "Master of Business Administration   2009 - 2011",
    "Finance.",
    "Harlow Business School",
  ].join("\n");

  it("reads the field and the school from the two lines under the degree", async () => {
    const r = await readResume(text, "text");
    expect(r.education?.map((e) => [e.studyType, e.area, e.institution, e.startDate, e.endDate])).toEqual([
      ["Engineer's degree", "Mathematics and Scientific Modeling", "Lindqvist Institute of Technology", "1999", "2004"],
      ["Master of Business Administration", "Finance", "Harlow Business School", "2009", "2011"],
    ]);
  });

  it("keeps a dated degree apart from a dated school above it that names no degree, and the lines of both", async () => {
    const r = await readResume(["Jane Doe", "", "EDUCATION", "", "Lindqvist Institute   1999 - 2004", "Graduated with honours.", "", "Master of Business Administration   2009 - 2011", "Thesis on pricing."].join("\n"), "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.startDate, e.endDate, e.summary])).toEqual([
      ["Lindqvist Institute", undefined, "1999", "2004", "Graduated with honours."],
      [undefined, "Master of Business Administration", "2009", "2011", "Thesis on pricing."],
    ]);
  });
});

describe("a study's standing after its school", () => {
  it("keeps how a study stands, bracketed after its school ('(cursando)', '(in progress)', '(en curso)'), out of the school's name", async () => {
    const r = await readResume(
      "# Ana Exemplo\n\n## Formação\n\n- **Bacharelado em Sistemas de Informação** – Universidade Exemplo (cursando)\n" +
        "- Ph.D. in Computer Science, Example University (in progress)\n- Licenciatura en Informática, Universidad Ejemplo (en curso)\n" +
        "- Tecnólogo em Redes, Faculdade Modelo (concluído)\n",
    );
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Universidade Exemplo", "Bacharelado", "Sistemas de Informação"],
      ["Example University", "Ph.D.", "Computer Science"],
      ["Universidad Ejemplo", "Licenciatura", "Informática"],
      ["Faculdade Modelo", "Tecnólogo", "Redes"],
    ]);
    expect(r.education?.[0]?.summary).toBe("cursando");
    // a link around field and school, aligned after the degree, the standing after it beyond a comma
    const linked = await readResume("# Ana Exemplo\n\n## Education\n\n- Ph.D.   [Computer Science, Example University](http://example.org), (in progress)\n- M.S.    [Computer Science, Example University](http://example.org), 2008\n");
    expect(linked.education?.map((e) => e.institution)).toEqual(["Example University", "Example University"]);
  });

  it("reads a place written country first after the school ('…, Kazakhstan, Petropavl.') as its place, not its field", async () => {
    const r = await readResume("# Education\n\n2007 - North Steppe State University, Kazakhstan, Petropavl.\n\nFaculty of IT.\n");
    expect(r.education?.map((e) => [e.institution, e.area, e.location, e.endDate])).toEqual([["North Steppe State University", undefined, "Kazakhstan, Petropavl", "2007"]]);
    const russian = await readResume("# Образование\n\n2011 - Степной государственный университет, Россия, Москва\n");
    expect(russian.education?.map((e) => [e.institution, e.location])).toEqual([["Степной государственный университет", "Россия, Москва"]]);
  });

  it("reads no field, exchange or honour after a country written first as a town ('…, Germany, Informatik', '…, UK, Distinction')", async () => {
    const r = await readResume(
      "# Education\n\n2015 - 2019 Technical University of Example, Germany, Informatik\n\n2012 - 2013 Universidad de Ejemplo, Spain, Erasmus\n\n" +
        "2010 - 2012 University of Example, UK, Distinction\n\n2008 - 2010 Example State University, Russia, Moscow\n\n2006 - Степной государственный университет, Россия, Экономика\n",
    );
    expect(r.education?.map((e) => e.location)).toEqual([undefined, undefined, undefined, "Russia, Moscow", undefined]);
    const bulleted = await readResume("# Education\n\n- **MSc Computer Science**, University of Example, UK, Distinction, 2016\n");
    expect(bulleted.education?.[0]?.location).not.toBe("UK, Distinction");
  });
  it("reads the word for a graduation still to come with the dates, never as the school's or left out", async () => {
    const r = await readResume(["## Education", "", "**MSc Physics**, Example University, Expected, 2028", "", "**BA History**, Example College, 2027 expected", ""].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.period, e.summary])).toEqual([
      ["Example University", "Expected, 2028", undefined],
      ["Example College", "2027 expected", undefined],
    ]);
  });

});

describe("a school and its town set apart by a bullet", () => {
  it("reads the town after a bullet between spaces as the school's place, as after a dash, whether or not a gazetteer knows it", async () => {
    const resume = await readResume("# Jane Doe\n\n# Education\n\n### PhD, Geology\n**2016** Lowtown University • Lowtown, Norway\n\n### BSc, Geology\n**2010** Northmoor College • Northmoor, Sweden\n");
    expect(resume.education?.map((e) => [e.institution, e.location, e.studyType, e.area, e.endDate])).toEqual([
      ["Lowtown University", "Lowtown, Norway", "PhD", "Geology", "2016"],
      ["Northmoor College", "Northmoor, Sweden", "BSc", "Geology", "2010"],
    ]);
  });
});

describe("a school-leaving certificate named without its word for certificate", () => {
  it("reads 'Higher Secondary' over the board that awarded it as the degree, the board as the school", async () => {
    const resume = await readResume("# Jane Doe\n\n## Education\n\n**B.E. Computer Engineering**  \nNorthvale Technological University, 2012  \nNorthvale\n\n**Higher Secondary**  \nLakeland Secondary & Higher Secondary Education Board, 2007  \nLakeland\n");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.endDate])).toEqual([
      ["Northvale Technological University", "B.E.", "2012"],
      ["Lakeland Secondary & Higher Secondary Education Board", "Higher Secondary", "2007"],
    ]);
    const school = await readResume("# Jane Doe\n\n## Education\n\n- `2017-2019` Lakeview Higher Secondary School, Lowtown\n");
    expect(school.education?.[0]?.institution).toContain("Lakeview Higher Secondary School");
    expect(school.education?.[0]?.studyType).toBeUndefined();
  });
});

describe("a Bachelor of Information Science written by its initials", () => {
  it("reads 'BIS: Field, Cum Laude' as degree and field, the German 'bis' of a range none", async () => {
    const resume = await readResume("Jane Doe\n\nEducation\n\nNorthvale University\nBIS: Multimedia, Cum Laude\n\n2010–2012\n", "text");
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Northvale University", "BIS", "Multimedia", "2010", "2012"]]);
    const german = await readResume("# Max Muster\n\n## Ausbildung\n\n- 2010 bis 2014: Studium der Informatik, Universität Lowtown\n");
    expect(german.education?.[0]?.studyType).toBeUndefined();
  });
});
