import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { withJsxComponentsRead } from "../../src/parse/jsx-components.js";
import { extractSource } from "../support/extract.js";

/** An invented MDX résumé page of an Astro site: its entries are components whose words are attributes. */
const page = [
  "---",
  "name: Ines Varga",
  "---",
  "",
  "import Entry from '../components/Entry.astro';",
  "import Section from '../components/Section.astro';",
  "",
  '<Section title="Work Experience">',
  "",
  '<Entry role="Staff Engineer | Platform Lead" company="Northwind Freight" dates="Mar 2019 - Present" location="Lyon, France">',
  "",
  "- Ran the billing platform.",
  "",
  "</Entry>",
  "",
  '<Entry role="Software Engineer" company="Blue Harbor Labs" dates="Jan 2015 - Feb 2019" location="Turin, Italy" />',
  "",
  "</Section>",
  "",
  '<Section title="Education">',
  "",
  '<Entry kind="education" role="MSc in Computer Science" company="University of Padua" dates="2013 - 2015" />',
  "",
  "</Section>",
  "",
  "## Skills",
  "",
  '<SkillsList label={"Expert"} skills={[',
  '  "Go",',
  '  "PostgreSQL"',
  "]} />",
  "",
  "## Projects",
  "",
  "<ResumeRow left=\"Kestrel Robotics – Remote\" right='June 2012 – May 2013' extras={frontmatter.tags} />",
].join("\n");

describe("an MDX résumé page whose entries are components", () => {
  it("reads each component as the words of its attributes, on the line it starts, its other lines empty", async () => {
    const { lines } = await parseMarkdownLines(page, "resume.mdx");
    expect(lines.map((l) => [l.position.line, l.text])).toEqual([
      [8, "Work Experience"],
      [10, "Staff Engineer | Platform Lead · Northwind Freight · Mar 2019 - Present · Lyon, France"],
      [12, "Ran the billing platform."],
      [16, "Software Engineer · Blue Harbor Labs · Jan 2015 - Feb 2019 · Turin, Italy"],
      [20, "Education"],
      [22, "MSc in Computer Science · University of Padua · 2013 - 2015"],
      [26, "Skills"],
      [28, "Expert: Go, PostgreSQL"],
      [33, "Projects"],
      [35, "Kestrel Robotics – Remote · June 2012 – May 2013"],
    ]);
    expect(lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["Work Experience", "Education", "Skills", "Projects"]);
  });

  it("tells once per component that its attributes were read in its place", async () => {
    const { diagnostics } = await parseMarkdownLines(page, "resume.mdx");
    const told = (diagnostics ?? []).filter((d) => d.ruleId === "mdx-component");
    expect(told.map((d) => [d.position?.line, d.message.slice(0, 32)])).toEqual([
      [8, "<Section> is an MDX component, r"],
      [10, "<Entry> is an MDX component, rea"],
      [28, "<SkillsList> is an MDX component"],
      [35, "<ResumeRow> is an MDX component,"],
    ]);
  });

  it("reads the jobs, the school and the skills the components hold", async () => {
    const { resume } = await extractSource({ path: "resume.mdx", text: page, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.startDate, w.endDate])).toEqual([
      ["Northwind Freight", "2019-03", undefined],
      ["Blue Harbor Labs", "2015-01", "2019-02"],
    ]);
    expect(resume.education?.map((e) => [e.institution, e.endDate])).toEqual([["University of Padua", "2015"]]);
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([["Expert", ["Go", "PostgreSQL"]]]);
  });

  it("leaves HTML written in capitals and components in code fences as they are", async () => {
    const text = 'Lena Ruiz<BR>\n\n```jsx\n<Entry role="Engineer" />\n```\n';
    expect(withJsxComponentsRead(text, "cv.md")).toEqual({ text, diagnostics: [] });
  });

  it("leaves HTML's own tags written with a capital to HTML ('<Br>', '<Td>', '<Details>')", async () => {
    const text = "# Jonas Weber<Br/>Senior Data Engineer\n\n<Table><Tr><Td>2019 - 2023</Td><Td>Nurse, Hospital Sao Joao, Porto</Td></Tr></Table>\n\n<Details><Summary>Earlier positions</Summary>\n";
    expect(withJsxComponentsRead(text, "cv.md")).toEqual({ text, diagnostics: [] });
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.name).toBe("Jonas Weber");
  });

  it("leaves code spans and prose that opens with 'export' alone, on a page that has components", () => {
    const text = [
      '<Entry role="Customs Clerk" company="Porto Freight" dates="2016 - 2020" />',
      "",
      "- Built the `<DataGrid>` and `<DatePicker locale=\"pt-BR\" />` components, batching with `List<String>`.",
      "- Prepared customs declarations for import and",
      "export shipments to Brazil and Angola.",
      "- Taught maths to <Year 9> classes.",
    ].join("\n");
    const read = withJsxComponentsRead(text, "cv.mdx").text.split("\n");
    expect(read.slice(1)).toEqual(text.split("\n").slice(1));
    expect(read[0]).toBe("Customs Clerk · Porto Freight · 2016 - 2020");
  });

  it("keeps years and lower-case names under an entry's own attributes, drops a theme's settings, and skips MDX comments", () => {
    const text = [
      '<Job title="Backend Engineer" company="quillbyte" start="2021" end="2024" type="tip" />',
      '{/* <Job title="Intern" company="Old Startup" start="2015" /> */}',
      '<Skill name="python" />',
    ].join("\n");
    const { text: read, diagnostics } = withJsxComponentsRead(text, "cv.mdx");
    expect(read.split("\n")).toEqual(["Backend Engineer · quillbyte · 2021 · 2024", "", "python"]);
    expect(diagnostics.map((d) => d.position?.line)).toEqual([1, 3]);
  });
});
