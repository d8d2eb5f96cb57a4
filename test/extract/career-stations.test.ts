import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** "Stationen", the German heading for the places a career passed through, on an invented CV. */
describe("a German 'Stationen' heading", () => {
  it("reads the stations under it as jobs", async () => {
    const r = await readMarkdown(
      ["# Lena Vogt", "", "## Stationen", "", "- Nordlicht Medien GmbH, Hamburg (2016/04 – 2019/12), *Redakteurin*", "- Elbwerk Verlag GmbH, Bremen (2014/03 – 2016/03), *Volontärin*"].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Nordlicht Medien GmbH", "Redakteurin", "2016-04"],
      ["Elbwerk Verlag GmbH", "Volontärin", "2014-03"],
    ]);
  });
});

/** How German CVs write a station's places and a short stay's months, on an invented CV. */
describe("a German station line", () => {
  const cv = [
    "# Lena Vogt",
    "",
    "## Stationen",
    "",
    "- [Rheinblatt](https://example.org), Essen/Berlin (seit 2015/03), *Redakteurin*",
    "- [Weserfunk](https://example.org), Bremen (2014/08 – 10), *Praktikum*",
  ].join("\n");

  it("reads two towns joined by a slash as the job's place, not part of the employer", async () => {
    const r = await readMarkdown(cv);
    expect(r.work?.[0]).toMatchObject({ name: "Rheinblatt", position: "Redakteurin", location: "Essen/Berlin" });
  });

  it("reads a range of months within one year written once ('2014/08 – 10') to its later month", async () => {
    const r = await readMarkdown(cv);
    expect(r.work?.[1]).toMatchObject({ name: "Weserfunk", startDate: "2014-08", endDate: "2014-10" });
  });
});
