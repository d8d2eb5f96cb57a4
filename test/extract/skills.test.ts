import { describe, expect, it } from "vitest";
import { splitKeywords } from "../../src/extract/skills.js";
import { isSpokenLanguage } from "../../src/extract/spoken-languages.js";
import { extractSource } from "../support/extract.js";

const skillsOf = async (body: string, format: "markdown" | "text" = "markdown") => {
  const text = format === "markdown" ? `# Jane Doe\n\n## Skills\n\n${body}\n` : `Jane Doe\n\nSKILLS\n\n${body}\n`;
  const { resume } = await extractSource({ path: format === "markdown" ? "cv.md" : "cv.txt", text, format, formatReason: "test" });
  return resume.skills;
};

/** A plain-text CV whose "Technical Skills" title has nothing under it before the section given, as a PDF's two columns stack their titles. */
const underEmptySkills = async (...section: string[]) => {
  const text = ["Aliya Serikova", "aliya@example.org", "", "Experience", "2019 – 2023 Analyst, Steppe Data LLP, Almaty", "", "Technical Skills", ...section].join("\n");
  return (await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" })).resume;
};

describe("skills", () => {
  it("read each label a PDF sets on a line of its own between two lists of items as the label of the list under it, the first under a skills title with nothing of its own", async () => {
    const text = [
      "Jane Doe",
      "Senior Software Engineer",
      "555-010-0199 | jane@example.org",
      "",
      "Summary",
      "Engineer of web applications for twelve years, who has led small teams through rewrites of large legacy systems and likes to teach.",
      "",
      "Technical Skills",
      "Programming & Markup Languages",
      "Go, TypeScript, JavaScript, Python, PHP, Java, SQL, Sass/LESS, HTML5, CSS3",
      "Frameworks & Libraries",
      "Angular, Node.js, .Net Core, Flask, Hugo, Angular Material, Kendo UI",
      "Development Tools",
      "Docker, CircleCI, Jenkins, Webpack, Gulp, Cypress, git, npm/yarn, nvm",
      "Cloud Platforms",
      "Azure, AWS, GCP, Firebase, Digital Ocean",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.skills?.map((s) => [s.name, s.keywords?.length])).toEqual([
      ["Programming & Markup Languages", 10],
      ["Frameworks & Libraries", 7],
      ["Development Tools", 9],
      ["Cloud Platforms", 5],
    ]);
  });

  it("keep a short line between two lists under a group's Markdown heading an item of that group, and take it for a new group's label only where it names a kind of skill", async () => {
    const lists = (middle: string) => `### Frontend\n\nReact, Vue, Angular, Svelte\n${middle}\nSass, Less, PostCSS\n\n### Backend\n\nNode.js, Go, Rust`;
    const groups = (skills: Awaited<ReturnType<typeof skillsOf>>) => skills?.map((s) => [s.name, s.keywords?.join("|")]);
    expect(groups(await skillsOf(lists("Tailwind CSS")))).toEqual([
      ["Frontend", "React|Vue|Angular|Svelte|Tailwind CSS|Sass|Less|PostCSS"],
      ["Backend", "Node.js|Go|Rust"],
    ]);
    expect(groups(await skillsOf(lists("Tools")))).toEqual([
      ["Frontend", "React|Vue|Angular|Svelte"],
      ["Tools", "Sass|Less|PostCSS"],
      ["Backend", "Node.js|Go|Rust"],
    ]);
  });

  it("leave a section whose title a vocabulary holds whole ('Core Competencies') to itself after a skills title with nothing of its own, not a group of it", async () => {
    const { skills } = await underEmptySkills("Core Competencies", "Budgeting, Forecasting, Team leadership");
    expect(skills?.map((s) => s.name)).toEqual(["Budgeting", "Forecasting", "Team leadership"]);
  });

  it("leave a section read as spoken languages over a line that lists no items to itself after a skills title with nothing of its own, not a group of it", async () => {
    const { skills, languages } = await underEmptySkills("Languages Spoken", "Native Kazakh speaker");
    expect([skills, languages?.map((l) => l.language)]).toEqual([undefined, ["Native Kazakh speaker"]]);
  });

  it("read a paragraph of several sentences about the skills as no skill, and a single sentence still as one", async () => {
    const paragraph = "For most of my career I have worked with open source tools, which taught me how their communities make decisions and ship releases. I like usability and performance work, and I keep looking for ways to do it better.";
    expect(await skillsOf(`${paragraph}\n\n- Go, Rust, SQL`)).toMatchObject([{ name: "Go" }, { name: "Rust" }, { name: "SQL" }]);
    expect((await skillsOf("Hacking on the Linux kernel, including its schedulers and drivers."))?.length).toBe(1);
  });

  it("read a long sentence in which the writer says what they did ('Last year I ran…') under a skill's bullet as telling of it, no skill, and keep the bullets", async () => {
    const told = "Last year I ran the rota for the twelve volunteers at the food bank and trained each new one on the stock system.";
    const skills = await skillsOf(`- Teamwork\n\n${told}\n\n- Leadership\n\nAs the club's treasurer I kept the accounts for three years and presented them at every annual meeting.`);
    expect(skills?.map((s) => s.name)).toEqual(["Teamwork", "Leadership"]);
  });

  it("read a language's name followed by its level, the column between them lost, as the language and its fluency, and lines each led by a language as a language each", async () => {
    const text = "Jane Doe\n\nLanguages\nItalian Mother tongue\nEnglish Fluent\nGerman B1\nPortuguese (basic)\nSpanish (conversational)\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.languages?.map((l) => [l.language, l.fluency])).toEqual([
      ["Italian", "Mother tongue"],
      ["English", "Fluent"],
      ["German", "B1"],
      ["Portuguese", "basic"],
      ["Spanish", "conversational"],
    ]);
  });

  it("read a label set apart from its list by a hyphen between spaces, or a dash between letters, as the group's label, its wrapped line part of the list", async () => {
    const skills = await skillsOf("Programming - Python, Go, Rust, SQL, Bash, TypeScript, and the odd\nbit of Haskell\nCloud - AWS, Kubernetes, Terraform\nFront-end - React, Vue\nMobile–Swift, Kotlin", "text");
    expect(skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Programming", ["Python", "Go", "Rust", "SQL", "Bash", "TypeScript", "the odd bit of Haskell"]],
      ["Cloud", ["AWS", "Kubernetes", "Terraform"]],
      ["Front-end", ["React", "Vue"]],
      ["Mobile", ["Swift", "Kotlin"]],
    ]);
  });

  it("read a label set apart from its list by two hyphens between spaces, a dash as Markdown writers type it, as the group's label", async () => {
    const skills = await skillsOf("* Languages -- Python, Go\n* Version control -- git\n* Platforms -- Linux, Docker");
    expect(skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Python", "Go"]],
      ["Version control", ["git"]],
      ["Platforms", ["Linux", "Docker"]],
    ]);
  });

  it("read a section titled with a group's label right after the skills as a group of them, but not one of spoken languages", async () => {
    const text = "Jane Doe\n\nSkills\nPython, Go, Rust\n\nTools\nDocker, Terraform\n\nLanguages\nEnglish (native)\nGerman (B2)\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.skills?.map((s) => s.name)).toEqual(["Python", "Go", "Rust", "Tools"]);
    expect(resume.languages?.map((l) => l.language)).toEqual(["English", "German"]);
    const barred = await extractSource({ path: "cv.md", text: "# Jane Doe\n\n## Skills\n\n- **Go**\n\n## Languages\n\n**English** | Native or Bilingual\n\n**Spanish** | Professional Working Proficiency\n", format: "markdown", formatReason: "test" });
    expect(barred.resume.skills?.map((s) => s.name)).toEqual(["Go"]);
    expect(barred.resume.languages?.map((l) => l.language)).toEqual(["English", "Spanish"]);
  });

  it("read a section under a skills title whose every item names a spoken language as languages, and in one that names a skill too only the language's line", async () => {
    const languages = await extractSource({ path: "cv.md", text: "# Jane Doe\n\n## Proficiency\n\n- English — native\n- French — fluent\n- German — B1\n", format: "markdown", formatReason: "test" });
    expect(languages.resume.languages?.map((l) => [l.language, l.fluency])).toEqual([["English", "native"], ["French", "fluent"], ["German", "B1"]]);
    expect(languages.resume.skills).toBeUndefined();
    const mixed = await extractSource({ path: "cv.md", text: "# Jane Doe\n\n## Proficiency\n\n- English — native\n- Python — advanced\n", format: "markdown", formatReason: "test" });
    expect(mixed.resume.languages?.map((l) => [l.language, l.fluency])).toEqual([["English", "native"]]);
    expect(mixed.resume.skills?.map((s) => s.name)).toEqual(["Python"]);
  });

  it("pair a column of labels with the paragraph of as many lists under it, as pdftotext writes a table of skills", async () => {
    const text = "Jane Doe\n\nSummary\nHardware engineer with ten years of experience designing mixed-signal boards for industrial sensing.\n\nSkills\nHardware\nSoftware\n\nAltium Designer, KiCad, LTspice\nC, Python, MATLAB, Git\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Hardware", ["Altium Designer", "KiCad", "LTspice"]],
      ["Software", ["C", "Python", "MATLAB", "Git"]],
    ]);
  });

  it("read lines each led by a group's label and a space, or by the label run into its list, as groups, when two lines or more are so", async () => {
    const grouped = await skillsOf("Databases PostgreSQL, Redis\nWerkzeugeGit, Jenkins, Make\nFrameworks Django, Vue.js", "text");
    expect(grouped?.map((s) => [s.name, s.keywords])).toEqual([
      ["Databases", ["PostgreSQL", "Redis"]],
      ["Werkzeuge", ["Git", "Jenkins", "Make"]],
      ["Frameworks", ["Django", "Vue.js"]],
    ]);
    // one such line alone may be a list whose first item begins with a label's word
    const flat = await skillsOf("Software Engineering, Testing, Design", "text");
    expect(flat?.map((s) => s.name)).toEqual(["Software Engineering", "Testing", "Design"]);
  });

  it("read a section of an unknown title that holds labelled lists of names as skills", async () => {
    const text = "# 山田 花子\n\n## 触れたことのある技術\n\n|概要|詳細|\n|-|-|\n|言語|Python, Go, Java, Ruby等|\n|分析系|Pandas, JupyterLab, BigQuery|\n|OS|Windows, Mac, Linux|\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.skills?.map((s) => s.name)).toEqual(["言語", "分析系", "OS"]);
  });

  it("read a labelled line of spoken languages among the skills as the languages, under the label's title", async () => {
    const text = "Thomas Müller\n\nKenntnisse\nProgrammiersprachen: C++, Python, Java\nSprachen: Deutsch (Muttersprache), Englisch (fließend)\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.skills?.map((s) => s.name)).toEqual(["Programmiersprachen"]);
    expect(resume.languages).toEqual([
      { language: "Deutsch", fluency: "Muttersprache" },
      { language: "Englisch", fluency: "fließend" },
    ]);
    expect(resume.meta?.sections?.find((s) => s.key === "languages")?.title).toBe("Sprachen");
    expect(resume.sections ?? []).toEqual([]);
  });

  it("keep spoken languages listed among the skills in the catch-all when a section gave the languages already", async () => {
    const text = "Jo Doe\n\nLanguages\nGerman (native)\n\nSkills\nTools: Git, Docker\nSpoken: German, English\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.languages?.map((l) => l.language)).toEqual(["German"]);
    expect(resume.sections?.find((s) => s.title === "Skills (more)")?.items.map((i) => i.summary)).toEqual(["Spoken: German, English"]);
  });

  it("leave a rating key's numbered notes and another section's entries under its title to the catch-all", async () => {
    const text = [
      "# 王小明", "", "## 技能", "",
      "分數 1–5 說明：", "1：有稍微了解", "2：有自行學習", "3：有實務經驗", "",
      "**技术栈**", ": Java, Kotlin, Go", "",
      "**开源项目**", ": 独立开发[微信读书插件](https://github.com/x/plugin)，主要用于将微信读书的划线和书评同步到笔记软件中，已有八百多位用户在日常使用", "",
      "**Project Management**", ": Jira, Confluence", "",
      "**酷项目**", ": **1.** 翻译一本书", ": **2.** 贡献多个开源项目的补丁", "",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.skills?.map((s) => s.name)).toEqual(["技术栈", "Project Management"]);
    const catchAll = JSON.stringify(resume.sections);
    for (const kept of ["有稍微了解", "开源项目", "微信读书插件", "酷项目", "翻译一本书", "贡献多个开源项目的补丁"]) expect(catchAll).toContain(kept);
  });

  it("read a table of skills and ratings as skills with their levels, its header row left to the catch-all", async () => {
    const text = "Jane Doe\n\nSKILLS\n\nTechnology       Years of experience\n------------------------------------\nPython         |  9\nGo             |  4\nRust           |  2\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.skills).toEqual([{ name: "Python", level: "9" }, { name: "Go", level: "4" }, { name: "Rust", level: "2" }]);
    expect(JSON.stringify(resume.sections)).toContain("Years of experience");
    expect(await skillsOf("- **Kotlin**: ★★★★☆\n- **Swift**: 3/5\n- **Dart**: Advanced")).toEqual([
      { name: "Kotlin", level: "★★★★☆" },
      { name: "Swift", level: "3/5" },
      { name: "Dart", level: "Advanced" },
    ]);
  });

  it("leave CJK sentences about skills to the section's catch-all, printed but not listed as skills", async () => {
    const text = "# 王小明\n\n## 專業技能\n\n* 具備優秀的團隊合作與領導能力。\n* 역량의 전문성에 따라 분류하였습니다.\n* C#\n* Python\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.skills).toEqual([{ name: "C#" }, { name: "Python" }]);
    expect(JSON.stringify(resume.sections)).toContain("具備優秀的團隊合作與領導能力。");
    expect(JSON.stringify(resume.sections)).toContain("분류하였습니다.");
  });

  it("cut a long paragraph of many comma-separated phrases into skills, its closing full stop notwithstanding", async () => {
    const skills = await skillsOf("Familiaridade no uso de sistemas em geral (ERP, Windows, Linux), HTML, CSS, Js, frameworks e bibliotecas para desenvolvimento web, WordPress, Python, noções em infraestrutura de rede.", "text");
    expect(skills?.map((s) => s.name)).toEqual([
      "Familiaridade no uso de sistemas em geral (ERP, Windows, Linux)",
      "HTML",
      "CSS",
      "Js",
      "frameworks e bibliotecas para desenvolvimento web",
      "WordPress",
      "Python",
      "noções em infraestrutura de rede",
    ]);
  });

  it("give one skill per bullet of a flat list, commas and all", async () => {
    expect(await skillsOf("- Rust\n- HTML, CSS, Sass\n- Kafka")).toEqual([{ name: "Rust" }, { name: "HTML, CSS, Sass" }, { name: "Kafka" }]);
  });

  it("split a flat line of short items at its commas and drop the closing period", async () => {
    expect(await skillsOf("Haskell, OCaml, Coq.")).toEqual([{ name: "Haskell" }, { name: "OCaml" }, { name: "Coq" }]);
  });

  it("keep a sentence whole although it holds commas", async () => {
    expect(await skillsOf("- Building services with Go, gRPC and Postgres at scale\n- Kafka")).toEqual([
      { name: "Building services with Go, gRPC and Postgres at scale" },
      { name: "Kafka" },
    ]);
  });

  it("read Label: items, a bold label and a reStructuredText field as groups", async () => {
    expect(await skillsOf("- Backend: Go, Elixir\n- **Data** Postgres, Redis\n\n:Tools: Vim, Make")).toEqual([
      { name: "Backend", keywords: ["Go", "Elixir"] },
      { name: "Data", keywords: ["Postgres", "Redis"] },
      { name: "Tools", keywords: ["Vim", "Make"] },
    ]);
  });

  it("use the separator the list uses, keeping parentheses and other separators inside items", async () => {
    expect(await skillsOf("- Cloud: AWS (EC2, S3); GCP, Cloud Run\n- Ops: Nix; Apache / Nginx")).toEqual([
      { name: "Cloud", keywords: ["AWS (EC2, S3)", "GCP, Cloud Run"] },
      { name: "Ops", keywords: ["Nix", "Apache / Nginx"] },
    ]);
    expect(await skillsOf("Languages\n\nOCaml / Haskell / Idris\n\nCloud\n\nAWS / Azure")).toEqual([
      { name: "Languages", keywords: ["OCaml", "Haskell", "Idris"] },
      { name: "Cloud", keywords: ["AWS", "Azure"] },
    ]);
  });

  it("split a line that never uses the list's separator at its own", async () => {
    expect(await skillsOf("- Languages: OCaml, Haskell, Idris\n- Tools: Nix · Make · Bazel\n- Cloud: AWS, GCP")).toEqual([
      { name: "Languages", keywords: ["OCaml", "Haskell", "Idris"] },
      { name: "Tools", keywords: ["Nix", "Make", "Bazel"] },
      { name: "Cloud", keywords: ["AWS", "GCP"] },
    ]);
  });

  it("read a headed list as a group, an inner labelled bullet whole and sub-bullets left out", async () => {
    expect(await skillsOf("### 🛠 Frontend\n\n- Svelte\n  - stores and actions\n- Build: Vite, esbuild\n\n### Data\n\n- DuckDB")).toEqual([
      { name: "Frontend", keywords: ["Svelte", "Build: Vite, esbuild"] },
      { name: "Data", keywords: ["DuckDB"] },
    ]);
  });

  it("read a label line over bullets as a group, and a bullet over short sub-items as one", async () => {
    expect(await skillsOf("💡 Mobile\n\n- Kotlin\n- Swift\n\n- storage\n  - SQLite\n  - Realm")).toEqual([
      { name: "Mobile", keywords: ["Kotlin", "Swift", "storage"] },
    ]);
    expect(await skillsOf("- Zig\n- storage\n  - SQLite\n  - Realm\n- Nim\n  - wrote a small game engine with it over two years")).toEqual([
      { name: "Zig" },
      { name: "storage", keywords: ["SQLite", "Realm"] },
      { name: "Nim" },
    ]);
  });

  it("read table rows as groups, and a table whose columns are groups by its header", async () => {
    expect(await skillsOf("| Area | Tools |\n|---|---|\n| **Infra** | Nomad, Consul |\n| Lang | Zig |")).toEqual([
      { name: "Infra", keywords: ["Nomad", "Consul"] },
      { name: "Lang", keywords: ["Zig"] },
    ]);
    expect(await skillsOf("| Languages | Tools |\n|---|---|\n| Zig | Nix |\n| Nim | |")).toEqual([
      { name: "Languages", keywords: ["Zig", "Nim"] },
      { name: "Tools", keywords: ["Nix"] },
    ]);
  });

  it("read a code block of label columns as groups", async () => {
    expect(await skillsOf("```\nLanguages  OCaml · Haskell · Idris\nInfra      Nix · Terraform\n```")).toEqual([
      { name: "Languages", keywords: ["OCaml", "Haskell", "Idris"] },
      { name: "Infra", keywords: ["Nix", "Terraform"] },
    ]);
  });

  it("read a level in parentheses after a skill's name", async () => {
    expect(await skillsOf("Rust (expert), Zig (Grundkenntnisse), C (POSIX)")).toEqual([
      { name: "Rust", level: "expert" },
      { name: "Zig", level: "Grundkenntnisse" },
      { name: "C (POSIX)" },
    ]);
  });

  it("leave out spoken languages and interests", async () => {
    expect(await skillsOf("- Go\n- English\n- Languages: Deutsch (Muttersprache), English (C1)\n- Interests: chess, climbing\n- Certifications: CKA, CKAD\n- Русский — родной")).toEqual([{ name: "Go" }]);
    expect(await skillsOf("Fluent in English, Spanish, and Hebrew.\nProgramming: Go, Rust", "text")).toEqual([{ name: "Programming", keywords: ["Go", "Rust"] }]);
  });
});

