import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position]);

/** Tables of contents near a CV's top, and lists that only look like one, each on an invented CV. */
describe("a list of the document's headings under the name", () => {
  it("keeps the name heading and drops only the list's links", async () => {
    const r = await readMarkdown(
      [
        "# Jane Doe",
        "",
        "- [Experience](#experience)",
        "- [Education](#education)",
        "",
        "# Experience",
        "## Software Engineer, Acme Corp",
        "2019 – 2022",
        "# Education",
        "## BSc Computer Science, Example University",
        "2015 – 2019",
      ].join("\n"),
    );
    expect(r.basics?.name).toBe("Jane Doe");
    expect(jobs(r)).toEqual([["Acme Corp", "Software Engineer"]]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("keeps the name under the document's title, in English and in Japanese", async () => {
    const en = await readMarkdown(
      ["# Curriculum Vitae", "", "## Jane Doe", "", "- [Experience](#experience)", "- [Education](#education)", "", "## Experience", "### Software Engineer, Acme Corp", "2019 – 2022", "## Education", "### BSc Computer Science, Example University", "2015 – 2019"].join("\n"),
    );
    expect(en.basics?.name).toBe("Jane Doe");
    const ja = await readMarkdown(
      ["# 職務経歴書", "", "## 山田 太郎", "", "- 職務要約", "- 職務経歴", "- 学歴", "", "## 職務要約", "", "エンジニアです。", "", "## 職務経歴", "", "### 株式会社サンプル(2019/04 ~ 現在)", "- API開発", "", "## 学歴", "", "### 東京大学 2015"].join("\n"),
    );
    expect(ja.basics?.name).toBe("山田 太郎");
    expect(ja.sections ?? []).toEqual([]);
  });

  it("takes a list that links to the headings below by their anchors, whatever its items say", async () => {
    const r = await readMarkdown(["# Jane Doe", "", "- [Jobs](#experience)", "- [Studies](#education)", "", "# Experience", "## Software Engineer, Acme Corp", "2019 – 2022", "# Education", "## BSc Physics, Example University", "2015 – 2019"].join("\n"));
    expect(r.basics?.name).toBe("Jane Doe");
    expect(r.sections ?? []).toEqual([]);
  });
});

describe("a list that names entries detailed below", () => {
  it("keeps a section of its own with its items", async () => {
    const r = await readMarkdown(["# Jane Doe", "", "## Clients", "", "- Acme Corp", "- Globex", "", "## Acme Corp", "", "Built a shop.", "", "## Globex", "", "Built an app."].join("\n"));
    const clients = r.sections?.find((s) => s.title === "Clients");
    expect(clients?.items.map((i) => i.title ?? i.summary)).toEqual(["Acme Corp", "Globex"]);
  });
});
