import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("the academicpages template's jobs: the dated role on its item, the employer first under it", () => {
  it("takes the first item under a role as its employer where the section's other jobs are written so", async () => {
    const r = await readMarkdown(
      [
        "# Ilse Brandt",
        "",
        "Professional experience",
        "======",
        "* 2023-ongoing: Research scientist",
        "  * Faculty of Marine Engineering, Ostvik Polytechnic",
        "  * Advisor: Dr. Aron Falk",
        "",
        "* 2021-2023: Visiting Researcher",
        "  * Modelling unit of the *Carrow Institute for Ocean Physics*",
        "  * Advisor: Dr. Aron Falk",
        "",
        "* 2019-2021: Temporary staff (Hydrologist)",
        "  * Waters Ruritania (Office of Flood Forecasting)",
        "  * Manager: Greta Lund, PhD",
        "",
        "* 2016-2019: Field Technician",
        "  * University of Aldermoor",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Faculty of Marine Engineering, Ostvik Polytechnic", "Research scientist", "2023", undefined],
      ["Modelling unit of the Carrow Institute for Ocean Physics", "Visiting Researcher", "2021", "2023"],
      ["Waters Ruritania (Office of Flood Forecasting)", "Temporary staff (Hydrologist)", "2019", "2021"],
      ["University of Aldermoor", "Field Technician", "2016", "2019"],
    ]);
  });

  it("takes no place, terms or project under a role as its employer", async () => {
    const r = await readMarkdown(
      [
        "# Tomas Ekberg",
        "",
        "## Employment",
        "* 2020-2022: Data Engineer",
        "  * Acme Corp",
        "",
        "* 2019-2020: Research Assistant",
        "  * Harbour University",
        "",
        "* 2018-2019: Teaching Assistant",
        "  * Berlin, Germany",
        "",
        "* 2017-2018: Web Developer",
        "  * Full-time",
        "",
        "* 2016-2017: Software Engineer",
        "  * Fraud Detection Pipeline",
        "",
        "* 2015-2016: Intern",
        "  * Remote",
      ].join("\n"),
    );
    expect(jobs(r).slice(2).map(([name]) => name)).toEqual([undefined, undefined, undefined, undefined]);
    expect((r.work ?? []).slice(2).flatMap((w) => w.highlights ?? [w.location, w.description].filter(Boolean))).toEqual(
      expect.arrayContaining([expect.stringContaining("Berlin"), expect.stringContaining("Full-time"), "Fraud Detection Pipeline", expect.stringContaining("Remote")]),
    );
  });

  it("reads a trailing employment type after the role as the job's terms, the item under it as the employer", async () => {
    const r = await readMarkdown(
      [
        "# Tomas Ekberg",
        "",
        "## Employment",
        "* 2021-2023: Data Engineer",
        "  * Acme Corp",
        "",
        "* 2019-2021: Research Assistant",
        "  * Harbour University",
        "",
        "* 2018-2019: Web Developer, Contract",
        "  * Quillon Labs",
      ].join("\n"),
    );
    expect(jobs(r)[2]).toEqual(["Quillon Labs", "Web Developer", "2018", "2019"]);
    expect(JSON.stringify(r.work?.[2])).toContain("Contract");
  });
});
