import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Labels and their values in sibling HTML elements, on invented CVs. */
describe("a label and its value in sibling HTML elements", () => {
  it("reads spans marked as labels beside their values as labelled lines, never glued", async () => {
    const r = await readMarkdown(
      [
        "# Curriculum Vitae",
        "",
        '<div class="details">',
        '  <span class="key">Name</span><span>Jane Roe</span>',
        '  <span class="key">Location</span><span>Leeds, UK</span>',
        '  <span class="key">E-mail</span><span>jane@example.org</span>',
        "</div>",
        "",
        "## Experience",
        "",
        "- Engineer, Acme Ltd, 2019 - 2021",
      ].join("\n"),
    );
    expect(r.basics?.name).toBe("Jane Roe");
    expect(r.basics?.email).toBe("jane@example.org");
    expect(r.basics?.location?.city).toBe("Leeds");
  });

  it("reads a definition list of short terms as labelled lines", async () => {
    const r = await readMarkdown(
      ["# Jane Roe", "", "<dl>", "<dt>E-mail</dt><dd>jane@example.org</dd>", "<dt>Location</dt><dd>York, UK</dd>", "</dl>", "", "## Experience", "", "- Engineer, Acme Ltd, 2019 - 2021"].join("\n"),
    );
    expect(r.basics?.email).toBe("jane@example.org");
    expect(r.basics?.location?.city).toBe("York");
    // the terms are the details' labels, not stray lines of a section of their own
    expect(r.sections ?? []).toEqual([]);
  });

  it("leaves a definition list of entries described at length as it was", async () => {
    const r = await readMarkdown(
      ["# Jane Roe", "", "## Experience", "", "<dl>", "<dt>Acme Ltd, 2019 – 2021</dt><dd><p>Engineer. Built the billing service.</p></dd>", "<dt>Globex, 2016 – 2019</dt><dd><p>Analyst. Wrote reports.</p></dd>", "</dl>"].join("\n"),
    );
    expect(JSON.stringify(r)).not.toContain("2021: ");
  });
});
