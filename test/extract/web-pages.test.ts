import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** The résumé vitae reads from an invented web page, copied as text or saved as Markdown. */
async function read(text: string, format: "text" | "markdown" = "text") {
  const { resume } = await extractSource({ path: format === "text" ? "page.txt" : "page.md", text, format, formatReason: "test" });
  return resume;
}

describe("a LinkedIn profile copied as text in another language", () => {
  it("reads each job's lower-case month range as its dates, not as the end of the employer's line", async () => {
    const page = [
      "Lucía Ferrer Pons",
      "Valencia, España",
      "",
      "Experiencia",
      "Analista de sistemas sénior",
      "Mercadona · Jornada completa",
      "mar. 2021 - actualidad · 3 años 10 meses",
      "",
      "Analista de sistemas",
      "Iberdrola · Jornada completa",
      "ene. 2018 - feb. 2021 · 3 años 2 meses",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Mercadona", position: "Analista de sistemas sénior", startDate: "2021-03" },
      { name: "Iberdrola", position: "Analista de sistemas", startDate: "2018-01", endDate: "2021-02" },
    ]);
  });

  it("reads a Portuguese range with its length as the job's dates, not as a sentence of text", async () => {
    const page = [
      "Rui Tavares Lima",
      "",
      "Experiência",
      "Analista de Dados Sênior",
      "Itaú Unibanco · Tempo integral",
      "jan. de 2021 - o momento · 4 anos",
      "",
      "Analista de Dados",
      "Magazine Luiza · Tempo integral",
      "set. de 2018 - dez. de 2020 · 2 anos 4 meses",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Itaú Unibanco", position: "Analista de Dados Sênior", startDate: "2021-01" },
      { name: "Magazine Luiza", position: "Analista de Dados", startDate: "2018-09", endDate: "2020-12" },
    ]);
  });

  it("reads the terms LinkedIn sets under an employer ('Stage', 'Praktikum') as the job's, not as a section's title", async () => {
    const page = [
      "Hugo Lefèvre",
      "",
      "Expérience",
      "Développeur web",
      "Doctolib · CDI",
      "mars 2021 - aujourd’hui · 3 ans",
      "",
      "Ubisoft",
      "Stage",
      "févr. 2020 - août 2020 · 7 mois",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Doctolib", position: "Développeur web", startDate: "2021-03" },
      { name: "Ubisoft", startDate: "2020-02", endDate: "2020-08" },
    ]);
  });

  it("reads a Spanish intern ('Becario') as a job under Experiencia and 'Acerca de' as the profile's summary", async () => {
    const page = [
      "Pablo Ruiz Navarro",
      "",
      "Acerca de",
      "Desarrollador con cinco años de experiencia en aplicaciones móviles.",
      "",
      "Experiencia",
      "Desarrollador iOS",
      "Glovo · Jornada completa",
      "abr. 2020 - actualidad",
      "",
      "Becario de desarrollo",
      "Cabify",
      "jun. 2019 - dic. 2019",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.basics?.summary).toBe("Desarrollador con cinco años de experiencia en aplicaciones móviles.");
    expect(resume.work).toMatchObject([
      { name: "Glovo", position: "Desarrollador iOS", startDate: "2020-04" },
      { name: "Cabify", position: "Becario de desarrollo", startDate: "2019-06", endDate: "2019-12" },
    ]);
    expect(resume.awards ?? []).toEqual([]);
  });

  it("reads the About section under the title LinkedIn gives it in French and Italian as the summary", async () => {
    for (const title of ["Infos", "Informazioni"]) {
      const resume = await read(["Léa Martin", "", title, "Ingénieure réseau passionnée par l’automatisation.", "", "Compétences", "Ansible", ""].join("\n"));
      expect(resume.basics?.summary).toBe("Ingénieure réseau passionnée par l’automatisation.");
    }
  });
});

