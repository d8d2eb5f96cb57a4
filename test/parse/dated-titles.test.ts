import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

const underlined = `Mara Quill
==========

Engineer who builds data tools.

Experience 2011 - Present
-------------------------

Senior Engineer, Lantern Works 2015 - Present

-   Built the ingestion pipeline.

Engineer, Pebble Foundry 2011 - 2015

-   Wrote the billing service.

Education 2007 - 2011
---------------------

BSc Computer Science, Harrowgate University 2007 - 2011

Skills
------

Python, Go, SQL
`;

describe("a known section title with the dates of the whole section after it", () => {
  it("heads that section in plain text, underlined as pandoc writes it", async () => {
    const resume = await readText(underlined);
    expect(resume.work?.map((w) => w.name)).toEqual(["Lantern Works", "Pebble Foundry"]);
    expect(resume.education?.[0]?.institution).toBe("Harrowgate University");
  });

  it("heads that section in plain text without an underline", async () => {
    const resume = await readText(underlined.replace(/^[-=]+\n/gm, ""));
    expect(resume.work?.map((w) => w.name)).toEqual(["Lantern Works", "Pebble Foundry"]);
    expect(resume.basics?.summary ?? "").not.toContain("Lantern");
  });

  it("heads that section in Markdown", async () => {
    const resume = await readMarkdown(`# Mara Quill

## Experience 2011 - Present

### Senior Engineer, Lantern Works (2015 - Present)

- Built the ingestion pipeline.

## Open Source (2022 – Present)

- Maintainer of tinyparse, a parser library.

## Skills

Python, Go, SQL
`);
    expect(resume.work?.[0]?.name).toBe("Lantern Works");
    expect(resume.meta?.sections?.map((s) => s.key)).toContain("work");
  });

  it("is an entry under a heading of its own kind, and a title with a colon labels its one entry's dates", async () => {
    const resume = await readText(`Mara Quill

Experience

Freelance 2018 - 2020
Built shops for small clients.

Senior Engineer, Lantern Works 2015 - 2018
Built the ingestion pipeline.

Education: 2007 - 2011
BSc Computer Science, Harrowgate University
`);
    expect(resume.work?.map((w) => w.name)).toEqual(["Freelance", "Lantern Works"]);
    expect(resume.education?.[0]?.endDate).toBe("2011");
  });
});
