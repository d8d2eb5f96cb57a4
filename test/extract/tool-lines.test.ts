import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

/** Lines that list a job's tools, in any language or set as code, name neither its employer nor its role. */
describe("tool lines under a job's dates", () => {
  it("reads a labelled list of technologies in German or Italian as the job's text, not its role", async () => {
    const r = await readMarkdown(
      [
        "# Marta Vogel",
        "",
        "## Berufserfahrung",
        "",
        "* 2015 - 2019",
        "    Entwicklerin bei Nordlicht Messtechnik GmbH",
        "    Technologien: C, Linux, CAN",
        "",
        "* 2012 - 2015",
        "    Werkstudentin",
        "    Technologien: PHP, MySQL",
        "",
        "* 2010 - 2012",
        "    Tirocinante",
        "    Tecnologie utilizzate: Java, Oracle",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Nordlicht Messtechnik GmbH", "Entwicklerin", "2015", "2019"],
      [undefined, "Werkstudentin", "2012", "2015"],
      [undefined, "Tirocinante", "2010", "2012"],
    ]);
  });

  it("reads a line of code-set tools as the job's text, though it stands right under the dates", async () => {
    const r = await readMarkdown(
      [
        "# Marta Vogel",
        "",
        "## Berufserfahrung",
        "",
        "* 2015 - 2019",
        "    Softwareentwicklerin bei Nordlicht Messtechnik GmbH",
        "",
        "* 2012 - 2015 ",
        "    `pascal`, `dos`, `usb`",
        "    Forschungspraktikantin",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Nordlicht Messtechnik GmbH", "Softwareentwicklerin", "2015", "2019"],
      [undefined, "Forschungspraktikantin", "2012", "2015"],
    ]);
  });
});