describe("a LinkedIn profile's education copied in another language", () => {
  it("reads the degree LinkedIn names in lower case and the field after its comma in sentence case", async () => {
    const page = [
      "Chiara Esposito",
      "",
      "Formazione",
      "Università di Bologna",
      "Laurea magistrale, Scienze statistiche",
      "2019 - 2021",
      "",
      "Universidade de Coimbra",
      "Mestrado, Engenharia informática",
      "2016 - 2018",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.education).toMatchObject([
      { institution: "Università di Bologna", studyType: "Laurea magistrale", area: "Scienze statistiche", endDate: "2021" },
      { institution: "Universidade de Coimbra", studyType: "Mestrado", area: "Engenharia informática", endDate: "2018" },
    ]);
  });
});

describe("a personal site's About page copied as text", () => {
  it("knows the menu under the site's title, and so the copyright footer, as the site's and not an entry", async () => {
    const page = [
      "Marta Kowalczyk",
      "Home   Blog   Projects   About",
      "",
      "About me",
      "I am a product analyst in Kraków. I like maps, trains and clean data.",
      "",
      "Education",
      "Jagiellonian University — MA Sociology, 2016",
      "",
      "© 2025 Marta Kowalczyk",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.basics?.name).toBe("Marta Kowalczyk");
    expect(resume.education).toMatchObject([{ institution: "Jagiellonian University", endDate: "2016" }]);
    expect(resume.education).toHaveLength(1);
  });
});

describe("a GitHub profile README", () => {
  it("reads a row of code spans under a skills heading as one skill each", async () => {
    const page = ["# Hi, I'm Noor Haddad 👋", "", "### 🧰 Skills", "", "`Elixir` `Phoenix` `PostgreSQL` `Terraform`", ""].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.skills?.map((s) => s.name)).toEqual(["Elixir", "Phoenix", "PostgreSQL", "Terraform"]);
  });

  it("reads code spans after a skill group's label as the group's items", async () => {
    const page = ["# Noor Haddad", "", "## Skills", "", "**Languages:** `Elixir` `Erlang`", "", "**Infrastructure:** `Terraform` `Nomad`", ""].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.skills).toMatchObject([
      { name: "Languages", keywords: ["Elixir", "Erlang"] },
      { name: "Infrastructure", keywords: ["Terraform", "Nomad"] },
    ]);
  });
});

describe("an academic homepage's Experience copied as text", () => {
  it("keeps an employer named after its town whole, with its country as the place ('University of Leeds, UK')", async () => {
    const page = ["Tomás Herrera", "", "Experience", "Research Fellow", "University of Leeds, UK", "2021 - present", ""].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([{ name: "University of Leeds", position: "Research Fellow", startDate: "2021" }]);
  });

  it("keeps a school's name apart from its country ('Universidad Complutense, España')", async () => {
    const page = ["Tomás Herrera", "", "Experiencia", "Profesor asociado", "Universidad Complutense, España", "2019 - 2021", ""].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([{ name: "Universidad Complutense", position: "Profesor asociado", location: "España", startDate: "2019" }]);
  });

  it("reads al-folio's dated entries, the dates over the role over the employer and its town", async () => {
    const page = ["Tomás Herrera", "", "Experience", "2023 - present", "Research Scientist", "Adobe Research, Paris", "", "2021", "Research Intern", "Spotify, Stockholm", ""].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Adobe Research", position: "Research Scientist", startDate: "2023", location: "Paris" },
      { name: "Spotify", position: "Research Intern", startDate: "2021", location: "Stockholm" },
    ]);
  });
});

describe("a job's employer written with its country", () => {
  it("reads 'Company, Country' under the role as the employer and its place, and a known town's line as a place", async () => {
    const page = ["Jonas Weber", "", "Experience", "Data Engineer", "Zalando, Germany", "2021 - present", "", "Analyst", "Munich, Germany", "2019 - 2021", ""].join("\n");
    const resume = await read(page);
    expect(resume.work).toMatchObject([
      { name: "Zalando", position: "Data Engineer", location: "Germany", startDate: "2021" },
      { position: "Analyst", location: "Munich, Germany", startDate: "2019", endDate: "2021" },
    ]);
    expect(resume.work?.[1]?.name).toBeUndefined();
  });
});

