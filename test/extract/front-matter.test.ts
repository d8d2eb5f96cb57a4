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

describe("a Hugo academic theme's page whose jobs and studies are all in its front matter", () => {
  const read = async (text: string) => (await extractSource({ path: "page.md", text, format: "markdown", formatReason: "test" })).resume;

  it("reads a Hugo Blox landing page's experience blocks, each titled as the section it is", async () => {
    const page = [
      "---",
      "title:",
      "type: landing",
      "sections:",
      "  - block: experience",
      "    content:",
      "      title: Education",
      "      items:",
      "        - title: M.Sc. in Ocean Engineering",
      "          company: Harrowgate University",
      "          date_start: '2014-09-01'",
      "          date_end: '2016-06-01'",
      "  - block: experience",
      "    content:",
      "      title: Work Experience",
      "      items:",
      "        - title: Hydrographic Analyst",
      "          company: Tidewell Surveys",
      "          location: Bergen, Norway",
      "          date_start: '2016-08-01'",
      "          date_end: ''",
      "    design:",
      "      columns: '2'",
      "---",
      "",
    ].join("\n");
    const resume = await read(page);
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Harrowgate University", "M.Sc.", "Ocean Engineering", "2014-09", "2016-06"]]);
    expect(resume.work?.map((w) => [w.name, w.position, w.location, w.startDate, w.endDate])).toEqual([["Tidewell Surveys", "Hydrographic Analyst", "Bergen, Norway", "2016-08", undefined]]);
  });

  it("reads the degrees the Academic theme's about widget lists as its education's courses", async () => {
    const page = ["+++", 'widget = "about"', "", "[[education.courses]]", '  course = "MSc in Information Systems"', '  institution = "Tarnwell University"', "  year = 2016", "+++", "", "# Biography", "", "I study how clinics share records.", ""].join("\n");
    const resume = await read(page);
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["Tarnwell University", "MSc", "Information Systems", "2016"]]);
  });

  it("reads the Academic theme's experience widget written in TOML", async () => {
    const page = ['+++', 'widget = "experience"', 'title = "Experience"', "", "[[experience]]", '  title = "Research Intern"', '  company = "Calder Robotics"', '  date_start = "2019-06-24"', '  date_end = ""', "+++", ""].join("\n");
    const resume = await read(page);
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([["Calder Robotics", "Research Intern", "2019-06"]]);
  });

  it("reads a theme's front matter list of skills written as plain words, one skill an item, with no warning", async () => {
    const page = ["---", "title: 'About Me'", "skills:", "  - Django | Python", "  - Kubernetes", "---", "", "Hey, I build ledgers at Quillfeather.", ""].join("\n");
    const { resume, diagnostics } = await extractSource({ path: "page.md", text: page, format: "markdown", formatReason: "test" });
    expect(resume.skills?.map((s) => s.name)).toEqual(["Django | Python", "Kubernetes"]);
    expect(diagnostics.filter((d) => d.ruleId === "invalid-value")).toEqual([]);
  });

  it("adds a theme's words to the CV's own Skills section instead of replacing it", async () => {
    const page = ["---", "skills: [Python, Go, Ansible]", "---", "", "# Dana Whitfield", "", "## Skills", "", "**Languages:** Python, Go, Rust", "", "**Cloud:** AWS, Terraform", ""].join("\n");
    const resume = await read(page);
    expect(resume.skills?.map((s) => [s.name, s.keywords?.join(", ")])).toEqual([
      ["Languages", "Python, Go, Rust"],
      ["Cloud", "AWS, Terraform"],
      ["Ansible", undefined],
    ]);
  });
});

