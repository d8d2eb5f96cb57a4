import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

const described = [
  "- Rust – Deep understanding of the borrow checker and of async runtimes in real services",
  "- Python – Experience building web applications in Python using a small framework",
  "- Version Control – Experience with git, subversion, and perforce in real software teams",
];

describe("a list of skills each described after a dash", () => {
  it("names the term as the skill, not as a group of the sentence's words", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Skills", "", "### Technologies", ...described, ""].join("\n"));
    expect(r.skills).toEqual([{ name: "Technologies", keywords: ["Rust", "Python", "Version Control"] }]);
  });

  it("in plain text too", async () => {
    const r = await readText(["Jane Roe", "jane@example.org", "", "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Skills", "", ...described, ""].join("\n"));
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Rust", undefined],
      ["Python", undefined],
      ["Version Control", undefined],
    ]);
  });

  it("keeps labelled lists of names as groups", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Skills", "", "- **Languages:** Go · Python · Rust", "- **Infra:** Kubernetes · Docker · Terraform", "- Frontend: JavaScript HTML 5 CSS 3 Vue.js Node.js React Sass", ""].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Languages", "Infra", "Frontend"]);
    expect(r.skills?.[0]?.keywords).toEqual(["Go", "Python", "Rust"]);
  });
});
