import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { readMarkdown } from "../support/extract.js";

const table = (head: string, row: string) => [head, "|:--|--:|", row, ""];

describe("one-row tables that are entries, and those that are not", () => {
  it("keeps tables of skills headed by column names as tables", async () => {
    const r = await readMarkdown(["# Rin Vale", "", "## Skills", "", ...table("| Language | Since |", "| Go | 2019 |"), ...table("| Certification | Year |", "| AWS Solutions Architect | 2021 |")].join("\n"));
    const names = JSON.stringify(r.skills);
    expect(names).toContain("Go");
    expect(names).toContain("AWS Solutions Architect");
    expect(names).not.toContain("Since");
    expect(names).not.toContain("Language\"");
  });

  it("reads no entry from tables headed by the names of a job's fields", async () => {
    const r = await readMarkdown(["# Rin Vale", "", "## Experience", "", ...table("| Period | Company |", "| 2019 - 2021 | Globex |"), ...table("| Period | Company |", "| 2021 - 2023 | Initrode |")].join("\n"));
    expect(r.work?.map((w) => w.name)).not.toContain("Period");
    expect(JSON.stringify(r.work)).toContain("Globex");
  });

  it("keeps a table of awards under column names beside entries written as tables", async () => {
    const r = await readMarkdown(
      [
        "# Rin Vale",
        "",
        "## Experience",
        "",
        ...table("| **Initech** | Zurich |", "| *Consultant* | *1/2021-present* |"),
        ...table("| **Globex** | Bern |", "| *Engineer* | *1/2019 - 12/2020* |"),
        "## Awards",
        "",
        ...table("| Award | Year |", "| Best Paper, ICSE | 2020 |"),
      ].join("\n"),
    );
    expect(r.work?.map((w) => w.name)).toEqual(["Initech", "Globex"]);
    expect(r.awards?.map((a) => a.title)).toEqual(["Best Paper, ICSE"]);
  });

  it("counts the dated tables of each section, not of the whole document", async () => {
    const page = ["# Rin Vale", "", "## Experience", "", ...table("| **Initech** | Zurich |", "| *Consultant* | *1/2021-present* |"), "## Interests", "", ...table("| Chess | Climbing |", "| since 2010 | since 2015 |")];
    const { lines } = await parseMarkdownLines(page.join("\n"), "cv.md");
    expect(lines.filter((l) => l.kind === "row").map((l) => l.text)).toEqual(["Consultant | 1/2021-present", "since 2010 | since 2015"]);
  });
});