describe("a remark in brackets over a skills list", () => {
  it("names no skill: '(Note: …)' and '(注：…)' lines are left out of the groups under them", async () => {
    const skills = await skillsOf("(注：以下所列技术均在项目中使用)\n\n- `开发语言`：Swift, Kotlin\n- `版本管理`：Git\n\n(Note: levels are self-assessed)\n\n- Tools: Docker");
    expect(skills?.map((s) => s.name)).toEqual(["开发语言", "版本管理", "Tools"]);
  });
});

describe("spoken languages", () => {
  it.each(["English", "English (Professional)", "German (A2 — in progress)", "Deutsch (Muttersprache)", "Казахский — Родной", "英语", "한국어 (원어민)", "French - B2", "Japanese: N2"])("know %s", (item) => {
    expect(isSpokenLanguage(item)).toBe(true);
  });

  it.each(["Go", "Java", "Malayalam Unicode tooling", "English literature", "Swift"])("do not take %s for one", (item) => {
    expect(isSpokenLanguage(item)).toBe(false);
  });
});

describe("keyword lists", () => {
  it("split at the separator the text uses most, outside parentheses", () => {
    expect(splitKeywords("Go · Rust · C/C++")).toEqual(["Go", "Rust", "C/C++"]);
    expect(splitKeywords("AWS (EKS, Lambda), GCP")).toEqual(["AWS (EKS, Lambda)", "GCP"]);
  });
});

