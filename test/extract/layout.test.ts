import { describe, expect, it } from "vitest";
import { readCjkSchool } from "../../src/extract/evidence/cjk-school.js";
import { roleLean, weighPhrase } from "../../src/extract/evidence/phrase-evidence.js";
import { splitTrailingRole } from "../../src/extract/evidence/trailing-role.js";
import { splitGluedPlace } from "../../src/extract/evidence/glued-places.js";
import { withoutClosingStop } from "../../src/extract/entry-parts.js";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource, readResume } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("sub-headings that name a kind of work", () => {
  it("group the jobs under them, each with its own employer and dates, as markdown-cv's academic pages part positions", async () => {
    const text = [
      "# Jo Doe",
      "",
      "## Experience",
      "",
      "### Research",
      "",
      "`2018 - Present`",
      "__University of Lowtown |__ PhD Candidate",
      "- Funded by the Harbour Trust.",
      "",
      "`2017 - 2018`",
      "__Harbour Institute |__ Research intern",
      "- Thesis on tides.",
      "",
      "### Professional",
      "",
      "`2016 - 2017`",
      "__Quayside Ltd |__ Analyst",
      "- Built pricing models.",
      "",
      "`2015`",
      "__Oyster Data |__ Developer",
      "- Wrote the loaders.",
      "",
    ].join("\n");
    expect(jobs(await readResume(text))).toEqual([
      ["University of Lowtown", "PhD Candidate", "2018", undefined],
      ["Harbour Institute", "Research intern", "2017", "2018"],
      ["Quayside Ltd", "Analyst", "2016", "2017"],
      ["Oyster Data", "Developer", "2015", "2015"],
    ]);
  });
});

