import { describe, expect, it } from "vitest";
import { groupSections } from "../../src/parse/blocks.js";
import { parsePlainText } from "../../src/parse/plain-text.js";
import { detectFormat } from "../../src/source/detect-format.js";

/** Each logical line as "kind depth text", the shape these tests compare. */
function shape(text: string): string[] {
  return parsePlainText(text).lines.map((l) => `${l.kind} ${l.depth} ${l.text}`);
}

describe("reStructuredText", () => {
  const rst = [
    ".. a comment the renderer reads",
    "   with an indented second line",
    "",
    "==========",
    " Ada Byron",
    "==========",
    "",
    "| 1 Analytical Way",
    "| London",
    "",
    "Experience",
    "==========",
    "",
    "Engine Works Ltd",
    "----------------",
    "",
    "Lead Programmer",
    "~~~~~~~~~~~~~~~",
    "1843 - 1852",
    "",
    "* Wrote the first `program <https://example.org/notes>`_ for",
    "  the engine, with Babbage_",
    "",
    "Mill Co",
    "-------",
    "",
    "Apprentice",
    "~~~~~~~~~~",
    "",
    "Skills",
    "======",
    "",
    ":Languages: Note G, tables",
    "",
    ".. _Babbage: https://example.org/cb",
  ].join("\n");

  it("gives each adornment style a level in order of first appearance", () => {
    const headings = parsePlainText(rst).lines.filter((l) => l.kind === "heading").map((l) => `${l.depth} ${l.text}`);
    expect(headings).toEqual(["1 Ada Byron", "2 Experience", "3 Engine Works Ltd", "4 Lead Programmer", "3 Mill Co", "4 Apprentice", "2 Skills"]);
  });

  it("groups employers and roles inside their section, under the name as the document title", () => {
    const { documentTitle, blocks } = groupSections(parsePlainText(rst).lines);
    expect(documentTitle?.text).toBe("Ada Byron");
    expect(blocks.map((b) => b.title)).toEqual([undefined, "Experience", "Skills"]);
    expect(blocks[1]!.lines.filter((l) => l.kind === "subheading").map((l) => l.text)).toEqual(["Engine Works Ltd", "Lead Programmer", "Mill Co", "Apprentice"]);
  });

  it("drops comments and link targets, and reads line blocks, links, references and field lists", () => {
    const lines = parsePlainText(rst).lines;
    expect(lines.map((l) => l.text)).not.toContain("with an indented second line");
    expect(lines.some((l) => l.text.includes(".."))).toBe(false);
    expect(lines.filter((l) => l.kind === "text").map((l) => l.text)).toEqual(["1 Analytical Way", "London", "1843 - 1852", "Languages: Note G, tables"]);
    const bullet = lines.find((l) => l.kind === "bullet")!;
    expect(bullet.text).toBe("Wrote the first program for the engine, with Babbage");
    expect(bullet.links).toEqual([
      { text: "program", url: "https://example.org/notes" },
      { text: "Babbage", url: "https://example.org/cb" },
    ]);
  });

  it("keeps a single-use style after the title as a subtitle line", () => {
    expect(shape("Ada Byron\n---------\n\nProgrammer\n++++++++++\n\nWork\n====\n\nx\n\nSkills\n======\n\ny")).toEqual([
      "heading 1 Ada Byron",
      "text 0 Programmer",
      "heading 2 Work",
      "text 0 x",
      "heading 2 Skills",
      "text 0 y",
    ]);
  });

  it("keeps the content of a directive while dropping its line and options", () => {
    expect(shape(".. note::\n   :class: aside\n\n   Open to relocation.\n")).toEqual(["text 0 Open to relocation."]);
  });
});

describe("underlined headings", () => {
  it("puts known section titles at one level whatever their underline", () => {
    const headings = parsePlainText("Jo\n\nWork\n====\n\nAcme\n\nAwards\n------\n\nPrize\n").lines.filter((l) => l.kind === "heading");
    expect(headings.map((l) => `${l.depth} ${l.text}`)).toEqual(["1 Work", "1 Awards"]);
  });

  it("reads a banner framed by two rules as text, not a heading", () => {
    const text = "=======\n  Jo Bloggs\n\njo@example.org   Paris\n=======\n\nSkills\n******\n\nGo\n\nWork\n****\n\nAcme";
    expect(shape(text).slice(0, 2)).toEqual(["text 0 Jo Bloggs", "text 0 jo@example.org\tParis"]);
  });
});