describe("skills taken from a PDF's text", () => {
  it("join a list wrapped over lines and split it, a bracket left open sheltering nothing", async () => {
    expect(await skillsOf("Use of systems in general (ERP, Linux),\nweb design( banners, logos, icons for clients, HTML, CSS", "text")).toEqual([
      { name: "Use of systems in general (ERP, Linux)" },
      { name: "web design( banners" },
      { name: "logos" },
      { name: "icons for clients" },
      { name: "HTML" },
      { name: "CSS" },
    ]);
  });
});

describe("skills in a definition list", () => {
  it("take each definition under its term as one item", async () => {
    expect(await skillsOf("**Backend**\n: Go services with gRPC, Postgres and NATS\n: Some Rust, mostly CLIs")).toEqual([
      { name: "Backend", keywords: ["Go services with gRPC, Postgres and NATS", "Some Rust, mostly CLIs"] },
    ]);
  });

  it("keep what is no skill and the sub-bullets that describe an item in the section's catch-all, and read spoken languages and interests as their own sections", async () => {
    const text = "# Jane Doe\n\n## Skills\n\n**Tools**\n\n- Docker\n  - compose files for every service\n\n- Languages: German (native), English (C1)\n- Interests: bouldering\n- Fluent in German and English\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.skills).toEqual([{ name: "Tools", keywords: ["Docker"] }]);
    expect(resume.languages).toEqual([
      { language: "German", fluency: "native" },
      { language: "English", fluency: "C1" },
    ]);
    expect(resume.interests).toEqual([{ name: "bouldering" }]);
    expect(resume.sections?.find((s) => s.title === "Skills (more)")?.items.map((i) => i.summary)).toEqual(["compose files for every service", "Fluent in German and English"]);
  });
});

