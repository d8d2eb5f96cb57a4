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