describe("org-mode", () => {
  const org = "#+TITLE: Resume of Jo Bloggs\n#+OPTIONS: toc:nil\n\n* Experience\n\n*Welder* -- Forge Inc, Leeds 2001-2003\n\n - Welded things\n\n** Side jobs\n\n* Education :cv:long:\n\nSchool";

  it("reads #+TITLE as the document title, other settings as nothing, and stars as levels", () => {
    expect(shape(org)).toEqual([
      "heading 1 Resume of Jo Bloggs",
      "heading 2 Experience",
      "text 0 Welder -- Forge Inc, Leeds 2001-2003",
      "bullet 0 Welded things",
      "heading 3 Side jobs",
      "heading 2 Education",
      "text 0 School",
    ]);
  });

  it("reads a heading's property drawer as nothing, at any indent", () => {
    expect(shape("#+TITLE: Jo Bloggs\n\n* Experience\n** Forge Inc\n   :PROPERTIES:\n   :CUSTOM_ID: forge\n   :END:\n   Welder, 2001-2003\n").slice(1)).toEqual([
      "heading 2 Experience",
      "heading 3 Forge Inc",
      "text 0 Welder, 2001-2003",
    ]);
  });

  it("keeps the author and e-mail keywords as labelled lines", () => {
    expect(shape("#+TITLE: CV\n#+AUTHOR: Jo Bloggs\n#+EMAIL: jo@example.org\n#+STARTUP: showall\n\n* Experience\nAcme\n* Skills\nGo\n").slice(0, 3)).toEqual([
      "heading 1 CV",
      "text 0 Author: Jo Bloggs",
      "text 0 Email: jo@example.org",
    ]);
  });

  it("takes the emphasised words a line starts with as its lead", () => {
    expect(parsePlainText(org).lines[2]!.lead).toBe("Welder");
  });

  it("reads a heading tagged :noexport: or a COMMENT heading, with all under it, and a source block as nothing", () => {
    const notes = "#+TITLE: Jo Bloggs\n\n* Experience\n** Forge Inc\nWelder, 2001-2003\n** Build notes :noexport:\nRun the export twice.\n*** Styles\n#+BEGIN_SRC css\nbody {\n  margin: 0;\n}\n#+END_SRC\n* COMMENT Old jobs\nMill Ltd\n* Skills\n#+begin_src sh\nmake cv\n#+end_src\nGo\n";
    expect(shape(notes).slice(1)).toEqual(["heading 2 Experience", "heading 3 Forge Inc", "text 0 Welder, 2001-2003", "heading 2 Skills", "text 0 Go"]);
    expect(parsePlainText(notes, "cv.org").diagnostics?.map((d) => [d.ruleId, d.position?.line, d.file])).toEqual([
      ["org-unexported", 6, "cv.org"],
      ["org-unexported", 14, "cv.org"],
    ]);
  });

  it("ends a line at its forced line break of two backslashes, which it reads as no words", () => {
    const studies = "#+TITLE: Jo Bloggs\n\n* Experience\nWelder, Forge Inc, 2012\n* Education\nB.S. in Physics, Northfield College (/2011/) \\\\\nDean's List, Northfield College (/2010/) \\\\\nHarper Memorial Scholarship (/2008/)\n";
    expect(shape(studies).slice(3)).toEqual([
      "heading 2 Education",
      "text 0 B.S. in Physics, Northfield College (2011)",
      "text 0 Dean's List, Northfield College (2010)",
      "text 0 Harper Memorial Scholarship (2008)",
    ]);
  });

  it("leaves star bullets as bullets in a document without org settings", () => {
    expect(shape("Skills\n\n* Go\n* Rust\n")).toEqual(["heading 1 Skills", "bullet 0 Go", "bullet 0 Rust"]);
  });
});

describe("titles wrapped over their underline", () => {
  it("read both lines as the title when the underline runs as long as the first, but not a paragraph's last line", () => {
    const text = ["Jo Doe", "======", "", "Honours and", "Awards", "===========", "", "Lowtown Prize 2019", "", "Education", "=========", "", "Lowtown College, a small college on the coast", "and its", "======", ""].join("\n");
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Jo Doe", "heading 1 Honours and Awards", "heading 1 Education"]);
  });

  it("does not join two lines set apart between an overline and an underline of one character", () => {
    const text = ["Interests", ".........", "", "* Sailing", "* Chess", "", "====================", "A decade of coding", "In brief", "====================", "", "Skills", "......", "", "* Go", ""].join("\n");
    expect(shape(text).filter((s) => s.startsWith("heading")).some((s) => s.includes("A decade of coding In brief"))).toBe(false);
  });
});