describe("a section's layout, inferred from its entries", () => {
  it("drops the full stop that ends a post or degree written as a sentence, and keeps an abbreviation's", async () => {
    const text = "# Jo Doe\n\n## Previous positions\n\n2007–09 — Senior researcher, Lowtown Research Institute, Väestöliitto.\n\n2004–06 — Analyst, Harbour Freight Co.\n\n## Degrees\n\n* 2001 Master in Ecology, University Lowtown II.\n";
    const r = await readResume(text);
    expect(jobs(r)).toEqual([
      ["Lowtown Research Institute, Väestöliitto", "Senior researcher", "2007", "2009"],
      ["Harbour Freight Co.", "Analyst", "2004", "2006"],
    ]);
    expect(r.education?.map((e) => e.institution)).toEqual(["University Lowtown II"]);
  });

  it("reads dated items as a job each when a dated paragraph follows the list", async () => {
    const text = "# Jo Doe\n\n## Experience\n\n- Data Analyst at Fenwick Foods (Mar 2019 - Present)\n- Junior Analyst at Brookmere (Jan 2016 - Feb 2019)\n\nAnalyst trainee at Brookmere (2015-2016)\n";
    const r = await readResume(text);
    expect(jobs(r)).toEqual([
      ["Fenwick Foods", "Data Analyst", "2019-03", undefined],
      ["Brookmere", "Junior Analyst", "2016-01", "2019-02"],
      ["Brookmere", "Analyst trainee", "2015", "2016"],
    ]);
  });

  it("keeps the full stop of a phrase that goes on in lower case after a comma, a clause rather than a name", () => {
    expect(withoutClosingStop("Baker, seasonal packer and waiter.")).toBe("Baker, seasonal packer and waiter.");
    expect(withoutClosingStop("Lowtown Research Institute, Väestöliitto.")).toBe("Lowtown Research Institute, Väestöliitto");
  });

  it("reads a short line that names nothing, over entries that each begin with their dates and name role and employer, as a group of them (moderncv's sub-sections)", async () => {
    const text = ["Ines Varga", "", "Experience", "Industry", "2020–Present Data Engineer, Kestrel Logistics Kft., Budapest", "Pipelines in Python.", "", "2017–2020 Analyst, Danube Freight Zrt., Győr", "", "Research", "2015–2017 Research Assistant, Eötvös Loránd University, Budapest", "Graph algorithms."].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r)).toEqual([
      ["Kestrel Logistics Kft.", "Data Engineer", "2020", undefined],
      ["Danube Freight Zrt.", "Analyst", "2017", "2020"],
      ["Eötvös Loránd University", "Research Assistant", "2015", "2017"],
    ]);
    // the group labels are kept, never dropped
    expect(JSON.stringify(r)).toContain("Industry");
  });

  it("reads a line that ends as a sentence under a dated row naming role and employer as what was done there, though its words are mostly capitalised (moderncv classic)", async () => {
    const long = "Designed the remote telemetry for the Kestrel fleet's new ground stations over two seasons.";
    const text = [
      "Ines Varga", "", "Experience", "2021–Present Embedded Engineer, Kestrel Avionics Kft., kestrel.example", "Implemented DO-178C - Level B Checks.",
      `• ${long}`, `• ${long}`, "", "2017–2021 Firmware Developer, Danube Sensors Zrt., Győr", `• ${long}`, "\f",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r).map((j) => [j[1], j[2]])).toEqual([
      ["Embedded Engineer", "2021"],
      ["Firmware Developer", "2017"],
    ]);
    expect(r.work?.[0]?.name).toMatch(/^Kestrel Avionics Kft\./);
  });

  it("reads a role's title right under the last item of the job before, with no blank line between (pdftotext), as the next job's head", async () => {
    const text = [
      "Marta Kowalczyk", "", "Work Experience", "Backend Developer", "", "March 2022 - Present", "", "Lumenfield Systems", "",
      "\u0088 Moved the billing service to event sourcing and cut its nightly batch from five hours to forty minutes;",
      "\u0088 Rewrote the reporting endpoints on the new query layer, which fixed the old rounding bugs in the invoices;",
      "Java Developer", "", "June 2019 - February 2022", "", "Orchard Bay Software", "",
      "\u0088 Maintained the warehouse module of the company's ERP and its nightly imports from three carriers;", "\f",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r)).toEqual([
      ["Lumenfield Systems", "Backend Developer", "2022-03", undefined],
      ["Orchard Bay Software", "Java Developer", "2019-06", "2022-02"],
    ]);
  });

  it("reads a role, a dash, then the employer with its town and country as one job, the employer no part of the place", async () => {
    const text = ["Omar Siddiqui", "", "EXPERIENCE", "Associate — Anwar Qadri, Lahore, Pakistan                Jul 2024 – Present", "• Drafted plaints.", "", "Analyst — Bright Ledger, Karachi, Pakistan   Jun 2022 – Jun 2024", "• Reviewed manuscripts."].join("\n");
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ["Anwar Qadri", "Associate", "Lahore, Pakistan", "2024-07", undefined],
      ["Bright Ledger", "Analyst", "Karachi, Pakistan", "2022-06", "2024-06"],
    ]);
  });

  it("keeps an employer over its dated roles, which name no employer, the employer of each", async () => {
    const r = await readResume(["Ines Varga", "", "Experience", "Kestrel Logistics Kft.", "2020–Present Senior Data Engineer", "2017–2020 Data Engineer", "", "Orbit", "2015–2017 Data Analyst, Budapest"].join("\n"), "text");
    expect(jobs(r)).toEqual([
      ["Kestrel Logistics Kft.", "Senior Data Engineer", "2020", undefined],
      ["Kestrel Logistics Kft.", "Data Engineer", "2017", "2020"],
      ["Orbit", "Data Analyst", "2015", "2017"],
    ]);
  });

  it("reads one organisation over several dated roles as one job per role, without the organisation's own span", async () => {
    const r = await readResume("# Jo Doe\n\n## Experience\n\n### Acme Corp\n\n**Senior Engineer**\n\nJan 2022 – Present\n\n**Engineer**\n\nMar 2019 – Dec 2021\n\n- Built the billing system\n");
    expect(jobs(r)).toEqual([
      ["Acme Corp", "Senior Engineer", "2022-01", undefined],
      ["Acme Corp", "Engineer", "2019-03", "2021-12"],
    ]);
  });

  it("keeps the organisation's own span with each role held there, where the source dates it apart", async () => {
    const heading = await readResume("# Jo Doe\n\n## Experience\n\n### Acme Corp (2015 – Present)\n\n**Senior Engineer** | Jan 2022 – Present\n\n- Led the billing team\n\n**Engineer** | Mar 2015 – Dec 2021\n\n- Built the billing system\n");
    const lines = await readResume(["Jo Doe", "", "Experience", "Upwork: Dec 2017 - Present", "Program Manager: Jan 2021 - Present", "Ran the contingent workforce program.", "Associate Program Manager: Jan 2020 - Dec 2020", "Drove program adoption.", "Initech: Sales Rep: 2012 - 2014", "Sold printers."].join("\n"), "text");
    const spans = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.organizationPeriod]);
    expect(spans(heading)).toEqual([
      ["Acme Corp", "Senior Engineer", "2015 – Present"],
      ["Acme Corp", "Engineer", "2015 – Present"],
    ]);
    expect(spans(lines)).toEqual([
      ["Upwork", "Program Manager", "Dec 2017 - Present"],
      ["Upwork", "Associate Program Manager", "Dec 2017 - Present"],
      ["Initech", "Sales Rep", undefined],
    ]);
  });

  it("gives the roles under an organisation's line the place that line names, unless a role names its own", async () => {
    const r = await readResume(["Mara Quist", "", "EXPERIENCE", "", "Globex Corp., Chicago, IL                    2011 – 2015", "Manager, Product Marketing (2013 – 2015)", "  - Led launches.", "Analyst (2011 – 2013)", "  - Sized markets.", "", "Initech, Austin, TX                    2008 – 2011", "Sales Rep, Dallas, TX (2008 – 2011)", "  - Sold printers."].join("\n"), "text");
    expect((r.work ?? []).map((w) => [w.name, w.position, w.location])).toEqual([
      ["Globex Corp.", "Manager, Product Marketing", "Chicago, IL"],
      ["Globex Corp.", "Analyst", "Chicago, IL"],
      ["Initech", "Sales Rep", "Dallas, TX"],
    ]);
  });

  it("reads a bar written without spaces beside CJK text as the bar between a header's phrases, and leaves one between Latin letters", async () => {
    const r = await readResume("# 张伟\n\n## 工作经历\n\n### 阿里巴巴（杭州）|高级开发工程师|2020.07 - 至今\n- 负责交易系统\n\n### 网易 | C|C++开发工程师 | 2018.07 - 2020.06\n- 参与游戏后台\n");
    expect(jobs(r)).toEqual([
      ["阿里巴巴", "高级开发工程师", "2020-07", undefined],
      ["网易", "C|C++开发工程师", "2018-07", "2020-06"],
    ]);
    expect(r.work?.[0]?.location).toBe("杭州");
  });

  it("reads Turkish and Vietnamese job titles by their role words, whichever side of the employer they stand, and a Vietnamese town", async () => {
    const tr = await readResume("# Elif Yılmaz\n\nVeri Bilimci · İstanbul\n\n## İş Deneyimi\n\n**Kıdemli Veri Bilimci** — Trendyol, İstanbul  \nMart 2021 – Halen\n\n**Veri Analisti** — Garanti BBVA, İstanbul  \nHaziran 2018 – Şubat 2021\n");
    expect(jobs(tr)).toEqual([
      ["Trendyol", "Kıdemli Veri Bilimci", "2021-03", undefined],
      ["Garanti BBVA", "Veri Analisti", "2018-06", "2021-02"],
    ]);
    expect([tr.basics?.label, tr.basics?.location?.city]).toEqual(["Veri Bilimci", "İstanbul"]);
    const vi = await readResume("# Nguyễn Văn An\n\nLập trình viên Frontend · Hà Nội\n\n## Kinh nghiệm làm việc\n\n**FPT Software** (03/2020 – nay)  \n*Lập trình viên Frontend*\n");
    expect([vi.basics?.label, vi.basics?.location?.city]).toEqual(["Lập trình viên Frontend", "Hà Nội"]);
  });

  it("reads a list whose every item has its date alone on the line under it (an HTML theme's date column) as dated items", async () => {
    const r = await readResume(
      "# Jo Doe\n\n## Honours & Awards\n\n<ul><li><strong>Gold Medal, National Programming Olympiad</strong> - <em>Ministry of Education</em></li></ul>\n<div>2014</div>\n<ul><li><strong>Best Poster Award</strong> - <em>CHPC National Conference</em></li></ul>\n<div>2013</div>\n",
    );
    expect(r.awards?.map((a) => [a.title, a.date])).toEqual([
      ["Gold Medal, National Programming Olympiad", "2014"],
      ["Best Poster Award", "2013"],
    ]);
  });

  it("reads a French text CV: an unknown town after an employer's comma as the others', a school after the degree's comma, labels with a spaced colon", async () => {
    const r = await readResume(
      [
        "Camille Dubois",
        "",
        "EXPÉRIENCES PROFESSIONNELLES",
        "",
        "Depuis mars 2021 – Cheffe de projet digital – Groupe SEB, Écully",
        "Sept. 2017 – févr. 2021 – Chargée de communication web – Crédit Agricole Centre-Est, Lyon",
        "Juin – août 2016 – Stagiaire marketing – Decathlon, Villeneuve-d'Ascq",
        "",
        "FORMATION",
        "",
        "2017 – Master Marketing digital, IAE Lyon",
        "",
        "COMPÉTENCES",
        "",
        "Outils : Google Analytics, WordPress",
        "Langues : anglais (courant), espagnol (intermédiaire)",
      ].join("\n"),
      "text",
    );
    expect(r.work?.map((w) => [w.name, w.location])).toEqual([
      ["Groupe SEB", "Écully"],
      ["Crédit Agricole Centre-Est", "Lyon"],
      ["Decathlon", "Villeneuve-d'Ascq"],
    ]);
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["IAE Lyon", "Master", "Marketing digital"]]);
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([["Outils", ["Google Analytics", "WordPress"]]]);
    expect(r.languages?.map((l) => [l.language, l.fluency])).toEqual([
      ["anglais", "courant"],
      ["espagnol", "intermédiaire"],
    ]);
  });

  it("reads an Italian text CV: the role before 'presso' its employer, a header closed by its town over the sentence under it", async () => {
    const r = await readResume(
      [
        "Marco Bianchi",
        "",
        "ESPERIENZE LAVORATIVE",
        "",
        "Da gennaio 2020 a oggi",
        "Sviluppatore Full Stack presso Accenture S.p.A., Milano",
        "Sviluppo di applicazioni web per clienti del settore bancario, in un gruppo di dodici persone distribuito tra Milano e Roma.",
        "",
        "Settembre 2016 – Dicembre 2019",
        "Analista programmatore presso Reply, Torino",
        "Manutenzione di sistemi gestionali in Java.",
      ].join("\n"),
      "text",
    );
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ["Accenture S.p.A.", "Sviluppatore Full Stack", "Milano", "2020-01", undefined],
      ["Reply", "Analista programmatore", "Torino", "2016-09", "2019-12"],
    ]);
  });

  it("reads an employer set in italics after the word for 'at' ('**Data Engineer** bij *Bol.com*, Utrecht')", async () => {
    const r = await readResume("# Sanne de Vries\n\n## Werkervaring\n\n**Data Engineer** bij *Bol.com*, Utrecht  \n*mei 2021 – heden*\n\n**BI-ontwikkelaar** bij *Rabobank*, Utrecht  \n*sep 2018 – apr 2021*\n");
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ["Bol.com", "Data Engineer", "Utrecht", "2021-05", undefined],
      ["Rabobank", "BI-ontwikkelaar", "Utrecht", "2018-09", "2021-04"],
    ]);
  });

  it("reads an employer whose name opens in lower case after '@' or 'at' ('**Intern** @ dataLoom'), and a line of the job's technologies under it as none of its fields", async () => {
    const r = await readResume(
      "# Jo Doe\n\n## Experience Highlights\n\n-   **Software Engineering Intern** @ dataLoom _(June 2023 - August 2023)_, Reno, Nevada<br>\n\n    _Technologies used:_ `React.js`, `Redux`\n\n-   **Backend Developer** at eTrove _(May 2021 - May 2022)_\n\n    _Technologies used:_ `Go`\n",
    );
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([
      ["dataLoom", "Software Engineering Intern", "Reno, Nevada", "2023-06", "2023-08"],
      ["eTrove", "Backend Developer", undefined, "2021-05", "2022-05"],
    ]);
  });

  it("reads the employer from the first sub-bullet of a dated role, as the academicpages template writes jobs", async () => {
    const r = await readResume(
      "# Jo Doe\n\nWork experience\n======\n* Fall 2023 - present: Postdoctoral Researcher\n  * NOAA Geophysical Fluid Dynamics Laboratory\n  * Duties include: Developing cloud parameterizations\n  * Supervisor: Dr. Leo Donner\n\n* Summer 2021: Research Intern\n  * National Center for Atmospheric Research\n  * Duties included: Evaluating climate model output\n",
    );
    expect(jobs(r)).toEqual([
      ["NOAA Geophysical Fluid Dynamics Laboratory", "Postdoctoral Researcher", "2023", undefined],
      ["National Center for Atmospheric Research", "Research Intern", "2021", "2021"],
    ]);
    expect(r.work?.[0]?.highlights).toEqual(["Duties include: Developing cloud parameterizations", "Supervisor: Dr. Leo Donner"]);
  });

  it("reads the role from the first sub-bullet of a dated lab, its supervisor's line under it no second role", async () => {
    const r = await readResume(
      "# Jo Doe\n\nResearch experience\n======\n* _(Mar 2021 -- Present)_ Department of Geology, University of Tarnwick\n  * Research Assistant\n  * Supervisor: Ines Calloway\n\n* [Marsh Lab](https://marsh.example.org), Northfield Institute, May 2019 - Aug. 2019\n  * Summer Research Intern\n  * Supervisor: Dr. Owen Pratt\n",
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Department of Geology, University of Tarnwick", "Research Assistant", "2021-03", undefined],
      ["Marsh Lab, Northfield Institute", "Summer Research Intern", "2019-05", "2019-08"],
    ]);
    expect(r.work?.[0]?.highlights).toEqual(["Supervisor: Ines Calloway"]);
  });

  it("reads the pandoc_resume template: each entry a definition list, its role and dates under the employer, a range of years no phone", async () => {
    const r = await readResume(
      "Alex Rivera\n============\n\nEducation\n---------\n\n2010-2014 (expected)\n:   **BSc, Computer Science**; University of Texas (Austin)\n\n    *Minor: Linguistics*\n\n2008-2010\n:   **AS, Mathematics**; Austin Community College (Austin)\n\nExperience\n----------\n\n**Stripe** (San Francisco, CA)\n:   *Senior Software Engineer*\n    2019-present\n\n    * Led migration of the ledger service.\n",
    );
    expect(r.basics?.phone).toBeUndefined();
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate, e.summary])).toEqual([
      ["University of Texas", "BSc", "Computer Science", "2010", "2014", "Minor: Linguistics"],
      ["Austin Community College", "AS", "Mathematics", "2008", "2010", undefined],
    ]);
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.highlights])).toEqual([["Stripe", "Senior Software Engineer", "San Francisco, CA", "2019", ["Led migration of the ledger service."]]]);
  });

  it("reads a German LinkedIn page copied as text: the place under the headline, German durations and terms", async () => {
    const r = await readResume(
      ["Lukas Schneider", "Senior Product Manager bei Zalando | ex-Amazon", "Berlin, Berlin, Deutschland", "", "Berufserfahrung", "", "Product Manager", "Amazon · Vollzeit", "Apr. 2017–Dez. 2020 · 3 J. 9 Mon.", "München, Bayern, Deutschland"].join("\n"),
      "text",
    );
    expect([r.basics?.label, r.basics?.location?.city, r.basics?.location?.countryCode]).toEqual(["Senior Product Manager bei Zalando | ex-Amazon", "Berlin", "DE"]);
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.location])).toEqual([["Amazon", "Product Manager", "2017-04", "2020-12", "München, Bayern, Deutschland"]]);
  });

  it("keeps a 職務経歴書's table of periods and work under its employer, a cell telling of the work naming no role", async () => {
    const r = await readResume(
      "# 職務経歴書\n\n## 職務経歴\n\n### 株式会社メルカリ（2020年4月〜現在）\n\n| 期間 | 業務内容 | 環境 |\n|---|---|---|\n| 2022年4月〜現在 | 決済基盤チームのテックリードとして、決済APIの設計と開発を担当 | Go, gRPC |\n| 2020年4月〜2022年3月 | 出品機能のバックエンド開発 | Ruby on Rails |\n",
    );
    expect(jobs(r)).toEqual([["株式会社メルカリ", undefined, "2020-04", undefined]]);
    expect(r.work?.[0]?.summary).toContain("出品機能のバックエンド開発");
  });

  it("reads an HTML table of dates beside entries whose cells break lines: the lines after a cell's breaks are said under its row", async () => {
    const r = await readResume(
      '# Jo Doe\n\n## Experience\n\n<table>\n<tr><td width="25%">Jul 2021 – Present</td><td><b>Flipkart</b>, Bengaluru<br><i>Senior ML Engineer</i><br>Built the search ranking models.</td></tr>\n<tr><td>Jun 2018 – Jun 2021</td><td><b>Infosys</b>, Pune<br><i>Systems Engineer</i></td></tr>\n</table>\n',
    );
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate, w.summary])).toEqual([
      ["Flipkart", "Senior ML Engineer", "Bengaluru", "2021-07", undefined, "Built the search ranking models."],
      ["Infosys", "Systems Engineer", "Pune", "2018-06", "2021-06", undefined],
    ]);
  });

  it("reads a bold employer, the role set apart after it and the dates, before a colon that opens what was done there", async () => {
    const r = await readResume("# Jo Doe\n\n## Experience\n\n- **Mercado Libre** — Senior Backend Engineer (2021–present): led the checkout API redesign, cutting p99 latency by 40%.\n- **Intel** — Intern (Summer 2017): validated firmware for Wi-Fi chipsets.\n");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.summary])).toEqual([
      ["Mercado Libre", "Senior Backend Engineer", "2021", undefined, "led the checkout API redesign, cutting p99 latency by 40%."],
      ["Intel", "Intern", "2017", "2017", "validated firmware for Wi-Fi chipsets."],
    ]);
  });

  it("reads Romanian and Hungarian CVs: a sub-heading over one dated line is an entry, not a category; their role words and degrees", async () => {
    const ro = await readResume("# Andrei Popescu\n\nInginer DevOps · Cluj-Napoca, România\n\n## Experiență profesională\n\n### Inginer DevOps Senior — Bitdefender\n*Ianuarie 2021 – Prezent* · București\n- Automatizarea infrastructurii cu Terraform.\n\n### Administrator de sisteme — Endava\n*Septembrie 2017 – Decembrie 2020* · Cluj-Napoca\n\n## Educație și formare\n\n**Universitatea Tehnică din Cluj-Napoca** — Licență în Calculatoare, 2013 – 2017\n");
    expect(ro.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Bitdefender", "Inginer DevOps Senior", "2021-01", undefined],
      ["Endava", "Administrator de sisteme", "2017-09", "2020-12"],
    ]);
    expect(ro.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["Universitatea Tehnică din Cluj-Napoca", "Licență", "Calculatoare"]]);
    const hu = await readResume("# Kovács Anna\n\nSzoftverfejlesztő · Budapest · kovacs.anna@example.com\n\n## Szakmai tapasztalat\n\n**Senior Java fejlesztő** | OTP Bank | 2020. március – jelenleg\n");
    expect([hu.basics?.label, jobs(hu)]).toEqual(["Szoftverfejlesztő", [["OTP Bank", "Senior Java fejlesztő", "2020-03", undefined]]]);
  });

  it("reads past the emoji a README sets before its phrases as icons ('🏢 Celonis', '📍 Munich', '🚀 Full-stack developer')", async () => {
    const r = await readResume("# 👋 Hi, I'm Lena Fischer\n\n🚀 Full-stack developer · 📍 Munich, Germany · ✉️ lena@example.com\n\n## 💼 Experience\n\n### 🏢 Celonis — Senior Software Engineer\n📅 Mar 2022 – Present · 📍 Munich\n\n## 🎓 Education\n\n### 🏫 Technical University of Munich\nM.Sc. Informatics · 2017 – 2019\n");
    expect(r.basics?.label).toBe("Full-stack developer");
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate])).toEqual([["Celonis", "Senior Software Engineer", "Munich", "2022-03"]]);
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["Technical University of Munich", "M.Sc.", "Informatics"]]);
  });

  it("reads two spaces beside CJK text as a column gap (a Korean text CV's dates, employer and role)", async () => {
    const r = await readResume(["이력서", "", "이름: 박지훈", "", "경력", "2020.01 ~ 현재  네이버  백엔드 개발자", "- 검색 API 서버 개발 및 운영", "", "2018.03 ~ 2019.12  라인플러스  주니어 개발자"].join("\n"), "text");
    expect(jobs(r)).toEqual([
      ["네이버", "백엔드 개발자", "2020-01", undefined],
      ["라인플러스", "주니어 개발자", "2018-03", "2019-12"],
    ]);
  });

  it("cuts a header at its separators outside brackets only ('(CSAIL | Robotics)' stays with the organisation)", async () => {
    const r = await readResume("# Jo Doe\n\n## Academic Appointments\n\n- 2021–present: Assistant Professor, University of Delaware\n- 2018–2021: Postdoctoral Fellow, Massachusetts Institute of Technology (CSAIL | Robotics)\n");
    expect(jobs(r)).toEqual([
      ["University of Delaware", "Assistant Professor", "2021", undefined],
      ["Massachusetts Institute of Technology (CSAIL | Robotics)", "Postdoctoral Fellow", "2018", "2021"],
    ]);
  });

  it("reads LinkedIn's several roles at one employer under the employer and the whole time there", async () => {
    const r = await readResume(["Priya Raman", "", "Experience", "Stripe", "6 years 4 months", "Staff Engineer", "January 2023 - Present (2 years)", "Dublin, County Dublin, Ireland", "Leads the payments reliability group.", "Senior Software Engineer", "September 2018 - December 2022 (4 years 4 months)", "Dublin, County Dublin, Ireland", "Built the fraud scoring pipeline.", "", "Intercom", "Software Engineer", "June 2015 - August 2018 (3 years 3 months)", "Dublin, Ireland"].join("\n"), "text");
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate, w.location, w.organizationPeriod, w.summary])).toEqual([
      ["Stripe", "Staff Engineer", "2023-01", undefined, "Dublin, County Dublin, Ireland", "6 years 4 months", "Leads the payments reliability group."],
      ["Stripe", "Senior Software Engineer", "2018-09", "2022-12", "Dublin, County Dublin, Ireland", "6 years 4 months", "Built the fraud scoring pipeline."],
      ["Intercom", "Software Engineer", "2015-06", "2018-08", "Dublin, Ireland", undefined, undefined],
    ]);
  });

  it("reads a pandoc definition list of jobs whose terms are ranges of months with two-digit years", async () => {
    const r = await readResume(["# Lee Park", "", "## Experience", "", "5/2016-5/2017", ": **Orbital Labs**, Site Engineer", ": _Denver, CO_", "", "* Kept the lights on", "", "10/15-5/16", ": **Pinecrest Data**, Analyst", ": _Boulder, CO_", "", "* Wrote reports"].join("\n"));
    expect(jobs(r)).toEqual([
      ["Orbital Labs", "Site Engineer", "2016-05", "2017-05"],
      ["Pinecrest Data", "Analyst", "2015-10", "2016-05"],
    ]);
  });

  it("reads later roles at one employer as entries where each bold employer has its role and range on the line under it", async () => {
    const r = await readResume(["# Noor Haddad", "", "## Experience", "", "**Quillon Systems**  ", "Platform Lead\tMar 2019 - Present", "", "* Owns the build farm", "", "**Tarsus Hosting** (Jun 2011 - Feb 2019)  ", "Senior Engineer\tApr 2016 - Feb 2019", "", "* Ran the storage fleet", "", "Operations Engineer\tSep 2013 - Apr 2016", "", "* Handled escalations", "", "Support Technician\tJun 2011 - Sep 2013", "", "* Answered tickets at night"].join("\n"));
    expect(jobs(r)).toEqual([
      ["Quillon Systems", "Platform Lead", "2019-03", undefined],
      ["Tarsus Hosting", "Senior Engineer", "2016-04", "2019-02"],
      ["Tarsus Hosting", "Operations Engineer", "2013-09", "2016-04"],
      ["Tarsus Hosting", "Support Technician", "2011-06", "2013-09"],
    ]);
  });

  it("reads a LinkedIn page's copy of several roles at one employer, its terms of employment no employer", async () => {
    const r = await readResume(["Jo Doe", "", "Experience", "", "Shopify", "Full-time · 5 yrs 3 mos", "Ottawa, Ontario, Canada · Remote", "Senior Software Engineer", "Jan 2021 - Present · 3 yrs 2 mos", "Led the checkout extensibility platform used by two million merchants.", "Software Engineer", "Jan 2019 - Dec 2020 · 2 yrs", "Built the payments retry service.", "", "Software Engineer", "Kinaxis · Full-time", "Jun 2017 - Dec 2018 · 1 yr 7 mos", "Ottawa, Ontario, Canada"].join("\n"), "text");
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.organizationPeriod, w.description])).toEqual([
      ["Shopify", "Senior Software Engineer", "2021-01", "5 yrs 3 mos", "Full-time"],
      ["Shopify", "Software Engineer", "2019-01", "5 yrs 3 mos", undefined],
      ["Kinaxis", "Software Engineer", "2017-06", undefined, "Full-time"],
    ]);
  });

  it("reads a British academic CV with its years in a column: acronyms after the year, UK degrees, dates in a bracket's list", async () => {
    const r = await readResume(["Dr. Hannah Whitfield", "hannah.whitfield@bristol.ac.uk", "", "EDUCATION", "2013   PhD in Seismology, University of Cambridge", "2009   MSci in Natural Sciences, University of Cambridge, First Class", "", "AWARDS AND HONOURS", "2020   Philip Leverhulme Prize", "2015   AGU Outstanding Student Paper Award", "", "TEACHING", "EASC20012 Geophysics II (lecturer, 2016–present)", "EASC30045 Seismology (unit director, 2019–present)"].join("\n"), "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["University of Cambridge", "PhD", "Seismology", "2013"],
      ["University of Cambridge", "MSci", "Natural Sciences", "2009"],
    ]);
    expect(r.awards?.map((a) => [a.title, a.date])).toEqual([["Philip Leverhulme Prize", "2020"], ["AGU Outstanding Student Paper Award", "2015"]]);
    expect(r.sections?.[0]?.items.map((i) => [i.title, i.startDate])).toEqual([["EASC20012 Geophysics II (lecturer)", "2016"], ["EASC30045 Seismology (unit director)", "2019"]]);
  });

  it("reads a README-style CV: a place in the front matter and in brackets after the employer, open-source items named by their links", async () => {
    const r = await readResume([
      "---", "name: Tomás Ferreira", "location: Lisbon, Portugal", "---", "", "## Work", "",
      "**OutSystems** (Lisbon) — *Senior Software Engineer*, 2020 – present", "Owns the deployment service.", "",
      "**Farfetch** (Porto) — *Software Engineer*, 2017 – 2020", "Built the catalogue search API in Go.", "",
      "## Open source", "", "- [pgmigrate](https://github.com/tf/pgmigrate) — schema migrations for Postgres, 1.2k stars", "- [hyperlog](https://github.com/tf/hyperlog) — structured logging for Go",
    ].join("\n"));
    expect(r.basics?.location).toEqual({ city: "Lisbon", countryCode: "PT" });
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.startDate])).toEqual([["OutSystems", "Senior Software Engineer", "Lisbon", "2020"], ["Farfetch", "Software Engineer", "Porto", "2017"]]);
    expect(r.sections?.[0]?.items.map((i) => [i.title, i.url, i.summary])).toEqual([
      ["pgmigrate", "https://github.com/tf/pgmigrate", "schema migrations for Postgres, 1.2k stars"],
      ["hyperlog", "https://github.com/tf/hyperlog", "structured logging for Go"],
    ]);
  });

  it("reads an Indian fresher's résumé: 'Academic Details' as a table with its grade column, a certificate's bracket", async () => {
    const r = await readResume([
      "RAHUL SHARMA", "Email: rahul.sharma99@gmail.com | Mobile: +91-9876543210", "",
      "ACADEMIC DETAILS",
      "Degree/Course          Institute/Board                          Year    CGPA/Percentage",
      "B.Tech (CSE)           Vellore Institute of Technology          2023    8.7 CGPA",
      "Class XII              Delhi Public School, CBSE                2019    92.4%", "",
      "CERTIFICATIONS", "• AWS Certified Cloud Practitioner (2023)", "• NPTEL - Programming in Java (Elite, 2021)",
    ].join("\n"), "text");
    expect(r.education?.map((e) => [e.institution, e.endDate, e.score])).toEqual([["Vellore Institute of Technology", "2023", "8.7 CGPA"], ["Delhi Public School", "2019", "92.4%"]]);
    expect(r.certificates?.map((c) => [c.name, c.date])).toEqual([["AWS Certified Cloud Practitioner", "2023"], ["NPTEL - Programming in Java (Elite)", "2021"]]);
  });

  it("reads a German Lebenslauf's grade by its German name, and its closing place and date as no skill", async () => {
    const r = await readResume([
      "Katharina Müller", "", "Ausbildung", "10/2016 – 09/2018 Master of Science Wirtschaftsinformatik", "                  Technische Universität München", "                  Abschlussnote: 1,4", "",
      "Kenntnisse", "IT:               SAP S/4HANA, SQL, Python", "", "München, 15.01.2025",
    ].join("\n"), "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.score])).toEqual([["Technische Universität München", "Master of Science", "1,4"]]);
    expect(r.skills?.map((s) => s.name)).toEqual(["IT"]);
    expect(r.sections?.flatMap((s) => s.items.map((i) => i.summary))).toContain("München, 15.01.2025");
  });

  it("reads a Japanese CV's school with its faculty and labelled graduation under it, and prose bullets as no projects", async () => {
    const r = await readResume([
      "# 山田 太郎", "", "## 個人開発", "", "### ログ解析ツール（Rust）", "- JavaのGCログを解析し、Pause時間の推移をCSV形式に変換", "",
      "- 開発では「自動化」「可視化」「再現性ある構成」を常に意識し、運用に活かせる知見を蓄積", "",
      "## 学歴", "- **最終学歴**: 立教大学", "  - 異文化コミュニケーション学部・学科", "  - 卒業年月: 2015年03月",
    ].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.area, e.endDate])).toEqual([["立教大学", "異文化コミュニケーション学部・学科", "2015-03"]]);
    expect(r.projects?.map((p) => p.name)).toEqual(["ログ解析ツール"]);
  });

  it("reads the school, field and degree a Chinese CV's header names by their labels as its education, when no section lists it", async () => {
    const header = "毕业院校：河南大学 | 专业：网络工程 | 学历：本科";
    const r = await readResume(["# 张伟", "", "电话：13800138000 | 邮箱：zhangwei@163.com", header, "", "## 工作经历", "", "**阿里巴巴** | Java开发工程师 | 2020.07 ~ 至今"].join("\n"));
    expect(r.education).toEqual([{ institution: "河南大学", area: "网络工程", studyType: "本科" }]);
    expect(r.sections ?? []).toEqual([]);
    const listed = await readResume(["# 张伟", "", header, "", "## 教育经历", "", "**河南大学** | 网络工程 | 本科 | 2009.09 ~ 2013.06"].join("\n"));
    expect(listed.education?.map((e) => e.institution)).toEqual(["河南大学"]);
  });

  it("reads a school and a degree among the slash-set parts of a Chinese header's cell as its education, the cell's line kept whole", async () => {
    const r = await readResume(["赵宏轩简历", "", "赵宏轩/男/1991        河南大学/计算机系/网络工程/本科        http://github.com/zhaohongxuan", "", "工作经历", "2020.07 ~ 至今  上海某科技有限公司  后端开发"].join("\n"), "text");
    expect(r.education).toEqual([{ institution: "河南大学", area: "网络工程", studyType: "本科" }]);
    expect(r.sections?.flatMap((s) => s.items.map((i) => i.summary)).some((t) => t?.includes("河南大学/计算机系"))).toBe(true);
  });

  it("reads a profile's line naming a school, its department and the word for graduating as a study", async () => {
    const r = await readResume(["# 박현민", "", "## Profile", "", "👶 94년 9월 16일 출생", "", "🏫 대동세무고등학교 세무회계과 졸업", "", "👨‍🎓 가천대학교 컴퓨터공학과 졸업", "", "## Education", "", "- 비트교육센터 JAVA 전문가 과정 (2021.10 ~ 2022.04)"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.area])).toEqual([["비트교육센터 JAVA 전문가 과정", undefined], ["대동세무고등학교", "세무회계과"], ["가천대학교", "컴퓨터공학과"]]);
  });

  it("reads a US résumé's promotion at its employer's place, and a certificate's issuer after its name", async () => {
    const r = await readResume([
      "JORDAN A. BLAKE", "jordan.blake@outlook.com", "", "PROFESSIONAL EXPERIENCE", "",
      "Amazon Fulfillment Center — Etna, OH", "Operations Manager | March 2019 – Present", "• Lead 6 area managers and 85 associates.", "",
      "Senior Area Manager | June 2016 – February 2019", "• Managed peak staffing of 300 seasonal associates.", "",
      "CERTIFICATIONS", "Lean Six Sigma Green Belt, ASQ, 2018", "Certified Supply Chain Professional (CSCP), APICS, 2020",
    ].join("\n"), "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Amazon Fulfillment Center", "Operations Manager", "Etna, OH"],
      ["Amazon Fulfillment Center", "Senior Area Manager", "Etna, OH"],
    ]);
    expect(r.certificates?.map((c) => [c.name, c.issuer, c.date])).toEqual([["Lean Six Sigma Green Belt", "ASQ", "2018"], ["Certified Supply Chain Professional (CSCP)", "APICS", "2020"]]);
  });

  it("reads Czech degrees, with an equivalent in brackets or their field after 'v oboru'", async () => {
    const r = await readResume(["# Lukas Novak", "", "## Education", "", "| Years | School | Degree |", "|---|---|---|", "| 2013 – 2015 | Brno University of Technology | Ing. (MSc) in Cybernetics |", "| 2010 – 2013 | Masarykova univerzita | Bc. v oboru Informatika |"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["Brno University of Technology", "Ing. (MSc)", "Cybernetics"], ["Masarykova univerzita", "Bc.", "Informatika"]]);
  });

  it("reads a Colombian CV's studies: a field joined by 'de la', a programme before its university after a dash", async () => {
    const r = await readResume(["MARÍA FERNANDA LÓPEZ", "mafe.lopez@gmail.com", "", "FORMACIÓN ACADÉMICA", "Especialización en Gerencia de la Cadena de Suministro – Universidad de los Andes (2020)", "Ingeniería Industrial – Universidad Nacional de Colombia (2013 – 2018)"].join("\n"), "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["Universidad de los Andes", "Especialización", "Gerencia de la Cadena de Suministro", "2020"],
      ["Universidad Nacional de Colombia", undefined, "Ingeniería Industrial", "2018"],
    ]);
  });

  it("reads a 職務経歴書's every ■-marked heading once two known titles are so marked, and a skill said in a Japanese phrase whole", async () => {
    const r = await readResume(["職務経歴書", "氏名　佐藤 健太", "", "■職務経歴", "2021年4月～現在　株式会社メルカリ", "・決済基盤のマイクロサービス化", "", "■資格", "2019年6月　応用情報技術者試験 合格", "", "■活かせる経験・知識・技術", "・Go, Java, TypeScriptでのバックエンド開発", "・Kubernetes, AWSでのインフラ構築"].join("\n"), "text");
    expect(r.meta?.sections?.map((s) => s.key)).toEqual(["work", "certificates", "skills"]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Go, Java, TypeScriptでのバックエンド開発", "Kubernetes, AWSでのインフラ構築"]);
  });

  it("reads a bold role under its employer's heading apart from the team written after it", async () => {
    const r = await readResume(["# 김민준", "", "## 경력", "", "### 카카오페이 (2021.03 ~ 재직중)", "**서버 개발자** · 결제플랫폼팀", "- 간편결제 승인 API 설계 및 개발", "", "### 네이버 (2018.07 ~ 2021.02)", "**백엔드 개발자** · 검색플랫폼", "- 검색 로그 수집 파이프라인 구축"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.description])).toEqual([["카카오페이", "서버 개발자", "결제플랫폼팀"], ["네이버", "백엔드 개발자", "검색플랫폼"]]);
  });

  it("reads the lines set in under a dated header as what was done there, and 'References available upon request.' as no skill", async () => {
    const r = await readResume([
      "Chen Wei", "chenwei.dev@gmail.com", "", "Experience:",
      "Jan 2019 - Present: Senior Software Engineer, Wayfair, Boston MA", "  Built the order routing service in Java and Kafka.", "  Mentored four junior engineers.",
      "Jun 2015 - Dec 2018: Software Engineer, Akamai Technologies, Cambridge MA", "  Worked on edge cache invalidation.", "",
      "Skills:", "Java, Kotlin, Kafka", "", "References available upon request.",
    ].join("\n"), "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.summary])).toEqual([
      ["Wayfair", "Senior Software Engineer", "Boston MA", "Built the order routing service in Java and Kafka.\nMentored four junior engineers."],
      ["Akamai Technologies", "Software Engineer", "Cambridge MA", "Worked on edge cache invalidation."],
    ]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Java", "Kotlin", "Kafka"]);
  });

  it("takes the role from the emphasised words that open the paragraph about the job", async () => {
    const r = await readResume("# Ana Ruiz\n\n## Experiencia\n\n2011 - 2012\n: Arcelor Mittal\n\n*Investigador*. Como miembro del grupo KiN, el trabajo estuvo enfocado al diseño de modelos.\n\n2009 - 2010\n: Fundación Prodintec\n\n*Técnico en el Área de Producción Industrial*. Visión por computador.\n");
    expect(jobs(r)).toEqual([
      ["Arcelor Mittal", "Investigador", "2011", "2012"],
      ["Fundación Prodintec", "Técnico en el Área de Producción Industrial", "2009", "2010"],
    ]);
    expect(r.work?.[0]?.summary).toBe("Como miembro del grupo KiN, el trabajo estuvo enfocado al diseño de modelos.");
  });

  it("reads one organisation over a table of its roles and their dates as one job per row", async () => {
    const r = await readResume("# 山田 花子\n\n## 職務経歴\n\n### 株式会社Example\n\n|期間|ロール|\n|--|--|\n|2026年1月 - 現在|Lead Engineer|\n|2024年8月 - 2026年1月|Software Engineer|\n\n#### 概要\n\nプロダクト開発に従事。\n");
    expect(jobs(r)).toEqual([
      ["株式会社Example", "Lead Engineer", "2026-01", undefined],
      ["株式会社Example", "Software Engineer", "2024-08", "2026-01"],
    ]);
  });

  it("lends an organisation line with its overall span to the role lines under it, in plain text", async () => {
    const r = await readResume("Jo Doe\n\nExperience\nGlobex: 2015 - Present\nProgram Manager: 2019 - Present\nRan the contractor programme.\nAnalyst: 2015 - 2018\nBuilt dashboards.\nInitech: Sales Rep: 2012 - 2014\nSold printers.\n", "text");
    expect(jobs(r)).toEqual([
      ["Globex", "Program Manager", "2019", undefined],
      ["Globex", "Analyst", "2015", "2018"],
      ["Initech", "Sales Rep", "2012", "2014"],
    ]);
  });

  it("reads a column of dates that heads each entry, with what was done there hanging under the entry's words", async () => {
    const text =
      "Thomas Müller\n\nBerufserfahrung\n01/2019 – heute        Softwareentwickler, Siemens AG, München\n                       Entwicklung von Steuerungssoftware in C++\n" +
      "04/2015 – 12/2018      Werkstudent, BMW Group, München\n                       Testautomatisierung mit Python\n";
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.location, w.summary ?? w.description])).toEqual([
      ["Siemens AG", "Softwareentwickler", "2019-01", undefined, "München", "Entwicklung von Steuerungssoftware in C++"],
      ["BMW Group", "Werkstudent", "2015-04", "2018-12", "München", "Testautomatisierung mit Python"],
    ]);
  });

  it("reads a role with no organisation whose dates run on into the job above as another role there, and says it guessed", async () => {
    const text =
      "John Doe\n\nEXPERIENCE\n\nACME CORPORATION, Springfield, IL\nSenior Accountant, June 2018 - Present\n- Prepared statements\n\nStaff Accountant, January 2015 - May 2018\n- Reconciled accounts\n\n" +
      "Junior Bookkeeper, March 2012 - June 2014\n- Kept books for shops\n";
    const { resume, diagnostics } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(jobs(resume)).toEqual([
      ["ACME CORPORATION", "Senior Accountant", "2018-06", undefined],
      ["ACME CORPORATION", "Staff Accountant", "2015-01", "2018-05"],
      [undefined, "Junior Bookkeeper", "2012-03", "2014-06"],
    ]);
    expect(diagnostics.some((d) => d.message.includes("read as another role at ACME CORPORATION"))).toBe(true);
  });

  it("reads sub-headings that name a kind of section as groups of entries, keeping their names", async () => {
    const r = await readResume(
      "# Jo Doe\n\n## Education\n\n### Tertiary Education\n\n**M.Sc. Bioinformatics** - University of the Western Cape\n2016-2019\n\n- Awarded cum laude.\n\n**B.Sc. Hons Information Technology** - University of Cape Town\n2015\n\n### Secondary Education\n\n**Matric** - Rondebosch Boys' High School\n2010\n",
    );
    expect(r.education?.map((e) => [e.institution, e.endDate])).toEqual([
      ["University of the Western Cape", "2019"],
      ["University of Cape Town", "2015"],
      ["Rondebosch Boys' High School", "2010"],
    ]);
    expect(JSON.stringify(r)).toContain("Tertiary Education");
  });

  it("moves a study listed among the jobs to education, but not a job held while studying", async () => {
    const r = await readResume(
      "# Jo Doe\n\n## Werkervaring\n\n### Front-end developer\nPluut Interaction B.V.  \nFeb. 2015 – sep. 2019\n\n### Student Communicatie & Multimedia design (CMD)\nDe Haagse Hogeschool  \n2010 – 2015\n\n### Student Assistant\nTechnische Universität Ilmenau  \n2019 – 2020\n\n### Graduate Student Instructor, CSE 589\nUniversity of Michigan  \n2024\n",
    );
    expect(jobs(r)).toEqual([
      ["Pluut Interaction B.V.", "Front-end developer", "2015-02", "2019-09"],
      ["Technische Universität Ilmenau", "Student Assistant", "2019", "2020"],
      ["University of Michigan", "Graduate Student Instructor, CSE 589", "2024", "2024"],
    ]);
    expect(r.education?.map((e) => [e.institution, e.area, e.startDate, e.endDate])).toEqual([["De Haagse Hogeschool", "Communicatie & Multimedia design (CMD)", "2010", "2015"]]);
  });

  it("reads a job told as label/value pairs of a definition list as one job, its start date open", async () => {
    const r = await readResume(
      "# Jo Doe\n\n## Situación Profesional Actual\n\nPuesto\n:   *Bioinformático*\n\nOrganismo\n:   Universidad de Oviedo\n\nFecha de incorporación\n:   2 de Abril de 2012\n\nCentro\n:   IUOPA\n\nA lo largo de estos años he implementado los pipelines de análisis del grupo.\n",
    );
    expect(jobs(r)).toEqual([["Universidad de Oviedo", "Bioinformático", "2012-04", undefined]]);
    expect(r.work?.[0]?.summary).toContain("Centro: IUOPA");
    expect(r.work?.[0]?.summary).toContain("pipelines de análisis");
  });

  it("reads headers written over their dates across blank lines, each after the previous entry's bullets or prose", async () => {
    const r = await readResume(
      [
        "Jo Doe",
        "",
        "Опыт работы",
        "",
        "    Smart Remont",
        "",
        "    Информационные технологии, системная интеграция, интернет",
        "",
        "    Февраль 2026 — Август 2026 7 месяцев",
        "",
        "    Middle Backend developer",
        "",
        "    - Поддержка существующих сервисов",
        "    - Создание нового",
        "    Ualikhanov University",
        "",
        "    Кокшетау, www.shokan.edu.kz/kk/",
        "",
        "    Февраль 2025 — Июнь 2025 5 месяцев",
        "",
        "    Backend-разработчик",
        "",
        "    Разработал серверную часть веб-сервиса электронной очереди для абитуриентов.",
        "",
      ].join("\n"),
      "text",
    );
    expect(jobs(r)).toEqual([
      ["Smart Remont", "Middle Backend developer", "2026-02", "2026-08"],
      ["Ualikhanov University", "Backend-разработчик", "2025-02", "2025-06"],
    ]);
  });

  it("reads LinkedIn's education, school over degree and dates, a school with only its dates included", async () => {
    const r = await readResume(
      "Jo Doe\n\nEducation\nSapienza Università di Roma\nDoctor of Philosophy - PhD, Hydraulic Engineering · (January 2022 - December 2025)\n\nUniversità di Bologna\nMaster of Science - MS, Environmental Engineering · (2018 - 2021)\n\nIstanbul Technical University\n· (2016 - 2018)\n",
      "text",
    );
    expect(r.education?.map((e) => [e.institution, e.startDate, e.endDate])).toEqual([
      ["Sapienza Università di Roma", "2022-01", "2025-12"],
      ["Università di Bologna", "2018", "2021"],
      ["Istanbul Technical University", "2016", "2018"],
    ]);
  });

  it("gives back to the section a contact sidebar cut in two the jobs after its contacts", async () => {
    const r = await readResume(
      [
        "Yugant Hadiyal",
        "",
        "WORK EXPERIENCE",
        "01/05/2020 – CURRENT",
        "",
        "Student Assistant",
        "Fraunhofer IOSB-AST",
        "◦ Working on the CI pipeline.",
        "Ilmenau, Germany",
        "07/2018 – 08/2019",
        "",
        "CONTACT",
        "hadiyal@example.org",
        "(+49) 017647678492",
        "https://www.linkedin.com/in/",
        "yuganthadiyal/",
        "",
        "Software Engineer",
        "Cignex Datamatics",
        "◦ Deciding the development approach.",
        "Ahmedabad, India",
        "01/2018 – 07/2018",
        "",
        "Software Engineer - Trainee",
        "Cignex Datamatics",
        "◦ Worked with Amazon Web Services.",
        "",
      ].join("\n"),
      "text",
    );
    expect(jobs(r)).toEqual([
      ["Fraunhofer IOSB-AST", "Student Assistant", "2020-05", undefined],
      ["Cignex Datamatics", "Software Engineer", "2018-07", "2019-08"],
      ["Cignex Datamatics", "Software Engineer - Trainee", "2018-01", "2018-07"],
    ]);
    expect(r.basics?.profiles?.map((p) => p.url)).toContain("https://www.linkedin.com/in/yuganthadiyal/");
  });

  it("takes the owner's e-mail and phone from a footer set inside a section, keeping its other words there", async () => {
    const r = await readResume("Jürgen Buchner\n\nBeruflicher Werdegang\n02/2011 – 09/2013\n\nMonteur, Inocon, Attnang.\n\nÆ +43 699 17952841\n\n• Q jb@example.org • t jb_9 Zivildienst\n\nReferences\nJane Roe, jane@example.org\n", "text");
    expect([r.basics?.email, r.basics?.phone]).toEqual(["jb@example.org", "+43 699 17952841"]);
    expect(JSON.stringify(r.work)).toContain("jb_9 Zivildienst");
    expect(JSON.stringify(r.references)).toContain("jane@example.org");
  });

  it("takes the deedy template's 'Github:// handle' lines set inside a section as the owner's profiles", async () => {
    const r = await readResume("Philip Nelson\nphilip@example.org | 925-239-5417\n\nEDUCATION\n\nUTAH STATE UNIVERSITY\nBS IN COMPUTER SCIENCE\n\nGithub:// PhilipNelson5\nLinkedIn:// PhilipNelson5\n", "text");
    expect(r.basics?.profiles?.map((p) => [p.network, p.username])).toEqual([
      ["GitHub", "PhilipNelson5"],
      ["LinkedIn", "PhilipNelson5"],
    ]);
  });

  it("cuts a bold lead that holds the organisation and the role", async () => {
    const r = await readResume("# 김범석\n\n## 경력\n\n**트렌비 · 백엔드 엔지니어** · 2024.05 ~ 현재<br>\n도메인: 전시 · 마케팅\n");
    expect(jobs(r)).toEqual([["트렌비", "백엔드 엔지니어", "2024-05", undefined]]);
  });

  it("heads an entry with a dated line whose bold is set further in, when the section's bold headers all carry dates", async () => {
    const r = await readResume(
      "# 刘东坡\n\n## 工作经历\n\n**PingCAP Inc.** - 数据库内核研发\t2023/08 – 至今\\\n开始专注于分布式数据库的研发。\\\n晨星资讯（**Morningstar, Inc.**）- 前后端开发工程师 2019/06 – 2020/07\n毕业后第一份工作，负责编写和维护数据展示组件。\n",
    );
    expect(jobs(r).map(([, , start]) => start)).toEqual(["2023-08", "2019-06"]);
    expect(r.work?.[1]?.name).toContain("Morningstar");
  });

  it("reads entries written under their dates, as a PDF's date column comes out", async () => {
    const r = await readResume("Jo Doe\n\nWork Experience\n03/2018 – 07/2018\n\nIntern, Globex Logistics, Vienna.\nBuilt a maintenance predictor.\n\n10/2016 – 01/2018\n\nEngineer, Initech GmbH, Graz.\nWrote firmware.\n", "text");
    expect(jobs(r)).toEqual([
      ["Globex Logistics", "Intern", "2018-03", "2018-07"],
      ["Initech GmbH", "Engineer", "2016-10", "2018-01"],
    ]);
  });

  it("tells the employer from the title by what the same slot holds in the section's other entries, and says where it guessed", async () => {
    const { resume, diagnostics } = await extractSource({
      path: "cv.md",
      text: "# Jo Doe\n\n## Experience\n\nSoftware Engineer | Acme | 2020 – 2022\n\nData Engineer | Globex | 2018 – 2020\n\nTroubleshooter | Initech | 2017\n",
      format: "markdown",
      formatReason: "test",
    });
    expect(jobs(resume)).toEqual([
      ["Acme", "Software Engineer", "2020", "2022"],
      ["Globex", "Data Engineer", "2018", "2020"],
      ["Initech", "Troubleshooter", "2017", "2017"],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "weak-evidence").map((d) => d.position?.line)).toEqual([9]);
  });

  it("reads the place in brackets after an employer or a school as where it was", async () => {
    const r = await readResume("# Jo Doe\n\n## Experience\n\n2019-present\n:   **Senior Data Scientist**; Zalando SE (Berlin)\n\n## Education\n\n2012-2016\n:   **PhD, Computer Science**; Technische Universität München (Munich)\n");
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([["Zalando SE", "Senior Data Scientist", "Berlin"]]);
    expect(r.education?.map((e) => [e.institution, e.location])).toEqual([["Technische Universität München", "Munich"]]);
  });

  it("gives each role at an organisation the address written under the organisation's heading", async () => {
    const text = "Jo Doe\n======\n\nExperience\n==========\n\nCisco Systems, Inc.\n-------------------\n| 117 E. Colorado Blvd., Ste. 300\n| Pasadena, CA 91105\n\nSenior Software Engineer\n~~~~~~~~~~~~~~~~~~~~~~~~\nJune 2014 - Present\n\n* Led the move to OpenStack\n\nSystems Engineer\n~~~~~~~~~~~~~~~~\nJune 2012 - May 2014\n\n* Ran the build farm\n";
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.highlights])).toEqual([
      ["Cisco Systems, Inc.", "Senior Software Engineer", "117 E. Colorado Blvd., Ste. 300, Pasadena, CA 91105", ["Led the move to OpenStack"]],
      ["Cisco Systems, Inc.", "Systems Engineer", "117 E. Colorado Blvd., Ste. 300, Pasadena, CA 91105", ["Ran the build farm"]],
    ]);
  });

  it("reads a table typed with spaces row by row, its header naming no school", async () => {
    const text = "RAHUL SHARMA\n\nEDUCATIONAL QUALIFICATION\nQualification      Institute                      Year     Percentage\nB.E. (CSE)         RV College of Engineering      2019     78.5%\n12th (PUC)         Vidya Vardhaka PU College      2015     88%\n";
    const r = await readResume(text, "text");
    expect(r.education?.map((e) => [e.institution, e.endDate])).toEqual([
      ["RV College of Engineering", "2019"],
      ["Vidya Vardhaka PU College", "2015"],
    ]);
  });

  it("reads a Brazilian CV's text: the area code in brackets, a date range wrapped after its first date, the role labelled among the header's phrases", async () => {
    const text = [
      "Adriana Souza",
      "(48) 98407-9002",
      "adriana.souza@outlook.com.br",
      "",
      "EXPERIÊNCIA PROFISSIONAL:",
      "Técnico de TI, Albertoni Transportes, 23/09/2023 á",
      "28/06/2024, 9 meses.",
      "",
      "Deycon Distribuição Ltda, 02/2011 – 08/2023, cargo:",
      "Conferente.",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.basics?.phone).toBe("(48) 98407-9002");
    expect(r.work?.map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ["Técnico de TI", "2023-09", "2024-06"],
      ["Conferente", "2011-02", "2023-08"],
    ]);
  });

  it("reads the text pdftotext makes of an Indian Word résumé: a school named with its country, projects named over their dates after the bullets above", async () => {
    const text = [
      "RAHUL K",
      "Phone: +91 98450 12345 | Email: rahul.k@gmail.com",
      "",
      "EDUCATION",
      "Vidyavardhaka Digital University, India",
      "Dec 2021–May 2022",
      "6-Month Certification | Data Analyst",
      "",
      "PROJECTS",
      "Library management system:",
      "Aug 2020 – Dec 2020",
      "• Designed using HTML, CSS, JSP and SQL. The project adds and removes books and members and tracks each loan",
      "Smart Irrigation Control System",
      "Sep 2020 – Dec 2020",
      "• This project has a soil moisture sensor network that switches the pumps on and off automatically by schedule",
      "The controller sends each reading to a dashboard that plots the moisture of every field by the hour",
      "Online Exam Proctoring System",
      "",
      "Mar 2019– Jun 2019",
      "",
      "• Designed using Python and OpenCV to flag faces that leave the frame during an exam.",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.education?.[0]).toMatchObject({ institution: "Vidyavardhaka Digital University", location: "India", startDate: "2021-12" });
    expect(r.projects?.map((p) => [p.name, p.startDate])).toEqual([
      ["Library management system", "2020-08"],
      ["Smart Irrigation Control System", "2020-09"],
      ["Online Exam Proctoring System", "2019-03"],
    ]);
  });

  it("reads the terms a job was held on before its title ('Vollzeit:', 'Part-time:') as part of the title, not as the employer", async () => {
    const r = await readResume(
      [
        "Jürgen Huber",
        "",
        "Beruflicher Werdegang",
        "",
        "02/2011 – 09/2013   Vollzeit: Monteur im Sondermaschinenbau, Inocon GmbH, Linz.",
        "Projektleitung der mechanischen Montage von Sondermaschinen und Anlagen für die Automobilindustrie.",
        "",
        "10/2009 – 01/2011   Teilzeit: Werkstudent, Spar AG, Wels.",
        "Kommissionierung und Wareneingang im Zentrallager, Bedienung von Staplern und Hubwagen im Schichtbetrieb.",
      ].join("\n"),
      "text",
    );
    expect(jobs(r)).toEqual([
      ["Inocon GmbH", "Vollzeit: Monteur im Sondermaschinenbau", "2011-02", "2013-09"],
      ["Spar AG", "Teilzeit: Werkstudent", "2009-10", "2011-01"],
    ]);
  });

  it("reads Europass's current form as text: labelled values run together, each job's 'City: … | Country: …', the languages' self-assessment grid", async () => {
    const text = [
      "Lukas Weber",
      "Date of birth: 14/03/1994 Nationality: German Phone number: (+49) 1761234567 (Mobile)",
      "Email address: lukas.weber@posteo.de",
      "",
      "ABOUT MYSELF",
      "Backend developer with seven years of experience in payment systems.",
      "",
      "WORK EXPERIENCE",
      "[ 01/2021 – Current ] Senior Backend Developer",
      "Klarna Bank AB",
      "City: Munich | Country: Germany",
      "",
      "LANGUAGE SKILLS",
      "Mother tongue(s): German",
      "Other language(s):",
      "English",
      "LISTENING C1 READING C2 WRITING C1",
      "SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1",
      "French",
      "LISTENING B1 READING B2 WRITING A2",
      "SPOKEN PRODUCTION B1 SPOKEN INTERACTION B1",
      "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.basics).toMatchObject({ phone: "(+49) 1761234567", labels: { phone: "Phone number (Mobile)" }, email: "lukas.weber@posteo.de", summary: "Backend developer with seven years of experience in payment systems." });
    expect(r.work?.[0]).toMatchObject({ name: "Klarna Bank AB", position: "Senior Backend Developer", location: "Munich, Germany" });
    expect(r.languages).toEqual([
      { language: "German", fluency: "Mother tongue" },
      { language: "English", fluency: "LISTENING C1 READING C2 WRITING C1 SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1" },
      { language: "French", fluency: "LISTENING B1 READING B2 WRITING A2 SPOKEN PRODUCTION B1 SPOKEN INTERACTION B1" },
    ]);
    // the form's own label and legend are kept, apart
    expect(r.sections?.find((s) => s.title === "LANGUAGE SKILLS (more)")?.items.map((i) => i.summary)).toEqual(["Other language(s):", "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user"]);
  });

  it("reads a Chinese CV's field of study in its own column, and a project's labelled description and stack", async () => {
    const text = [
      "张伟",
      "电话：138-1234-5678 | 邮箱：zhangwei@163.com",
      "",
      "教育背景",
      "2013.09 - 2017.06    复旦大学    计算机科学与技术    本科",
      "",
      "项目经历",
      "订单中心重构    2021.05 - 2022.01",
      "项目描述：将订单系统拆分为订单、支付、履约三个服务。",
      "技术栈：Java、Spring Cloud、Kafka、MySQL、Redis",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.education?.[0]).toMatchObject({ institution: "复旦大学", area: "计算机科学与技术", studyType: "本科", startDate: "2013-09" });
    expect(r.projects?.[0]).toMatchObject({ name: "订单中心重构", description: "将订单系统拆分为订单、支付、履约三个服务。", keywords: ["Java", "Spring Cloud", "Kafka", "MySQL", "Redis"] });
  });

  it("reads a 職務経歴書's employer over its dated roles, with the facts labelled under the employer kept with its first role", async () => {
    const text = [
      "職務経歴書",
      "氏名　山田 太郎",
      "",
      "■職務経歴",
      "株式会社メルカリ（2019年4月～現在）",
      "事業内容：フリマアプリの企画・開発・運営",
      "従業員数：2,000名",
      "2019年4月～現在　バックエンドエンジニア",
      "・決済基盤の設計と開発（Go、gRPC、Spanner）",
      "",
      "株式会社サイバーエージェント（2016年4月～2019年3月）",
      "事業内容：インターネット広告事業",
      "2016年4月～2019年3月　ソフトウェアエンジニア",
      "・広告配信サーバーの開発（Java、Kafka）",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r)).toEqual([
      ["株式会社メルカリ", "バックエンドエンジニア", "2019-04", undefined],
      ["株式会社サイバーエージェント", "ソフトウェアエンジニア", "2016-04", "2019-03"],
    ]);
    expect(r.work?.[0]?.summary).toBe("事業内容:フリマアプリの企画・開発・運営\n従業員数:2,000名");
  });

  it("reads a section of experience whose undated items each label what it covers as skills, not jobs", async () => {
    const r = await readResume(
      [
        "# Dana Ruiz",
        "",
        "## Technical experience",
        "",
        "| | |",
        "|---|---|",
        "| Imaging | Confocal and two-photon microscopy; managed the department's Zeiss LSM 880 and trained its users |",
        "| Electrophysiology | Whole-cell patch clamp and field recordings in acute slices |",
        "| Histology | Perfusions, cryostat sectioning, immunohistochemistry |",
        "| Programming | Python, MATLAB, R |",
      ].join("\n"),
    );
    expect(r.work).toBeUndefined();
    expect(r.skills?.map((s) => s.name)).toEqual(["Imaging", "Electrophysiology", "Histology", "Programming"]);
  });

  it("reads the field under a school apart from the specialisation said after it ('…, mención en …', '…, minor in …')", async () => {
    const r = await readResume(["CAMILA ROJAS", "", "FORMACIÓN ACADÉMICA", "Pontificia Universidad Católica de Chile", "Ingeniería Civil Industrial, mención en Tecnologías de Información", "2012 – 2017"].join("\n"), "text");
    expect(r.education?.[0]).toMatchObject({ institution: "Pontificia Universidad Católica de Chile", area: "Ingeniería Civil Industrial", summary: "mención en Tecnologías de Información", startDate: "2012", endDate: "2017" });
  });

  it("reads the courses taught each term under a teaching job as what was done there, not as jobs", async () => {
    const r = await readResume(
      ["Pat Curtis", "", "EMPLOYMENT", "", "2012 – 2017", "Graduate Student Instructor, History Department, University of Michigan", "Winter 2017: HIST 205 – Modern East Asia", "Fall 2013: HIST 210 – Early Medieval Europe, 300-1000", "", "2015 – present", "Translator, Independent", "Translated a history of Japan's female emperors."].join("\n"),
      "text",
    );
    expect(jobs(r)).toEqual([
      ["History Department, University of Michigan", "Graduate Student Instructor", "2012", "2017"],
      ["Independent", "Translator", "2015", undefined],
    ]);
    expect(r.work?.[0]?.summary).toContain("Winter 2017: HIST 205 – Modern East Asia");
  });

  it("knows the degrees of the Nordic countries, and their languages' section titles", async () => {
    const r = await readResume(["Anna Lindqvist", "", "UTBILDNING", "2010 – 2015      Chalmers tekniska högskola", "                 Civilingenjör, Datateknik", "2015 – 2017      Aalto-yliopisto", "                 Diplomi-insinööri, Tietotekniikka", "", "SPRÅK", "Svenska – modersmål", "Engelska – flytande"].join("\n"), "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Chalmers tekniska högskola", "Civilingenjör", "Datateknik"],
      ["Aalto-yliopisto", "Diplomi-insinööri", "Tietotekniikka"],
    ]);
    expect(r.languages).toEqual([
      { language: "Svenska", fluency: "modersmål" },
      { language: "Engelska", fluency: "flytande" },
    ]);
  });

  it("knows the degrees of engineering, medicine, law, teaching and the professions by their initials", async () => {
    const r = await readResume("# Jo Doe\n\n## Education\n\n### University of Waterloo\nBASc, Systems Design Engineering — 2012 – 2016\n\n### University of Toronto\nJD — 2016 – 2019\n\n### University of Ottawa\nB.Ed., Primary Education — 2019 – 2020\n");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["University of Waterloo", "BASc", "Systems Design Engineering"],
      ["University of Toronto", "JD", undefined],
      ["University of Ottawa", "B.Ed.", "Primary Education"],
    ]);
  });

  it("reads a job board's export: the place after a hyphen beside the school, the years of use after each skill", async () => {
    const text = "Michael Johnson\nDallas, TX\n\nEducation\n\nBachelor's degree in Accounting\nUniversity of Texas at Austin - Austin, TX\n2012 to 2016\n\nSkills\n\n• QuickBooks (5 years)\n• Excel (10+ years)\n• SAP (Less than 1 year)\n";
    const r = await readResume(text, "text");
    expect(r.education?.map((e) => [e.institution, e.location])).toEqual([["University of Texas at Austin", "Austin, TX"]]);
    expect(r.skills).toEqual([
      { name: "QuickBooks", level: "5 years" },
      { name: "Excel", level: "10+ years" },
      { name: "SAP", level: "Less than 1 year" },
    ]);
  });

  it("reads entries written as records of labelled lines, as the Europass CV of 2004 writes them in every language", async () => {
    const text = [
      "MARCO ROSSI",
      "",
      "ESPERIENZA LAVORATIVA",
      "• Date (da – a)                                  Gennaio 2015 – Dicembre 2018",
      "• Nome e indirizzo del datore di lavoro          Accenture S.p.A., Milano",
      "• Tipo di azienda o settore                      Consulenza informatica",
      "• Tipo di impiego                                Analista programmatore",
      "",
      "• Date (da – a)                                  Marzo 2010 – Dicembre 2014",
      "• Nome e indirizzo del datore di lavoro          Reply S.p.A.",
      "• Tipo di impiego                                Sviluppatore junior",
      "",
      "EDUCATION AND TRAINING",
      "• Dates (from – to)                                            2004 – 2009",
      "• Name and type of organisation providing education and training    Politecnico di Milano",
      "• Title of qualification awarded                               Laurea Magistrale in Ingegneria Informatica",
      "",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r)).toEqual([
      ["Accenture S.p.A.", "Analista programmatore", "2015-01", "2018-12"],
      ["Reply S.p.A.", "Sviluppatore junior", "2010-03", "2014-12"],
    ]);
    expect(r.work?.[0]?.location).toBe("Milano");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Politecnico di Milano", "Laurea Magistrale", "Ingegneria Informatica", "2004", "2009"]]);
  });

  it("reads jobs written as 'Company:', 'Position:', 'Period:' records, and keeps a title line over labelled lines as the entry's header", async () => {
    const records = await readResume("# Jo Doe\n\n## Experience\n\nCompany: Acme Corp  \nPosition: Backend Engineer  \nPeriod: 2019 – 2021\n\nCompany: Globex  \nPosition: Intern  \nPeriod: 2018\n");
    expect(jobs(records)).toEqual([
      ["Acme Corp", "Backend Engineer", "2019", "2021"],
      ["Globex", "Intern", "2018", "2018"],
    ]);
    const titled = await readResume("# Jo Doe\n\n## Projects\n\nBilling rewrite\nRole: Lead  \nTech: Go\n\nSearch\nRole: Developer  \nTech: Rust\n");
    expect(titled.projects?.map((p) => p.name)).toEqual(["Billing rewrite", "Search"]);
  });

  it("reads Awesome-CV's text as a PDF gives it: each place glued to its name, award lines that each begin with their year", async () => {
    const text = [
      "Claud D. Park",
      "hello@awesome.cv",
      "",
      "Work Experience",
      "Omnious. Co., Ltd. Seoul, S.Korea",
      "Software Architect Jun. 2017 - May. 2018",
      "• Provided architecture design for AI based fashion recognition services",
      "",
      "Kasa Seoul, S.Korea",
      "Co-founder & Software Engineer Nov. 2015 - Dec. 2016",
      "• Founded the company and developed the core engine",
      "",
      "Education",
      "POSTECH (Pohang University of Science and Technology) Pohang, S.Korea",
      "B.S. in Computer Science and Engineering Mar. 2008 - Aug. 2017",
      "",
      "Honors & Awards",
      "2016 Finalist, DEFCON 24th CTF Hacking Competition World Final Las Vegas, U.S.A",
      "2015 Winner, SECUINSIDE CTF Seoul, S.Korea",
      "",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Omnious. Co., Ltd.", "Software Architect", "Seoul, S.Korea"],
      ["Kasa", "Co-founder & Software Engineer", "Seoul, S.Korea"],
    ]);
    expect(r.education?.map((e) => [e.institution, e.studyType, e.location])).toEqual([["POSTECH (Pohang University of Science and Technology)", "B.S.", "Pohang, S.Korea"]]);
    expect(r.awards?.map((a) => a.date)).toEqual(["2016", "2015"]);
  });

  it("keeps a town the gazetteer knows whole, and a school named after its town, in one piece", () => {
    expect(["New York, NY", "Salt Lake City, UT", "New York University New York, NY"].map(splitGluedPlace)).toEqual([undefined, undefined, ["New York University", "New York, NY"]]);
  });

  it("reads degrees told in a homepage's prose, with a state university's campus and the year after the school", async () => {
    const r = await readResume("# Maria Garcia\n\nI am a fourth-year PhD student in Computer Science at the University of Washington, advised by Prof. Dan Suciu. Before UW, I received my B.S. in Mathematics from the University of California, Berkeley in 2019, and I spent a summer at Microsoft Research.\n");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["University of Washington", "PhD", "Computer Science", undefined],
      ["University of California, Berkeley", "B.S.", "Mathematics", "2019"],
    ]);
  });

  it("reads a section of lines each labelled its own way as one item a line", async () => {
    const r = await readResume("JOHN SMITH\n\nADDITIONAL INFORMATION\nCertifications: CFA Level II Candidate\nVolunteer: Big Brothers Big Sisters mentor (2019 - present)\n", "text");
    expect(r.sections?.[0]?.items.map((i) => [i.title, i.startDate])).toEqual([
      ["Certifications: CFA Level II Candidate", undefined],
      ["Volunteer: Big Brothers Big Sisters mentor", "2019"],
    ]);
  });

  it("reads the place after the employer in a table's cell as where the job was", async () => {
    const r = await readResume("# Lukas Meier\n\n## Berufserfahrung\n\n| Zeitraum | Unternehmen | Position |\n|---|---|---|\n| 03/2021 – heute | Google Switzerland GmbH, Zürich | Senior Software Engineer |\n| 09/2017 – 02/2021 | Swisscom AG | Software Engineer |\n");
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Google Switzerland GmbH", "Senior Software Engineer", "Zürich"],
      ["Swisscom AG", "Software Engineer", undefined],
    ]);
  });

  it("reads an organisation's acronym before its place as the employer ('Research Associate, CERN, Geneva, Switzerland')", async () => {
    const r = await readResume("Elena Petrova\n\nACADEMIC APPOINTMENTS\n2020–present    Assistant Professor, University of Toronto\n2016–2017       Research Associate, CERN, Geneva, Switzerland\n", "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["University of Toronto", "Assistant Professor", undefined],
      ["CERN", "Research Associate", "Geneva, Switzerland"],
    ]);
  });

  it("reads a LinkedIn profile copied as text: the place line with its work mode whole, and what was done under it apart", async () => {
    const text = "Emily Chen\n\nExperience\n\nSenior Software Engineer\nStripe · Full-time\nJan 2021 - Present · 3 yrs 2 mos\nSan Francisco, California, United States · Remote\nPayments infrastructure.\n\nSoftware Engineer\nDropbox · Full-time\nJun 2017 - Dec 2020 · 3 yrs 7 mos\nSan Francisco, California\n";
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.location, w.summary])).toEqual([
      ["Stripe", "Senior Software Engineer", "San Francisco, California, United States · Remote", "Payments infrastructure."],
      ["Dropbox", "Software Engineer", "San Francisco, California", undefined],
    ]);
  });

  it("reads a Polish degree written in lower case ('magister inżynier') beside its school and field", async () => {
    const r = await readResume("Anna Kowalska\n\nWYKSZTAŁCENIE\n2012 – 2017          Politechnika Warszawska, Informatyka, magister inżynier\n", "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["Politechnika Warszawska", "magister inżynier", "Informatyka"]]);
  });

  it("reads the duration hh.ru writes under each job's dates as no name", async () => {
    const text = "Иванов Иван\n\nОпыт работы\n\nМарт 2020 — настоящее время\n4 года 2 месяца\nЯндекс\nМосква\nВедущий разработчик\nРазработка сервисов поиска.\n";
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.location])).toEqual([["Яндекс", "Ведущий разработчик", "2020-03", "Москва"]]);
    expect(r.work?.[0]?.description).toBe("4 года 2 месяца");
  });

  it("reads a Brazilian school named by the initials of its kind ('PUC Minas') beside the degree as the school", async () => {
    const r = await readResume("# Lucas Oliveira\n\n## Formação Acadêmica\n\n**Bacharelado em Sistemas de Informação** — PUC Minas (2015 – 2018)\n");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["PUC Minas", "Bacharelado", "Sistemas de Informação"]]);
  });

  it("keeps brackets that name no place in the name", async () => {
    const r = await readResume("# Jo Doe\n\n## Experience\n\n- Engineer, Georgia Institute of Technology (Georgia Tech), 2019 – 2021\n");
    expect(r.work?.map((w) => w.location)).toEqual([undefined]);
  });

  it("reads a degree's honours in lower case as part of its header line, so the school above it heads the next entry", async () => {
    const text = [
      "JOHN SMITH",
      "",
      "EDUCATION",
      "HARVARD BUSINESS SCHOOL                              Boston, MA",
      "Master of Business Administration                    2022 - 2024",
      "- Member, Finance Club",
      "",
      "UNIVERSITY OF MICHIGAN                               Ann Arbor, MI",
      "Bachelor of Science in Economics, magna cum laude    2014 - 2018",
      "",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.startDate, e.endDate])).toEqual([
      ["HARVARD BUSINESS SCHOOL", "Master of Business Administration", "2022", "2024"],
      ["UNIVERSITY OF MICHIGAN", "Bachelor of Science", "2014", "2018"],
    ]);
  });

  it("reads the text pdftotext makes of a résumé whose dates and places are set flush right (LaTeX's tabular*, as in Jake's résumé)", async () => {
    const text = [
      "Marisol Okafor",
      "512-555-0147 | marisol.okafor@utexas.edu",
      "",
      "Experience",
      "Software Engineering Intern",
      "",
      "May 2023 – Aug. 2023",
      "",
      "Dell Technologies",
      "• Built a telemetry pipeline in Go that ingests 2M events per hour from storage arrays",
      "• Cut dashboard load time by 40% by caching aggregate queries in Redis",
      "",
      "Undergraduate Research Assistant",
      "",
      "Jan. 2022 – May 2023",
      "",
      "Texas Advanced Computing Center",
      "• Ported a finite-element solver to GPUs with CUDA, reaching a 12x speedup on A100 nodes",
      "",
      // an entry with its dates and place set after its bullets: a job title is no section's
      "Teaching Assistant",
      "University of Texas at Austin",
      "• Led weekly lab sections of 30 students for Introduction to Embedded Systems",
      "",
      "Austin, TX",
      "",
      "Aug. 2021 – Dec. 2021",
      "",
      "Projects",
      "Trailhead | TypeScript, React, Node.js, PostgreSQL",
      "• A trip planner for state parks with offline maps and trail conditions, used by 300 hikers",
      "PicoScope | C, Raspberry Pi Pico, KiCad",
      "• A two-channel USB oscilloscope on a custom PCB, sampling at 500 kS/s",
      "",
      "Technical Skills",
      "Languages: Python, Go, C/C++, TypeScript, SQL, VHDL",
      "Developer Tools: Git, Docker, Kubernetes, Slurm",
      "",
      // the projects' column of dates, set after the next section
      "Sep. 2023 – Present",
      "Jan. 2023 – Apr. 2023",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r)).toEqual([
      ["Dell Technologies", "Software Engineering Intern", "2023-05", "2023-08"],
      ["Texas Advanced Computing Center", "Undergraduate Research Assistant", "2022-01", "2023-05"],
      ["University of Texas at Austin", "Teaching Assistant", "2021-08", "2021-12"],
    ]);
    expect(r.work?.[2]?.location).toBe("Austin, TX");
    expect(r.projects?.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ["Trailhead", "2023-09", undefined],
      ["PicoScope", "2023-01", "2023-04"],
    ]);
    expect(r.skills?.map((s) => s.name)).toEqual(["Languages", "Developer Tools"]);
  });

  it("reads each entry's dates and place set after its bullets, as pdftotext writes a tabular* column it cannot place", async () => {
    const text = [
      "Marisol Okafor",
      "",
      "Experience",
      "Undergraduate Research Assistant",
      "Texas Advanced Computing Center",
      "• Ported a finite-element solver to GPUs with CUDA, reaching a 12x speedup",
      "",
      "June 2020 – Present",
      "Austin, TX",
      "",
      "Teaching Assistant",
      "University of Texas at Austin",
      "• Led weekly lab sections of 30 students for Introduction to Embedded Systems",
      "",
      "Sep. 2018 – May 2020",
      "Austin, TX",
      "",
      "Projects",
      "Trailhead | TypeScript, React, Node.js",
      "• A trip planner for state parks with offline maps, used by 300 hikers",
      "",
      "June 2020 – Present",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.location])).toEqual([
      ["Texas Advanced Computing Center", "Undergraduate Research Assistant", "2020-06", "Austin, TX"],
      ["University of Texas at Austin", "Teaching Assistant", "2018-09", "Austin, TX"],
    ]);
    expect(r.projects?.map((p) => [p.name, p.startDate])).toEqual([["Trailhead", "2020-06"]]);
  });

  it("reads the text pdftotext makes of a pdflatex résumé with \\hfill dates: T1 dashes and bullets with no Unicode, a place put before its bold name, a school over its degree", async () => {
    const text = [
      "DANIEL R. HOLLOWAY",
      "Columbus, OH 43215 \u0088 (614) 555-0193 \u0088 dan.holloway@outlook.com",
      "",
      "PROFESSIONAL EXPERIENCE",
      "Cardinal Health, Dublin, OH",
      "Senior Supply Chain Analyst",
      "",
      "March 2019 \u0015 Present",
      "",
      "\u0088 Built a demand forecast in Python that cut stockouts of 1,200 SKUs by 18%.",
      "\u0088 Led the migration of replenishment reports from Excel to Tableau for 40 planners.",
      ", New Albany, OH",
      "",
      "Abercrombie & Fitch",
      "Inventory Analyst",
      "",
      "June 2016 \u0015 February 2019",
      "",
      "\u0088 Reconciled weekly inventory across 3 distribution centers and 250 stores.",
      "",
      "EDUCATION",
      "",
      "The Ohio State University, Fisher College of Business, Columbus, OH",
      "",
      "Bachelor of Science in Business Administration, Operations Management; GPA 3.6/4.0",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.basics).toMatchObject({ email: "dan.holloway@outlook.com", phone: "(614) 555-0193" });
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.location])).toEqual([
      ["Cardinal Health", "Senior Supply Chain Analyst", "2019-03", undefined, "Dublin, OH"],
      ["Abercrombie & Fitch", "Inventory Analyst", "2016-06", "2019-02", "New Albany, OH"],
    ]);
    expect(r.work?.[0]?.highlights).toHaveLength(2);
    expect(r.education).toMatchObject([{ institution: "The Ohio State University, Fisher College of Business", location: "Columbus, OH", studyType: "Bachelor of Science", area: "Business Administration", score: "3.6/4.0" }]);
  });

  it("reads a town with its region after a school's commas as where it is, but a state university's campus as its name", async () => {
    const school = async (line: string) => (await readResume(`Jo Doe\n\nEducation\n\n${line}\nBachelor of Science in Economics, May 2016\n`, "text")).education?.[0];
    expect(await school("University of Michigan, Ross School of Business, Ann Arbor, MI")).toMatchObject({ institution: "University of Michigan, Ross School of Business", location: "Ann Arbor, MI" });
    expect(await school("University of Michigan, Ann Arbor, MI")).toMatchObject({ institution: "University of Michigan", location: "Ann Arbor, MI" });
    expect(await school("Technical University of Munich, Munich, Germany")).toMatchObject({ institution: "Technical University of Munich", location: "Munich, Germany" });
    expect(await school("University of California, Davis")).toMatchObject({ institution: "University of California, Davis" });
  });

  it("reads the resume.md template: each entry's date alone above its bold name, 'Current' for the job held now, the role as the first bullet, under 'Occupation'", async () => {
    const r = await readResume(
      [
        "# Priya Raman",
        "",
        "## Education",
        "",
        "`2014-2019`",
        "__University of Washington__, Seattle, WA",
        "",
        "- PhD in Biostatistics",
        "",
        "`2010-2014`",
        "__Indian Institute of Technology Madras__",
        "",
        "- B.Tech. in Chemical Engineering",
        "",
        "## Awards",
        "",
        "`2018`",
        "__ASA Biometrics Section Travel Award__",
        "",
        "`2016`",
        "__NIH Training Grant Fellowship__",
        "",
        "## Occupation",
        "",
        "`Current`",
        "__Epi Forecasting Collaborative__, Remote",
        "",
        "- Staff Data Scientist",
        "- Leads the weekly ensemble forecast of hospital admissions",
        "",
        "`2019-2022`",
        "__Fred Hutchinson Cancer Center__, Seattle, WA",
        "",
        "- Postdoctoral Fellow",
        "- Built the small-area estimation pipeline for the state's immunization registry",
      ].join("\n"),
    );
    expect(r.education?.map((e) => [e.institution, e.studyType, e.startDate, e.endDate])).toEqual([
      ["University of Washington", "PhD", "2014", "2019"],
      ["Indian Institute of Technology Madras", "B.Tech.", "2010", "2014"],
    ]);
    expect(r.awards?.map((a) => [a.title, a.date])).toEqual([
      ["ASA Biometrics Section Travel Award", "2018"],
      ["NIH Training Grant Fellowship", "2016"],
    ]);
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.period])).toEqual([
      ["Epi Forecasting Collaborative", "Staff Data Scientist", undefined, undefined, "Current"],
      ["Fred Hutchinson Cancer Center", "Postdoctoral Fellow", "2019", "2022", "2019-2022"],
    ]);
    expect(r.work?.[0]?.highlights).toEqual(["Leads the weekly ensemble forecast of hospital admissions"]);
    expect(r.sections).toBeUndefined();
  });

  it("reads the text of an academic site made with Hugo's Wowchemy: degree over school, role and employer over 'date  place', each award over its date", async () => {
    const text = [
      "Tomás Herrera",
      "",
      "Education",
      "PhD in Computer Science, 2019",
      "University of Pennsylvania",
      "MSc in Artificial Intelligence, 2014",
      "Universitat Politècnica de Catalunya",
      "",
      "Experience",
      "Assistant Professor",
      "University of Edinburgh",
      "Sep 2021 – Present  Edinburgh, UK",
      "Leads a group of six PhD students working on multilingual evaluation.",
      "Research Scientist",
      "Meta AI",
      "Aug 2019 – Aug 2021  London, UK",
      "Responsibilities include:",
      "Training translation models for 200 languages",
      "Building human evaluation pipelines",
      "Research Intern",
      "Google Research",
      "Jun 2017 – Sep 2017  Mountain View, CA",
      "",
      "Accomplishments",
      "Best Paper Award, ACL 2022",
      "Jul 2022",
      "NSF Graduate Research Fellowship",
      "Sep 2015",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["University of Pennsylvania", "PhD", "Computer Science", "2019"],
      ["Universitat Politècnica de Catalunya", "MSc", "Artificial Intelligence", "2014"],
    ]);
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.location])).toEqual([
      ["University of Edinburgh", "Assistant Professor", "2021-09", "Edinburgh, UK"],
      ["Meta AI", "Research Scientist", "2019-08", "London, UK"],
      ["Google Research", "Research Intern", "2017-06", "Mountain View, CA"],
    ]);
    expect(r.awards?.map((a) => [a.title, a.date, a.summary])).toEqual([
      ["Best Paper Award", "2022-07", "ACL 2022"],
      ["NSF Graduate Research Fellowship", "2015-09", undefined],
    ]);
  });

  it("reads a phrase written as text right under a dated role as what was done there, not as the employer", async () => {
    const r = await readResume(["Jo Doe", "", "Experience", "Upwork: Dec 2017 - Present", "Associate Program Manager: Jan 2020 - Dec 2020", "Drove program adoption and compliance", "Managed multiple projects", "Talent Innovation Specialist: Aug 2018 - Dec 2019", "Onboarding task", "Worker classification decisions", "Initech: Sales Rep: 2012 - 2014", "Sold printers."].join("\n"), "text");
    expect(jobs(r)).toEqual([
      ["Upwork", "Associate Program Manager", "2020-01", "2020-12"],
      ["Upwork", "Talent Innovation Specialist", "2018-08", "2019-12"],
      ["Initech", "Sales Rep", "2012", "2014"],
    ]);
  });

  it("reads undated sub-headings that only group dated items as categories, not as jobs", async () => {
    const r = await readResume("# Jo Doe\n\n## Experience\n\n### Tech related\n\n- 2015 Internship at Acme GmbH in Berlin\n- 2014 Developer at Globex in Munich\n\n### Other\n\n- 2013 Waiter at Hotel Krone\n");
    expect(r.work?.map((w) => w.name)).toEqual(["Acme GmbH", "Globex", "Hotel Krone"]);
  });

  it("puts each entry of a section that lists schools and jobs together where its header's evidence says", async () => {
    const r = await readResume("# Jo Doe\n\n## Education and Research Experience\n\n- Postdoctoral Fellow, Yale University School of Medicine, New Haven, CT, 2010 – 2012\n- Ph.D. in Physiology, University of Connecticut, Storrs, CT, 2006\n");
    expect(r.work?.map((w) => w.position)).toEqual(["Postdoctoral Fellow"]);
    expect(r.education?.map((e) => e.studyType)).toEqual(["Ph.D."]);
  });

  it("reads a table's cells by the header of their own table, column for column, an empty header cell over a column of logos included", async () => {
    const r = await readResume(
      [
        "# Ana Lima",
        "",
        "## Experience",
        "",
        "| | Position | Company | Period |",
        "|---|---|---|---|",
        "| ![](img/orbit.png) | Lead | Orbit Design Studio | 2021 – 2023 |",
        "",
        "| Company | Role | Period |",
        "|---|---|---|",
        "| Bright Ledger | Growth Lead | 2019 – 2021 |",
        "",
        "| | | |",
        "|---|---|---|",
        "| 2016 – 2019 | Analyst | Kestrel Partners |",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Orbit Design Studio", "Lead", "2021", "2023"],
      ["Bright Ledger", "Growth Lead", "2019", "2021"],
      ["Kestrel Partners", "Analyst", "2016", "2019"],
    ]);
  });
});

