import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const projectsOf = async (body: string) => {
  const text = `# Jane Doe\n\n## Projects\n\n${body}\n`;
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume.projects?.map((p) => p.name);
};

describe("projects", () => {
  it("name a headed project without the part played in it, written after its last comma", async () => {
    expect(await projectsOf("### 园区访客登记平台, 后端开发\n\n- 设计审批模块\n\n### Harbor Tides, Backend Developer\n\n- Built the API")).toEqual(["园区访客登记平台", "Harbor Tides"]);
  });

  it("take a heading that is wholly a link to one project as that project, its 'Label: …' bullets as what it did", async () => {
    const body =
      "### [Tide Predictor](https://example.org/tides)\n\nPredicts the tides of small ports.\n\n- Mean error: **4 cm**, under the target of 5 cm\n- Drift analysis showed seasonal bias in the gauges\n- Two-stage fitting: harmonics first, residuals after\n- Full validation: three ports, ten years\n\n---\n\n### [Quay Planner](https://example.org/quay)\n\nSchedules berths.\n\n- Cut waiting times by a third";
    expect(await projectsOf(body)).toEqual(["Tide Predictor", "Quay Planner"]);
  });

  it("name a bullet's project by its bold name without the colon set inside the bold", async () => {
    expect(await projectsOf("- **Tidewatch:** Alerts for harbour levels.\n- **Kiosk Ledger：** Kasir sederhana untuk warung.")).toEqual(["Tidewatch", "Kiosk Ledger"]);
  });

  it("cut lines that each give a name and then a sentence, with only a space between, into the project and what it is", async () => {
    const text = "Jane Doe\n\nProjects\nQuill Notes A note-taking API with full-text search.\nLedgerlens Shows double-entry ledgers as flow graphs.\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.projects?.map((p) => [p.name, p.description])).toEqual([
      ["Quill Notes", "A note-taking API with full-text search."],
      ["Ledgerlens", "Shows double-entry ledgers as flow graphs."],
    ]);
  });

  it("read a name, a dash and what the project is, its tools under it and its dates set apart below (pdftotext's right-aligned date), as one dated project", async () => {
    const text = [
      "Jane Doe", "", "Projects", "", "Tidepool — A tide prediction app for sailors.", "{Kotlin, Coroutines, Room}", "", "[2013–2015]", "",
      "Tidepool has been installed over a million times on Google Play.", "", "",
      "Wayfinder — A planner for long-distance hikes.", "{Dart, Flutter}", "", "[2018–Present]", "",
      "Key features: offline maps, elevation profiles and shared routes.", "\f",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.projects?.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ["Tidepool", "2013", "2015"],
      ["Wayfinder", "2018", undefined],
    ]);
  });

  it("name each bullet of a list of named items, and the heading over them is only their group", async () => {
    expect(
      await projectsOf("### Side work\n\n- **[quill-lint](https://example.org/q)** — a linter for prose\n- Tern: a tiny HTTP router: fast and small\n- [sparrow](https://example.org/s) – image diffing\n\n### Larch\n\nA build cache.\n\n- Cut CI time by half"),
    ).toEqual(["quill-lint", "Tern", "sparrow", "Larch"]);
  });

  it("read bullets that label a project's fields as its fields, not as projects", async () => {
    expect(await projectsOf("### Heron\n\n- Stack: Go, NATS\n- Result: halved the log bill\n- Code: https://example.org/h\n\n### Marten\n\n- Stack: Rust\n- Result: one binary")).toEqual(["Heron", "Marten"]);
    expect(await projectsOf("### Heron\n\n- Stack: Go, NATS\n- Result: halved the log bill\n- Role: sole author of the agent")).toEqual(["Heron"]);
  });

  it("cut the name before a tagline, a stack, a parenthetical or a date, and drop numbering", async () => {
    expect(
      await projectsOf("### 01. Heron — a log shipper\n\n- Wrote it\n\n### Marten (Rust, Tokio)\n\n- Wrote it\n\n### Osprey | Go, gRPC\n\n- Wrote it\n\n### Plover, 2021\n\n- Wrote it"),
    ).toEqual(["Heron", "Marten", "Osprey", "Plover"]);
  });

  it("take their name from the heading and their tags from the bold line under it", async () => {
    const text = "# Jane Doe\n\n## Проєкти\n\n### Pitch Avatar\n**AI · LLM · Avatars**\nEnterprise AI-платформа презентацій.\n\n### AstroCrash\n**Telegram · Game · Bot**\nReal-time Telegram crash-гра.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.projects?.map((p) => [p.name, p.keywords])).toEqual([
      ["Pitch Avatar", ["AI", "LLM", "Avatars"]],
      ["AstroCrash", ["Telegram", "Game", "Bot"]],
    ]);
  });

  it("read plain paragraphs as one project each, the first line naming it", async () => {
    const text = "Jane Doe\n\nPROJECTS\n\nHeron | Go, NATS\nShips logs. Built for small teams.\n\nMarten | Rust, SQLite\nA single-binary scheduler.\n";
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.projects?.map((p) => [p.name, p.keywords])).toEqual([
      ["Heron", ["Go", "NATS"]],
      ["Marten", ["Rust", "SQLite"]],
    ]);
  });

  it("read a definition list's terms as projects and their definitions as descriptions", async () => {
    expect(await projectsOf("Heron\n\n : A log shipper for small teams.\n   It runs on one node.\n\nMarten\n\n : A scheduler.")).toEqual(["Heron", "Marten"]);
  });

  it("keep a table under a project's heading with that project", async () => {
    expect(await projectsOf("### Heron\n\n| Metric | Value |\n|---|---|\n| Latency | 4 ms |\n\n### Marten\n\n- Wrote it")).toEqual(["Heron", "Marten"]);
  });

  it("leave a lead-in or a sentence naming nothing out of the projects", async () => {
    expect(await projectsOf("A few of the things I built are listed below:\n\n- **Heron** — a log shipper\n- I also wrote a number of small scripts for my own use.")).toEqual(["Heron"]);
  });

  it("name a project by the short title over its dated line, though the line above it ran long without a full stop", async () => {
    const text = [
      "Lena Vogt", "", "Course Projects",
      "A Comparative Study Of Cache Replacement Policies",
      "Operating Systems Seminar · TU Graz · 2019",
      "Simulated LRU, ARC and CLOCK on traces collected from the department's web proxy servers",
      "Tide Tracker",
      "Embedded Systems Lab · TU Graz · 2020",
      "Logged harbour water levels with a sensor buoy and a small solar panel",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.projects?.map((p) => p.name)).toEqual(["A Comparative Study Of Cache Replacement Policies", "Tide Tracker"]);
  });

  it("take the name from the Project column of a table", async () => {
    expect(await projectsOf("| Project | What | Stack |\n|---|---|---|\n| [wren](https://example.org/w) | Parses logs | Go · Kafka |\n| Finch | A scheduler | Rust |")).toEqual(["wren", "Finch"]);
    expect(await projectsOf("| Year | Project | Stack |\n|---|---|---|\n| 2021 | Wren | Go, Kafka |\n| 2019 | Finch | Rust |")).toEqual(["Wren", "Finch"]);
  });
});

