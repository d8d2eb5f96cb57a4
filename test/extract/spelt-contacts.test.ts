import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const header = (lines: string[]) =>
  extractSource({ path: "cv.md", text: ["# Jo Example", "", "## Contact information", "", ...lines, "", "## Experience", "", "**Engineer** | Quillfern | 2019 - Present"].join("\n"), format: "markdown", formatReason: "test" });

describe("contacts written one a line under a contact heading", () => {
  it("reads an address spelt out with (at) as the address it spells", async () => {
    const { resume } = await header(["jo (at) example.net\\", "+1 856 555 0100"]);
    expect([resume.basics?.email, resume.basics?.phone]).toEqual(["jo@example.net", "+1 856 555 0100"]);
  });

  it("reads the last line's link though the backslash that broke the lines above is left after it", async () => {
    const { resume } = await header(["+1 856 555 0100\\", "<https://www.jo-example.com>\\", "<https://www.linkedin.com/in/joexample>\\"]);
    expect(resume.basics?.profiles).toEqual([{ network: "LinkedIn", username: "joexample", url: "https://www.linkedin.com/in/joexample" }]);
    expect(resume.basics?.url).toBe("https://www.jo-example.com");
  });

  it("reads an address spelt out after its label ('Email: jo (at) example.net') as the address, not the host as a site", async () => {
    const { resume } = await header(["Email: jo (at) example.net", "Tel: +1 856 555 0100"]);
    expect([resume.basics?.email, resume.basics?.url]).toEqual(["jo@example.net", undefined]);
  });
});
