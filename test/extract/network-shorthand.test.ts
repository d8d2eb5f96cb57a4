import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a contact line that writes a network's name where its host goes", () => {
  it("reads 'linkedin/in/handle' and 'GitHub/handle', as a PDF's link text shortens them, as profiles", async () => {
    const text = ["Lena Hart", "555-201-3344 | lena.hart@example.com | linkedin/in/lena-hart | GitLab/lhart — GitHub/lenahart", "", "Experience", "Software Engineer, Fernway Labs 2020 – 2023"].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.basics?.profiles?.map((p) => [p.network, p.username])).toEqual([
      ["LinkedIn", "lena-hart"],
      ["GitLab", "lhart"],
      ["GitHub", "lenahart"],
    ]);
  });

  it("reads no profile from two networks' names or two words joined by a slash ('LinkedIn/GitHub', 'Medium/Substack', 'Dev/Ops')", async () => {
    const text = ["Lena Hart", "lena.hart@example.com · LinkedIn/GitHub · Medium/Substack · Dev/Ops", "", "Experience", "Software Engineer, Fernway Labs 2020 – 2023"].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.basics?.profiles).toBeUndefined();
  });
});

describe("a network's shorthand as the text of a link to the profile", () => {
  it("keeps the link's address as the profile's url", async () => {
    const text = ["# Lena Hart", "[LinkedIn/in/lena-hart](https://www.linkedin.com/in/lena-hart/) <br>", "[GitHub/lenahart](https://github.com/lenahart)", "", "## Experience"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.profiles?.map((p) => [p.network, p.username, p.url])).toEqual([
      ["LinkedIn", "lena-hart", "https://www.linkedin.com/in/lena-hart/"],
      ["GitHub", "lenahart", "https://github.com/lenahart"],
    ]);
  });
});
