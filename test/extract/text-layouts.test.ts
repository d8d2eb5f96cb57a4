import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readText } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

/** Layouts of plain-text résumés (80-column files, text saved from a word processor), each on an invented CV. */
describe("plain-text job headers", () => {
  it("reads a British industrial placement named before 'at' as the role, its firm after it", async () => {
    const text = [
      "Jo Doe",
      "jo@example.org | 07700 900123",
      "",
      "Work Experience",
      "November 2016 to August 2018",
      "Quality Engineer at Harbour Bank, Leeds",
      "Wrote the automated tests for the online banking service and mentored a graduate engineer.",
      "",
      "June 2012 to August 2013",
      "Software Engineer Industrial Placement at Fernhill Devices, York",
      "Built demonstrations of the firm's sensor boards for trade shows and staffed the stand.",
    ].join("\n");
    expect(jobs(await readText(text))).toEqual([
      ["Harbour Bank", "Quality Engineer", "2016-11", "2018-08"],
      ["Fernhill Devices", "Software Engineer Industrial Placement", "2012-06", "2013-08"],
    ]);
  });

  it("reads no job from a section of experience told as undated sentences above the one that lists the jobs, and keeps its text", async () => {
    const text = [
      "JO DOE",
      "jo@example.org",
      "",
      "EXPERIENCE",
      "Designed and built two internal tide-data applications with over 100 users.",
      "Led the migration of more than 20 harbour web applications to a new portal.",
      "Set up automated testing of the gauge readers for the whole team.",
      "Helped design the new campus map.",
      "",
      "WORK HISTORY",
      "Web Developer, Lowtown University, 2008-current",
      "Design and build web sites for the housing portal.",
      "",
      "Database Administrator, Lowtown University, 2004-2008",
      "Support and tune the databases.",
    ].join("\n");
    const r = await readText(text);
    expect(jobs(r)).toEqual([
      ["Lowtown University", "Web Developer", "2008", undefined],
      ["Lowtown University", "Database Administrator", "2004", "2008"],
    ]);
    expect(r.sections?.map((s) => [s.title, s.items.length])).toEqual([["EXPERIENCE", 4]]);
  });

  it("reads the role set in italics between underscores, as pandoc's plain text writes a Markdown résumé, between the employer and the dates", async () => {
    const text = ["JO DOE", "", "Experience", "", "QUAYSIDE _Senior Data Engineer, Platform_ JUNE 2019 TO PRESENT", "", "-   Built the tide data pipeline.", "", "HARBOUR RAND _Reliability Engineer_ 2011 TO 2013", "", "OYSTER INC. _Product Specialist_ 2010 TO 2011", "", "Education", "", "Lowtown University, BSc Oceanography, 2010"].join("\n");
    expect(jobs(await readText(text))).toEqual([
      ["QUAYSIDE", "Senior Data Engineer, Platform", "2019-06", undefined],
      ["HARBOUR RAND", "Reliability Engineer", "2011", "2013"],
      ["OYSTER INC.", "Product Specialist", "2010", "2011"],
    ]);
  });

  it("opens each job at its list item when the item, a date alone and the bold role follow each other (reStructuredText)", async () => {
    const text = ["MIRA OKONJO", "===========", "", "WORK EXPERIENCE", "---------------", "- Halvorsen Freight", "", "  2014 – present", "", "  **Logistics Analyst**", "", "  * Planned routes", "", "  * Audited carriers", "", "- Tidewater Supply", "", "  2009 - 2013", "", "  **Warehouse Lead**", "", "  * Ran the night shift", "", "- Freelance Consulting 2007 - present", "", "  * Set up inventory systems"].join("\n");
    expect(jobs(await readText(text))).toEqual([
      ["Halvorsen Freight", "Logistics Analyst", "2014", undefined],
      ["Tidewater Supply", "Warehouse Lead", "2009", "2013"],
      ["Freelance Consulting", undefined, "2007", undefined],
    ]);
  });

  it("reads an employer line that ends in its company form's stop as the employer, not as a sentence", async () => {
    const r = await readText(
      [
        "MARTA OKONKWO",
        "marta.okonkwo@example.com",
        "",
        "EXPERIENCE",
        "",
        "Lead Data Engineer                                     2021 - Present",
        "Brightwater Analytics Inc.",
        "* Moved the nightly batch onto a streaming pipeline",
        "",
        "Data Engineer                                          2018 - 2021",
        "Norvale Foods S.A.",
        "* Kept the warehouse loads on time",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Brightwater Analytics Inc.", "Lead Data Engineer", "2021", undefined],
      ["Norvale Foods S.A.", "Data Engineer", "2018", "2021"],
    ]);
  });

  it("takes the role before a bar under a dated employer line, and what follows the bar as the job's description", async () => {
    const r = await readText(
      [
        "Work Experience",
        "Harrowgate Robotics Ltd (Leeds, UK)                                                                            Feb. 2021 – Jan. 2023",
        "Machine Learning Intern | Python, PyTorch, OpenCV, Docker, Object Tracking, Edge Deployment",
        "Trained the tracking models that the warehouse robots still run.",
        "Felling Instruments (York, UK)                                                                                 Jun. 2019 – Aug. 2019",
        "Research Assistant | MATLAB, Signal Processing, Regression.",
        "Cleaned three years of sensor logs for the calibration study.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Harrowgate Robotics Ltd", "Machine Learning Intern", "2021-02", "2023-01"],
      ["Felling Instruments", "Research Assistant", "2019-06", "2019-08"],
    ]);
    expect(r.work?.[0]?.description).toBe("Python, PyTorch, OpenCV, Docker, Object Tracking, Edge Deployment");
  });
});