describe("evidence for what a phrase is", () => {
  it("weighs job titles, company forms and places", () => {
    expect(roleLean(weighPhrase("Senior Software Engineer II"))).toBeGreaterThan(0.3);
    expect(roleLean(weighPhrase("Acme Analytics GmbH"))).toBeLessThan(0);
    expect(weighPhrase("Seattle, WA").place).toBeGreaterThan(0.5);
    // a role word that leads what it is of, as Romance languages and "Director of" write titles
    expect(roleLean(weighPhrase("Engenheiro de Software Sênior"))).toBeGreaterThan(0.3);
    expect(roleLean(weighPhrase("Director of Product"))).toBeGreaterThan(0.3);
    // a compound whose head is a role word, as German and Dutch write job titles in one word
    expect(roleLean(weighPhrase("Vertriebsleiter"))).toBeGreaterThan(0.3);
    expect(roleLean(weighPhrase('"Sozialpraktikum"'))).toBeGreaterThan(0.3);
    expect(roleLean(weighPhrase("Softwareontwikkelaar"))).toBeGreaterThan(0.3);
    expect(weighPhrase("Tagespflege Eisingen").role).toBe(0);
    // a company form counts capitalised at a name's end: neither a state code nor a lower-case noun is one
    expect(weighPhrase("Boulder CO").org).toBe(0);
    expect(weighPhrase("an awesome compression company").org).toBe(0);
  });

  it("reads a title with its grade after the role word as a role ('Software Engineer Level 2', 'Analyst Grade 7')", () => {
    expect(roleLean(weighPhrase("Software Engineer Level 2"))).toBeGreaterThan(0.3);
    expect(roleLean(weighPhrase("Data Analyst Grade 7"))).toBeGreaterThan(0.3);
    expect(weighPhrase("Kestrel Level 3").role).toBe(0);
  });

  it("cuts an organisation and a role that ran together, but not a title that only starts with qualifiers", () => {
    expect(splitTrailingRole("ExxonMobil Global Business Center Systems Analyst")).toEqual(["ExxonMobil Global Business Center", "Systems Analyst"]);
    expect(splitTrailingRole("Program Manager")).toBeUndefined();
    expect(splitTrailingRole("Russian Interpreter")).toBeUndefined();
    // two capitalised words are no name without an acronym, a word of organisations' names or a brand's capital
    expect(splitTrailingRole("Talent Innovation Specialist")).toBeUndefined();
    expect(splitTrailingRole("CI&T Engenheiro de Software Sênior")).toEqual(["CI&T", "Engenheiro de Software Sênior"]);
  });

  it("splits a CJK school from its department and reads the enrolment word beside the date", () => {
    expect(readCjkSchool("京都大学工学部情報学科")).toEqual({ institution: "京都大学", area: "情報学科" });
    expect(readCjkSchool("早稲田大学政治経済学部経済学科入学")).toMatchObject({ institution: "早稲田大学", stage: "start" });
    expect(readCjkSchool("東北大学 大学院 情報科学研究科 卒業")).toMatchObject({ institution: "東北大学 大学院", stage: "end" });
  });
});

