import { describe, expect, it } from "vitest";
import type { Resume } from "../../../src/resume/schema.js";
import { readMarkdown } from "../../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("role headings under a dated employer", () => {
  it("keeps one role whose project headings only contain a role's word", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "### Fabrikam Ltd, Leeds `[2018 – 2023]`",
        "",
        "#### Backend Developer",
        "",
        "* Owned the billing service.",
        "",
        "#### Developer Portal",
        "",
        "* Built the self-service portal for partners.",
        "",
        "#### Payments API",
        "",
        "* Designed the REST payments API.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Fabrikam Ltd", "Backend Developer", "2018", "2023"]]);
    expect(r.work![0]!.highlights).toContain("Designed the REST payments API.");
  });
});