describe("jobs written as labelled records", () => {
  it("reads the town after the employer's comma ('Company: Vistara Softech Pvt. Ltd., Bangalore') as the job's place, a 'Location:' line winning", async () => {
    const text = [
      "RAHUL SHARMA", "Email: rahul.sharma@example.com | Mobile: +91-9876543210", "Address: 12 MG Road, Pune, Maharashtra", "",
      "CAREER OBJECTIVE", "To work in a challenging environment where I can use my skills for the growth of the organisation.", "", "PROFESSIONAL EXPERIENCE",
      "", "Company: Vistara Softech Pvt. Ltd., Bangalore", "Designation: Senior Software Engineer", "Duration: June 2017 – Till Date",
      "Responsibilities:", "• Developed REST services in Java and Spring Boot.", "• Led a team of four engineers.", "",
      "Company: Kaveri Infosystems Ltd.", "Designation: Software Engineer", "Duration: July 2014 – May 2017", "Responsibilities:",
      "• Maintained billing modules.", "", "Company: Deccan Data Services, Pune", "Designation: Trainee",
      "Location: Mumbai", "Duration: 2013 – 2014", "Responsibilities:", "• Tested reports.",
    ].join("\n");
    const r = await readText(text);
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Vistara Softech Pvt. Ltd.", "Senior Software Engineer", "Bangalore"],
      ["Kaveri Infosystems Ltd.", "Software Engineer", undefined],
      ["Deccan Data Services", "Trainee", "Mumbai"],
    ]);
  });
});

describe("plain text that indents its entries under titles at the margin", () => {
  const text = [
    "Robin Vale",
    "robin@example.org",
    "",
    "Experience",
    "  Engineer, Quillfern, Portland, OR (Nov 2019 - Present)",
    "    * Keep the billing services running.",
    "",
    "  Senior Developer, Marrow Labs, Salem, OR (Jan 2014 - Oct 2019)",
    "    Project Portfolio",
    "    * Lead engineer on four shop applications.",
    "",
    "  Web Developer, Tallow Group, Eugene, OR (Nov 2010 - Dec 2013)",
    "    * Built the members' database.",
    "",
    "Community Contributions",
    "  * Founder of the Salem code night",
    "    Ran monthly meetups for two years.",
    "    http://www.example.net/salem-code-night/",
    "",
    "Education",
    "  * B.S., Computer Science, Example State University, 2010",
  ].join("\n");

  it("reads a known title set deeper than the entry above it as part of that entry, so the jobs after it stay jobs", async () => {
    const r = await readText(text);
    expect(jobs(r)).toEqual([
      ["Quillfern", "Engineer", "2019-11", undefined],
      ["Marrow Labs", "Senior Developer", "2014-01", "2019-10"],
      ["Tallow Group", "Web Developer", "2010-11", "2013-12"],
    ]);
  });

  it("takes a web address under a label line of its own ('Website:') for the owner's site", async () => {
    const r = await readText("Jane Doe\njane@example.org\n\nEXPERIENCE\n\nSenior Engineer, Acme Corp, Berlin (2019 - Present)\n- Built the billing service.\n\nEDUCATION\n\nBSc Computer Science, Example University (2008 - 2012)\n\nLINKS\n\nWebsite:\nhttps://janedoe.dev\n");
    expect(r.basics?.url).toBe("https://janedoe.dev");
  });

  it("reads a title it does not know at the margin as a heading, and takes no item's link under it for the owner's site", async () => {
    const r = await readText(text);
    expect(r.sections?.map((s) => s.title)).toContain("Community Contributions");
    expect(r.basics?.url).toBeUndefined();
  });
});