describe("roles under one employer in a Markdown CV", () => {
  it("reads a heading broken by a line break as one heading: the employer and its dates, then where it was", async () => {
    const text = ["# Petra Lindqvist", "", "## Experience", "", "### Fjordline Analytics, 2018-present<br>Bergen, Norway", "", "_Data Engineer_", "", "* Built the ingestion of the harbour sensors.", "", "### Nordkapp Shipping, 2014-2018<br>Tromsø, Norway", "", "_Systems Analyst_", "", "* Ran the fleet's scheduling system."].join("\n");
    const r = await readResume(text);
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.location])).toEqual([
      ["Fjordline Analytics", "Data Engineer", "2018", undefined, "Bergen, Norway"],
      ["Nordkapp Shipping", "Systems Analyst", "2014", "2018", "Tromsø, Norway"],
    ]);
  });

  it("reads paragraphs opened by a bold unit over an italic role, under a dated employer that names no role, as the roles held there", async () => {
    const text = [
      "# Petra Lindqvist", "", "## Experience", "", "### Fjordline Analytics, 2016-2022", "",
      "**Harbour Sensors**<br>_Staff Engineering Manager_", "", " * Grew the team from two to nine.", "",
      "**Billing Platform**<br>_Senior Software Engineer_", "", " * Moved invoicing to the new ledger.", "",
      "### Nordkapp Shipping, 2012-2016", "", "**Fleet Scheduling**<br>_Software Engineer_", "", " * Kept the scheduler running.",
    ].join("\n");
    const r = await readResume(text);
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Fjordline Analytics", "Staff Engineering Manager", undefined, undefined],
      ["Fjordline Analytics", "Senior Software Engineer", undefined, undefined],
      ["Nordkapp Shipping", "Software Engineer", "2012", "2016"],
    ]);
    // the span both roles share is kept with them, and the unit beside each role is not lost
    expect(r.work?.[0]?.organizationPeriod).toBe("2016-2022");
    expect(JSON.stringify(r.work?.[1])).toContain("Billing Platform");
  });
});

