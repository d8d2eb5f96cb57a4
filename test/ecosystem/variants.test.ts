import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResume } from "../../src/load-resume.js";
import type { Resume } from "../../src/resume/schema.js";
import { splitAttributeTags, stripAttributeTags } from "../../src/variants/attribute-tags.js";
import { createVariant, filterVariant } from "../../src/variants/filter-variant.js";
import { REPO } from "../support/paths.js";

const resume: Resume = {
  basics: { name: "Ada Lovelace", summary: "Mathematician." },
  work: [{ name: "Engine Co.", tags: ["industry"] }, { name: "Royal Society", tags: ["academic"] }, { name: "Library" }],
  publications: [{ name: "Notes" }],
  interests: [{ name: "Horse riding" }],
  sections: [{ id: "talks", title: "Talks", items: [{ title: "On engines" }], tags: ["academic"] }],
  meta: {
    sections: [
      { key: "summary", title: "About", tags: ["private"] },
      { key: "work", title: "Experience" },
      { key: "publications", title: "Publications", tags: ["academic"] },
      { key: "interests", title: "Hobbies", tags: ["private"] },
      { key: "custom:talks", title: "Talks" },
    ],
  },
};

describe("variants", () => {
  it("keeps untagged parts and those sharing a tag with --only", () => {
    const academic = filterVariant(resume, { only: ["academic"], except: [] });
    expect(academic.work?.map((w) => w.name)).toEqual(["Royal Society", "Library"]);
    expect(academic.publications).toHaveLength(1);
    expect(academic.interests).toBeUndefined();
    expect(academic.basics?.summary).toBeUndefined();
    expect(academic.sections?.map((s) => s.id)).toEqual(["talks"]);
    expect(academic.meta?.sections?.map((s) => s.key)).toEqual(["work", "publications", "custom:talks"]);
  });

  it("drops the parts tagged with --except and a section left empty", () => {
    const open = filterVariant(resume, { only: [], except: ["private", "academic"] });
    expect(open.work?.map((w) => w.name)).toEqual(["Engine Co.", "Library"]);
    expect(open.publications).toBeUndefined();
    expect(open.sections).toBeUndefined();
    expect(open.meta?.sections?.map((s) => s.key)).toEqual(["work"]);
    expect(resume.interests).toHaveLength(1);
  });

  it("names a variant after its tags", () => {
    expect(createVariant(["Academic"], ["private"])?.name).toBe("academic-no-private");
    expect(createVariant([], [])).toBeUndefined();
  });

  it("reads Pandoc-style tags after a heading and leaves other braces alone", () => {
    expect(splitAttributeTags("## Publications {.academic .Long-Form}")).toEqual({ text: "## Publications", tags: ["academic", "long-form"] });
    expect(splitAttributeTags("Set theory {x}")).toEqual({ text: "Set theory {x}", tags: [] });
    const stripped = stripAttributeTags("```\n## Code {.a}\n```\n### Acme {.b}\n");
    expect(stripped.text).toBe("```\n## Code {.a}\n```\n### Acme\n");
    expect([...stripped.lines]).toEqual([[4, { tags: ["b"], title: "Acme" }]]);
  });

  it("tags sections and entries of a Markdown source from headings and front matter", async () => {
    const loaded = await loadResume(join(REPO, "test/fixtures/jsonresume/tagged.md"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    const { resume: tagged } = loaded.value;
    expect(tagged.work?.map((w) => w.tags)).toEqual([["industry"], ["academic"]]);
    expect(tagged.meta?.sections?.filter((s) => s.tags).map((s) => [s.title, s.tags])).toEqual([
      ["Publications", ["academic"]],
      ["Hobbies", ["private"]],
    ]);
  });
});