describe("an al-folio publications page copied as text", () => {
  it("reads the page's lower-case title as the heading of its list when it is the only one", async () => {
    const page = [
      "Ines Carvalho",
      "",
      "publications",
      "",
      "2024",
      "EMNLP",
      "Sparse Retrieval for Portuguese Legal Texts",
      "Ines Carvalho, and Rui Pinto",
      "In Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing, 2024",
      "",
      "2022",
      "LREC",
      "A Treebank of Brazilian Court Decisions",
      "Rui Pinto, and Ines Carvalho",
      "In Proceedings of the Thirteenth Language Resources and Evaluation Conference, 2022",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.publications).toMatchObject([
      { name: "Sparse Retrieval for Portuguese Legal Texts", releaseDate: "2024" },
      { name: "A Treebank of Brazilian Court Decisions", releaseDate: "2022" },
    ]);
  });
});

describe("a profile page copied as text with its menu's buttons and dated lists", () => {
  it("drops the menu's buttons a copy takes as words and reads the line under an item of dates alone as that item's entry", async () => {
    const page = [
      "Skip to main content",
      "Menu Close",
      "",
      "I am a research fellow working on coastal ecology.",
      "",
      "Experience",
      "",
      "  • 2021–2024",
      "    Research fellow, Tallinn University",
      "",
      "Education",
      "",
      "  • 2020 ",
      "    University of Tartu, PhD",
      "  • 2015 ",
      "    Lund University, Master of Science",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.basics?.name).toBeUndefined();
    expect((resume.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([["Tallinn University", "Research fellow", "2021", "2024"]]);
    expect((resume.education ?? []).map((e) => [e.institution, e.studyType, e.endDate])).toEqual([
      ["University of Tartu", "PhD", "2020"],
      ["Lund University", "Master of Science", "2015"],
    ]);
  });
});

describe("an about page whose sections open with a sentence that introduces their list", () => {
  const page = [
    "# Dana Whitfield",
    "",
    "### Work Experience",
    "",
    "Over the years I have worked in the following roles and companies:",
    "",
    "- **Backend Engineer** at *Quillfeather Labs* (8 months)",
    "- **Data Analyst** at *Orrin Logistics* (1 year)",
    "",
    "### Skills",
    "",
    "These are the tools I use most in my daily work:",
    "",
    "- Rust",
    "- Kotlin",
    "",
  ].join("\n");

  it("reads the introducing sentence as no job and no skill", async () => {
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).map((w) => w.position)).toEqual(["Backend Engineer", "Data Analyst"]);
    expect((resume.skills ?? []).map((s) => s.name)).toEqual(["Rust", "Kotlin"]);
  });

  it("leaves how long a job lasted, in brackets after its employer, out of the employer's name", async () => {
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).map((w) => [w.name, w.description])).toEqual([
      ["Quillfeather Labs", "(8 months)"],
      ["Orrin Logistics", "(1 year)"],
    ]);
  });
});

describe("a résumé page whose jobs are rows of an HTML table, each with a row of description spanning the table", () => {
  const row = (org: string, role: string, dates: string) => ["        <tr>", `            <td>${org}</td>`, `            <td>${role}</td>`, `            <td>${dates}</td>`, "        </tr>"];
  const page = [
    "## Experience",
    "",
    "<table>",
    "    <tbody>",
    ...row("Corvane Systems", "Platform Engineer", "03/2020 - Present"),
    "        <tr>",
    "\t        <td colspan=3>",
    "Runs the build farm for the firmware teams.",
    "",
    "Tools I used:",
    "- Bazel for the builds",
    "- Grafana for the dashboards",
    "\t\t\t</td>",
    "\t    </tr>",
    ...row("Halden Mapping", "GIS Developer", "01/2017 - 02/2020"),
    "        <tr>",
    "\t        <td colspan=3>",
    "Wrote the tile server.",
    "",
    "Kept the map styles in one place.",
    "\t\t\t</td>",
    "\t    </tr>",
    ...row("Brisk Analytics", "Intern", "06/2016 - 09/2016"),
    "    </tbody>",
    "</table>",
    "",
  ].join("\n");

  it("reads every job's row, the lines of a description's cell that CommonMark would run on as text being tags", async () => {
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Corvane Systems", "Platform Engineer", "2020-03"],
      ["Halden Mapping", "GIS Developer", "2017-01"],
      ["Brisk Analytics", "Intern", "2016-06"],
    ]);
  });

  it("gives each description row to the job above it, its paragraphs and items set apart by spaces", async () => {
    const resume = await read(page, "markdown");
    expect(resume.work?.[0]?.summary).toBe("Runs the build farm for the firmware teams. Tools I used: Bazel for the builds Grafana for the dashboards");
    expect(resume.work?.[1]?.summary).toBe("Wrote the tile server. Kept the map styles in one place.");
  });
});

