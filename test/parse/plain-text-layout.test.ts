import { describe, expect, it } from "vitest";
import { parsePlainText } from "../../src/parse/plain-text.js";

/** Each logical line as "kind depth text", the shape these tests compare. */
function shape(text: string): string[] {
  return parsePlainText(text).lines.map((l) => `${l.kind} ${l.depth} ${l.text}`);
}

describe("man pages and PDF text", () => {
  it("keeps a moderncv row of role, employer and a town it does not know apart from the wrapped sentence under it", () => {
    const text = "Experience\n03/2016–08/2019 Software Engineer, Brennwald Systems GmbH, Oberhainbach\nDevelopment of a Point of Sale booking engine for regional\nferry operators (Java, Spring)\n\f";
    expect(shape(text)).toEqual([
      "heading 1 Experience",
      "text 0 03/2016–08/2019 Software Engineer, Brennwald Systems GmbH, Oberhainbach",
      "text 0 Development of a Point of Sale booking engine for regional ferry operators (Java, Spring)",
    ]);
  });

  it("joins a date range that a narrow column of dates wrapped after its dash, and keeps the entry's header apart from what follows it", () => {
    const text = "Experience\n03/2021 – Entwicklerin, Nordwind GmbH, Kiel\nheute Betreuung der Schnittstellen zu Partnern\n\n05/2018 – Praktikantin, Hafenlog AG, Bremen\n12/2019\n2015 – Tutorin, Universität Kiel, Kiel\n2014 – Mentorin, Kinderhaus e.V., Kiel\n";
    expect(shape(text)).toEqual([
      "heading 1 Experience",
      "text 0 03/2021 – heute Entwicklerin, Nordwind GmbH, Kiel",
      "text 0 Betreuung der Schnittstellen zu Partnern",
      "text 0 05/2018 – 12/2019 Praktikantin, Hafenlog AG, Bremen",
      "text 0 2015 – Tutorin, Universität Kiel, Kiel",
      "text 0 2014 – Mentorin, Kinderhaus e.V., Kiel",
    ]);
  });

  it("joins a range whose narrow date column stacked its start, the joining word and its end on three lines", () => {
    const text = "Work Experience\nMarch 2019\nto\nPresent\n\nData Analyst at Kestrel Foods, Leeds\nBuilt weekly sales dashboards.\n\nJanuary 2016\nuntil\nFebruary 2019\n\nJunior Analyst at Harbour Bank, York\n\f";
    expect(shape(text)).toEqual([
      "heading 1 Work Experience",
      "text 0 March 2019 to Present",
      "text 0 Data Analyst at Kestrel Foods, Leeds",
      "text 0 Built weekly sales dashboards.",
      "text 0 January 2016 until February 2019",
      "text 0 Junior Analyst at Harbour Bank, York",
    ]);
  });

  it("joins a range that its date column sets end first, the word for the present over the month it began", () => {
    const text = "Experience\nPresent\nMay 2019\n\nEngineering Manager, Tallyho\nLed the payments team.\n\f";
    expect(shape(text)).toEqual(["heading 1 Experience", "text 0 Present – May 2019", "text 0 Engineering Manager, Tallyho", "text 0 Led the payments team."]);
  });

  it("starts the next entry at a range of dates whose months are written in lower case, under the last line of the entry before", () => {
    const text = "Mon expérience\njanv.2021 - mars 2022 Développeuse web - Atelier Lumen NANTES\nCréation de sites vitrines, boutiques\navr.2018 - déc.2020 Professeure de dessin - Collège RIVOLI\nPréparation des cours.\n\f";
    // what the header's line goes on with is no matter here: only that the line above it does not take it in
    const dated = shape(text).filter((l) => l.includes("avr.2018"));
    expect(dated).toHaveLength(1);
    expect(dated[0]).toMatch(/^text 0 avr\.2018 - déc\.2020 Professeure de dessin - Collège RIVOLI/);
  });

  it("reads a known title behind the one character an icon font's glyph became as a heading, where each title has its own", () => {
    const text =
      "Noor Haddad\n\n\u00d4 Skills\nPython, Go\n\n\u00a3 Professional Experience\nLantern Freight\nData Engineer\n\n\u0087 Education\nUniversity of Tessaly\n\ne Projects\nRiver Gauge\n\f";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Skills", "heading 1 Professional Experience", "heading 1 Education", "heading 1 Projects"]);
  });

  it("keeps a list whose items are known titles behind one and the same bullet a list", () => {
    const text = "Noor Haddad\n\nInterests\n\u00b7 Research\n\u00b7 Teaching\n\f";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Interests"]);
  });

  it("keeps a numbered list whose items are known titles a list: its numbers are no icons", () => {
    const text = "Noor Haddad\n\nSummary\nEngineer with a focus on:\n1. Leadership\n2. Research\n3. Teaching\n\f";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Summary"]);
  });

  it("gives back the ff, fi and fl that pdflatex's T1 fonts leave as control characters in the text", () => {
    const text = "Experience\nData Engineer, Di\u001bract Labs\nMoved \u001cle imports into work\u001dows\n\f";
    expect(shape(text)).toEqual(["heading 1 Experience", "text 0 Data Engineer, Diffract Labs", "text 0 Moved file imports into workflows"]);
  });

  it("starts the next entry at a role and employer over a range of dates alone, where the list items above it lost their bullets", () => {
    const text =
      "Work Experience\nData Engineer, Lantern Freight\nMar, 2020 - Present\n\nThe company moves fresh produce between the farms of the valley and\nthe markets of the coast.\nPython, Airflow, Postgres\nRebuilt the ledger exports for the finance team, when asked\nPart-time Frontend Web Developer, Orchard Pay\nJan, 2017 - Feb, 2020  3 years 1 month\n\nKept the payment gateway up.\n\f";
    expect(shape(text).slice(5)).toEqual([
      "text 0 Rebuilt the ledger exports for the finance team, when asked",
      "text 0 Part-time Frontend Web Developer, Orchard Pay",
      "text 0 Jan, 2017 - Feb, 2020 3 years 1 month",
      "text 0 Kept the payment gateway up.",
    ]);
  });

  it("reads a role that holds a section's keyword, set before its employer's name, as an entry's header and not a heading", () => {
    const text = "Experience\nFull Stack Engineer, Quillon\nMay, 2019 - Present\n\nBuilt the booking pages.\n\nTech Stack\nTypeScript, Go\n\f";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Experience", "heading 1 Tech Stack"]);
  });

  it("reads Europass's title-case repeat of each capital heading, and its title-case labels, as lines of the section", () => {
    const text = "Yugant Hadiyal\n\nWORK EXPERIENCE\nStudent Assistant\nFraunhofer IOSB-AST\n\nEDUCATION AND TRAINING\nMaster of Science, TU Ilmenau\nBasic studies:\n◦ Algorithms\n\nORGANISATIONAL SKILLS\nOrganisational skills\n◦ Ability to lead a small team.\n\nPROJECTS\nProjects\nText Cleaner\n";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 WORK EXPERIENCE", "heading 1 EDUCATION AND TRAINING", "heading 1 ORGANISATIONAL SKILLS", "heading 1 PROJECTS"]);
  });

  it("reads a known title with a colon inside an entry's block ('Awards:' under a degree) as the entry's label where the headings go without one", () => {
    const text = "Education\n09/2012 - 06/2016\n\nHarlow University, Essex\nBSc (Hons) Computer Science. Grade: 78%\nAwards:\n• Best Final Year Project\n\n2005 - 2012\n\nStour Valley School, Suffolk\n\nInterests\nChoral singing.\n";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Education", "heading 1 Interests"]);
    // a document that ends its headings with colons keeps them
    expect(shape("Education:\nHarlow University\nAwards:\nBest Final Year Project\n").filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Education", "heading 1 Awards"]);
  });

  it("reads a school or company set in capitals as an entry's name, not a heading", () => {
    const text = "PHILIP NELSON\n\nEDUCATION\n\nUTAH STATE UNIVERSITY\nBS IN COMPUTER SCIENCE\n\nEXPERIENCE\n\nACME WIDGETS INC\nTutor, 2017 – Present\n\nEAGLE PROJECTS\n\nSpace balloon\n";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 EDUCATION", "heading 1 EXPERIENCE", "heading 1 EAGLE PROJECTS"]);
  });

  it("reads a degree in capitals alone on its line as a line of its section, not a heading", () => {
    const text = "PRAJWAL J\n\nEDUCATION\nJSS Polytechnic, Mysore\nDiploma | Computer Science\n\nBharatiya Vidya Bhavan, Mysore\nSSLC\n• Percentage: 77.92/100\n\nPROJECTS\nBus reservation system\n";
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 EDUCATION", "heading 1 PROJECTS"]);
  });

  it("ends a line at a header that ends with a year and month, not joining the next line to it", () => {
    const text = "Jo Bloggs\n\nEXPERIENCE\n晨星资讯（Morningstar, Inc.）- 金融服务 - 前后端开发工程师 2019/06 – 2020/07\n毕业后第一份工作，负责编写和维护数据展示组件。\n";
    expect(shape(text).slice(-2)).toEqual(["text 0 晨星资讯(Morningstar, Inc.)- 金融服务 - 前后端开发工程师 2019/06 – 2020/07", "text 0 毕业后第一份工作, 负责编写和维护数据展示组件。"]);
  });

  it("starts a labelled line anew, though the line above is long and ends without a full stop", () => {
    const text = "Jo Bloggs\n\nTechnical Skills\nLanguages: Java, Python, C/C++, SQL (Postgres), JavaScript, HTML/CSS, R, Go, Rust\nDeveloper Tools: Git, Docker, TravisCI, Google Cloud Platform, VS Code\n";
    expect(shape(text).slice(-2)).toEqual(["text 0 Languages: Java, Python, C/C++, SQL (Postgres), JavaScript, HTML/CSS, R, Go, Rust", "text 0 Developer Tools: Git, Docker, TravisCI, Google Cloud Platform, VS Code"]);
  });

  it("ends a long bullet with no full stop before the name of the next entry's school, not joining it", () => {
    const text = "Jo Bloggs\n\nEDUCATION\nEdYoda Digital University, India\n• Relevant coursework: Python Programming, Data Analysis, Data Wrangling & Visualization, Machine Learning\nJSS Science and Technology University, Mysore\nB.E | Computer Science and Engineering\n";
    expect(shape(text).slice(-3)).toEqual([
      "bullet 0 Relevant coursework: Python Programming, Data Analysis, Data Wrangling & Visualization, Machine Learning",
      "text 0 JSS Science and Technology University, Mysore",
      "text 0 B.E | Computer Science and Engineering",
    ]);
  });

  it("starts a reference led by its authors anew, though the one above wraps and ends without a full stop", () => {
    const text = "Jo Bloggs\n\nPublications\nNowak, A., Brandt, K., 2021 - “Grid Losses in Dense Urban Feeders and Their Seasonal\nPatterns.” Journal of Power Distribution\nBrandt, K. and Nowak, A., 2019. - “Heat Pumps at Scale.” Energy Policy\nOkafor CJ, Nowak A. Demand response in hospitals. Energy Build\n";
    expect(shape(text).slice(-3)).toEqual([
      "text 0 Nowak, A., Brandt, K., 2021 - “Grid Losses in Dense Urban Feeders and Their Seasonal Patterns.” Journal of Power Distribution",
      "text 0 Brandt, K. and Nowak, A., 2019. - “Heat Pumps at Scale.” Energy Policy",
      "text 0 Okafor CJ, Nowak A. Demand response in hospitals. Energy Build",
    ]);
  });

  it("drops a man page's header and footer", () => {
    const text = "Jo Bloggs(1)     USER COMMANDS     Jo Bloggs(1)\n\nNAME\n       Jo Bloggs - welder\n\nEXPERIENCE\n       Acme (2001 - 2003)\n\n1.0        2024        Jo Bloggs(1)\n";
    expect(shape(text)).toEqual(["heading 1 NAME", "text 0 Jo Bloggs - welder", "heading 1 EXPERIENCE", "text 0 Acme (2001 - 2003)"]);
  });

  it("drops page numbers and a running header's repeats, keeping its first appearance", () => {
    const text = "Jo Bloggs - CV\nExperience\nAcme, welder\nPage 1 of 2\n\fJo Bloggs - CV\nEducation\nSchool\n2\n";
    expect(shape(text).map((s) => s.replace(/^\w+ \d /, ""))).toEqual(["Jo Bloggs - CV", "Experience", "Acme, welder", "Education", "School"]);
  });

  it("reads a running header that only the later pages carry once, under the name, not where the second page begins", () => {
    const text = [
      "Jo Bloggs", "jo@example.com", "", "Experience", "Acme Welding Ltd, welder", "", "\fJo Bloggs · Curriculum Vitae", "",
      "Boiler repairs and pipe work.", "", "Education", "Leeds College", "", "\fJo Bloggs · Curriculum Vitae", "", "Skills", "TIG, MIG", "",
    ].join("\n");
    expect(shape(text).map((s) => s.replace(/^\w+ \d /, ""))).toEqual([
      "Jo Bloggs", "jo@example.com", "Jo Bloggs · Curriculum Vitae", "Experience", "Acme Welding Ltd, welder", "Boiler repairs and pipe work.", "Education", "Leeds College", "Skills", "TIG, MIG",
    ]);
  });

  it("drops a website's menu over the name and its footer under the last section, copied with the page", () => {
    const text = "Home   Blog   Projects   CV\n\nDr. Amara Okafor\nResearch Scientist\n\nAwards\n2019 — Google PhD Fellowship\n\n© 2025 Amara Okafor. Built with Hugo.\n";
    expect(shape(text)).not.toContain("text 0 Home\tBlog\tProjects\tCV");
    expect(shape(text).some((s) => s.includes("©") || s.includes("Blog"))).toBe(false);
    expect(shape(text)).toContain("text 0 Dr. Amara Okafor");
    // a row of words that are not all a menu's stays
    expect(shape("Home   Garden   Design\nJo Doe\n")[0]).toContain("Garden");
    // a list's bullets that happen to be menu words stay
    expect(shape("Jo Doe\n\nInterests\n- Research\n- Teaching\n- Writing\n").filter((l) => l.startsWith("bullet"))).toHaveLength(3);
  });

  it("drops page numbers in other languages and shapes", () => {
    expect(shape("Jo Bloggs\nSeite 1 von 2\n- 2 -\n3/4\nWelder\n").map((s) => s.replace(/^\w+ \d /, ""))).toEqual(["Jo Bloggs", "Welder"]);
  });

  it("joins a bullet glyph left alone on its line with the text under it", () => {
    expect(shape("Skills\n•\nWelding steel\n•\nCutting\n")).toEqual(["heading 1 Skills", "bullet 0 Welding steel", "bullet 0 Cutting"]);
  });
});

describe("header contacts", () => {
  it("keeps a phone number alone on its line apart from the web address over it that ends in a slash", () => {
    expect(shape("Dana Vale\ndana@example.org\nhttps://www.example.dev/\n214-555-0170\n\nSKILLS\n\n  Go, Perl\n")).toEqual([
      "text 0 Dana Vale",
      "text 0 dana@example.org",
      "text 0 https://www.example.dev/",
      "text 0 214-555-0170",
      "heading 1 SKILLS",
      "text 0 Go, Perl",
    ]);
  });
});

describe("bullet nesting", () => {
  it("nests bullets by their indentation relative to the bullet above", () => {
    expect(shape("Work\n\n- Acme\n    - welded\n        * steel\n    - cut\n- Forge\n")).toEqual([
      "heading 1 Work",
      "bullet 0 Acme",
      "bullet 1 welded",
      "bullet 2 steel",
      "bullet 1 cut",
      "bullet 0 Forge",
    ]);
  });
});

describe("man-page entries, numbering and wrapping", () => {
  it("heads a man page's indented blocks with their tag line, one level below the section", () => {
    const text = "NAME\n       Jo Bloggs - welder\n\nWORK HISTORY\n       Acme (2019 - 2021)\n              Welder (2019 - 2021)\n              Welded steel.\n\nEDUCATION\n       Leeds College\n              City and Guilds, 2018.\n";
    expect(parsePlainText(text).lines.filter((l) => l.kind === "heading").map((l) => `${l.depth} ${l.text}`)).toEqual([
      "1 NAME",
      "1 WORK HISTORY",
      "2 Acme (2019 - 2021)",
      "1 EDUCATION",
      "2 Leeds College",
    ]);
  });

  it("reads a designer's zero-padded numbering as a list, but not the day of a date", () => {
    expect(shape("Projects\n01 Weather App – Kotlin\n02 Shop Site – Vue\n05 Aug 2024 Talk at a meetup\n").slice(1)).toEqual([
      "bullet 0 Weather App – Kotlin",
      "bullet 0 Shop Site – Vue",
      "text 0 05 Aug 2024 Talk at a meetup",
    ]);
  });

  it("mends a word a PDF cut at the line's end, and keeps a compound's hyphen", () => {
    const pdf = "Summary\nBuilt a deployment pipeline that made release manage-\nment faster for the Open-\nSource teams.\n\f";
    expect(shape(pdf)[1]).toBe("text 0 Built a deployment pipeline that made release management faster for the Open-Source teams.");
  });

  it("keeps the hyphen of a line a text editor wrapped", () => {
    expect(shape("Summary\nI build tools for the self-\nservice of data teams.\n")[1]).toBe("text 0 I build tools for the self-service of data teams.");
  });
});

describe("PDF text details", () => {
  it("drops an icon font's glyphs and keeps the words beside them", () => {
    expect(shape("Jo Bloggs\n\uF0E0 jo@example.org \u00B7 \uF095 +44 1 2345\n")[1]).toBe("text 0 jo@example.org · +44 1 2345");
  });

  it("finds a heading that starts with an icon glyph", () => {
    expect(shape("\uF19D Education\nLeeds College\n")[0]).toBe("heading 1 Education");
  });

  it("reads LaTeX list items set side by side (\"○␣ a ○␣ b\") as one bullet each", () => {
    expect(shape("Duties:\n○␣ Welding frames ○␣ Cutting steel\n○␣ Training\n").slice(1)).toEqual(["bullet 0 Welding frames", "bullet 0 Cutting steel", "bullet 0 Training"]);
  });

  it("reads a list marker that LaTeX printed with its icon style (\"○[regular]\") as the marker alone", () => {
    expect(shape("Duties:\n○[regular] Welding frames\n○[regular]\n\nTools\n").slice(1, 2)).toEqual(["bullet 0 Welding frames"]);
    expect(shape("Duties:\n○[regular] Welding frames\n○[regular]\n\nTools\n").join("\n")).not.toContain("[regular]");
  });

  it("joins a line that the wrap started with a comma", () => {
    expect(shape("Languages\n- English (fluent)\n, French (basic)\n")[1]).toBe("bullet 0 English (fluent), French (basic)");
  });

  it("joins an e-mail address a narrow sidebar cut at a dot of its domain, and keeps a sentence that ends with one", () => {
    expect(shape("Contact\nnoor.haddad.lantern2009@hotmail.\ncom\n")[1]).toBe("text 0 noor.haddad.lantern2009@hotmail.com");
    expect(shape("Contact\nnoor@\nexample.org\n")[1]).toBe("text 0 noor@example.org");
    expect(shape("Summary\nWrite to noor@example.org.\nOther work is on request.\n")[1]).toBe("text 0 Write to noor@example.org.");
  });

  it("never joins an entry header that ends in a short year to the line under it", () => {
    const long = "Program Manager, Data and Infrastructure Operations Group: JAN ‘21 - DEC ‘22";
    expect(shape(`Experience\n${long}\nManaged a team of analysts and auditors for the whole company.\n`)).toHaveLength(3);
  });
});

describe("blocks", () => {
  it("starts a new block with text back at a list's margin, as after a blank line", () => {
    const { lines } = parsePlainText("Experience\n\n    Acme\n    - Welded frames.\n    - Cut steel.\n    Forge Ltd\n");
    expect(lines.map((l) => `${l.gap ? "G" : "-"} ${l.text}`)).toEqual(["G Experience", "G Acme", "- Welded frames.", "- Cut steel.", "G Forge Ltd"]);
  });
});

describe("hanging indents", () => {
  it("joins a value wrapped under itself after its label, and keeps the next label apart", () => {
    const text = "Skills\n\nLanguages:    Python, Go, Rust, TypeScript, and a good deal of\n              shell scripting for the build and release pipelines\nTools:        Git, Docker\n";
    expect(shape(text).slice(1)).toEqual([
      "text 0 Languages:\tPython, Go, Rust, TypeScript, and a good deal of shell scripting for the build and release pipelines",
      "text 0 Tools:\tGit, Docker",
    ]);
  });

  it("keeps a column row apart from the line under it", () => {
    expect(shape("Welder          Acme Ltd          2001 - 2003\nWelded frames for trucks and buses\n")).toHaveLength(2);
  });
});

describe("page breaks", () => {
  it("joins a sentence a PDF's page break cut, past the page number", () => {
    const text = "Summary\nI advise teams on pipelines, tooling and\n\nPage 1 of 2\n\n\fdata platforms for the energy sector.\n";
    expect(shape(text)).toEqual(["heading 1 Summary", "text 0 I advise teams on pipelines, tooling and data platforms for the energy sector."]);
  });

  it("keeps an entry's head and the dates the next page opens with in one block", () => {
    const lines = parsePlainText("Experience\nNorthwind Traders\nFounder\nPage 1 of 2\n\n\fAugust 2017 - Present (8 years)\nParis, France\n").lines;
    expect(lines.map((l) => [l.text, l.gap])).toEqual([
      ["Experience", true],
      ["Northwind Traders", true],
      ["Founder", false],
      ["August 2017 - Present (8 years)", false],
      ["Paris, France", false],
    ]);
  });

  it("keeps a finished sentence apart from the next page's first line", () => {
    expect(shape("Summary\nI weld.\n\n\fLeeds College\n")).toEqual(["heading 1 Summary", "text 0 I weld.", "text 0 Leeds College"]);
  });
});

describe("Word's plain-text export", () => {
  it("reads its \"o\" and \"§\" markers before a tab as deeper bullets, and a lone \"o\" word as text", () => {
    expect(shape("Work\n·\tWelded frames\n\to\tfor trucks\n\t\t§\tand buses\no dia todo\n")).toEqual([
      "heading 1 Work",
      "bullet 0 Welded frames",
      "bullet 1 for trucks",
      "bullet 2 and buses",
      "text 0 o dia todo",
    ]);
  });
});

describe("a table typed with spaces", () => {
  const table = [
    "EDUCATIONAL QUALIFICATION",
    "Qualification      Institute                      Board/University     Year     Percentage",
    "B.E. (CSE)         RV College of Engineering      VTU                  2019     78.5%",
    "12th (PUC)         Vidya Vardhaka PU College                           2015     88%",
    "10th (SSLC)        Kendriya Vidyalaya             CBSE                 2013     9.2 CGPA",
    "",
  ].join("\n");

  it("reads the line naming the columns as the table's header, and each line under it as a row, a cell left empty where a row has none", () => {
    const lines = parsePlainText(table).lines;
    expect(lines.map((l) => [l.kind, l.tableHeader ?? false, l.cells])).toEqual([
      ["heading", false, undefined],
      ["text", true, undefined],
      ["row", false, ["B.E. (CSE)", "RV College of Engineering", "VTU", "2019", "78.5%"]],
      ["row", false, ["12th (PUC)", "Vidya Vardhaka PU College", "", "2015", "88%"]],
      ["row", false, ["10th (SSLC)", "Kendriya Vidyalaya", "CBSE", "2013", "9.2 CGPA"]],
    ]);
  });

  it("leaves columns of figures, or a single row, as lines of text", () => {
    expect(shape("SKILLS\nPython     Go       Rust\nDocker     Kafka    Redis\nLinux      Vim      Bash\n").filter((s) => s.startsWith("row"))).toEqual([]);
    expect(shape("EDUCATION\nDegree     School     Year\nB.Sc.      MIT        2019\n").filter((s) => s.startsWith("row"))).toEqual([]);
  });
});

describe("a Japanese 職務経歴書 in plain text", () => {
  const source = (mark: (title: string) => string) =>
    ["職務経歴書", "", mark("職務経歴"), "2020年4月～現在　株式会社メルカリ", "　エンジニアリングマネージャー", "　・決済基盤チームのマネジメント（8名）", "", mark("学歴"), "2017年3月　東京工業大学 工学部 情報工学科 卒業", ""].join("\n");

  it("reads a known title behind a square, or framed in lenticular brackets, as a heading", () => {
    for (const mark of [(t: string) => `■${t}`, (t: string) => `【${t}】`]) {
      expect(shape(source(mark)).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 職務経歴", "heading 1 学歴"]);
    }
  });

  it("reads a line led by a middle dot as a bullet", () => {
    expect(shape(source((t) => `■${t}`))).toContain("bullet 0 決済基盤チームのマネジメント(8名)");
  });

  it("leaves a square before words that name no section a bullet", () => {
    expect(shape("SKILLS\n■ Python\n■ Go\n").filter((s) => s.startsWith("heading"))).toEqual(["heading 1 SKILLS"]);
  });
});

describe("a fixed-width résumé drawn with leaders", () => {
  it("reads dashes or dots drawn from one column to the next as a column gap", () => {
    const text = "EXPERIENCE\n\n2019-        Tallow & Wick ---------------------------- Portland, OR\n2016-2019    Gearbox Labs, Inc. ........................ Eugene, OR\nData Analyst..............2014-2016\n";
    expect(shape(text)).toEqual(["heading 1 EXPERIENCE", "text 0 2019-\tTallow & Wick\tPortland, OR", "text 0 2016-2019\tGearbox Labs, Inc.\tEugene, OR", "text 0 Data Analyst\t2014-2016"]);
  });

  it("keeps dashes and dots inside words and sentences, and an ellipsis of Chinese prose, as written", () => {
    const text = "SUMMARY\nBuilt a CI/CD pipeline -- end to end.... and more\n\n负责数据平台……以及报表\n";
    expect(shape(text).slice(1)).toEqual(["text 0 Built a CI/CD pipeline -- end to end.... and more", "text 0 负责数据平台……以及报表"]);
  });

  it("reads a row of dots under a title as its rule, and a note in brackets between them as text of the section", () => {
    const text = "Ana Lopes\n\nSKILLS\n..............................\n\n* Go\n\nTOOLING\n(the details follow)\n..............................\n\n* Vim\n";
    expect(shape(text)).toEqual(["text 0 Ana Lopes", "heading 1 SKILLS", "bullet 0 Go", "heading 1 TOOLING", "text 0 (the details follow)", "bullet 0 Vim"]);
  });

});

describe("titles and marks the plain-text readers must leave alone (review of the h29 round)", () => {
  it("keeps centred titles that share their indent as headings, though one title sits at the margin over an indented summary", () => {
    const c = (t: string) => " ".repeat(29) + t;
    const text = ["Jane Doe", "jane@example.org", "", "Profile", "  Backend engineer with ten years of payment systems.", "", c("Experience"), "Senior Engineer, Acme Corp, Berlin      2019 - Present", "  • Built the billing service.", "", c("Education"), "BSc Computer Science, Example University      2008 - 2012", "", c("Skills"), "Go, Python", ""].join("\n");
    expect(shape(text).filter((l) => l.startsWith("heading")).map((l) => l.trim())).toEqual(["heading 1 Profile", "heading 1 Experience", "heading 1 Education", "heading 1 Skills"]);
  });

  it("reads no AsciiDoc in a text with one wiki-style title, and keeps its brackets and a trailing '+'", () => {
    const text = "Jane Doe\njane@example.org\n\n== Experience ==\n\nSenior Engineer, Acme Corp (2019 - Present)\n[Remote, part-time]\nBlood donor: O +\n";
    const lines = shape(text);
    expect(lines.some((l) => l.includes("[Remote, part-time]"))).toBe(true);
    expect(lines.some((l) => l.includes("Blood donor: O +"))).toBe(true);
  });
});

describe("JSON Resume themes printed to PDF", () => {
  it("reads a label printed over each job's list as part of the job, not as the next section's title", () => {
    const text = "Work\nLantern Freight\n\nMay 2019 – Jun 2021\n\nData Engineer\nHighlights\nRebuilt the ledger exports.\nOrchard Pay\n\nJan 2016 – Apr 2019\n\nWeb Developer\n\nHighlights\nKept the payment gateway up.\n\nEducation\nUniversity of Tessaly\n\f";
    expect(shape(text)).toEqual([
      "heading 1 Work",
      "text 0 Lantern Freight",
      "text 0 May 2019 – Jun 2021",
      "text 0 Data Engineer",
      "text 0 Rebuilt the ledger exports.",
      "text 0 Orchard Pay",
      "text 0 Jan 2016 – Apr 2019",
      "text 0 Web Developer",
      "text 0 Kept the payment gateway up.",
      "heading 1 Education",
      "text 0 University of Tessaly",
    ]);
  });

  it("reads a label as part of its job where a long summary stands between the job's dates and the label", () => {
    const text = "WORK EXPERIENCE\nLantern Freight\nMay 2019 – Jun 2021\n\nData Engineer\nThe company moves fresh produce between the farms\nof the valley and the markets of the coast, and I\nkept its ledgers, its exports and its nightly loads\nrunning for two years.\nHighlights\nRebuilt the ledger exports.\n\nOrchard Pay\nJan 2016 – Apr 2019\n\nWeb Developer\nKept the payment gateway up for the shops of the\ncoast, the valley and the towns along the river\nthat sell through it every day.\nHighlights\nMoved the gateway to a new host.\n\nEDUCATION\nUniversity of Tessaly\n\f";
    expect(shape(text).filter((l) => l.startsWith("heading"))).toEqual(["heading 1 WORK EXPERIENCE", "heading 1 EDUCATION"]);
  });

  it("keeps a title that a vita sets twice, with other sections between, as two headings", () => {
    const text = "Experience\nLantern Freight\n2019 – 2021\n\nPublications\nRivers of the valley, 2020.\n\nAwards\nBest paper, 2020.\n\nExperience\nOrchard Pay\n2016 – 2019\n\f";
    expect(shape(text).filter((l) => l.startsWith("heading"))).toEqual(["heading 1 Experience", "heading 1 Publications", "heading 1 Awards", "heading 1 Experience"]);
  });

  it("keeps a section of entries whose title a page sets again, or a bilingual CV in its second language, as headings", () => {
    const again = "Lena Brandt\nlena@example.com\n\nEducation\nBSc Computer Science, University of Tessaly\n2016 – 2020\n\nExperience\nAcme Logistics, Software Engineer\nMarch 2020 – June 2023\n- Built the routing service.\n\nBeta Payments, Intern\nJune 2019 – September 2019\n- Wrote tests.\n\f\nExperience\nGamma Soft, Working Student\nJanuary 2018 – May 2019\n- Wrote the billing reports.\n\nSkills\nPython, Go, SQL\n\f";
    expect(shape(again).filter((l) => l.startsWith("heading"))).toEqual(["heading 1 Education", "heading 1 Experience", "heading 1 Experience", "heading 1 Skills"]);
    const bilingual = "Experience\nLantern Freight, Analyst\n2019 – 2021\n\nExpérience\nLantern Freight, Analyste\n2019 – 2021\n\f";
    expect(shape(bilingual).filter((l) => l.startsWith("heading"))).toEqual(["heading 1 Experience", "heading 1 Expérience"]);
  });

  it("pairs a column of dates, or of labels under their section's title, with the cells after it, whatever word the first cell holds", () => {
    const dated = "Jonas Weber\njonas@example.com\n\nExperience\n2020 – 2023\n2017 – 2020\n\nFreelance\nAcme GmbH, Software Engineer\n\nEducation\nBSc Computer Science, University of Tessaly\n\f";
    expect(shape(dated).filter((l) => l.startsWith("heading"))).toEqual(["heading 1 Experience", "heading 1 Education"]);
    const labelled = "Jonas Weber\njonas@example.com\n\nSkills\nSoft skills\nProgramming\nOffice\n\nLeadership\nPython, Go, SQL\nExcel, Word\n\nEducation\nBSc Computer Science, University of Tessaly\n\f";
    expect(shape(labelled).filter((l) => l.startsWith("heading"))).toEqual(["heading 1 Skills", "heading 1 Education"]);
  });

  it("keeps a highlights section that the document sets once as a heading", () => {
    const text = "Noor Haddad\n\nHighlights\nTen years of data engineering.\n\nWork\nLantern Freight\nMay 2019 – Jun 2021\nData Engineer\n\f";
    expect(shape(text)).toContain("heading 1 Highlights");
  });

  it("keeps a range left open by its dash apart from the role on the next page", () => {
    const text = "Work\nLantern Freight\n\n2019-05-01 —\n\n\fData Engineer\nRebuilt the ledger exports.\n\f";
    expect(shape(text)).toEqual([
      "heading 1 Work",
      "text 0 Lantern Freight",
      "text 0 2019-05-01 —",
      "text 0 Data Engineer",
      "text 0 Rebuilt the ledger exports.",
    ]);
  });

  it("starts the section whose title leads a paragraph under a sidebar's short lines, not a table of labels and values", () => {
    const text = "Noor Haddad\n\nAbout\nData engineer.\n\ngithub\nnhaddad\ncodesandbox\nnhaddad\n\nWork\nlantern Freight\nData\nEngineer\n\n2019-05-01 - Present\n\f";
    expect(shape(text)).toContain("heading 1 Work");
  });
});

describe("a plain-text CV that numbers its headings", () => {
  it("reads known titles numbered as a list ('2. Experiência Profissional:') as headings, where two or more are so numbered", () => {
    const text = ["Currículo", "", "1. Dados Pessoais:", "", "Nome: Ana Exemplo", "", "2. Experiência Profissional:", "", "Empresa: Exemplo Ltda", "", "Cargo: Analista", "", "   3. Educação:", "", "Curso: Sistemas", ""].join("\n");
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Dados Pessoais", "heading 1 Experiência Profissional", "heading 1 Educação"]);
  });

  it("leaves one numbered known title in a list an item", () => {
    expect(shape("SKILLS\n1. Languages\n2. Python tooling\n").filter((s) => s.startsWith("heading"))).toEqual(["heading 1 SKILLS"]);
  });
});
