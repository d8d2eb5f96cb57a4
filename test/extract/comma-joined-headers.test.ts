import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** moderncv's \cventry, as pdftotext writes it: the dates, then the title, the employer and the town joined by commas. */
const CV = [
  "Jane Roe",
  "jane.roe@example.org",
  "",
  "Experience",
  "2005–present Freelance IT consultant, Quillmark, Amsterdam",
  "IT solutions with a focus on free software.",
  "",
  "2002–2005 Developer, System Administrator, Brightwave Media, Utrecht",
  "Development of a web application for online questionnaires.",
  "",
  "1999–2002 Technical Consultant, Capstone Technology Services, Utrecht",
  "Customisations of an ERP suite.",
].join("\n");

describe("a header whose title, employer and town are joined by commas", () => {
  it("keeps a title of two roles whole and reads the name after it as the employer", async () => {
    const { resume } = await extractSource({ path: "cv.txt", text: CV, format: "text", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.location])).toEqual([
      ["Quillmark", "Freelance IT consultant", "2005", undefined, "Amsterdam"],
      ["Brightwave Media", "Developer, System Administrator", "2002", "2005", "Utrecht"],
      ["Capstone Technology Services", "Technical Consultant", "1999", "2002", "Utrecht"],
    ]);
  });
});