describe("a project's year in brackets with a note on how it stands", () => {
  it("names the project without the bracket: '### Agenda Salón (2025, en desarrollo)' is 'Agenda Salón'", async () => {
    expect(await projectsOf("### Agenda Salón (2025, en desarrollo)\nAplicación web de reservas.\n\n### Kiosko TV (2024, in progress)\nAn Android TV app.")).toEqual(["Agenda Salón", "Kiosko TV"]);
  });
});

describe("a section whose title vitae does not know", () => {
  const projectsIn = async (title: string, body: string) => {
    const { resume } = await extractSource({ path: "cv.md", text: `# Jane Doe\n\n## ${title}\n\n${body}\n`, format: "markdown", formatReason: "test" });
    return resume.projects?.map((p) => p.name);
  };

  it("holds projects when its items lead with links to repositories, or its table's first column is headed Project", async () => {
    expect(
      await projectsIn("What I'm Building (2024 – 2026)", "- **[hetu-chain](https://github.com/hetu-project/hetu-chain)** — The mainnet interface.\n- **[Setu](https://github.com/hetu-project/Setu)** — A causal ledger (Rust)."),
    ).toEqual(["hetu-chain", "Setu"]);
    expect(await projectsIn("Building in public", "| Project | What it proves | Stack |\n|---|---|---|\n| [rag-eval](https://github.com/x/rag-eval) | Retrieval that measures itself | Python |\n| Spark job profiler | Says why a job was slow | PySpark |")).toEqual([
      "rag-eval",
      "Spark job profiler",
    ]);
  });

  it("stays a section of its own when its links go elsewhere", async () => {
    expect(await projectsIn("Reading", "- [Designing Data-Intensive Applications](https://dataintensive.net/) — Kleppmann\n- [The Pragmatic Programmer](https://pragprog.com/) — Hunt, Thomas")).toBeUndefined();
  });
});
