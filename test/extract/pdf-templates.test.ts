import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { joinSplitCapitals } from "../../src/parse/split-capitals.js";
import { extractSource } from "../support/extract.js";

/**
 * What vitae reads of the text `pdftotext cv.pdf cv.txt` (poppler, default mode) makes of CVs set in the LaTeX
 * templates many people use. The CVs are invented; each fixture is the whole of pdftotext's output for one.
 */
async function readTemplate(name: string): Promise<Resume> {
  const text = readFileSync(new URL(`pdf-templates/${name}.txt`, import.meta.url), "utf8");
  const { resume } = await extractSource({ path: `${name}.txt`, text, format: "text", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]);

/** The jobs and schools of the invented CV set in Jake's résumé, however pdftotext orders its columns. */
const JAKES_JOBS = [
  ["Brightline Payments", "Software Engineer II", "2021-06", undefined],
  ["Brightline Payments", "Software Engineer", "2019-07", "2021-05"],
  ["Cedar & Pine Robotics", "Software Engineering Intern", "2018-05", "2018-08"],
  ["University of Texas at Austin", "Undergraduate Teaching Assistant", "2017-01", "2018-05"],
];
const JAKES_SCHOOLS = [
  ["University of Texas at Austin", "Bachelor of Science", "Computer Science", "2015-08", "2019-05"],
  ["Austin Community College", "Associate of Arts", "Mathematics", "2013-08", "2015-05"],
];

describe("text of PDF CVs set in common templates", () => {
  it("europasscv: the name under its personal-information title, each job under its date column, the employer's town and bracketed country its place", async () => {
    const r = await readTemplate("europasscv");
    // "PERSONAL INFORMATION" over the name: the section is the header
    expect([r.basics?.name, r.basics?.email, r.basics?.phone]).toEqual(["Lucía Ferrer Castillo", "lucia.ferrer@example.es", "+34 612 345 678"]);
    expect(jobs(r)).toEqual([
      ["Aguas del Tajo S.A.", "Environmental Engineer", "2019-03", undefined],
      ["Química Levante S.L.", "Junior Process Engineer", "2016-09", "2019-02"],
      ["Instituto Geológico y Minero de España", "Intern", "2015-06", "2015-08"],
    ]);
    expect(r.work?.[0]?.location).toBe("Toledo (Spain)");
    expect(schools(r)).toEqual([
      ["Universidad Politécnica de Madrid", "Master’s Degree", "Environmental Engineering", "2014", "2016"],
      ["Universitat de València", "Bachelor’s Degree", "Chemical Engineering", "2010", "2014"],
    ]);
  });

  it("Jake's résumé: the column of dates and places pdftotext sets after a section's entries goes back to them in order", async () => {
    const r = await readTemplate("jakes-resume");
    expect(jobs(r)).toEqual(JAKES_JOBS);
    expect(r.work?.map((w) => w.location)).toEqual(["San Francisco, CA", "San Francisco, CA", "Pittsburgh, PA", "Austin, TX"]);
    expect(schools(r)).toEqual(JAKES_SCHOOLS);
    expect(r.projects?.map((p) => p.name)).toEqual(["Ledgerlens", "Quill Notes"]);
  });

  it("Jake's résumé where the first job keeps its dates beside it: the column after the entries dates the rest, places over dates too", async () => {
    const r = await readTemplate("jakes-resume-first-dated");
    expect(jobs(r)).toEqual(JAKES_JOBS);
    expect(schools(r)).toEqual(JAKES_SCHOOLS);
  });

  it("moderncv classic: a row led by its dates is the entry's header, the sentence under it what was done there", async () => {
    const r = await readTemplate("moderncv-classic");
    expect(jobs(r)).toEqual([
      ["Halvorsen Analytics AS", "Senior Data Engineer", "2021", undefined],
      ["Halvorsen Analytics AS", "Data Engineer", "2018", "2021"],
      ["Fjordline Logistics", "Software Developer", "2015", "2018"],
      ["University of Oslo", "Research Assistant", "2014", "2015"],
    ]);
    expect(r.work?.[0]?.location).toBe("Bergen, Norway");
    expect(r.work?.[0]?.summary).toBe("Designed the streaming ingestion platform handling 40k events per second.\nLed a team of four engineers migrating batch jobs to Apache Flink.");
    // "University of Oslo, Oslo": a school named after its town, and the town
    expect(schools(r)).toEqual([
      ["University of Oslo", "M.Sc.", "Computer Science", "2012", "2014"],
      ["Norwegian University of Science and Technology", "B.Sc.", "Mathematics", "2009", "2012"],
    ]);
    expect(r.publications?.map((p) => p.name)).toEqual(["Incremental Route Repair for Urban Freight", "Approximate Shortest Paths under Edge Updates"]);
    expect(r.projects?.map((p) => [p.name, p.description])).toEqual([
      ["Tidewatch", "An open-source tool for monitoring Kafka consumer lag."],
      ["Sparrow", "A lightweight feature store for small teams."],
    ]);
    // "Tools Apache Flink, Kafka, …": \cvitem's label set apart from its list by a space only
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Python", "Java", "Scala", "SQL"]],
      ["Tools", ["Apache Flink", "Kafka", "Airflow", "Docker", "Kubernetes"]],
    ]);
  });

  it("moderncv Lebenslauf: a range its narrow date column wraps after the dash is one range again, the town after the employer its place", async () => {
    const r = await readTemplate("moderncv-lebenslauf");
    expect(jobs(r)).toEqual([
      ["Donautal Messtechnik GmbH", "Teamleiter Softwareentwicklung", "2020-04", undefined],
      ["Donautal Messtechnik GmbH", "Softwareentwickler Embedded Systems", "2017-01", "2020-03"],
      ["Krones AG", "Werkstudent Qualitätssicherung", "2014-09", "2016-12"],
    ]);
    expect(r.work?.map((w) => w.location)).toEqual(["Regensburg", "Regensburg", "Neutraubling"]);
    // the first degree's row wraps before the school's name ends
    expect(schools(r)).toEqual([
      ["Ostbayerische Technische Hochschule Regensburg", "Master of Science", "Elektro- und Informationstechnik", "2012-10", "2014-09"],
      ["Hochschule Landshut", "Bachelor of Engineering", "Elektrotechnik", "2009-10", "2012-09"],
      ["Veit-Höser-Gymnasium Bogen", "Abitur", undefined, undefined, "2008"],
    ]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Programmierung", "Werkzeuge"]);
  });

  it("moderncv banking: the title beside the name, a row of contacts of its own, and an employer whose form is in capitals ('AS')", async () => {
    const r = await readTemplate("moderncv-banking");
    expect([r.basics?.name, r.basics?.label, r.basics?.email, r.basics?.url]).toEqual(["Marit Lindqvist", "Data Engineer", "marit.lindqvist@example.no", "https://maritlindqvist.no"]);
    expect(jobs(r)).toEqual([
      ["Halvorsen Analytics AS", "Senior Data Engineer", "2021", undefined],
      ["Halvorsen Analytics AS", "Data Engineer", "2018", "2021"],
      ["Fjordline Logistics", "Software Developer", "2015", "2018"],
      ["University of Oslo", "Research Assistant", "2014", "2015"],
    ]);
    expect(schools(r).map((s) => s[0])).toEqual(["University of Oslo", "Norwegian University of Science and Technology"]);
    expect(r.projects?.map((p) => p.name)).toEqual(["Tidewatch", "Sparrow"]);
  });

  it.each([
    ["moderncv-banking-late-column", "each in a block of its own"],
    ["moderncv-banking-late-cells", "in one block"],
  ])("moderncv banking with lists (%s): the list markers alone on their lines are dropped, and the places and dates pdftotext sets after the next entry's head, %s, go back to the undated entries", async (name) => {
    const r = await readTemplate(name);
    expect(jobs(r)).toEqual([
      ["Vistula Payments", "Senior Backend Engineer", "2021-06", undefined],
      ["Baltyk Freight", "Backend Engineer", "2019-02", "2021-05"],
      ["Mazovia Analytics", "Software Engineering Intern", "2018-07", "2018-12"],
    ]);
    expect(r.work?.map((w) => w.location)).toEqual(["Warsaw, Poland", "Gdańsk, Poland", "Kraków, Poland"]);
    expect(r.work?.[0]?.summary ?? r.work?.[0]?.highlights?.join("\n")).toContain("Designed the settlement service");
    expect(schools(r)).toEqual([["Warsaw University of Technology", "Master of Science", "Computer Science", "2016-10", "2018-07"]]);
  });

  it("moderncv banking with sub-sections: a title with spaced dots run on to the line's end heads no entry, and two roles at one employer begun in one year but ended apart stay two", async () => {
    const r = await readTemplate("moderncv-banking-subsections");
    expect(jobs(r)).toEqual([
      ["Nidaros Robotics", "Embedded Software Engineer", "2019", undefined],
      ["Fjellnett AS", "Network Technician", "2016", "2019"],
      ["Fjellnett AS", "Apprentice", "2016", "2016"],
      ["Trondheim Folkebibliotek", "Library Assistant", "2014", "2016"],
    ]);
  });

  it("moderncv classic with the months written out: the range wrapped over the date column's lines, each piece at the head of a line beside the entry, is joined again and dates its entry; the terms after the place are set aside", async () => {
    const r = await readTemplate("moderncv-classic-long-months");
    expect(jobs(r)).toEqual([
      ["Harmattan Cloud Ltd", "Platform Engineer", "2023-09", undefined],
      ["Udi Hills Software", "Backend Developer", "2021-05", "2023-08"],
      ["Ogbunike Labs", "Data Engineer", "2020-11", "2021-04"],
      ["Niger Delta Analytics", "Software Engineering Intern", "2020-01", "2020-12"],
    ]);
    // "…, Enugu, Nigeria, Full-time (Hybrid)": the job's terms after the place are neither place nor employer
    expect(r.work?.[1]?.location).toBe("Enugu, Nigeria");
    // the item beside "August 2023", and the one whose wrapped line the next entry's dates follow, stay list items
    expect(r.work?.[1]?.highlights).toEqual(["Built the loan origination service in Go and PostgreSQL for three microfinance banks and their agents"]);
    expect(r.work?.[2]?.highlights).toEqual(["Moved the nightly sales exports of sixty pharmacies from spreadsheets into a warehouse that the finance team queries directly"]);
    expect(r.work?.[0]?.highlights).toEqual([
      "Runs the Kubernetes clusters behind the company’s payment gateway, serving forty merchant integrations across West Africa",
      "Cut deployment time from an hour to eight minutes",
    ]);
    expect(schools(r).map((s) => [s[3], s[4]])).toEqual([["2015-10", "2019-11"]]);
  });

  it("a Deedy-like two-column résumé: the columns' first titles stacked, their entries in turn, the right column going on after the left one ends", async () => {
    const r = await readTemplate("deedy-two-column");
    expect(jobs(r)).toEqual([
      ["WAYFARER HEALTH", "Senior Data Scientist", "2021-03", undefined],
      ["WAYFARER HEALTH", "Data Scientist", "2018-06", "2021-02"],
      ["KESTREL INSURANCE", "Analytics Intern", "2017-05", "2017-08"],
    ]);
    expect(r.work?.[0]?.highlights).toEqual(["Built readmission risk models used across 14 partner hospitals", "Led the migration of feature pipelines from cron to Airflow"]);
    expect(schools(r)).toEqual([
      ["NORTHEASTERN UNIVERSITY", "MS", "Data Science", "2016-09", "2018-05"],
      ["UNIVERSITY OF LAGOS", "BSc", "Statistics", "2011-09", "2015-07"],
    ]);
    // "Tools" under the skills, set as a title of its own, is a group of them
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Programming", ["Python", "R", "SQL", "Scala"]],
      ["Tools", ["Spark", "Airflow", "dbt", "Tableau"]],
    ]);
  });

  it("an AltaCV-like page with a sidebar: the first and last name set on lines of their own, the headline under them", async () => {
    const r = await readTemplate("altacv-like-sidebar");
    expect([r.basics?.name, r.basics?.label, r.basics?.email, r.basics?.phone]).toEqual(["Henrik Aaltonen", "Machine Learning Engineer", "henrik.aaltonen@example.fi", "+358 40 123 4567"]);
  });

  it("an Awesome-CV-like page: entries with nothing under them take the places and dates set after them in order", async () => {
    const r = await readTemplate("awesome-cv-like");
    expect(jobs(r)).toEqual([
      ["Lanterna Pay S.p.A.", "Senior Backend Engineer", "2021-02", undefined],
      ["Lanterna Pay S.p.A.", "Backend Engineer", "2018-09", "2021-01"],
      ["Collina Digital S.r.l.", "Software Developer", "2016-07", "2018-08"],
    ]);
    expect(schools(r)).toEqual([
      ["Politecnico di Torino", "M.Sc.", "Computer Engineering", "2014", "2016"],
      ["Università degli Studi di Genova", "B.Sc.", "Computer Engineering", "2011", "2014"],
    ]);
    expect(r.education?.map((e) => e.location)).toEqual(["Torino, Italy", "Genova, Italy"]);
  });

  it("a res.cls-like résumé: an organisation set in capitals right over its role heads an entry, not a section", async () => {
    const r = await readTemplate("res-cls");
    expect(jobs(r)).toEqual([
      ["Critical Circuits Lda.", "Hardware Design Engineer", "2020-10", undefined],
      ["Critical Circuits Lda.", "Junior Hardware Engineer", "2017-09", "2020-09"],
      ["INESC TEC", "Research Assistant", "2016-02", "2017-07"],
    ]);
    expect(r.publications?.map((p) => p.name)).toEqual(["A 20 nW wake-up receiver for duty-cycled sensor networks"]);
  });

  it("a Word-like page printed from a browser: the place and date of its last school, which pdftotext sets at the foot of the page after the skills, go back to the school", async () => {
    const r = await readTemplate("word-like-right-cells");
    expect(schools(r)).toEqual([["Colorado School of Mines", "Bachelor of Science", "Industrial Engineering", undefined, "2018-12"]]);
    expect(r.education?.[0]?.location).toBe("Golden, CO");
    expect(r.skills?.map((s) => s.name)).toEqual(["Technical"]);
    expect(jobs(r)).toEqual([
      ["Ball Aerospace", "Senior Supply Chain Analyst", "2021-03", undefined],
      ["Ball Aerospace", "Supply Chain Analyst", "2019-06", "2021-02"],
      ["Vail Resorts", "Inventory Planning Intern", "2018-05", "2018-08"],
    ]);
  });

  it("a page printed with a sidebar that holds the education: the name and headline after the sidebar head the CV, each language on its line its own", async () => {
    const r = await readTemplate("sidebar-with-education");
    expect([r.basics?.name, r.basics?.label, r.basics?.email]).toEqual(["Ana Ribeiro", "Senior Data Analyst", "ana.ribeiro@example.pt"]);
    expect(r.languages?.map((l) => [l.language, l.fluency])).toEqual([["Portuguese", "native"], ["English", "C1"]]);
    expect(schools(r)).toEqual([
      ["Universidade do Porto", "MSc", "Data Science", "2016", "2018"],
      ["Universidade de Coimbra", "BSc", "Mathematics", "2013", "2016"],
    ]);
    expect(jobs(r)).toEqual([
      ["Farfetch", "Senior Data Analyst", "2021-03", undefined],
      ["Sonae MC", "Data Analyst", "2018-09", "2021-02"],
      ["INESC TEC", "Research Intern", "2018-02", "2018-07"],
    ]);
  });

  it("a Word-like page set in tables: the employer's span pdftotext sets apart under a dated role stays with it, not an entry of its own, and an employer's paragraph over a date alone is dated by it", async () => {
    const r = await readTemplate("word-like-table");
    expect(r.basics?.name).toBe("MICHAEL O'CONNOR");
    expect(jobs(r)[0]).toEqual(["NATIONWIDE MUTUAL INSURANCE", "Senior Actuarial Analyst", "2020", undefined]);
    expect(r.work?.[0]?.summary).toContain("Priced personal auto products across 14 states.\nBuilt GLM rating models in R and Emblem.");
    expect(jobs(r).slice(1).map((j) => j.slice(1))).toEqual([
      ["Actuarial Analyst", "2017", "2020"],
      ["Actuarial Intern", "2015", "2017"],
    ]);
    expect(r.work?.[2]?.name).toBe("GRANGE INSURANCE");
    expect(schools(r)).toEqual([["THE OHIO STATE UNIVERSITY", "Bachelor of Science", "Actuarial Science", undefined, "2015-05"]]);
  });
  it("moderncv's \\cvitem rows cut into a column of labels, then a column of what they label: each label goes back before its list, a list wrapped after a comma whole", async () => {
    const r = await readTemplate("moderncv-label-column");
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Rust", "C++", "Python", "Go"]],
      ["Embedded", ["Zephyr", "FreeRTOS", "Yocto", "U-Boot", "device trees"]],
      ["Tools", ["GitLab CI", "Jenkins", "Grafana"]],
    ]);
    expect(jobs(r)).toEqual([
      ["Sensonic Sp. z o.o.", "Firmware Engineer", "2021-03", undefined],
      ["Mikrotech S.A.", "Embedded Developer", "2017-09", "2021-02"],
    ]);
  });

  it("a table of dates beside entries whose dates pdftotext sets as a paragraph before the entries': each date dates its row, the labels of personal details their values", async () => {
    const r = await readTemplate("tabular-date-column");
    expect([r.basics?.email, r.basics?.phone]).toEqual(["niamh.gallagher@example.ie", "+353 87 123 4567"]);
    expect(jobs(r)).toEqual([
      ["Fenwick Labs", "Software Intern", "2022-06", "2022-08"],
      ["Harbour Bank", "Summer Analyst", "2021-06", "2021-08"],
    ]);
    expect(r.education?.[0]?.institution).toBe("Trinity College Dublin");
    expect(schools(r).map((s) => [s[3], s[4]])).toEqual([
      ["2019", undefined],
      ["2013", "2019"],
    ]);
  });
  it("moderncv casual's footer of address, phone and e-mail, which pdftotext sets at the foot of every page, is read once as the owner's contacts, not as an entry where the page breaks", async () => {
    const r = await readTemplate("moderncv-casual-footer");
    expect([r.basics?.email, r.basics?.phone, r.basics?.location?.city]).toEqual(["ingrid.halvorsen@example.no", "+47 912 34 567", "Stavanger"]);
    // the page breaks under the Projects title: the footer above the first project is none
    expect(r.projects?.map((p) => p.name)).toEqual(["Open decline-curve toolkit", "Waterflood dashboard"]);
  });
  it("the day's date LaTeX's \\today sets in a page's footer (Awesome-CV's) is no entry of the section above it", async () => {
    const r = await readTemplate("awesome-cv-footer-date");
    expect(r.education?.map((e) => [e.institution, e.endDate])).toEqual([["Norwegian University of Science and Technology", "2015-06"]]);
  });

  it("sb2nov's résumé, a bullet before each employer and school and another glyph before what was done there: the bulleted line heads its entry, in both of pdftotext's modes", async () => {
    for (const name of ["sb2nov-resume", "sb2nov-resume-layout"]) {
      const r = await readTemplate(name);
      expect(jobs(r), name).toEqual([
        ["Lumen Freight Inc.", "Senior Backend Engineer", "2021-03", undefined],
        ["Harborview Analytics", "Software Engineer", "2018-01", "2021-02"],
        ["Carnegie Mellon University", "Graduate Teaching Assistant", "2017-01", "2017-12"],
      ]);
      expect(schools(r), name).toEqual([
        ["Carnegie Mellon University", "Master of Science", "Information Networking", "2016-08", "2017-12"],
        ["Anna University", "Bachelor of Engineering", "Computer Science", "2011-08", "2015-05"],
      ]);
      expect(r.projects?.map((p) => p.name), name).toEqual(["Tidepool", "Wayfinder"]);
    }
  });

  it("sb2nov's résumé whose last entry pdftotext sets with its place and dates after its bullets: they go back under its head, and the head names its employer", async () => {
    const r = await readTemplate("sb2nov-trailing-cell");
    expect(jobs(r)).toEqual([
      ["Kestrel Logistics Ltd.", "Senior Backend Engineer", "2021-03", undefined],
      ["Osprey Health Data", "Software Engineer", "2018-01", "2021-02"],
      ["Carnegie Mellon University", "Graduate Teaching Assistant", "2017-01", "2017-12"],
    ]);
    expect([r.work?.[2]?.location, r.work?.[2]?.highlights?.length]).toEqual(["Pittsburgh, PA", 2]);
  });

  it("sb2nov's projects set as dated subheadings over \"◦ Task: what was done\" items: each head is one project, its items its highlights", async () => {
    const r = await readTemplate("sb2nov-dated-projects");
    expect(r.projects?.map((p) => [p.name, p.startDate, p.endDate, p.highlights?.length])).toEqual([
      ["HARBOUR FOODS", "2021-03", "2022-12", 3],
      ["Fenwick Outdoor", "2023-01", "2023-08", 3],
    ]);
  });

  it("Jake's résumé set in Charter, whose faked small capitals pdftotext parts after their first letter ('E XPERIENCE'): the headings and the name are whole words again", async () => {
    const r = await readTemplate("jakes-resume-charter");
    expect(r.basics?.name).toBe("MARISOL QUINTERO");
    expect(jobs(r)).toEqual([
      ["Tallgrass Billing Co.", "Backend Engineer", "2022-03", undefined],
      ["Juniper Ledger", "Software Engineering Intern", "2021-05", "2021-08"],
    ]);
    expect(schools(r)).toEqual([["University of Colorado Boulder", "Bachelor of Science", "Computer Science", "2018", "2022"]]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Languages", "Tools & Platforms"]);
  });

  it("Jake's résumé whose last project pdftotext dates after its bullets, the projects set with no blank line between them: the date goes back to that project", async () => {
    const r = await readTemplate("jakes-resume-late-project");
    expect(r.projects?.map((p) => [p.name, p.startDate, p.highlights?.length])).toEqual([
      ["Harvest Planner", "2023-03", 2],
      ["Trailhead Alerts", "2022-10", 2],
      ["Shelf Scanner", "2022-06", 2],
    ]);
  });

  it("sb2nov's two labelled skill lists set side by side on one line (`\\hfill`) are two groups, as pdftotext -layout keeps them", async () => {
    for (const name of ["sb2nov-resume", "sb2nov-resume-layout"]) {
      const r = await readTemplate(name);
      expect(r.skills?.map((s) => [s.name, s.keywords]), name).toEqual([
        ["Languages", ["Go", "Python", "TypeScript", "SQL"]],
        ["Technologies", ["Kafka", "PostgreSQL", "Kubernetes", "AWS"]],
      ]);
    }
  });

  it("Awesome-CV set by XeLaTeX in Source Sans, whose hyphen comes out as U+2011 ('Apr. 2021 ‑ Present', '512‑340‑778'): a range's dash between spaces or digits, the phone's too", async () => {
    const r = await readTemplate("awesome-cv-xelatex-hyphens");
    expect(jobs(r).map((j) => [j[0], j[2], j[3]])).toEqual([
      ["Baltic Logistics", "2021-04", undefined],
      ["Morska Software", "2017-09", "2021-03"],
    ]);
    expect(schools(r).map((s) => [s[0], s[3], s[4]])).toEqual([["Gdańsk University of Technology", "2015", "2017"]]);
    expect(r.basics?.phone).toBe("+48 512-340-778");
  });

  it("academic years written with a slash ('2018/19', '2014/15 – 2017/18', '2023/24 – present') span from the year they begin in to the year they end in", async () => {
    const r = await readTemplate("academic-years");
    expect(schools(r).map((s) => [s[0], s[3], s[4]])).toEqual([
      ["University of St Andrews", "2019", "2023"],
      ["University of Aberdeen", "2018", "2019"],
      ["University of Glasgow", "2014", "2018"],
    ]);
    expect(jobs(r)).toEqual([
      ["Scottish Association for Marine Science", "Research Fellow", "2023", undefined],
      ["University of St Andrews", "Teaching Assistant", "2020", "2021"],
    ]);
  });

  it("a 'Languages' section that names no spoken language ('Go, Python, TypeScript, SQL') lists programming languages, which are skills", async () => {
    const r = await readTemplate("languages-of-code");
    expect(r.languages ?? []).toEqual([]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Go", "Python", "TypeScript", "SQL", "Docker", "Kubernetes", "Terraform"]);
  });

  it("a column of dates set before its awards, one of which wraps before a word in lower case: each date goes back to its award", async () => {
    const r = await readTemplate("award-date-column");
    expect(r.awards?.map((a) => [a.title?.split(" (")[0], a.date])).toEqual([
      ["Best Thesis Prize", "2021"],
      ["Class Medal", "2020"],
      ["Summer Studentship", "2019"],
    ]);
    expect(r.awards?.[0]?.title).toMatch(/galaxy clusters in the early universe$/);
  });

  it("LaTeXTemplates' Medium Length CV (rSection): a later job's employer, town and dates set one under the other right after the bullets above are its header", async () => {
    const r = await readTemplate("rsection-late-cells");
    // each job with its town: the lines pdftotext set under the last bullet are the next job's, not the bullet's
    expect(r.work?.map((w) => [...jobs({ work: [w] })[0]!, w.location])).toEqual([
      ["Lakeshore Field Station (Director: Ada Brandt)", "Research Intern", "2018", undefined, "Duluth, MN"],
      ["Prairie Restoration Project", "Graduate Research Assistant", "2016", "2018", "Fargo, ND"],
      ["Northfield Biology Department", "Teaching Fellow", "2015", "2016", "Duluth, MN"],
    ]);
    expect(r.work?.[0]?.highlights?.at(-1)).toBe("Maintained the station's sensor network with Ravi Patel");
  });

  it("LaTeXTemplates' rSection with each job's dates set against its employer ('Lakeview HospitalMarch 2019') and a skills table right under the last bullet: the employer stands alone, the labels pair with their values", async () => {
    const r = await readTemplate("rsection-glued-dates");
    expect(jobs(r)).toEqual([
      ["Lakeview Hospital", "Data Analyst", "2019-03", undefined],
      ["Great Lakes Freight Co.", "Logistics Intern", "2018-10", "2019-02"],
    ]);
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["R", "Python", "SQL"]],
      ["Libraries", ["NumPy", "ggplot2", "scikit-learn"]],
      ["Tools", ["Git", "Docker", "Airflow"]],
    ]);
  });
});

