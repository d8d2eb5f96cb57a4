import { describe, expect, it } from "vitest";
import { groupSections } from "../../src/parse/blocks.js";
import { parsePlainText } from "../../src/parse/plain-text.js";

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

  it("keeps the content of a directive while dropping its line", () => {
    expect(shape(".. note::\n\n   Open to relocation.\n")).toEqual(["text 0 Open to relocation."]);
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
  const org = "#+TITLE: Resume of Jo Bloggs\n#+OPTIONS: toc:nil\n\n* Experience\n\n*Welder* -- Forge Inc, Leeds 2001-2003\n\n - Welded things\n\n** Side jobs\n\n* Education :noexport:\n\nSchool";

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

  it("leaves star bullets as bullets in a document without org settings", () => {
    expect(shape("Skills\n\n* Go\n* Rust\n")).toEqual(["heading 1 Skills", "bullet 0 Go", "bullet 0 Rust"]);
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
});

describe("man pages and PDF text", () => {
  it("drops a man page's header and footer", () => {
    const text = "Jo Bloggs(1)     USER COMMANDS     Jo Bloggs(1)\n\nNAME\n       Jo Bloggs - welder\n\nEXPERIENCE\n       Acme (2001 - 2003)\n\n1.0        2024        Jo Bloggs(1)\n";
    expect(shape(text)).toEqual(["heading 1 NAME", "text 0 Jo Bloggs - welder", "heading 1 EXPERIENCE", "text 0 Acme (2001 - 2003)"]);
  });

  it("drops page numbers and a running header's repeats, keeping its first appearance", () => {
    const text = "Jo Bloggs - CV\nExperience\nAcme, welder\nPage 1 of 2\n\fJo Bloggs - CV\nEducation\nSchool\n2\n";
    expect(shape(text).map((s) => s.replace(/^\w+ \d /, ""))).toEqual(["Jo Bloggs - CV", "Experience", "Acme, welder", "Education", "School"]);
  });

  it("drops page numbers in other languages and shapes", () => {
    expect(shape("Jo Bloggs\nSeite 1 von 2\n- 2 -\n3/4\nWelder\n").map((s) => s.replace(/^\w+ \d /, ""))).toEqual(["Jo Bloggs", "Welder"]);
  });

  it("joins a bullet glyph left alone on its line with the text under it", () => {
    expect(shape("Skills\n•\nWelding steel\n•\nCutting\n")).toEqual(["heading 1 Skills", "bullet 0 Welding steel", "bullet 0 Cutting"]);
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

  it("joins a line that the wrap started with a comma", () => {
    expect(shape("Languages\n- English (fluent)\n, French (basic)\n")[1]).toBe("bullet 0 English (fluent), French (basic)");
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

describe("heading case and glued bullets", () => {
  it("reads a known title in another case than the document's capital headings as text", () => {
    const text = "EXPERIENCE\nRed Cross\nVolunteer\n- Ran the shelter\nEDUCATION\nLeeds College\n";
    expect(parsePlainText(text).lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["EXPERIENCE", "EDUCATION"]);
  });

  it("reads a bullet glyph glued to its word as a bullet", () => {
    expect(shape("•Designed the schema\n")).toEqual(["bullet 0 Designed the schema"]);
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

describe("page breaks", () => {
  it("joins a sentence a PDF's page break cut, past the page number", () => {
    const text = "Summary\nI advise teams on pipelines, tooling and\n\nPage 1 of 2\n\n\fdata platforms for the energy sector.\n";
    expect(shape(text)).toEqual(["heading 1 Summary", "text 0 I advise teams on pipelines, tooling and data platforms for the energy sector."]);
  });

  it("keeps a finished sentence apart from the next page's first line", () => {
    expect(shape("Summary\nI weld.\n\n\fLeeds College\n")).toEqual(["heading 1 Summary", "text 0 I weld.", "text 0 Leeds College"]);
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