describe("a business school's skills and interests", () => {
  const text = [
    "JOHN A. SMITH",
    "jsmith@mba.edu",
    "",
    "SKILLS & INTERESTS",
    "Languages: Fluent in Spanish, conversational French",
    "Technical: Excel, PowerPoint, SQL, Python, Bloomberg",
    "Interests: Marathon running, jazz piano",
    "Certifications: CFA Level II Candidate",
    "",
  ].join("\n");

  it("give each labelled line its own section: languages with the fluency written before them, interests, certificates", async () => {
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.skills).toEqual([{ name: "Technical", keywords: ["Excel", "PowerPoint", "SQL", "Python", "Bloomberg"] }]);
    expect(resume.languages).toEqual([
      { language: "Spanish", fluency: "Fluent" },
      { language: "French", fluency: "conversational" },
    ]);
    expect(resume.interests).toEqual([{ name: "Marathon running" }, { name: "jazz piano" }]);
    expect(resume.certificates).toEqual([{ name: "CFA Level II Candidate" }]);
    expect(resume.meta?.sections?.map((s) => s.title)).toEqual(["SKILLS & INTERESTS", "Languages", "Interests", "Certifications"]);
  });
});

describe("a languages section on one line", () => {
  it("gives one language a piece where dots set apart pieces that each name one, and keeps a language with its fluency after a dot whole", async () => {
    const dotted = await extractSource({ path: "cv.md", text: "# Ana Souza\n\n## Languages\n\nPortuguese (native) · English (C1) · Spanish (B1)\n", format: "markdown", formatReason: "test" });
    expect(dotted.resume.languages).toEqual([
      { language: "Portuguese", fluency: "native" },
      { language: "English", fluency: "C1" },
      { language: "Spanish", fluency: "B1" },
    ]);
    const fluency = await extractSource({ path: "cv.md", text: "# Ana Souza\n\n## Idiomas\n\nEspañol · nativo\n", format: "markdown", formatReason: "test" });
    expect(fluency.resume.languages?.length).toBe(1);
    const noted = await extractSource({ path: "cv.md", text: "# Ana Souza\n\n## Idiomas\n\n- Inglés: C1 (Cambridge Advanced)\n", format: "markdown", formatReason: "test" });
    expect(noted.resume.languages).toEqual([{ language: "Inglés", fluency: "C1 (Cambridge Advanced)" }]);
  });
});