describe("AsciiDoc", () => {
  it("reads = and == as levels, and url[text] as a link", () => {
    const { lines } = parsePlainText("= Jo Bloggs\n:email: jo@example.org\n\n== Experience\n\nAcme https://acme.example[Acme site]\n\n=== Welder\n");
    expect(lines.map((l) => `${l.kind} ${l.depth} ${l.text}`)).toEqual([
      "heading 1 Jo Bloggs",
      "text 0 email: jo@example.org",
      "heading 2 Experience",
      "text 0 Acme Acme site",
      "heading 3 Welder",
    ]);
    expect(lines[3]!.links).toEqual([{ text: "Acme site", url: "https://acme.example" }]);
  });

  it("reads two-line titles underlined with ~ and ^ under their [[anchor]]s as levels, and nested * and ** items as a list, not an org outline", () => {
    const text = [
      "[[jo-bloggs]]",
      "Jo Bloggs",
      "---------",
      "",
      "* Email: mailto://jo@example.org[jo@example.org]",
      "",
      "[[experience]]",
      "Experience",
      "~~~~~~~~~~",
      "",
      "[[welder-at-acme]]",
      "*Welder* at https://acme.example[Acme]",
      "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
      "",
      "_March 2010 - Present_",
      "",
      "[[honors]]",
      "Honors",
      "~~~~~~",
      "",
      "* _Lowtown Trade Awards 2012_",
      "** Gold: Best Weld",
      "",
      "[[interests]]",
      "Interests",
      "~~~~~~~~~",
      "",
      "* Contributing to open source software",
    ].join("\n");
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual([
      "heading 1 Jo Bloggs",
      "heading 2 Experience",
      "heading 3 Welder at Acme",
      "heading 2 Honors",
      "heading 2 Interests",
    ]);
  });
});

describe("AsciiDoc blocks", () => {
  it("drops attribute lists and table delimiters, reads each cell without its bar and each line without its hard break", () => {
    const text = [
      "=== Jo Bloggs",
      "12 Tide Lane +",
      "Lowtown, ME 04032 +",
      "",
      "==== EXPERIENCE",
      '[cols="<,^,>"]',
      "[frame=ends, grid=none]",
      "|===",
      "|March 2019-Present",
      "|*HARBOUR WORKS* +",
      "Lowtown, ME",
      "|Welder",
      "|===",
      "Welded hulls for the fishing fleet.",
    ].join("\n");
    expect(shape(text)).toEqual([
      "heading 3 Jo Bloggs",
      "text 0 12 Tide Lane",
      "text 0 Lowtown, ME 04032",
      "heading 4 EXPERIENCE",
      "text 0 March 2019-Present",
      "text 0 HARBOUR WORKS",
      "text 0 Lowtown, ME",
      "text 0 Welder",
      "text 0 Welded hulls for the fishing fleet.",
    ]);
  });

  it("keeps a bracketed date and a framed title in a file that is not AsciiDoc", () => {
    expect(shape("[ EXPERIENCE ]\n[2016-2017] Welder, Harbour Works\n")).toEqual(["heading 1 EXPERIENCE", "text 0 [2016-2017] Welder, Harbour Works"]);
  });
});

describe("heading case and glued bullets", () => {
  it("reads a known title in another case than the document's capital headings as text", () => {
    const text = "EXPERIENCE\nRed Cross\nVolunteer\n- Ran the shelter\nEDUCATION\nLeeds College\n";
    expect(parsePlainText(text).lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["EXPERIENCE", "EDUCATION"]);
  });

  it("reads a bullet glyph glued to its word as a bullet", () => {
    expect(shape("•Designed the schema\n")).toEqual(["bullet 0 Designed the schema"]);
  });
});

describe("capital lines", () => {
  it("reads a run of capital lines as text, and the last one over content as a heading", () => {
    const text = "JO\n\nBLOGGS\n\nPROFILE SUMMARY\nWelder of twenty years.\nEXPERIENCE\nAcme\n";
    expect(parsePlainText(text).lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["PROFILE SUMMARY", "EXPERIENCE"]);
  });

  it("reads two capital lines with no blank between as one wrapped name, not headings", () => {
    const text = "EXPERIENCE\nAcme\n\nACHIEVEMENTS\nLICENSED RADIO\nTECHNICIAN\nCall sign on file\n\nCLUB SERVICE AND\nOUTREACH AWARD\nFor 400 hours\n";
    expect(parsePlainText(text).lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["EXPERIENCE", "ACHIEVEMENTS"]);
  });
});

