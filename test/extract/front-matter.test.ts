import { describe, expect, it } from "vitest";
import { frontMatterBasics } from "../../src/extract/front-matter.js";
import { extractSource } from "../support/extract.js";

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

  it("reads contact items written as text with a link and an icon's tags, as oh-my-cv's header list has them", () => {
    const header = [
      { text: '<span style="font-weight: bold;">Applying for: Data Engineer</span>' },
      { text: '<span class="iconify" data-icon="tabler:phone"></span> +44 20 7946 0321', newLine: true },
      { text: '<span class="iconify" data-icon="tabler:mail"></span> nia@example.org', link: "mailto:nia@example.org" },
      { text: '<span class="iconify" data-icon="tabler:brand-github"></span> niaokafor', link: "https://github.com/niaokafor" },
    ];
    const basics = frontMatterBasics(overrides({ name: "Nia Okafor", header }), new Set(), at);
    expect([basics.phone, basics.email, basics.profiles?.map((p) => [p.network, p.url])]).toEqual(["+44 20 7946 0321", "nia@example.org", [["GitHub", "https://github.com/niaokafor"]]]);
  });
});

describe("TOML front matter", () => {
  it("is read as YAML front matter is, Hugo's page keys warned of at their lines, and none of it printed as the CV's text", async () => {
    const text = '+++\ntitle = "Resume"\ndate = 2023-01-01\n[menu.main]\nweight = 2\n[basics]\nemail = "jane@example.com"\n+++\n\n# Jane Doe\n\n## Experience\n\n- **Engineer**, Acme, 2020 – 2022\n';
    const { resume, diagnostics } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.email).toBe("jane@example.com");
    expect(resume.meta?.title).toBe("Resume");
    expect(resume.sections).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "unknown-field").map((d) => [d.message.split(" ")[0], d.position?.line])).toEqual([
      ["date", 3],
      ["menu", 4],
    ]);
  });

  it("that cannot be read is an error at its line", async () => {
    const { diagnostics } = await extractSource({ path: "cv.md", text: '+++\ntitle = "Resume\n+++\n\n# Jane Doe\n', format: "markdown", formatReason: "test" });
    expect(diagnostics.filter((d) => d.ruleId === "toml-syntax").map((d) => [d.severity, d.position?.line])).toEqual([["error", 2]]);
  });
});