describe("an overview page that sets each degree at its school with an at-sign", () => {
  it("reads the school without the at-sign", async () => {
    const page = ["## Education", "**Bachelor of Science in Physics** @ [Tamsworth University](https://tamsworth.example.edu/) `2018-2022`", ""].join("\n");
    const resume = await read(page, "markdown");
    expect((resume.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["Tamsworth University", "Bachelor of Science", "Physics", "2022"]]);
  });
});

describe("an about page whose jobs are grouped in an HTML block under the terms they were held on", () => {
  const page = [
    "# Priya Kestrel",
    "",
    '<div style="text-align: left;">',
    "<h3>Work Experience:</h3>",
    "  <h4>Full Time:</h4>",
    "  <ul>",
    '    <li>Platform Engineer at <a href="https://lumen.example.com/">Lumenfold Systems</a> (2022 - Present)</li>',
    "  </ul>",
    "  <h4>Part-time:</h4>",
    "  <ul>",
    '    <li>Teaching Aide at <a href="https://college.example.edu/">Harrowgate College</a> (2020-2021)</li>',
    "    <li>Web Developer at Tallis Print Works (2019-2020)</li>",
    "  </ul>",
    "</div>",
    "",
    "<h3>Outside Work</h3>",
    "<p>Bouldering, film photography and long-distance cycling.</p>",
    "",
  ].join("\n");

  it("reads every item as a job, the headings that name the terms only grouping them", async () => {
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).map((w) => [w.position, w.name, w.startDate, w.endDate])).toEqual([
      ["Platform Engineer", "Lumenfold Systems", "2022", undefined],
      ["Teaching Aide", "Harrowgate College", "2020", "2021"],
      ["Web Developer", "Tallis Print Works", "2019", "2020"],
    ]);
  });

  it("reads what is written under 'Outside Work' as interests, not as a job", async () => {
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).some((w) => /Bouldering/.test(JSON.stringify(w)))).toBe(false);
    expect((resume.interests ?? []).map((i) => i.name).join(" ")).toContain("Bouldering");
  });
});

describe("an about page whose jobs each open with a dated line and hold sub-headings of their projects", () => {
  it("reads the dated lines as the jobs, the sub-headings under them staying inside their job", async () => {
    const page = [
      "## Work Experience",
      "",
      "Harborlight Freight · March 2020 - Present · Lead Engineer, Routing",
      "",
      "I lead the team that plans delivery routes.",
      "",
      "#### Route planner",
      "",
      "A service that plans ten thousand routes a night.",
      "",
      "### Moving the planner to the cloud",
      "",
      "We moved it without a day's outage.",
      "",
      "Quayside Labs · June 2016 - February 2020 · Developer, Billing",
      "",
      "#### Invoice engine",
      "",
      "Rewrote the invoice engine.",
      "",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Harborlight Freight", "Lead Engineer, Routing", "2020-03", undefined],
      ["Quayside Labs", "Developer, Billing", "2016-06", "2020-02"],
    ]);
  });
});

