import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a school's town written alone after its comma", () => {
  it("reads a known town after a school's last comma as its place, not as part of its name", async () => {
    const r = await readMarkdown(
      ["# Jan Voss", "", "## Education", "", "### Bachelor of Science - Mechanical Engineering", "", "> Northvale University of Applied Sciences, Rotterdam | 2010 - 2014", "",
        "### Master of Science", "", "> Kestrel University of Technology, Eindhoven | 2014 - 2016"].join("\n"),
    );
    expect(r.education?.map((e) => [e.institution, e.location])).toEqual([
      ["Northvale University of Applied Sciences", "Rotterdam"],
      ["Kestrel University of Technology", "Eindhoven"],
    ]);
  });

  it("reads the town in a row of phrases set apart by bars", async () => {
    const r = await readMarkdown(["# Ana Lupu", "", "## Education", "", "- **Diploma in Informatics** | Westmark Polytechnic School, Warszawa | 1994 – 2000"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.location])).toEqual([["Westmark Polytechnic School", "Warszawa"]]);
  });

  it("keeps a state university's campus in its name", async () => {
    const r = await readMarkdown(["# Ana Lupu", "", "## Education", "", "- **B.S. in Physics** | University of Colorado, Boulder | 2010 – 2014"].join("\n"));
    expect(r.education?.map((e) => e.institution)).toEqual(["University of Colorado, Boulder"]);
  });

  it("keeps the town of a school named only by its kind, one of many of that name", async () => {
    const r = await readMarkdown(["# Ana Lupu", "", "## Education", "", "- **Secondary School Certificate** | Federal Government College, Enugu | 2004 – 2010"].join("\n"));
    expect(r.education?.map((e) => e.institution)).toEqual(["Federal Government College, Enugu"]);
  });

  it.each([
    ["Universidad Autónoma, Madrid"],
    ["Instituto de Educación Secundaria, Toledo"],
    ["Universitas Negeri, Malang"],
    ["Sekolah Menengah Atas, Jakarta"],
    ["Anadolu Lisesi, Ankara"],
    ["Kendriya Vidyalaya, Jaipur"],
    ["Trinity College, Dublin"],
    ["Technische Universität, München"],
    ["Università Statale, Milano"],
    ["Hochschule für Technik, Stuttgart"],
    ["Army Public School, Lahore"],
    ["Cadet College, Hasan Abdal"],
  ])("keeps the town of a school named only by its kind in any language: %s", async (school) => {
    const r = await readMarkdown(["# Ana Lupu", "", "## Education", "", `- **Diploma** | ${school} | 2008 – 2012`].join("\n"));
    expect(r.education?.map((e) => e.institution)).toEqual([school]);
  });
});