describe("a spoken language named by two words among the skills", () => {
  it("is no skill, whatever test level follows it", async () => {
    expect(isSpokenLanguage("Mandarin Chinese (HSK 4)")).toBe(true);
    expect((await skillsOf("* Mandarin Chinese (HSK 4)\n* Experienced Programming Languages: Java, Go\n* Docker"))?.map((s) => s.name)).toEqual(["Experienced Programming Languages", "Docker"]);
  });
});

describe("Chinese skill lines led by a word of proficiency", () => {
  it("keep whole a line whose proficiency word leads a phrase in Chinese words, and read a bold clause closed by its semicolon as an item without it, no label", async () => {
    const skills = await skillsOf(
      [
        "- **掌握 Rust 及相关项目开发；**",
        "- 精通 API 网关、服务发现等网络相关技术",
        "- 了解 Grafana、Loki 等可观测性组件",
        "- 熟练掌握 Kotlin、Swift",
      ].join("\n"),
    );
    expect(skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["掌握 Rust 及相关项目开发", undefined],
      ["精通 API 网关、服务发现等网络相关技术", undefined],
      ["了解 Grafana、Loki 等可观测性组件", undefined],
      ["熟练掌握", ["Kotlin", "Swift"]],
    ]);
  });
});

describe("a table of programming languages with the time used at work and outside it", () => {
  it("reads each row as a skill under '言語経験', not each column as a group, nor each row as a job", async () => {
    const text = ["# 山田 花子", "", "## 言語経験", "", "|言語|業務|業務外|", "|---|---|---|", "|Ruby|半年|-|", "|Rust|-|2年|", "|Kotlin|1年|-|", ""].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work).toBeUndefined();
    expect(resume.skills?.map((s) => s.name)).toEqual(["Ruby", "Rust", "Kotlin"]);
  });
});

