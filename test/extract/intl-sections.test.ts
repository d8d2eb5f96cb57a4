import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.area, e.studyType, e.endDate]);

/** Section titles, contents lists and details as CVs in Chinese, Japanese, Korean and European languages write them, each on an invented CV. */
describe("a work heading that says how long the career has run", () => {
  it("reads '경력 : 4년 3개월' and 'Опыт работы: 3 года' as the work they head", async () => {
    const ko = await readMarkdown(
      [
        "# 김하늘",
        "",
        "## 💼 경력 : 4년 3개월",
        "",
        "### 하늘소프트 (2021.03 - 재직 중, 4년 3개월)",
        "",
        "**선임 연구원** 2022.01 – 재직 중, 3년 5개월",
        "",
        "- 결제 모듈 개발",
        "",
        "**연구원** 2021.03 – 2021.12, 10개월",
        "",
        "- 테스트 자동화",
      ].join("\n"),
    );
    expect(jobs(ko)).toEqual([
      ["하늘소프트", "선임 연구원", "2022-01", undefined],
      ["하늘소프트", "연구원", "2021-03", "2021-12"],
    ]);
    const ru = await readMarkdown(["# Иван Петров", "", "## Опыт работы: 3 года", "", "### ООО «Пример» — Разработчик", "Март 2019 — Февраль 2022", "", "- Поддержка API"].join("\n"));
    expect(jobs(ru)).toEqual([["ООО «Пример»", "Разработчик", "2019-03", "2022-02"]]);
  });
});

describe("a career's summary whose qualifier is in angle brackets", () => {
  it("reads '職務経歴<概要>' as the summary, and '職務経歴<現職>' as the jobs", async () => {
    const r = await readMarkdown(
      ["# 職務経歴<概要>", "", "- 推薦アルゴリズムの開発", "- 広告データの分析", "", "# 職務経歴<現職>", "", "## 株式会社サンプル(2018/07/01 ~ 現在)", "- 配信システムの改善"].join("\n"),
    );
    expect(jobs(r)).toEqual([["株式会社サンプル", undefined, "2018-07", undefined]]);
    expect(r.basics?.summary).toContain("推薦アルゴリズムの開発");
  });
});

describe("a table of contents", () => {
  it("takes a list of the document's own headings under its title for its contents: no name, no section", async () => {
    const ja = await readMarkdown(
      ["# 職務経歴書", "", "# 目次", "", "- 職務要約", "- 職務経歴", "", "# 職務要約", "", "バックエンドエンジニアです。", "", "# 職務経歴", "", "## 株式会社サンプル(2019/04 ~ 現在)", "- API開発"].join("\n"),
    );
    expect(ja.basics?.name).toBeUndefined();
    expect(ja.sections ?? []).toEqual([]);
    expect(jobs(ja)).toEqual([["株式会社サンプル", undefined, "2019-04", undefined]]);
    const en = await readMarkdown(
      ["# Jane Doe", "", "## Contents", "", "1. [Experience](#experience)", "2. [Education](#education)", "", "## Experience", "", "### Acme — Engineer", "2019 – 2021", "", "## Education", "", "- Eastvale University, BSc Physics, 2018"].join("\n"),
    );
    expect(en.basics?.name).toBe("Jane Doe");
    expect(en.sections ?? []).toEqual([]);
  });

  it("keeps a list that names anything besides the document's headings", async () => {
    const r = await readMarkdown(["# Jane Doe", "", "## Index", "", "- Experience", "- Ten years of Kafka", "", "## Experience", "", "### Acme — Engineer", "2019 – 2021"].join("\n"));
    expect(r.sections?.map((s) => s.title)).toEqual(["Index"]);
  });
});

describe("a line that says when the CV was last updated", () => {
  it("keeps 'Last updated: March 2024' and '최종 수정: 2025.07' out of the section they close, printed apart at the end, the date meta.lastModified", async () => {
    const en = await readMarkdown(["# Jane Doe", "", "## Education", "", "- **Eastvale University**, BSc Physics (2014 – 2018)", "", "*Last updated: March 2024*"].join("\n"));
    expect(schools(en)).toEqual([["Eastvale University", "Physics", "BSc", "2018"]]);
    expect(en.sections?.map((s) => [s.title, s.items])).toEqual([["Last updated", [{ summary: "March 2024" }]]]);
    expect(en.meta?.lastModified).toBe("2024-03");
    const ko = await readMarkdown(["# 김하늘", "", "## 학력", "", "- **한빛대학교**, 컴퓨터공학 학사 (2014.03 – 2018.02)", "", "<br>", "", "*최종 수정: 2025.07*"].join("\n"));
    expect(schools(ko)).toEqual([["한빛대학교", "컴퓨터공학", "학사", "2018-02"]]);
  });
});