describe("other heading syntaxes", () => {
  it("reads Markdown's # headings in a text file as levels", () => {
    expect(shape("# Jo Bloggs\n\n## Experience\nAcme\n\n## Skills\nGo\n").filter((s) => s.startsWith("heading"))).toEqual([
      "heading 1 Jo Bloggs",
      "heading 2 Experience",
      "heading 2 Skills",
    ]);
  });

  it("reads star underlines, and two sections underlined alike close together", () => {
    expect(shape("Skills\n******\nGo\n\nAwards\n******\nPrize\n")).toEqual(["heading 1 Skills", "text 0 Go", "heading 1 Awards", "text 0 Prize"]);
  });

  it("takes a line wrapped in stars as a whole lead", () => {
    const line = parsePlainText("** Welder; Acme; 2001 - 2003 **\n").lines[0]!;
    expect([line.text, line.lead]).toEqual(["Welder; Acme; 2001 - 2003", "Welder; Acme; 2001 - 2003"]);
  });
});

describe("org-mode comments", () => {
  const org = "#+title: Curriculum Vitae\n#+author: Jo Bloggs\n\n* Awards\n- 2016: Teaching prize, Lowtown University\n# - 2015: Travel award, Lowtown University\n# - 2014: Poster prize\n* Skills\n- Go\n";

  it("reads '# ' lines of a document with org settings as comments, not text", () => {
    expect(shape(org)).toEqual([
      "heading 1 Curriculum Vitae",
      "text 0 Author: Jo Bloggs",
      "heading 2 Awards",
      "bullet 0 2016: Teaching prize, Lowtown University",
      "heading 2 Skills",
      "bullet 0 Go",
    ]);
  });

  it("does not take an org text with commented lines for Markdown", () => {
    expect(detectFormat("cv.txt", org).format).toBe("text");
  });
});

describe("icon glyphs before contacts", () => {
  // moderncv's envelope icon comes out of pdftotext as "#" before the address, on the CV and again on its cover letter
  const text = "Mira Okafor\n\n# mira@example.dev\n\nExperience\n2019–2023 Data Analyst, Harbour Freight Ltd\n\n\fDear Sir or Madam,\n\n# mira@example.dev\n";

  it("does not take a text whose only '#' lines are addresses behind an icon for Markdown", () => {
    expect(detectFormat("cv.txt", text).format).toBe("text");
  });

  it("reads no outline heading from an address behind an icon's '#', and finds the known titles", () => {
    expect(shape(text).filter((s) => s.startsWith("heading"))).toEqual(["heading 1 Experience"]);
  });
});

describe("org-mode italics", () => {
  it("reads '/words/' as italics in a document with org settings, and leaves 'and/or' and paths alone elsewhere", () => {
    const org = "#+title: CV\n\n* Publications\n- A. Lima and B. Reyes, /Tidal forecasts with sparse gauges/, Coastal Data, 2016\n- Wrote and/or kept /usr/local/bin tidy\n";
    const lines = parsePlainText(org).lines;
    expect(lines[2]!.text).toBe("A. Lima and B. Reyes, Tidal forecasts with sparse gauges, Coastal Data, 2016");
    expect(lines[2]!.spans).toEqual([{ text: "A. Lima and B. Reyes, " }, { text: "Tidal forecasts with sparse gauges", emphasis: true }, { text: ", Coastal Data, 2016" }]);
    expect(lines[3]!.text).toBe("Wrote and/or kept /usr/local/bin tidy");
    expect(parsePlainText("Notes\n\nKept /etc/ tidy\n").lines[1]!.text).toBe("Kept /etc/ tidy");
  });
});

describe("headings with a rule run on to the margin", () => {
  it("reads 'SKILLS ------' as the heading SKILLS, the dashes that run on from it to the margin underlining it on its own line", () => {
    const rule = (title: string) => `${title} ${"-".repeat(60 - title.length)}`;
    const text = ["Ines Varga", "", rule("SKILLS"), "", "- Languages: Go, SQL", "", rule("EMPLOYMENT"), "", "Data Engineer, Kestrel Foods (2019-03 — Present)", "Built the nightly loads.", ""].join("\n");
    const { lines } = parsePlainText(text);
    expect(lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["SKILLS", "EMPLOYMENT"]);
  });
});

describe("grid tables", () => {
  it("reads a two-column grid table's rows between their '+-----+' borders as labels and values, no row a heading", () => {
    const text = [
      "Nora Lindgren",
      "=============",
      "",
      "Skills",
      "======",
      "",
      "+-------------+-------------------------+",
      "| Languages   | Python, Rust, SQL       |",
      "+-------------+-------------------------+",
      "| Tools       | git, make, Docker       |",
      "+-------------+-------------------------+",
      "",
      "Experience",
      "==========",
      "",
      "Data Engineer, Kestrel Foods (2019-2023)",
      "",
    ].join("\n");
    const { lines } = parsePlainText(text);
    expect(lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["Nora Lindgren", "Skills", "Experience"]);
    expect(lines.filter((l) => /Python|git/.test(l.text)).map((l) => l.text)).toEqual(["Languages: Python, Rust, SQL", "Tools: git, make, Docker"]);
  });
});