describe("the terms a job was held on, noted after the employer", () => {
  it("weighs a name with its terms in brackets as the name alone", () => {
    expect(roleLean(weighPhrase("Brightwater Inc (part time job)"))).toBeLessThan(0);
    expect(roleLean(weighPhrase("Halvorsen Inc (Contract)"))).toBeLessThan(0);
    expect(roleLean(weighPhrase("Data Engineer (Contract)"))).toBeGreaterThan(0.3);
  });

  it("reads an employer heading with its terms in brackets as the employer, not as a job title", async () => {
    const text = ["# Petra Lindqvist", "", "## Experience", "", "### Fjordline Analytics AS", "Nov 2020 -- Present", "", "- Built the harbour sensors' pipeline.", "", "### Brightwater Inc (part time job)", "Oct 2017 - Mar 2018", "", "- Kept the booking site running."].join("\n");
    const r = await readResume(text);
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Fjordline Analytics AS", undefined, "2020-11"],
      // the terms go to the job's description: the corpus labels "Nutrien (Internship)" as the employer "Nutrien"
      ["Brightwater Inc", undefined, "2017-10"],
    ]);
  });
});

describe("an academic vita's rows that set their years off with a full stop", () => {
  it("read the role and the award without the stop the years leave behind ('2015–Present. Senior Lecturer, …')", async () => {
    const text = [
      "Dr Ines Varga",
      "ines.varga@example.org",
      "",
      "Appointments",
      "2015–Present. Senior Lecturer, Northfield University.",
      "2010–2015. Research Fellow, Coastal Dynamics Lab, Northfield University.",
      "",
      "Awards",
      "2012. Harbour Prize for teaching, Northfield University.",
      "\f",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(jobs(r)).toEqual([
      ["Northfield University", "Senior Lecturer", "2015", undefined],
      ["Coastal Dynamics Lab, Northfield University", "Research Fellow", "2010", "2015"],
    ]);
    expect(r.awards?.map((a) => [a.title, a.date])).toEqual([["Harbour Prize for teaching", "2012"]]);
  });
});