describe("skills listed in an about section", () => {
  it("reads labelled lists of skills under an introduction as skill groups, the rest as the summary", async () => {
    const en = await readMarkdown(
      ["# Jane Doe", "", "## About Me", "", "Backend developer from Lisbon.", "", "**Languages:** Go, Python, Java", "**Databases:** PostgreSQL, Redis", "", "## Experience", "", "### Acme — Engineer", "2019 – 2021"].join("\n"),
    );
    expect(en.basics?.summary).toBe("Backend developer from Lisbon.");
    expect(en.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Go", "Python", "Java"]],
      ["Databases", ["PostgreSQL", "Redis"]],
    ]);
    const ru = await readMarkdown(["# Иван Петров", "", "# Обо мне", "", "Backend-разработчик.", "", "**Языки программирования:** Go, Python", "**Базы данных:** PostgreSQL, Redis"].join("\n"));
    expect(ru.skills?.map((s) => s.name)).toEqual(["Языки программирования", "Базы данных"]);
  });

  it("leaves a single labelled line of the introduction in the summary", async () => {
    const r = await readMarkdown(["# Jane Doe", "", "## About Me", "", "Backend developer.", "", "**Hobbies:** chess, hiking"].join("\n"));
    expect(r.skills).toBeUndefined();
  });
});

describe("words of other languages", () => {
  it("reads 'Основной стек' as skills, 'Doctora' as a degree and 'Pénsum cerrado' as how a study stands", async () => {
    const r = await readMarkdown(
      [
        "# Ana Ruiz Soto",
        "",
        "## Основной стек",
        "",
        "Backend: PHP, Symfony, Laravel",
        "",
        "## Formación",
        "",
        "- Doctora en Ciencias Biológicas, Universidad de Sevilla, 2015",
        "- Licenciatura en Física - Universidad del Valle – Pénsum cerrado (2019)",
      ].join("\n"),
    );
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([["Backend", ["PHP", "Symfony", "Laravel"]]]);
    expect(schools(r)).toEqual([
      ["Universidad de Sevilla", "Ciencias Biológicas", "Doctora", "2015"],
      ["Universidad del Valle", "Física", "Licenciatura", "2019"],
    ]);
  });
});

describe("Korean places and schools", () => {
  it("reads a province or metropolitan city by its short name before the district as the place", async () => {
    const r = await readMarkdown(["# 김하늘", "", "📍 인천 남동구 | haneul@example.com", "", "## 경력", "", "### 하늘소프트 | 연구원", "2021.03 ~ 현재"].join("\n"));
    expect(r.basics?.location).toEqual({ city: "남동구", region: "인천", countryCode: "KR" });
  });

  it("keeps a named graduate school with its university, the field and degree after the comma", async () => {
    const r = await readMarkdown(["# 김하늘", "", "## 학력", "", "- **한빛대학교 정보보호대학원**, 정보보호학 석사 (2020.09 – 2022.08)"].join("\n"));
    expect(schools(r)).toEqual([["한빛대학교 정보보호대학원", "정보보호학", "석사", "2022-08"]]);
  });
});

describe("dates set over the heading of the job they date", () => {
  it("gives each job the dates above its heading, as hh.ru and timeline pages set them", async () => {
    const ru = await readMarkdown(
      ["# Иван Петров", "", "### Опыт работы", "", "Январь 2024 - настоящее время.", "6 месяцев", "", "#### Ведущий разработчик", "##### **Ромашка Лабс**", "Разработка телеграм-бота.", "- Интеграция с MongoDB"].join("\n"),
    );
    expect(jobs(ru)).toEqual([["Ромашка Лабс", "Ведущий разработчик", "2024-01", undefined]]);
    const en = await readMarkdown(
      ["# Jane Doe", "", "## Work Experience", "", "March 2024 - Present", "", "### Team Leader @ Acme", "", "Led the billing team.", "", "October 2018 - February 2023", "", "### Backend Engineer @ Initech", "", "Built the payments API."].join("\n"),
    );
    expect(jobs(en)).toEqual([
      ["Acme", "Team Leader", "2024-03", undefined],
      ["Initech", "Backend Engineer", "2018-10", "2023-02"],
    ]);
  });

  it("moves no dates where most headings have their own under them, nor over several roles side by side", async () => {
    const spanned = await readMarkdown(["# Jane Doe", "", "## Experience", "2010 – present", "### Engineer, Acme Corp", "2019 – present", "### Developer, Globex", "2015 – 2019"].join("\n"));
    expect(jobs(spanned).map(([name, role]) => [name, role])).toEqual([
      ["Acme Corp", "Engineer"],
      ["Globex", "Developer"],
    ]);
    const roles = await readMarkdown(["# Jane Doe", "", "## Experience", "2019 – 2022", "### Acme Corp", "#### Senior Engineer", "#### Engineer", "", "- Built the billing service."].join("\n"));
    expect(roles.work?.length).toBe(1);
  });
});

describe("a role, its employer and the employer's line of business", () => {
  it("takes the employer a word for a kind of organisation names, between dashes, and keeps a unit after a comma with the role", async () => {
    const r = await readMarkdown(
      [
        "# Ana Ruiz",
        "",
        "## Experiencia Profesional",
        "",
        "### Analista de Datos III - Banco Andino – Seguros y Fianzas",
        "Agosto 2023 – Enero 2026",
        "",
        "### Research Assistant, Department Process Technology – Northfield Institute",
        "July 2012 – July 2014",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Banco Andino", "Analista de Datos III", "2023-08", "2026-01"],
      ["Northfield Institute", "Research Assistant, Department Process Technology", "2012-07", "2014-07"],
    ]);
  });
});
