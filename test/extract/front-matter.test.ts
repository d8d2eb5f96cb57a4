import { describe, expect, it } from "vitest";
import { frontMatterBasics } from "../../src/extract/front-matter.js";

const at = { line: 1, column: 1 };
const overrides = (value: Record<string, unknown>) => ({ file: "cv.md", value, keys: new Map() });

describe("frontMatterBasics", () => {
  it("takes the person's part of a title that also gives a headline", () => {
    expect(frontMatterBasics(overrides({ title: "Olena Kravets — Data Engineer" }), new Set(), at).name).toBe("Olena Kravets");
  });

  it("takes no name from a title that is a headline alone", () => {
    expect(frontMatterBasics(overrides({ title: "Data Engineer" }), new Set(["data"]), at).name).toBeUndefined();
  });

  it("reads contact lines kept in a theme's column lists", () => {
    const basics = frontMatterBasics(overrides({ "left-column": ["Email: [jdoe@example.org](mailto:jdoe@example.org)", "Senior Engineer"], "right-column": ["GitHub: [github.com/jdoe](https://github.com/jdoe)"] }), new Set(), at);
    expect(basics.email).toBe("jdoe@example.org");
    expect(basics.profiles).toEqual([{ network: "GitHub", username: "jdoe", url: "github.com/jdoe", label: "GitHub" }]);
  });
});