describe("stacked papers in the text of PDF CVs, one field a line with no blank line between papers", () => {
  it("res.cls: each paper's title over its authors' full names, then its venue: the author line is a line of its own, however long, and a list cut inside a name goes on", async () => {
    const r = await readTemplate("res-cls-papers");
    expect(r.publications?.map((p) => p.name)).toEqual([
      "Slow Lanes: Measuring Queueing Delay on Transatlantic Cables at Scale",
      "Quiet Routes: Failure-Tolerant Path Selection for Long-Haul Links",
      "Sleepy Sensors: Scheduling Radios for a Decade on One Battery",
    ]);
    expect(r.publications?.[1]?.authors?.at(-1)).toBe("K. Ana Lindqvist");
  });

  it("a numbered list of papers, each item's title over its authors (marked ∗ as co-first), its date set apart below by a blank line: one paper an item, the date its own", async () => {
    const r = await readTemplate("numbered-papers");
    expect(r.publications?.map((p) => [p.name, p.releaseDate])).toEqual([
      ["Harbour Wave Forecasts from Sparse Tide Gauges Using Physics-Informed Neural Networks", "2023-08"],
      ["Sediment Transport in Shallow Estuaries: A Decade of Measurements Along the Atlantic Coast", "2022-03"],
      ["Wave Energy Maps for Small Islands", "2020-10"],
    ]);
  });
});

