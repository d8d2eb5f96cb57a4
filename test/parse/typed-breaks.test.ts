import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const parse = async (text: string) => (await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" })).resume;

describe("LaTeX's line break typed into Markdown", () => {
  it("reads a line of '\\\\' alone as space between entries, no entry or item of its own", async () => {
    const r = await parse(
      ["# Mirela Vos", "", "## Awards", "\\\\", "\\\\", "`2017`", "Lindqvist Student Grant.", "", "`2009`", "Harbour Excellence Scholarship.", "", "## References", "\\\\", "\\\\", "Available on request."].join("\n"),
    );
    expect((r.awards ?? []).map((a) => [a.title, a.date])).toEqual([
      ["Lindqvist Student Grant.", "2017"],
      ["Harbour Excellence Scholarship.", "2009"],
    ]);
    expect(JSON.stringify(r)).not.toContain('"\\\\"');
  });
});