describe("skill groups under sub-headings that name kinds of section ('### Languages', '### Tools')", () => {
  it("reads each sub-heading as its group's name and the code spans under it as the group's items", async () => {
    const skills = await skillsOf("### Languages\n\n`JavaScript` `TypeScript` `Java`\n\n### Tools\n\n`Git` `Docker` `React`");
    expect(skills).toEqual([
      { name: "Languages", keywords: ["JavaScript", "TypeScript", "Java"] },
      { name: "Tools", keywords: ["Git", "Docker", "React"] },
    ]);
  });

  it("read a term over one line of items, as pandoc's definition list writes a group, as that group, a wrapped line of items and all", async () => {
    const skills = await skillsOf("Programming\n: Python, Fortran, C\n\nTools\n: Git, Inkscape, GIMP,\nKrita, JupyterLab");
    expect(skills).toEqual([
      { name: "Programming", keywords: ["Python", "Fortran", "C"] },
      { name: "Tools", keywords: ["Git", "Inkscape", "GIMP", "Krita", "JupyterLab"] },
    ]);
  });
});

describe("a CV's closing line under its last skills group", () => {
  it("is no item of that group: references on request are said of the CV", async () => {
    const text = "# Jane Doe\n\n# Skills\n\n### Programming\nPython • Fortran\n\n### Other\nDriving licence (B)\n\n*References available on request.*\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Programming", ["Python", "Fortran"]],
      ["Other", ["Driving licence (B)"]],
    ]);
    expect(JSON.stringify(resume)).toContain("References available on request");
  });
});