describe("tccv's headings and dates in small capitals, whose words the source did not all capitalise", () => {
  it("'W ORK EXPERIENCE' and 'M ARCH 2021 – P RESENT', parted only where a word began in capitals, are whole again: the section and its dated jobs are read", async () => {
    const r = await readTemplate("tccv-small-capitals");
    expect(jobs(r)).toEqual([
      ["Lakeshore Institute of Technology", "Associate Professor", "2021-03", undefined],
      ["Lakeshore Institute of Technology", "Assistant Professor", "2015-09", "2021"],
    ]);
    expect(schools(r).map((s) => s[0])).toEqual(["Northfield University", "Northfield University"]);
  });

  it("a line of capitals that does not open with a parted word, or whose lone letter is a word ('E', 'and') or follows an apostrophe, stays as written", () => {
    expect(joinSplitCapitals("CURSOS E APRIMORAMENTOS\nS ENIOR E NGINEER\nPRESIDENT\u2019S VOLUNTEER AWARD\nR EVIEWS E ESSAYS 2019")).toBe(
      "CURSOS E APRIMORAMENTOS\nSENIOR ENGINEER\nPRESIDENT\u2019S VOLUNTEER AWARD\nREVIEWS E ESSAYS 2019",
    );
  });
});

describe("moderncv's education rows: degree and field, school, town, grade", () => {
  it("'2019 MSc. Marine Ecology, NUI Westport, Westport, 1.1': the name between the degree and the town is the school though it has no school's word, and 'MSc.' with its full stop still names its field", async () => {
    const r = await readTemplate("moderncv-casual-schools");
    expect(schools(r)).toEqual([
      ["NUI Westport", "MSc.", "Marine Ecology", undefined, "2019"],
      ["DCU", "BSc.", "Zoology", undefined, "2017"],
    ]);
  });
});