describe("a Hugo Blox author profile, whose front matter holds the owner's whole CV in the theme's keys", () => {
  const profile = [
    "---",
    "title: Mira Okonkwo-Lind",
    "role: Research Fellow in Hydrology",
    "email: ''",
    "organizations:",
    "  - name: Fenwick Institute",
    "    url: https://fenwick.example.edu/lab/",
    "profiles:",
    "  - icon: envelope",
    "    url: 'mailto:mira@fenwick.example.edu'",
    "    label: Write to me",
    "  - icon: brands/github",
    "    url: https://github.com/miraol",
    "  - icon: academicons/osf",
    "    url: https://osf.io/zz9qq/",
    "education:",
    "  - area: PhD in Hydrology",
    "    institution: Harrowgate University",
    "    date_start: 2019-09-01",
    "    date_end: 2023-06-30",
    "work:",
    "  - position: Field Technician",
    "    company_name: Tidewell Surveys",
    "    company_logo: ''",
    "    date_start: 2016-08-01",
    "    date_end: ''",
    "skills:",
    "  - name: Technical Skills",
    "    items:",
    "      - name: Python",
    "        percent: 80",
    "        icon: brands/python",
    "      - name: QGIS",
    "        percent: 60",
    "  - name: Hobbies",
    "    items:",
    "      - name: Rowing",
    "languages:",
    "  - name: Igbo",
    "    percent: 100",
    "---",
    "",
    "## About Me",
    "",
    "I model floods.",
    "",
  ].join("\n");

  it("reads each job's employer and dates, each degree split from its field with its dates, and each skill group's items", async () => {
    const { resume, diagnostics } = await extractSource({ path: "_index.md", text: profile, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([["Tidewell Surveys", "Field Technician", "2016-08", undefined]]);
    expect(resume.education?.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([["Harrowgate University", "PhD", "Hydrology", "2019-09", "2023-06"]]);
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([["Technical Skills", ["Python", "QGIS"]]]);
    expect(resume.interests?.map((i) => [i.name, i.keywords])).toEqual([["Hobbies", ["Rowing"]]]);
    expect(resume.languages).toEqual([{ language: "Igbo" }]);
    expect(diagnostics.filter((d) => d.ruleId === "unknown-field").map((d) => d.message.split(" ")[0])).toEqual(["organizations"]);
  });

  it("takes no profile from an award's or a project's link shown as an icon, only from the theme's own link lists", async () => {
    const text = ["---", "name: Mira Okonkwo", "profiles:", "  - icon: brands/github", "    url: https://github.com/miraokon", "awards:", "  - title: Open Data Prize", "    url: https://github.com/tidepool-org", "    icon: brands/github", "---", "", "I model floods.", ""].join("\n");
    const { resume } = await extractSource({ path: "_index.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.profiles?.map((p) => p.url)).toEqual(["https://github.com/miraokon"]);
  });

  it("keeps interests written out beside the hobbies a skill group names", async () => {
    const text = ["---", "name: Mira Okonkwo", "skills:", "  - name: Programming", "    keywords: [Python, R]", "  - name: Hobbies", "    keywords: [Rowing, Chess]", "interests:", "  - name: Hydrology", "    keywords: [floods]", "---", "", "I model floods.", ""].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.interests?.map((i) => i.name)).toEqual(["Hydrology", "Hobbies"]);
    expect(resume.skills?.map((s) => s.name)).toEqual(["Programming"]);
  });

  it("reads the owner's headline and the links shown as icons, the affiliation's page and a link of no known network being no homepage", async () => {
    const { resume } = await extractSource({ path: "_index.md", text: profile, format: "markdown", formatReason: "test" });
    expect([resume.basics?.name, resume.basics?.label, resume.basics?.email, resume.basics?.url]).toEqual(["Mira Okonkwo-Lind", "Research Fellow in Hydrology", "mira@fenwick.example.edu", undefined]);
    expect(resume.basics?.profiles?.map((p) => [p.network, p.username])).toEqual([["GitHub", "miraol"]]);
  });

  it("reads the years of study an Academic theme's course gives as a span", async () => {
    const page = ["---", "education:", "  courses:", "  - course: BSc in Marine Biology", "    institution: Corrie Bay University", "    year: 2015-2019", "---", ""].join("\n");
    const { resume } = await extractSource({ path: "_index.md", text: page, format: "markdown", formatReason: "test" });
    expect(resume.education?.map((e) => [e.institution, e.startDate, e.endDate])).toEqual([["Corrie Bay University", "2015", "2019"]]);
  });
});

describe("a Quarto about page", () => {
  it("reads the links its front matter lists under about, by their words or, where they have none, by their address", async () => {
    const page = [
      "---",
      "title: Tomas Reyvik",
      "about:",
      "  template: trestles",
      "  links:",
      "    - icon: github",
      "      text: Github",
      "      href: https://github.com/treyvik",
      "    - icon: envelope",
      "      href: mailto:tomas@reyvik.example.org",
      "---",
      "",
      "I study glaciers.",
      "",
    ].join("\n");
    const { resume } = await extractSource({ path: "about.qmd", text: page, format: "markdown", formatReason: "test" });
    expect(resume.basics?.email).toBe("tomas@reyvik.example.org");
    expect(resume.basics?.profiles?.map((p) => [p.network, p.username])).toEqual([["GitHub", "treyvik"]]);
  });
});