describe("an academic homepage whose jobs are rows of an HTML table, each role followed by an arrow linking on", () => {
  it("reads the employer without the arrow and an end year not yet known as a job still held", async () => {
    const page = [
      "### Work Experience",
      "",
      "<table>",
      "  <tbody>",
      "    <tr>",
      '      <td class="exp-time">2024.09 - 20??.??</td>',
      '      <td class="exp-title">Research Scientist at Corvane Robotics <a href="https://corvane.example.com/">↩︎</a></td>',
      '      <td class="exp-place">Corvane, Lisbon</td>',
      "    </tr>",
      "    <tr>",
      '      <td class="exp-time">2022.06 - 2022.09</td>',
      '      <td class="exp-title">Research Intern at Velloway Labs <a href="https://velloway.example.com/">↗</a></td>',
      '      <td class="exp-place">Velloway, Oslo</td>',
      "    </tr>",
      "  </tbody>",
      "</table>",
      "",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect((resume.work ?? []).map((w) => [w.position, w.name, w.startDate, w.endDate])).toEqual([
      ["Research Scientist", "Corvane Robotics", "2024-09", undefined],
      ["Research Intern", "Velloway Labs", "2022-06", "2022-09"],
    ]);
  });
});

describe("an experience page whose jobs are its headings, with no section heading over them", () => {
  it("reads each heading that pairs a job title with its employer, dated in it or on the line under it, as a job", async () => {
    const page = [
      "---",
      "layout: page",
      "---",
      "",
      "### Brightwell Analytics - Data Engineer",
      "#### April 2020 - Current",
      "",
      "- Moved the nightly loads to a streaming pipeline",
      "",
      "### Orchard Health – Software Developer",
      "#### June 2017 – March 2020",
      "",
      "- Built the scheduling service",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.work).toMatchObject([
      { name: "Brightwell Analytics", position: "Data Engineer", startDate: "2020-04" },
      { name: "Orchard Health", position: "Software Developer", startDate: "2017-06", endDate: "2020-03" },
    ]);
  });

  it("reads top-level headings of a role at its employer with the years in brackets as jobs", async () => {
    const page = [
      "# Staff Engineer at Lumen Works (2019 - 2022)",
      "**Stack / Tools:** Go, Kafka",
      "Led the platform team.",
      "",
      "# Backend Developer at Quill Systems (2014 to 2019)",
      "Kept the billing service running.",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.work).toMatchObject([
      { name: "Lumen Works", position: "Staff Engineer", startDate: "2019", endDate: "2022" },
      { name: "Quill Systems", position: "Backend Developer", startDate: "2014", endDate: "2019" },
    ]);
  });
});

describe("an about page whose jobs are dated items under a title that names no section", () => {
  const page = [
    "# Nora Quist",
    "",
    "### About me",
    "",
    "I build payment systems and write about them here.",
    "",
    "### Resume",
    "",
    "- Staff Engineer at Larkspur Pay (Feb 2021 - Present)",
    "- Senior Engineer at Larkspur Pay (Jun 2018 - Jan 2021)",
    "- Software Engineer at Tidewell (Sep 2014 - May 2018)",
    "",
    "BSc, Mathematics at the University of Dundee (2010-2014)",
  ].join("\n");

  it("reads the items, each a role at its employer with its dates, as jobs", async () => {
    const resume = await read(page, "markdown");
    expect(resume.work?.slice(0, 3)).toMatchObject([
      { name: "Larkspur Pay", position: "Staff Engineer", startDate: "2021-02" },
      { name: "Larkspur Pay", position: "Senior Engineer", startDate: "2018-06", endDate: "2021-01" },
      { name: "Tidewell", position: "Software Engineer", startDate: "2014-09", endDate: "2018-05" },
    ]);
  });

  it("reads the dated degree after the jobs as the education it names, not as a job", async () => {
    const resume = await read(page, "markdown");
    expect(resume.work).toHaveLength(3);
    expect(resume.education).toMatchObject([{ institution: "University of Dundee", studyType: "BSc", area: "Mathematics", startDate: "2010", endDate: "2014" }]);
  });
});

describe("a personal site's CV page that lists its studies and jobs with no heading over them", () => {
  const page = [
    "---",
    'title: "Lebenslauf"',
    "layout: page",
    "---",
    "",
    "2020-2024  ",
    "**B.Sc. Physik**  ",
    "Universität Kiel  ",
    "Schwerpunkt Festkörperphysik und numerische Methoden.",
    "",
    "2022-2024  ",
    "**Werkstudent Softwareentwicklung**  ",
    "Nordlicht Systeme GmbH  ",
    "Entwicklung interner Werkzeuge in Python.",
    "",
    "2019  ",
    "**Praktikum Datenanalyse**  ",
    "Meeresinstitut Kiel  ",
  ].join("\n");

  it("reads the dated entries as studies and jobs, not as a catch-all", async () => {
    const resume = await read(page, "markdown");
    expect(resume.education).toMatchObject([{ institution: "Universität Kiel", studyType: "B.Sc.", startDate: "2020", endDate: "2024" }]);
    expect(resume.work).toMatchObject([
      { name: "Nordlicht Systeme GmbH", position: "Werkstudent Softwareentwicklung", startDate: "2022", endDate: "2024" },
      { name: "Meeresinstitut Kiel", position: "Praktikum Datenanalyse", startDate: "2019" },
    ]);
  });

  it("takes no school on a line of its own for the person's name", async () => {
    const resume = await read(page, "markdown");
    expect(resume.basics?.name).toBeUndefined();
  });
});

describe("an about page's jobs written 'Role at Company' with the terms and dates in brackets", () => {
  it("keeps the terms of the job ('Internship', 'Full-time') out of the employer's name", async () => {
    const page = [
      "### Experience",
      "Backend Engineer at Quillfeather &nbsp;<sub>(Full-time, Mar 2023 –)</sub><br/>",
      "Data Engineer at Morrowind Labs &nbsp;<sub>(Internship, Jun 2022 – Aug 2022)</sub><br/>",
      "QA Engineer at Tessellate &nbsp;<sub>(Internship, Jan 2021 – Feb 2021)</sub>",
      "",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.work).toMatchObject([
      { name: "Quillfeather", position: "Backend Engineer", startDate: "2023-03" },
      { name: "Morrowind Labs", position: "Data Engineer", startDate: "2022-06", endDate: "2022-08" },
      { name: "Tessellate", position: "QA Engineer", startDate: "2021-01", endDate: "2021-02" },
    ]);
  });
});

describe("an HTML résumé page whose entries set their dates in a column after the description", () => {
  const page = [
    "<section class=\"resume-section\" id=\"experience\">",
    "  <h2>Experience</h2>",
    "  <div class=\"d-flex justify-content-between\">",
    "    <div class=\"flex-grow-1\">",
    "      <h3 class=\"mb-0\">Platform Engineer</h3>",
    "      <div class=\"subheading\">Larchwood Analytics</div>",
    "      <p>Ran the build farm for the mapping team.</p>",
    "      <ul>",
    "        <li>Moved the nightly jobs to containers</li>",
    "        <li>Cut the release time from days to hours</li>",
    "      </ul>",
    "    </div>",
    "    <div class=\"flex-shrink-0\"><span class=\"text-primary\">2019 - 2023</span></div>",
    "  </div>",
    "  <div class=\"d-flex justify-content-between\">",
    "    <div class=\"flex-grow-1\">",
    "      <h3 class=\"mb-0\">Junior Developer</h3>",
    "      <div class=\"subheading\">Fernhill Software</div>",
    "      <ul>",
    "        <li>Kept the billing service running</li>",
    "      </ul>",
    "    </div>",
    "    <div class=\"flex-shrink-0\"><span class=\"text-primary\">March 2016 - June 2019</span></div>",
    "  </div>",
    "</section>",
    "",
  ].join("\n");

  it("reads the line of dates alone that closes each entry as the job's dates, not as a duty", async () => {
    const resume = await read(page, "markdown");
    expect(resume.work).toMatchObject([
      { name: "Larchwood Analytics", position: "Platform Engineer", startDate: "2019", endDate: "2023" },
      { name: "Fernhill Software", position: "Junior Developer", startDate: "2016-03", endDate: "2019-06" },
    ]);
    expect(resume.work?.flatMap((w) => w.highlights ?? [])).not.toContain("2019 - 2023");
  });

  it("gives no job the dates written above the next one, where the last job closes on none", async () => {
    const text = ["# Jane Roe", "", "## Experience", "", "2019 – 2023", "", "**Acme Corp** — Senior Engineer", "", "Led the billing platform.", "", "2016 – 2019", "", "**Beta Ltd** — Engineer", "", "Built things."].join("\n");
    const resume = await read(text, "markdown");
    expect(resume.work?.find((w) => w.name === "Acme Corp")?.startDate).not.toBe("2016");
  });
});

describe("a page whose jobs are each a section titled by the job, with no Experience heading over them", () => {
  it("reads no job from posts titled by a role over their day, nor from sections of prose, and keeps the headline of a page with its own Experience section", async () => {
    const blog = ["# Ana Kowalczyk", "", "Engineer, writer, occasional climber.", "", "## Becoming a Tech Lead", "", "March 4, 2023", "", "How I stopped writing most of the code.", "",
      "## What I learned as a new engineering manager", "", "January 10, 2022", "", "Six months in, a few notes on one-on-ones.", ""].join("\n");
    expect((await read(blog, "markdown")).work).toBeUndefined();
    const prose = ["# Wen Okafor", "", "## PhD Student", "", "I joined the Coastal Robotics Lab in 2019 and worked on sonar mapping until 2021.", "",
      "## Research Assistant", "", "I taught the lab sessions of CS 240 in 2020 and 2021, and wrote their notes.", ""].join("\n");
    expect((await read(prose, "markdown")).work).toBeUndefined();
    const headlined = ["# Tomás Reyes", "", "## Senior Software Engineer", "", "Lisbon, Portugal", "", "## Experience", "", "### Staff Engineer, Quayline", "", "2019 – 2025", "",
      "## Volunteer Mentor", "", "Code Club Lisbon", "", "2021 – present", ""].join("\n");
    expect((await read(headlined, "markdown")).basics?.label).toBe("Senior Software Engineer");
  });

  it("reads each job title's section, its employer and its dates under it, as a job", async () => {
    const page = [
      "# Mara Lindqvist",
      "",
      "## Senior Product Designer",
      "",
      "#### Larkspur Analytics, Inc. (Portland, OR)",
      "",
      "March 2021 - Present",
      "",
      "- Led the design system",
      "",
      "## Interaction Designer, Mobile",
      "",
      "#### Tidewater Labs (Salem, OR)",
      "",
      "June 2017 - February 2021",
      "",
      "- Shipped the booking app",
      "",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.work).toMatchObject([
      { name: "Larkspur Analytics, Inc.", position: "Senior Product Designer", startDate: "2021-03" },
      { name: "Tidewater Labs", position: "Interaction Designer, Mobile", startDate: "2017-06", endDate: "2021-02" },
    ]);
  });

  // ("#### Projects" under a job sets the sections a level deeper, so that each employer's heading opens one)
  it("reads a job title's section with nothing under it but the employer's dated section as one job", async () => {
    const page = [
      "# Mara Lindqvist",
      "",
      "## Lead Developer",
      "",
      "### Larkspur Analytics – March 2021 - Present",
      "",
      "Built the data platform.",
      "",
      "#### Projects",
      "",
      "- Atlas, the metrics store",
      "",
      "## Web Developer",
      "",
      "### Tidewater Labs – June 2017 - February 2021",
      "",
      "Built the booking site.",
      "",
    ].join("\n");
    const resume = await read(page, "markdown");
    expect(resume.work).toMatchObject([
      { name: "Larkspur Analytics", position: "Lead Developer", startDate: "2021-03" },
      { name: "Tidewater Labs", position: "Web Developer", startDate: "2017-06", endDate: "2021-02" },
    ]);
  });

  it("leaves a single section titled by a job alone: one odd heading tells no history", async () => {
    const page = ["# Mara Lindqvist", "", "## Product Designer", "", "#### Larkspur Analytics", "", "March 2021 - Present", ""].join("\n");
    expect((await read(page, "markdown")).work).toBeUndefined();
  });
});
