import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** Fields of entries as a PDF's text layer (pdftotext's output) sets them apart, each on an invented CV. */
describe("a column of skill labels closed by colons, then a column of their lists", () => {
  it("pairs each label with its list in order, the last list wrapped over two lines", async () => {
    const text = [
      "Jane Example",
      "jane@example.org",
      "",
      "Skills",
      "Programming:",
      "Virtualization:",
      "Other:",
      "",
      "Java, C++, OCaml, Racket, C, Bash",
      "QEMU/KVM, VirtualBox, VMware Fusion",
      "LaTeX, Linux Systems Administration, Proficiency in major operating systems (Linux, Solaris, Windows,",
      "macOS)",
    ].join("\n");
    const r = await readText(text);
    expect(r.skills?.map((s) => [s.name, s.keywords?.length])).toEqual([
      ["Programming", 6],
      ["Virtualization", 3],
      ["Other", 3],
    ]);
  });
});

describe("a labelled field of study above a study's dates", () => {
  it("reads 'Major:' between the school and its dates as the field, not as text of the entry", async () => {
    const text = ["Jane Example", "jane@example.org", "", "Education", "Northwind University", "", "Lowtown, RI", "", "Major: Computer Science, Applied Math", "", "2017 - PRESENT", "", "CURRENT", ""].join("\n");
    const r = await readText(text);
    expect(r.education?.map((e) => [e.institution, e.area, e.startDate])).toEqual([["Northwind University", "Computer Science, Applied Math", "2017"]]);
  });

  it("keeps the field the degree's line names, and leaves a concentration or area line under it in the entry's text", async () => {
    const cvs = [
      ["Bachelor of Science in Computer Science", "Concentration: Machine Learning", "Aug 2016 – May 2020", "Northwind University, Lowtown, RI"],
      ["Northwind University, Lowtown, RI", "Bachelor of Science in Computer Science", "Concentration: Machine Learning", "Aug 2016 – May 2020"],
      ["B.Sc. Computer Science", "Area: Distributed Systems", "2016 – 2020", "Northwind University"],
    ];
    for (const lines of cvs) {
      const r = await readText(["Jane Example", "jane@example.org", "", "EDUCATION", ...lines, ""].join("\n"));
      const labelled = lines.find((l) => l.includes(":"))!;
      expect(r.education?.map((e) => e.area), labelled).toEqual(["Computer Science"]);
      expect(r.education?.[0]?.summary, labelled).toContain(labelled);
    }
  });

  it("reads a concentration as the field only where neither the degree nor a major names one", async () => {
    const alone = await readText(["Jane Example", "jane@example.org", "", "Education", "Northwind University", "Concentration: Machine Learning", "2016 – 2020", ""].join("\n"));
    expect(alone.education?.map((e) => e.area)).toEqual(["Machine Learning"]);
    const both = await readText(["Jane Example", "jane@example.org", "", "Education", "Northwind University", "Major: Computer Science", "Concentration: Machine Learning", "2016 – 2020", ""].join("\n"));
    expect(both.education?.map((e) => [e.area, e.summary])).toEqual([["Computer Science", "Concentration: Machine Learning"]]);
  });
});
