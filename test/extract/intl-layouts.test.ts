import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource, readResume, readText } from "../support/extract.js";
import { findDates } from "../../src/extract/dates.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.area, e.studyType, e.startDate, e.endDate]);

/** Layouts that CVs written in Chinese, Japanese, Korean and European languages share, each on an invented CV. */
describe("education headers cut at their separators", () => {
  it("takes the field after a CJK school's comma or bar without the separator, and cuts a bold lead at its bars", async () => {
    const r = await readResume(
      [
        "# 王芳",
        "",
        "## 教育经历",
        "",
        "### 浙江大学, 软件工程",
        "",
        "- 主修课程：操作系统、编译原理",
        "",
        "## 학력",
        "",
        "**부산대학교 | 기계공학 전공**  ",
        "2012.03 ~ 2016.02",
        "",
        "## Education",
        "",
        "**Northfield College | Applied Mathematics**  ",
        "2008 - 2012",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["浙江大学", "软件工程", undefined, undefined, undefined],
      ["부산대학교", "기계공학 전공", undefined, "2012-03", "2016-02"],
      ["Northfield College", "Applied Mathematics", undefined, "2008", "2012"],
    ]);
  });
});

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("dates written apart from an entry's header", () => {
  it("takes a bullet of dates alone under an employer or a school as its dates (a Portuguese CV's bulleted records)", async () => {
    const r = await readResume(
      [
        "# Marina Souza",
        "",
        "### Experiência Profissional",
        "",
        "**Oficina Digital**",
        "* **Desenvolvedora Back-end**",
        "* 2019 - 2022",
        "> Manutenção de sistemas em PHP.",
        "",
        "**Prefeitura de Campinas**",
        "* **Analista de sistemas**",
        "* 2016 - 2019",
        "",
        "### Formação",
        "",
        "**Universidade Estadual de Londrina**",
        "* **Bacharel em Ciência da Computação**",
        "* Mar/2012 - Dez/2015",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Oficina Digital", "Desenvolvedora Back-end", "2019", "2022"],
      ["Prefeitura de Campinas", "Analista de sistemas", "2016", "2019"],
    ]);
    expect(schools(r)).toEqual([["Universidade Estadual de Londrina", "Ciência da Computação", "Bacharel", "2012-03", "2015-12"]]);
  });

  it("reads a labelled line of dates under an employer without taking its label for the job title", async () => {
    const r = await readResume(
      ["# 佐藤 花子", "", "## 職務経歴", "", "### 株式会社ミドリ商事", "", "時期: 2020/04 - 現在", "", "従業員数: 約300名", "", "- 受発注システムの保守", "", "### Lindner Maschinenbau GmbH", "", "Zeitraum: 03/2016 - 02/2020", "", "- Konstruktion"].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["株式会社ミドリ商事", undefined, "2020-04", undefined],
      ["Lindner Maschinenbau GmbH", undefined, "2016-03", "2020-02"],
    ]);
  });
});

describe("section titles and labels of other languages", () => {
  it("reads a Korean career summary as the summary, a Spanish technical stack and a Portuguese list of technologies as skills, and a Russian location label", async () => {
    const r = await readResume(
      [
        "# 김하늘",
        "",
        "## 경력 요약",
        "",
        "5년차 백엔드 개발자로서 결제 시스템을 설계했습니다.",
        "",
        "## Stack técnico",
        "",
        "- **Backend**: Go · PostgreSQL",
        "",
        "## Tecnologias em destaque ##",
        "* Kotlin",
        "",
        "## Контакты",
        "",
        "**Локация:** Казань, Россия",
      ].join("\n"),
    );
    expect(r.basics?.summary).toBe("5년차 백엔드 개발자로서 결제 시스템을 설계했습니다.");
    expect(r.work ?? []).toEqual([]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Backend", "Kotlin"]);
    expect(r.basics?.location?.city).toBe("Казань");
  });
});

describe("sections of tools in other languages", () => {
  it("reads a Polish, a Turkish, a Czech and an English section named for tools as skills ('Narzędzia i platformy', 'Araçlar', 'Počítačové znalosti', 'Developer Tools')", async () => {
    const r = await readResume(
      [
        "# Ola Nowak",
        "",
        "## Doświadczenie",
        "",
        "### Programistka | Fabryka Kodu",
        "**01.2020 – obecnie**",
        "",
        "## Narzędzia i platformy",
        "",
        "- **Systemy budowania**: CMake, Meson",
        "",
        "## Araçlar",
        "",
        "- Frontend: Vue, Svelte",
        "",
        "## Počítačové znalosti",
        "",
        "- Grafický software - Gimp, Inkscape",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => w.name)).toEqual(["Fabryka Kodu"]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Systemy budowania", "Frontend", "Grafický software"]);
    const tools = await readResume("# Ann Lee\n\n## Experience\n\n### Developer | Acme\n**2020 – now**\n\n## Developer Tools\n\n- Editors: Vim, Emacs\n");
    expect((tools.skills ?? []).map((s) => s.name)).toEqual(["Editors"]);
  });
});

describe("feminine job titles and company forms written before the name", () => {
  it("reads Polish, Czech, Romanian and Ukrainian feminine titles as roles and 'ТОВ «…»' as a company, whichever comes first", async () => {
    const r = await readResume(
      [
        "# Ola Nowak",
        "",
        "## Experience",
        "",
        "### Fabryka Kodu, Analityczka danych",
        "2021 – 2023",
        "",
        "### Vývojářka, Pražská Data",
        "2019 – 2021",
        "",
        "### Codru Soft, Programatoare",
        "2017 – 2019",
        "",
        "### ТОВ «Світанок», Розробниця",
        "2015 – 2017",
        "",
        "### Brandkåren Syd, Brandinspektör/utbildare",
        "2013 – 2015",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.position])).toEqual([
      ["Fabryka Kodu", "Analityczka danych"],
      ["Pražská Data", "Vývojářka"],
      ["Codru Soft", "Programatoare"],
      ["ТОВ «Світанок»", "Розробниця"],
      ["Brandkåren Syd", "Brandinspektör/utbildare"],
    ]);
  });
});

describe("a role's heading over a smaller heading that names its employer", () => {
  it("reads the employer from the sub-heading and the dates under it or under the employer's web address ('## Інженер' / '### ТОВ «…»')", async () => {
    const r = await readResume(
      [
        "# Олена Ковальчук",
        "",
        "# Досвід роботи",
        "",
        "## Інженерка-програмістка",
        "",
        "### ТОВ «Світанок Софт»",
        "*лютий 2022 р. - по теперішній час*",
        "",
        "- розробила застосунок",
        "",
        "## Software Engineer",
        "",
        "### Borealis Labs",
        "",
        "[https://borealis.example](https://borealis.example)",
        "",
        "*Oct 2019 – Feb 2022*",
        "",
        "- built the billing service",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["ТОВ «Світанок Софт»", "Інженерка-програмістка", "2022-02", undefined],
      ["Borealis Labs", "Software Engineer", "2019-10", "2022-02"],
    ]);
  });
});

describe("what a header says after a semicolon, and an end only about right", () => {
  it("leaves a clause in lower case after a semicolon out of the employer ('2012-06 — 2012-12: Netstream, php разработчик; разрабатывал …')", async () => {
    const r = await readResume("# Илья Лозин\n\n## Опыт\n - 2012-06 &mdash; 2012-12: Ладога Медиа, php разработчик; разрабатывал и поддерживал онлайн видео сервис\n   - рефакторинг\n");
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([["Ладога Медиа", "php разработчик", "2012-06", "2012-12"]]);
  });

  it("keeps the clauses after a semicolon, in their order, in the job's text, and a header that tells a sentence before them as it was", async () => {
    const r = await readResume(
      "# Léa Martin\n\n## Expérience\n\n* **2012/2014 :** Développeuse chez Ladoga Media, php; écrit le lecteur vidéo du site; maintenu le service de paiement\n* **2014/2017 :** Ingénieure chez Brume Télécom. Développement de la box Brume : debug matériel; conception du firmware du microcontrôleur; portage de la partie VoIP.\n",
    );
    const summaries = (r.work ?? []).map((w) => [w.summary, w.description].filter(Boolean).join("\n"));
    expect(summaries[0]).toContain("écrit le lecteur vidéo du site; maintenu le service de paiement");
    expect(summaries[1]!.indexOf("debug matériel")).toBeLessThan(summaries[1]!.indexOf("conception du firmware"));
  });

  it("reads 'ca 2016' and 'circa 2018' after a range's dash as the end year, and 'CA 2016' after a town as no such word", () => {
    expect(["Maj 2011 — ca 2016", "2015 – circa 2018", "Sunnyvale, CA 2016 - 2018"].map((t) => findDates(t).map((d) => [d.start, d.end]))).toEqual([
      [["2011-05", "2016"]],
      [["2015", "2018"]],
      [["2016", "2018"]],
    ]);
  });
});

describe("dates among CJK counts and spaced dashes", () => {
  it("reads a range left open after a double dash as going on, and a number counted in 万 or 名 as no year", async () => {
    const r = await readResume(
      [
        "# 陈静",
        "",
        "## 工作经历",
        "",
        "### <span>星河科技, 后端研发</span> <span>2024/03 -- </span>",
        "",
        "- 负责订单服务",
        "",
        "## 项目经历",
        "",
        "### 会员积分系统（日活 50万+，用户总量3000万）",
        "",
        "- 设计积分结算流程",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["星河科技", "后端研发", "2024-03", undefined]]);
    expect((r.projects ?? []).map((p) => [p.name, p.startDate, p.endDate])).toEqual([["会员积分系统", undefined, undefined]]);
    expect(r.projects?.[0]?.description).toContain("用户总量3000万");
  });

  it("reads a header set wholly in bold with its year between spaced dashes, and says nothing of a broken range", async () => {
    const { resume, diagnostics } = await extractSource({
      path: "cv.md",
      text: ["# Олег Петров", "", "## Образование", "", "**Data Engineering (в процессе), Nordwind Academy — 2024 — Рига, Латвия**  ", "- Модуль: потоки данных"].join("\n"),
      format: "markdown",
      formatReason: "test",
    });
    expect(schools(resume)).toEqual([["Nordwind Academy", "Data Engineering (в процессе)", undefined, undefined, "2024"]]);
    expect(resume.education?.[0]?.location).toBe("Рига, Латвия");
    expect(diagnostics.filter((d) => d.ruleId === "unreadable-date")).toEqual([]);
  });
});

describe("CJK headers set apart by single spaces", () => {
  it("reads a Chinese or Japanese employer and title set apart by one space", async () => {
    const r = await readResume(["张伟", "zhangwei@example.com", "", "工作经历：", "2021.07 - 至今 字节跳动 前端工程师", "- 负责广告投放平台", "", "2018.07 - 2021.06 华为 测试工程师", "", "職務経歴", "2015年4月 - 2018年6月 株式会社アオバ システムエンジニア"].join("\n"), "text");
    expect(jobs(r)).toEqual([
      ["字节跳动", "前端工程师", "2021-07", undefined],
      ["华为", "测试工程师", "2018-07", "2021-06"],
      ["株式会社アオバ", "システムエンジニア", "2015-04", "2018-06"],
    ]);
  });
});

describe("entries written as paragraphs of bold lines", () => {
  it("reads each paragraph of lines set wholly in bold as one entry, not one entry a line", async () => {
    const r = await readResume(
      [
        "# Giulia Ferri",
        "",
        "## Formazione",
        "",
        "**Laurea Magistrale in Ingegneria Gestionale**  ",
        "**Politecnico di Torino**  ",
        "**2016 – 2018**",
        "",
        "Tesi sulla logistica dei magazzini.",
        "",
        "**Laurea Triennale in Economia**  ",
        "**Università di Pavia**  ",
        "**2013 – 2016**",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Politecnico di Torino", "Ingegneria Gestionale", "Laurea Magistrale", "2016", "2018"],
      ["Università di Pavia", "Economia", "Laurea Triennale", "2013", "2016"],
    ]);
  });
});

describe("names and tables as CJK CVs write them", () => {
  it("reads a title naming the person with the other script's spelling in brackets as the name", async () => {
    for (const title of ["박서연 (Seoyeon Park)", "王磊（Wang Lei）", "Seoyeon Park (박서연)"]) {
      const r = await readResume(`# ${title}\n\nBackend engineer.\n\n## 경력\n\n- 2020 - 2022 Acme, Engineer\n`);
      expect(r.basics?.name?.replace(/\s/g, "")).toBe(title.replace(/[（）]/g, (c) => (c === "（" ? "(" : ")")).replace(/\s/g, ""));
    }
  });

  it("reads a table's cells by the fields its header names, where the words of a cell mislead", async () => {
    const r = await readResume(
      [
        "# 최지우",
        "",
        "## 경력",
        "",
        "| 기간 | 회사 | 역할 | 핵심 내용 |",
        "|------|------|------|-----------|",
        "| 2023.3–현재 | 한국데이터연구원 | Data Engineer | 수집 파이프라인 설계·운영 |",
        "| 2020.1–2023.2 | 누리소프트 | Backend Developer | 결제 API 개발 |",
        "",
        "## Berufserfahrung",
        "",
        "| Zeitraum | Position | Unternehmen / Projekt |",
        "| --- | --- | --- |",
        "| Mai 2019 – Juni 2021 | Entwickler | Nordlicht Systeme / Kasse |",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["한국데이터연구원", "Data Engineer", "2023-03", undefined],
      ["누리소프트", "Backend Developer", "2020-01", "2023-02"],
      ["Nordlicht Systeme / Kasse", "Entwickler", "2019-05", "2021-06"],
    ]);
  });
});

describe("German degrees written as one compound word", () => {
  it("reads 'Bachelorstudium', 'Masterstudiengang' and 'Diplomstudiengang' as degrees beside their school", async () => {
    const r = await readResume(
      ["# Lena Vogt", "", "## Ausbildung", "", "### Masterstudiengang Medieninformatik, Hochschule Darmstadt", "", "*2015 - 2017*", "", "### Diplomstudiengang, Technische Universität Chemnitz", "", "*2009 - 2015, Chemnitz*"].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Hochschule Darmstadt", "Medieninformatik", "Masterstudiengang", "2015", "2017"],
      ["Technische Universität Chemnitz", undefined, "Diplomstudiengang", "2009", "2015"],
    ]);
  });
});

describe("job titles and employers in Dutch, Italian and French headers", () => {
  it("reads titles the vocabulary lacked, freelance work said with a title beside its client, and a description after a dash", async () => {
    const r = await readResume(
      [
        "# Daan Bakker",
        "",
        "## Werkervaring",
        "",
        "- Greenwheels — Online Marketeer (mrt 2021–heden)",
        "- Brightlane — Freelance Marketeer (jan 2019–feb 2021)",
        "- Koffiebar Noord — Barista (2017–2018)",
        "",
        "## Esperienza",
        "",
        "### Cuoco",
        "**Trattoria Da Mario**  ",
        "**2015 – 2018**",
        "",
        "## Expérience",
        "",
        "- Atelier Nova — Conseiller clientèle (mars 2019–présent)",
        "- Boulangerie Marceau — Vendeuse (2017–2018)",
        "",
        "## Werkervaring",
        "",
        "### Front-end developer",
        "PIXL - a Shopify agency  ",
        "Okt. 2016 - dec. 2016  ",
        "Delft",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Greenwheels", "Online Marketeer", "2021-03", undefined],
      ["Brightlane", "Freelance Marketeer", "2019-01", "2021-02"],
      ["Koffiebar Noord", "Barista", "2017", "2018"],
      ["Trattoria Da Mario", "Cuoco", "2015", "2018"],
      ["Atelier Nova", "Conseiller clientèle", "2019-03", undefined],
      ["Boulangerie Marceau", "Vendeuse", "2017", "2018"],
      ["PIXL - a Shopify agency", "Front-end developer", "2016-10", "2016-12"],
    ]);
  });
});

describe("Japanese entries set apart by the ideographic comma", () => {
  it("reads a bold span of years or a degree's year, a title and its employer after '、', and a graduation said in the date's brackets", async () => {
    const r = await readResume(
      [
        "# 中村 陽子",
        "",
        "## 現職",
        "",
        "- **2022–** 特任研究員、北海道大学 理学研究院",
        "",
        "## 職歴",
        "",
        "- **2019–2022** 博士研究員、マックス・プランク研究所（ドイツ）",
        "- 2014年4月～2016年3月　東北大学病院　初期研修医",
        "",
        "## 学歴",
        "",
        "- **博士（2019）**、大阪大学 理学研究科",
        "- 名古屋大学 物理学科（2014 年 3 月卒業）",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["北海道大学 理学研究院", "特任研究員", "2022", undefined],
      ["マックス・プランク研究所", "博士研究員", "2019", "2022"],
      ["東北大学病院", "初期研修医", "2014-04", "2016-03"],
    ]);
    expect(r.work?.[1]?.location).toBe("ドイツ");
    expect(schools(r)).toEqual([
      ["大阪大学", "理学研究科", "博士", undefined, "2019"],
      ["名古屋大学", "物理学科", undefined, undefined, "2014-03"],
    ]);
  });
});

describe("spoken languages with their level set beside them", () => {
  it("reads a language's name, then its level with no separator, as the two (a card's two cells, a plain line)", async () => {
    const r = await readResume(
      ["# Camille Roux", "", "## Langues", "", "<div><strong>Français</strong> <span>Langue maternelle</span></div>", "<div><strong>Espagnol</strong> <span>Courant (C1)</span></div>", "", "## Sprachen", "", "Deutsch Muttersprache", "", "Englisch fließend"].join("\n"),
    );
    expect((r.languages ?? []).map((l) => [l.language, l.fluency])).toEqual([
      ["Français", "Langue maternelle"],
      ["Espagnol", "Courant (C1)"],
      ["Deutsch", "Muttersprache"],
      ["Englisch", "fließend"],
    ]);
  });
});

describe("CJK headers set apart by the full-width bar, and fields labelled in lower case", () => {
  it("reads an employer and its team on either side of '｜', and labelled lines under it as the job's fields, their labels no phrase of it", async () => {
    const r = await readResume(
      [
        "# 林晓",
        "",
        "## 实习经历",
        "",
        "### 蓝鲸数据｜增长组",
        "role: 数据分析实习生",
        "date: 2024.07–2024.09",
        "location: 杭州",
        "",
        "- 搭建指标看板",
        "",
        "## 项目经历",
        "",
        "### Lumen Notes｜离线优先的笔记应用",
        "",
        "- 设计同步协议",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["蓝鲸数据", "数据分析实习生", "2024-07", "2024-09"]]);
    expect(r.work?.[0]?.location).toBe("杭州");
    expect(r.work?.[0]?.description).toBe("增长组");
    expect((r.projects ?? []).map((p) => [p.name, p.description])).toEqual([["Lumen Notes", "离线优先的笔记应用"]]);
  });
});

describe("Spanish and French headers with mixed dashes", () => {
  it("cuts a role from the company whose form says so, beside the company's division ('Analista - Grupo Sur S. A. – División Seguros')", async () => {
    const r = await readResume(
      [
        "# Lucía Méndez",
        "",
        "## Experiencia Profesional",
        "",
        "### Desarrolladora Senior - Tecnova S. A. – División de Seguros",
        "Abril 2024 – Presente",
        "",
        "- Desarrollo de servicios",
        "",
        "### Analista Desarrolladora - Soluciones Andinas S.A.",
        "Enero 2020 – Marzo 2024",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Tecnova S. A.", "Desarrolladora Senior", "2024-04", undefined],
      ["Soluciones Andinas S.A.", "Analista Desarrolladora", "2020-01", "2024-03"],
    ]);
  });

  it("reads a degree and its school apart at a hyphen, under a bold line of dates, place and honours", async () => {
    const r = await readResume(
      ["# Inès Garnier", "", "## Formation", "", "### Master Management de l'Innovation - Université de Lille", "**2019 - 2021 | France | Mention** : Bien", "", "### Licence Économie - Université de Rennes", "**2016 - 2019 | France | Mention** : Assez bien"].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Université de Lille", "Management de l'Innovation", "Master", "2019", "2021"],
      ["Université de Rennes", "Économie", "Licence", "2016", "2019"],
    ]);
  });
});

describe("a field of study labelled under its school", () => {
  it("reads '전공:' in a bullet under the school, and 'Specjalizacja:' on a line under it, as the field", async () => {
    const r = await readResume(
      [
        "# 이도윤",
        "",
        "## 학력",
        "",
        "- 한양대학교",
        "\t- 전공: 기계공학과",
        "\t- 기간: 2016.03 ~ 2022.02",
        "\t- 구분: 졸업",
        "",
        "## Wykształcenie",
        "",
        "09.2018 - 06.2022",
        "Politechnika Gdańska",
        "",
        "Specjalizacja: Automatyka i robotyka",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["한양대학교", "기계공학과", undefined, "2016-03", "2022-02"],
      ["Politechnika Gdańska", "Automatyka i robotyka", undefined, "2018-09", "2022-06"],
    ]);
  });
});

describe("a role word in brackets after a name", () => {
  it("reads 'Brand (Retail Expert) – Company S.p.A.' under a heading that holds the title as the employer's line, not a title", async () => {
    const r = await readResume(
      [
        "# Marco Sala",
        "",
        "## Esperienza professionale",
        "",
        "### Software Specialist",
        "**Velatech (Retail Expert) – Alpi Sistemi S.p.A.**  ",
        "**Gennaio 2021 – Oggi**",
        "",
        "### Junior Developer",
        "**Studio Brera S.r.l.**  ",
        "**Marzo 2019 – Dicembre 2020**",
      ].join("\n"),
    );
    expect(jobs(r).map(([name, position]) => [name, position])).toEqual([
      ["Alpi Sistemi S.p.A.", "Software Specialist"],
      ["Studio Brera S.r.l.", "Junior Developer"],
    ]);
  });
});

describe("a section of sundries whose lines label lists", () => {
  it("gives each labelled line to the section its label names, in any language", async () => {
    const r = await readResume(
      [
        "# Nora Brandt",
        "",
        "## Sonstiges",
        "",
        "- Sprachen: Deutsch (Muttersprache), Englisch (C1)",
        "- Hobbys: Klettern, Lesen",
        "",
        "## 其他",
        "",
        "- 兴趣爱好：唱歌、游泳、骑行",
      ].join("\n"),
    );
    expect((r.languages ?? []).map((l) => [l.language, l.fluency])).toEqual([
      ["Deutsch", "Muttersprache"],
      ["Englisch", "C1"],
    ]);
    expect((r.interests ?? []).map((i) => i.name)).toEqual(["Klettern", "Lesen", "唱歌", "游泳", "骑行"]);
    expect((r.sections ?? []).flatMap((s) => s.items.map((i) => i.title ?? i.summary))).toEqual([]);
  });
});

describe("French degrees counted by their year of study", () => {
  it("keeps the year with the degree and reads the field after it ('Master 2 MIAGE', 'Licence 3 Informatique')", async () => {
    const r = await readResume(
      [
        "# Camille Durand",
        "",
        "## Formation",
        "",
        "- **2023 – 2025** : Master 2 MIAGE, Université Lyon 1",
        "- **2022 – 2023** : Licence 3 Informatique, Université Claude Bernard Lyon 1",
        "- **2019 – 2021** : DUT Informatique, IUT Lyon 1",
      ].join("\n"),
    );
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([
      ["Université Lyon 1", "Master 2", "MIAGE", "2023", "2025"],
      ["Université Claude Bernard Lyon 1", "Licence 3", "Informatique", "2022", "2023"],
      ["IUT Lyon 1", "DUT", "Informatique", "2019", "2021"],
    ]);
  });
});

describe("a company's legal form written as one enclosed CJK character", () => {
  it("keeps '㈜' with the employer's name and weighs it as a company's, where a client is named after the dates", async () => {
    const r = await readResume(
      [
        "# 박서연",
        "",
        "## 경력사항",
        "",
        "### ㈜한빛데이터 | 백엔드 엔지니어",
        "2022.04 ~ 2024.01 (1년 10개월) | 물류 플랫폼 구축",
        "",
        "- 주문 API 설계",
        "",
        "### ㈜누리소프트 | 클라우드 엔지니어",
        "2020.02 ~ 2022.03 (2년 2개월) | 보험사 차세대 시스템",
        "",
        "- 인프라 자동화",
        "",
        "### ㈜바다정보통신 | 시스템 엔지니어",
        "2018.01 ~ 2020.01 (2년) | 서울대학교 학사 시스템",
        "",
        "- 서버 운영",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["㈜한빛데이터", "백엔드 엔지니어", "2022-04", "2024-01"],
      ["㈜누리소프트", "클라우드 엔지니어", "2020-02", "2022-03"],
      ["㈜바다정보통신", "시스템 엔지니어", "2018-01", "2020-01"],
    ]);
  });
});

describe("roles, schools and section titles of the Nordic, Finnish, Hungarian and Romanian languages", () => {
  it("reads job titles written as compounds, schools by their words, and a Scandinavian field after 'i'", async () => {
    const r = await readResume(
      [
        "# Ingrid Solberg",
        "",
        "## Arbeidserfaring",
        "",
        "**Lagermedarbeider, Bring Logistikk (2021–2024)**",
        "Plukk og pakking i skift.",
        "",
        "**Butikkbetjent, Rema 1000 (2018–2021)**",
        "Kasse og varepåfylling.",
        "",
        "## Utdanning",
        "",
        "**Bachelor i økonomi og ledelse, Høgskolen i Innlandet (2015–2018)**",
        "",
        "## Koulutus",
        "",
        "### Tradenomi 2012 - 2015",
        "**Tampereen ammattikorkeakoulu**",
        "",
        "## Végzettség",
        "",
        "- Közgazdász BSc – Budapesti Corvinus Egyetem, 2008–2012",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Bring Logistikk", "Lagermedarbeider", "2021", "2024"],
      ["Rema 1000", "Butikkbetjent", "2018", "2021"],
    ]);
    expect(schools(r)).toEqual([
      ["Høgskolen i Innlandet", "økonomi og ledelse", "Bachelor", "2015", "2018"],
      ["Tampereen ammattikorkeakoulu", undefined, "Tradenomi", "2012", "2015"],
      ["Budapesti Corvinus Egyetem", "Közgazdász", "BSc", "2008", "2012"],
    ]);
  });

  it("knows 'Formare' and 'Profil profesional', 'Eszközök' and 'Teknologi' as titles, and Swedish terms as the dates of a study", async () => {
    const r = await readResume(
      [
        "## Profil profesional",
        "",
        "Inginer cu zece ani de experiență în rețele.",
        "",
        "## Formare",
        "",
        "- **Inginerie Electrică** | Universitatea Politehnica Timișoara | 2010 – 2014",
        "",
        "## Eszközök",
        "",
        "- Python, Excel, Power BI",
        "",
        "## Teknologi",
        "",
        "**Nettverk:** pfSense, VLAN, WireGuard",
        "",
        "## Utbildning",
        "",
        "Umeå universitet",
        "HT 2019 – VT 2022",
      ].join("\n"),
    );
    expect(r.basics?.name).toBeUndefined();
    expect(r.basics?.summary).toBe("Inginer cu zece ani de experiență în rețele.");
    expect(schools(r).map(([school, , , start, end]) => [school, start, end])).toEqual([
      ["Universitatea Politehnica Timișoara", "2010", "2014"],
      ["Umeå universitet", "2019", "2022"],
    ]);
    expect((r.skills ?? []).map((s) => [s.name, s.keywords])).toEqual([
      ["Python", undefined],
      ["Excel", undefined],
      ["Power BI", undefined],
      ["Nettverk", ["pfSense", "VLAN", "WireGuard"]],
    ]);
  });
});

describe("a field of study before its school after a spaced hyphen", () => {
  it("reads 'Field - School' as the field and the school, but keeps a school's campus after its hyphen as its name", async () => {
    const r = await readResume(
      [
        "# Elin Berg",
        "",
        "## Utbildning",
        "",
        "Systemvetenskap - Umeå universitet",
        "HT 2019 – VT 2022",
        "",
        "## Education",
        "",
        "Data Engineering - Northfield Academy",
        "2017 – 2019",
        "",
        "University of Colorado - Boulder",
        "2013 – 2017",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Umeå universitet", "Systemvetenskap", undefined, "2019", "2022"],
      ["Northfield Academy", "Data Engineering", undefined, "2017", "2019"],
      ["University of Colorado - Boulder", undefined, undefined, "2013", "2017"],
    ]);
  });
});

describe("CJK headers set apart by the full-width comma", () => {
  it("reads 'Role，Employer' and 'Degree，School' after a bold date, with no space after the comma", async () => {
    const r = await readResume(
      [
        "## 陈思远",
        "",
        "## 工作经历",
        "",
        "- **2022 年 3 月至今：** 算法工程师，星河数据科技",
        "  - 负责推荐系统的召回与排序模型。",
        "- **2020 年 7 月至 2022 年 2 月：** 研究实习生，东方智能研究院",
        "",
        "## 教育经历",
        "",
        "- **2016–2020：** 软件工程学士，浙江大学",
        "  - 曾赴南京大学交流学习",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["星河数据科技", "算法工程师", "2022-03", undefined],
      ["东方智能研究院", "研究实习生", "2020-07", "2022-02"],
    ]);
    expect(schools(r)).toEqual([["浙江大学", "软件工程", "学士", "2016", "2020"]]);
  });
});

describe("a section title after a section's jobs, at their headings' level", () => {
  it("opens a section of its own where it follows the jobs ('### Projeler' after '## Tecrübe', '### 기술 스택' after '## 경력')", async () => {
    const r = await readResume(
      [
        "# Deniz Aksoy",
        "",
        "## Tecrübe",
        "",
        "### (2019 - 2023) Backend Developer, Kuzey Yazılım A.Ş.",
        "",
        "- Ödeme servisleri",
        "",
        "### Projeler",
        "",
        "* [Kargo Takip](https://github.com/example/kargo) (Go ile kargo takip aracı)",
        "* Hava Durumu Botu (Telegram botu)",
        "",
        "## 경력",
        "",
        "### ㈜한빛데이터 *(2020.03 ~ 2023.02)*",
        "",
        "- 결제 API 개발",
        "",
        "### 기술 스택",
        "",
        "- Kotlin, Spring Boot, MySQL",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Kuzey Yazılım A.Ş.", "Backend Developer", "2019", "2023"],
      ["㈜한빛데이터", undefined, "2020-03", "2023-02"],
    ]);
    expect((r.projects ?? []).map((p) => p.name)).toEqual(["Kargo Takip", "Hava Durumu Botu"]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Kotlin", "Spring Boot", "MySQL"]);
  });
});

describe("section titles drawn both as Markdown headings and as bold capitals", () => {
  it("keeps deep Markdown headings of known sections as sections beside titles set in bold capitals, a Czech 'další' qualifying one", async () => {
    const r = await readResume(
      [
        "**Ing. Petra Horáková**",
        "",
        "email: petra.horakova@example.cz",
        "",
        "#### VZDĚLÁNÍ:",
        "",
        "- Vysoké učení technické v Brně, Fakulta stavební (2010 - 2015)",
        "",
        "#### DALŠÍ VZDĚLÁNÍ:",
        "",
        "- Kurz projektového řízení - Akademie Praha (2018)",
        "",
        "**PRACOVNÍ ZKUŠENOSTI:**",
        "",
        "- Stavební technik, Metrostav a.s. (2015 - 2020)",
        "",
        "**ZÁJMY:**",
        "",
        "- Turistika, Lyžování",
      ].join("\n"),
    );
    expect(schools(r).map(([school, , , start, end]) => [school, start, end])).toEqual([
      ["Vysoké učení technické v Brně, Fakulta stavební", "2010", "2015"],
      ["Akademie Praha", undefined, "2018"],
    ]);
    expect(jobs(r)).toEqual([["Metrostav a.s.", "Stavební technik", "2015", "2020"]]);
    expect((r.interests ?? []).map((i) => i.name)).toEqual(["Turistika", "Lyžování"]);
  });
});

describe("a CJK sentence as the only bullet under a job", () => {
  it("keeps a bullet that says what the job was as its text, not its title, and still takes a short title bullet", async () => {
    const r = await readResume(
      [
        "# 山本 花子",
        "",
        "## 職務経歴",
        "",
        "### 株式会社みなとシステム（2021年4月〜現在）",
        "",
        "- バックエンドエンジニアとして決済基盤の設計・開発・運用に従事",
        "",
        "### 株式会社さくら商店（2018年4月〜2021年3月）",
        "",
        "- アルバイトとしての勤務を評価され、正社員として物流部門に配属",
        "",
        "### 株式会社ひかりデータ（2016年4月〜2018年3月）",
        "",
        "- インフラエンジニア",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["株式会社みなとシステム", undefined, "2021-04", undefined],
      ["株式会社さくら商店", undefined, "2018-04", "2021-03"],
      ["株式会社ひかりデータ", "インフラエンジニア", "2016-04", "2018-03"],
    ]);
    expect(r.work?.[0]?.highlights).toEqual(["バックエンドエンジニアとして決済基盤の設計・開発・運用に従事"]);
  });
});

describe("language titles that end in the word for skills", () => {
  it("reads '語学スキル' and '외국어 능력' as spoken languages, not skills", async () => {
    const r = await readResume(["# 佐藤 健", "", "## 語学スキル", "", "- **日本語**: ネイティブ", "- **英語**: TOEIC 850", "", "## 외국어 능력", "", "- 중국어: HSK 5급"].join("\n"));
    expect((r.languages ?? []).map((l) => [l.language, l.fluency])).toEqual([
      ["日本語", "ネイティブ"],
      ["英語", "TOEIC 850"],
      ["중국어", "HSK 5급"],
    ]);
    expect(r.skills ?? []).toEqual([]);
  });
});

describe("a job title with no title word set at its employer", () => {
  it("reads 'Dev-Ops at Mobilus' after the dates as the title and the employer", async () => {
    const r = await readResume(
      [
        "# Emre Yıldız",
        "",
        "## Tecrübe",
        "",
        "### (2019 - 2022) SRE at Bulut Teknoloji",
        "Platform işleri.",
        "",
        "### (2016 - 2019) Dev-Ops at Mobilus",
        "Altyapı otomasyonu.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Bulut Teknoloji", "SRE", "2019", "2022"],
      ["Mobilus", "Dev-Ops", "2016", "2019"],
    ]);
  });
});

describe("what stands where a name would, and is no name", () => {
  it("reads neither a link to download the CV nor a front matter title that is a job title as the name", async () => {
    const r = await readResume(
      [
        "---",
        'title: "Cloud Solutions Architect"',
        "---",
        "",
        "**[Descarcă PDF](cv.pdf)** | **[Profil LinkedIn](https://www.linkedin.com/in/example-ro)**",
        "",
        "## Profil profesional",
        "",
        "Arhitect cloud cu zece ani de experiență.",
      ].join("\n"),
    );
    expect(r.basics?.name).toBeUndefined();
  });
});

describe("a span of years written with a slash", () => {
  it("reads '2003/2007' as a range and '2019/atual' as one still going, where '04/2017' stays a month", async () => {
    const r = await readResume(
      [
        "# Carla Mendes",
        "",
        "## Experiência",
        "",
        "### Analista de Sistemas - *Cooperativa Vale Verde*",
        "*04/2017 – 11/2019*",
        "",
        "## Formação Acadêmica",
        "",
        "- **Universidade Federal de Santa Catarina**, Bacharelado em Ciência da Computação, 2003/2007",
        "- **Instituto Federal do Paraná**, Técnico em Informática, 2019/atual",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Cooperativa Vale Verde", "Analista de Sistemas", "2017-04", "2019-11"]]);
    expect(schools(r).map(([school, , , start, end]) => [school, start, end])).toEqual([
      ["Universidade Federal de Santa Catarina", "2003", "2007"],
      ["Instituto Federal do Paraná", "2019", undefined],
    ]);
  });
});

describe("a place in a sub-heading of a section vitae does not know", () => {
  it("is the entry's place, not the owner's location", async () => {
    const r = await readResume(
      [
        "# Carla Mendes",
        "carla@example.com",
        "",
        "## Cursos",
        "",
        "### Primeiros Socorros - Cruz Vermelha - *Florianópolis, SC*",
        "*11/2017*",
        "",
        "### Liderança - SESI - *Joinville, SC*",
        "*05/2016*",
      ].join("\n"),
    );
    expect(r.basics?.location).toBeUndefined();
  });
});

describe("a labelled line of a job's details under its header", () => {
  it("names the department or the terms of employment, not the role", async () => {
    const r = await readResume(
      [
        "# 職務経歴書",
        "",
        "## 職務経歴",
        "",
        "### 株式会社みどり物産（2018年4月～現在）",
        "- 雇用形態：正社員",
        "- 社内システムの開発・運用を担当",
        "",
        "### 青空データ株式会社（2014年4月～2018年3月）",
        "- **部署**: 情報システム部：基幹システム担当",
        "- 受発注システムの保守",
        "",
        "## 경력",
        "",
        "### 주식회사 한빛소프트웨어 (2012.03 ~ 2014.02)",
        "- 부서: 플랫폼팀 백엔드 개발자",
        "- 결제 서버 개발",
      ].join("\n"),
    );
    expect(jobs(r).map(([name, position]) => [name, position])).toEqual([
      ["株式会社みどり物産", undefined],
      ["青空データ株式会社", undefined],
      ["주식회사 한빛소프트웨어", undefined],
    ]);
  });
});

describe("a project's name written after the label of its name", () => {
  it("is the name without the label, bracketed or not", async () => {
    const r = await readResume(
      [
        "# 김하늘",
        "",
        "## 주요 프로젝트",
        "",
        "#### **[프로젝트 이름]: 날씨 알림 챗봇 만들기**",
        "* **기간:** 2023.01 ~ 2023.03",
        "* **사용 기술:** Python, FastAPI",
        "",
        "#### 프로젝트명: 중고 거래 앱",
        "* **기간:** 2022.06 ~ 2022.08",
      ].join("\n"),
    );
    expect((r.projects ?? []).map((p) => p.name)).toEqual(["날씨 알림 챗봇 만들기", "중고 거래 앱"]);
  });
});

describe("a 경력기술서 that gives each employer a section of its own, its dates on the line under the title", () => {
  it("reads each section as a job, the dates from the line under it", async () => {
    const r = await readResume(
      [
        "# 경력기술서",
        "",
        "**백엔드 개발자 · 총 경력 6년**",
        "",
        "## 주식회사 푸른바다 · 서비스개발팀 · 백엔드 개발자",
        "",
        "**2021.03 ~ 2024.02 (3년)** ※ 사업 종료로 퇴사",
        "",
        "주문 서비스의 서버 개발을 담당했습니다.",
        "",
        "### 주문 시스템 재구축 (2022.01 ~ 2023.06)",
        "",
        "- 결제 모듈 분리",
        "",
        "## (주)한결솔루션 · 개발팀 · 대리",
        "",
        "**2018.01 ~ 2021.02 (3년 2개월)**",
        "",
        "- 사내 ERP 유지보수",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["주식회사 푸른바다", "백엔드 개발자", "2021-03", "2024-02"],
      ["(주)한결솔루션", "대리", "2018-01", "2021-02"],
    ]);
  });
});

describe("Polish, Russian, Italian and Spanish forms of dates, labels and places", () => {
  it("reads a month written as a Roman numeral before its year, as Polish CVs date jobs", async () => {
    const r = await readResume(
      [
        "# Anna Wiśniewska",
        "",
        "## Doświadczenie",
        "",
        "### Programistka",
        "Hutnik Systemy · X 2015 - VII 2016",
        "",
        "### Analityczka",
        "Wisła Dane · VII 2016 - obecnie",
        "",
        "### Stażystka",
        "Phase II 2014 Lab · 2014",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.startDate, w.endDate])).toEqual([
      ["2015-10", "2016-07"],
      ["2016-07", undefined],
      ["2014", "2014"],
    ]);
  });

  it("takes a greeting's capitalised degree or job title for what the person is, not their name", async () => {
    const r = await readResume(["## Acerca de mí", "", "Soy Licenciado en Economía con diez años en banca.", "", "## Experiencia", "", "**Analista @ Banco Norte (2016 - 2020)**"].join("\n"));
    expect(r.basics?.name).toBeUndefined();
  });

  it("reads a name under a two-part label, and a place whose country comes first or whose province is bracketed", async () => {
    const ru = await readResume(
      ["ЛИЧНАЯ ИНФОРМАЦИЯ", "", "Фамилия / Имя: Соколова Мария", "Место проживания: Россия, Казань", "E-mail: m.sokolova@example.ru", "", "ОПЫТ РАБОТЫ", "", "03.2018 - 05.2021", "ООО Вектор, Казань", "Должность: Тестировщик"].join("\n"),
      "text",
    );
    expect(ru.basics?.name).toBe("Соколова Мария");
    expect(ru.basics?.location).toMatchObject({ city: "Казань", countryCode: "RU" });
    const it = await readResume(["# Giulia Ferri", "", "- Email: giulia@example.it", "- Località: Castel Goffredo (MN), Italia", "", "## Esperienza", "", "### Sviluppatrice, Acme", "2019 – 2021"].join("\n"));
    expect(it.basics?.location).toMatchObject({ city: "Castel Goffredo", region: "MN", countryCode: "IT" });
  });
});

describe("Russian and Portuguese job headers", () => {
  it("reads a month pair with the word for year after it, a spaced н. в. as now, and the role in a smaller heading under the job", async () => {
    const r = await readResume(
      [
        "# Орлова Дарья",
        "",
        "## Опыт работы",
        "",
        '### • "Северный код" (февраль - август 2022 г.)',
        "",
        "###### Frontend разработчик",
        "",
        "- Вёрстка личного кабинета",
        "",
        "### • Школа программирования (сентябрь 2022 г. - н. в.)",
        "",
        "###### Наставник",
        "",
        "- Проверка домашних заданий",
        "",
        "## 職務経歴",
        "",
        "### 株式会社ミナト (2019年4月 〜 2021年3月)",
        "",
        "#### 担当業務",
        "",
        "- 社内システムの保守",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ['"Северный код"', "Frontend разработчик", "2022-02", "2022-08"],
      ["Школа программирования", "Наставник", "2022-09", undefined],
      ["株式会社ミナト", undefined, "2019-04", "2021-03"],
    ]);
  });

  it("keeps a role whose field follows the word for in, in lower case, whole rather than taking the field for the employer", async () => {
    const r = await readResume(["## Experiências", "", "### Laboratório Aurora, UFPE — *Bolsista em análise de dados educacionais*", "", "Desde março de 2019 a junho de 2020"].join("\n"));
    expect(jobs(r)).toEqual([["Laboratório Aurora, UFPE", "Bolsista em análise de dados educacionais", "2019-03", "2020-06"]]);
  });

  it("takes what an employer does, in brackets after its town, out of the employer's name", async () => {
    const r = await readResume(
      ["ОПЫТ РАБОТЫ", "", "09.2016 - 03.2020", "АО «Северсталь-инфоком», Череповец (www.example.ru, ИТ-интегратор)", "Должность: Инженер-программист", "", "04.2020 - 11.2023", "Lumen Labs, Berlin (a fintech start-up)", "Должность: Backend Developer"].join("\n"),
      "text",
    );
    expect(jobs(r)).toEqual([
      ["АО «Северсталь-инфоком»", "Инженер-программист", "2016-09", "2020-03"],
      ["Lumen Labs", "Backend Developer", "2020-04", "2023-11"],
    ]);
  });
});

describe("a job's place before its role", () => {
  it("takes a town and country written before the role on the line under a job for where it was", async () => {
    const r = await readResume(["### Work Experience:", "* KVANT, company (2011 - 2015 March)", "", "  Odesa, Ukraine, Lead Software Developer"].join("\n"));
    expect(jobs(r)).toEqual([["KVANT, company", "Lead Software Developer", "2011", "2015-03"]]);
    expect(r.work?.[0]?.location).toBe("Odesa, Ukraine");
  });
});

describe("identifiers and handles beside the phone number", () => {
  it("takes digits alone under a label that names no phone for an identifier, and a WeChat ID label for the network", async () => {
    const r = await readResume(
      ["# Sari Wulandari", "", "## Identitas Pribadi", "", "| | |", "|---|---|", "| **NIM** | 20231144 |", "| **Telepon** | +62 813-2222-0101 |", "| **Email** | sari@example.id |", "", "- 微信号：sariwu_88"].join("\n"),
    );
    expect(r.basics?.phone).toBe("+62 813-2222-0101");
    expect(r.basics?.profiles).toEqual([expect.objectContaining({ network: "WeChat", username: "sariwu_88" })]);
  });

  it("reads a phone number tagged with the messengers it also reaches", async () => {
    const r = await readResume(["# Oleg Marchenko", "", "* Mobile: +380 67 123 45 67 (+Viber, Telegram)", "* E-mail: oleg@example.ua"].join("\n"));
    expect(r.basics?.phone).toBe("+380 67 123 45 67");
  });
});

describe("Italian and French degree names and fields", () => {
  it("reads Italian post-graduate degrees and a field linked by an elided article", async () => {
    const r = await readResume(
      [
        "## Istruzione e Formazione",
        "",
        "### **Politecnico di Torino**, Master di II livello in Sicurezza dell'Informazione",
        "",
        "2012 – 2013",
        "",
        "### **Università di Padova**, Laurea in Scienze dell'Educazione",
        "",
        "2006 – 2011",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Politecnico di Torino", "Sicurezza dell'Informazione", "Master di II livello", "2012", "2013"],
      ["Università di Padova", "Scienze dell'Educazione", "Laurea", "2006", "2011"],
    ]);
  });
});

describe("headings numbered in the CV's outline", () => {
  it("reads '5-1.', '2.1' and '3.' before a heading as its number, not part of the employer or the group", async () => {
    const r = await readResume(
      [
        "# 森田 花子",
        "",
        "## 4. 職歴詳細",
        "",
        "### 4-1. 若葉システム株式会社(2018年4月〜2021年3月)",
        "",
        "- 開発",
        "",
        "### 4.2 株式会社青葉工房(2015年4月〜2018年3月)",
        "",
        "- 保守",
        "",
        "## 5. スキル",
        "",
        "### 5-1. プログラミング言語",
        "",
        "Go、Rust",
        "",
        "## Experience",
        "",
        "### 3. Lindqvist Tools (2012 - 2015)",
        "",
        "### 12 Monkeys Games (2010 - 2012)",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["若葉システム株式会社", undefined, "2018-04", "2021-03"],
      ["株式会社青葉工房", undefined, "2015-04", "2018-03"],
      ["Lindqvist Tools", undefined, "2012", "2015"],
      ["12 Monkeys Games", undefined, "2010", "2012"],
    ]);
    expect(r.skills?.map((s) => s.name)).toEqual(["プログラミング言語"]);
  });
});

describe("a range joined by three hyphens, and a name in a table's header row", () => {
  it("reads '2017/02/28---至今' as going on and '2016/07/02---2017/02/28' as a range of months", async () => {
    const r = await readResume(
      ["# 周明", "", "## 工作经历", "", "### 杭州云帆科技有限公司 (2017/02/28---至今)", "", "### 宁波海岳网络有限公司 (2016/07/02---2017/02/28)"].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["杭州云帆科技有限公司", undefined, "2017-02", undefined],
      ["宁波海岳网络有限公司", undefined, "2016-07", "2017-02"],
    ]);
  });

  it("takes the name from a table of labels and values whose header row is the name's", async () => {
    const r = await readResume(["# 職務経歴書", "", "| 氏名 | 森田 花子(もりた はなこ) |", "|---|---|", "| 連絡先 | hanako@example.jp |"].join("\n"));
    expect(r.basics?.name).toBe("森田 花子");
    expect(r.basics?.email).toBe("hanako@example.jp");
  });

  it("reads a name heading that ends in a word some titles abbreviate ('OSS') as the name", async () => {
    const r = await readResume(["# MARTA OSS", "**Backend Developer** | Padova", "", "## ESPERIENZA", "", "### Sviluppatrice", "**Nordlab S.r.l.**  ", "**2020 – 2023**"].join("\n"));
    expect(r.basics?.name).toBe("MARTA OSS");
  });
});

describe("a Chinese school's tier in brackets after its name", () => {
  it("reads neither '（985 · 保研）' nor '（双一流）' as the field, and cuts the header's middle dots outside brackets", async () => {
    const r = await readResume(
      [
        "# 周明",
        "",
        "## 教育背景",
        "",
        "**西南交通大学**（985 · 保研）| 交通运输 · 硕士 | 2016.09 – 2019.06",
        "",
        "**湘潭大学**（双一流） 材料科学 本科 2012.09 - 2016.06",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["西南交通大学", "交通运输", "硕士", "2016-09", "2019-06"],
      ["湘潭大学", "材料科学", "本科", "2012-09", "2016-06"],
    ]);
  });
});

describe("Romance fields that go on in lower case after 'de', and how a study ended after its dates", () => {
  it("reads 'Ciência da computação' and 'Ingeniería de software' whole, and '2013 - 2014 - interrompida' as the dates", async () => {
    const r = await readResume(
      [
        "# Bruno Tavares",
        "",
        "## Formação",
        "",
        "**Faculdade Serra Azul (GO)**",
        "* **Bacharel em Ciência da computação**",
        "* 2015 - 2019 (Concluído)",
        "",
        "**Instituto Vale Verde (GO)**",
        "* **Tecnólogo em Análise e Desenvolvimento de software**",
        "* 2012 - 2013 - interrompida",
        "",
        "**Universidad del Litoral Sur**",
        "* **Licenciatura en Ingeniería de software**",
        "* 2008 - 2012",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Faculdade Serra Azul (GO)", "Ciência da computação", "Bacharel", "2015", "2019"],
      ["Instituto Vale Verde (GO)", "Análise e Desenvolvimento de software", "Tecnólogo", "2012", "2013"],
      ["Universidad del Litoral Sur", "Ingeniería de software", "Licenciatura", "2008", "2012"],
    ]);
  });
});

describe("a German or Dutch school named after 'an der', 'bei der' or 'aan de'", () => {
  it("reads the school after the preposition and what was studied before it", async () => {
    const r = await readResume(
      [
        "# Jonas Feld",
        "",
        "## Ausbildung",
        "",
        "### Studium der Informatik an der Hochschule Lindau",
        "_2009 bis 2013_",
        "",
        "### Schulische Ausbildung an der Berufsfachschule Nordtal",
        "_2006 bis 2009_",
        "",
        "### Duale Ausbildung zum Industriekaufmann bei der Kerber Werke AG",
        "_2003 bis 2006_",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Hochschule Lindau", "Informatik", undefined, "2009", "2013"],
      ["Berufsfachschule Nordtal", undefined, "Schulische Ausbildung", "2006", "2009"],
      ["Kerber Werke AG", "Industriekaufmann", "Duale Ausbildung", "2003", "2006"],
    ]);
  });
});

describe("a French school named after 'à', 'à l’' or 'au'", () => {
  it("reads the school after the preposition and the field between the degree and it, in the rows of a PDF's date column", async () => {
    const r = await readResume(
      [
        "Camille Arnaud",
        "camille.arnaud@example.org",
        "",
        "Formations",
        "2019 - 2021\tMaster IASD (Intelligence, Données) à Université Paris Rive Gauche",
        "2016 - 2019\tLicence Informatique à l’Université de Brest",
        "2015 - 2016\tFormation à Python chez Orbite Conseil",
        "\f",
      ].join("\n"),
      "text",
    );
    expect(schools(r).slice(0, 2)).toEqual([
      ["Université Paris Rive Gauche", "IASD (Intelligence, Données)", "Master", "2019", "2021"],
      ["Université de Brest", "Informatique", "Licence", "2016", "2019"],
    ]);
    expect(schools(r)[2]?.[0]).not.toBe("Python chez Orbite Conseil");
  });

  it("reads a subject after 'à l’' as no school", async () => {
    const r = await readResume(["# Camille Arnaud", "", "## Formation", "", "- 2021 : Formation à l’Anglais des affaires, British Council"].join("\n"));
    expect(r.education?.[0]?.institution).not.toBe("Formation");
    const numbered = await readResume(["# Camille Arnaud", "", "## Formation", "", "- 2014 - 2015 : Licence 1 Mathématiques à l’Université de Valmont Lyon2"].join("\n"));
    expect(numbered.education?.[0]?.institution).toBe("Université de Valmont Lyon2");
  });
});

describe("a course named like a job beside who taught it", () => {
  it("reads the one that is no job title as the school and the course as the field, in bold lines or a table's row", async () => {
    const r = await readResume(
      [
        "# Marta Ricci",
        "",
        "## FORMAZIONE",
        "",
        "**Laurea Triennale in Informatica**  ",
        "**Università di Ferrara**  ",
        "**2019**",
        "",
        "**Front End Developer**  ",
        "**Codelab Aurora**  ",
        "**2021**",
        "",
        "## Ausbildung",
        "",
        "| Zeitraum | Ausbildung | Ort |",
        "| --- | --- | --- |",
        "| August 2010 – Juni 2013 | Fachinformatiker Systemintegration | Rechenzentrum Lindenau |",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["Università di Ferrara", "Informatica", "Laurea Triennale", undefined, "2019"],
      ["Codelab Aurora", "Front End Developer", undefined, undefined, "2021"],
      ["Rechenzentrum Lindenau", "Fachinformatiker Systemintegration", undefined, "2010-08", "2013-06"],
    ]);
  });
});

describe("a graduation said in the brackets of its year", () => {
  it("reads '(Lulus 2020)' and '(graduated 2015)' as the year the study ended, not part of the field", async () => {
    const r = await readResume(
      ["# Rina Wulandari", "", "## PENDIDIKAN", "- **SMKN 3 Kendari** | Teknik Komputer dan Jaringan (Lulus 2020)", "- **Northfield College** | Applied Physics (graduated 2015)"].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["SMKN 3 Kendari", "Teknik Komputer dan Jaringan", undefined, undefined, "2020"],
      ["Northfield College", "Applied Physics", undefined, undefined, "2015"],
    ]);
  });
});

describe("an employer set in bold with its town and region after it", () => {
  it("cuts the town and a region named in its own language ('Zuid-Holland', 'Lombardia') off the employer", async () => {
    const r = await readResume(
      [
        "# Sanne de Wit",
        "",
        "### Werkervaring",
        "",
        "**Bakkerij Verhoef Delft, Zuid-Holland**  ",
        "Verkoopmedewerker  ",
        "sep 2016 - aug 2018  ",
        "",
        "**Officina Rossi Bergamo, Lombardia**  ",
        "Magazziniere  ",
        "set 2018 - giu 2019  ",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Bakkerij Verhoef", "Verkoopmedewerker", "2016-09", "2018-08"],
      ["Officina Rossi", "Magazziniere", "2018-09", "2019-06"],
    ]);
  });
});

describe("jobs numbered inside their bold header line", () => {
  it("reads '**1. Role - Employer (dates)**' without the number in the role", async () => {
    const r = await readResume(
      [
        "# Dewi Lestari",
        "",
        "## PENGALAMAN KERJA",
        "**1. Staf Administrasi - Koperasi Sejahtera Makmur (2021 – Sekarang)**",
        "- Mengelola arsip.",
        "",
        "**2. Asisten Guru - Sekolah Dasar Tunas Bangsa (2018 – 2021)**",
        "- Membantu kegiatan belajar.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Koperasi Sejahtera Makmur", "Staf Administrasi", "2021", undefined],
      ["Sekolah Dasar Tunas Bangsa", "Asisten Guru", "2018", "2021"],
    ]);
  });
});

describe("a job title under its label inside the employer's header", () => {
  it("reads '（职位-X）', '(职位：X)' and '职位：X' after the employer as the title, without the label", async () => {
    const r = await readResume(
      [
        "# 周明",
        "",
        "## 工作经历",
        "",
        "### 杭州云帆科技有限公司 (职位：Java工程师) (2017.02 - 至今)",
        "",
        "### 宁波海岳网络有限公司（职位-安卓开发）(2016.07 - 2017.02)",
        "",
        "### 北京星河科技有限公司 职位：测试工程师 2015.01 - 2016.06",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["杭州云帆科技有限公司", "Java工程师", "2017-02", undefined],
      ["宁波海岳网络有限公司", "安卓开发", "2016-07", "2017-02"],
      ["北京星河科技有限公司", "测试工程师", "2015-01", "2016-06"],
    ]);
  });
});

describe("a 履歴書's history told as dated events", () => {
  const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.startDate, w.endDate]);
  const rows = [
    ["2012", "4", "東都大学 工学部 情報工学科 入学"],
    ["2016", "3", "東都大学 工学部 情報工学科 卒業"],
    ["2016", "4", "株式会社ミドリ技研 入社"],
    ["2019", "9", "株式会社ミドリ技研 退職"],
    ["2019", "10", "株式会社アオバソフト 入社"],
    ["", "", "現在に至る"],
  ];
  const expected = {
    jobs: [
      ["株式会社ミドリ技研", "2016-04", "2019-09"],
      ["株式会社アオバソフト", "2019-10", undefined],
    ],
    schools: [["東都大学", "情報工学科", undefined, "2012-04", "2016-03"]],
  };

  it("reads the table whose header row names the section beside its 年 and 月 columns, joining and leaving rows into jobs", async () => {
    const r = await readResume(["# 山田 太郎", "", "| 年 | 月 | 学歴・職歴 |", "|---|---|---|", ...rows.map((c) => `| ${c.join(" | ")} |`)].join("\n"));
    expect(jobs(r)).toEqual(expected.jobs);
    expect(schools(r)).toEqual(expected.schools);
  });

  it("reads the same table typed with one tab between cells", async () => {
    const r = await readResume(["山田 太郎", "", "年\t月\t学歴・職歴", ...rows.map((c) => c.join("\t")), "", "年\t月\t免許・資格", "2015\t6\t普通自動車第一種運転免許 取得", "2018\t11\t基本情報技術者試験 合格"].join("\n"), "text");
    expect(jobs(r)).toEqual(expected.jobs);
    expect(schools(r)).toEqual(expected.schools);
    expect(r.certificates?.map((c) => c.date)).toEqual(["2015-06", "2018-11"]);
  });

  it("prints a job's start and end columns as the range they are", async () => {
    const r = await readResume(["# 山田 太郎", "", "## 職歴", "", "| 入社 | 退職 | 職歴 |", "|---|---|---|", "| 2011年04月 | 2014年05月 | 株式会社ミドリ技研 (正社員) |"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.startDate, w.endDate, w.period])).toEqual([["株式会社ミドリ技研", "2011-04", "2014-05", "2011年04月 – 2014年05月"]]);
  });

  it("lists a section once where its table's header row names the heading right above it", async () => {
    const table = (title: string, rows: string[]) => [`## ${title}`, "", `| 年 | 月 | ${title} |`, "|---|---|---|", ...rows, ""];
    const r = await readResume(["# 山田 太郎", "", ...table("学歴", ["| 2012 | 4 | 東都大学 工学部 入学 |", "| 2016 | 3 | 東都大学 工学部 卒業 |"]), ...table("免許", ["| 2015 | 6 | 普通自動車第一種運転免許 取得 |"])].join("\n"));
    expect(r.meta?.sections?.filter((s) => !s.key.startsWith("custom:")).map((s) => [s.key, s.title])).toEqual([
      ["education", "学歴"],
      ["certificates", "免許"],
    ]);
    expect(schools(r)).toEqual([["東都大学", "工学部", undefined, "2012-04", "2016-03"]]);
  });

  it("moves a school's entering and graduating rows out of a list read as jobs, and cuts the particle before the event word", async () => {
    const r = await readResume(
      ["# 山田 太郎", "", "## 経歴", "", "- 2012年4月 東都大学 工学部 入学", "- 2016年3月 東都大学 工学部 卒業", "- 2016年4月 株式会社ミドリ技研に入社", "- 2019年9月 株式会社ミドリ技研を退職", "- 2019年10月 株式会社アオバソフトに入社"].join("\n"),
    );
    expect(jobs(r)).toEqual(expected.jobs);
    expect(schools(r)).toEqual([["東都大学", "工学部", undefined, "2012-04", "2016-03"]]);
  });
});

describe("entries headed by a sub-heading of dates alone", () => {
  it("takes the short item under the dates as the entry's name, in a history of schools and jobs", async () => {
    const r = await readResume(["# 山田 太郎", "", "## 学歴・職歴", "", "### 2010/09 - 2014/06", "- 東都大学 工学部", "", "### 2014/07 - 2018/03", "- 株式会社ミドリ技研", "", "### 2018/04 - 現在", "- 株式会社アオバソフト", "- iOSアプリの開発"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.startDate, w.endDate, w.highlights])).toEqual([
      ["株式会社ミドリ技研", "2014-07", "2018-03", undefined],
      ["株式会社アオバソフト", "2018-04", undefined, ["iOSアプリの開発"]],
    ]);
    expect(schools(r)).toEqual([["東都大学", "工学部", undefined, "2010-09", "2014-06"]]);
  });
});

describe("a job's header that says what kind of employer it is (the hh.ru résumé)", () => {
  it("keeps the heading as the employer, the description as the organisation's, and takes the short stopped line under the dates as the role", async () => {
    const r = await readResume(
      [
        "# Иван Петров",
        "",
        "## Опыт работы",
        "",
        "### Северный Ветер",
        "",
        "Аутсорсинговая компания. Казань, Россия. http://severveter.example",
        "",
        "Март 2016 – настоящее время",
        "",
        "Ведущий разработчик, руководитель группы.",
        "",
        "Проектирую сервисы на Java.",
        "",
        "### Лунная Станция",
        "",
        "Информационные технологии, системная интеграция, интернет",
        "",
        "Январь 2012 – Февраль 2016",
        "",
        "Программист.",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Северный Ветер", "Ведущий разработчик, руководитель группы", "2016-03", undefined],
      ["Лунная Станция", "Программист", "2012-01", "2016-02"],
    ]);
    expect(r.work?.[0]?.description).toContain("Аутсорсинговая компания");
    expect(r.work?.[1]?.description).toBe("Информационные технологии, системная интеграция, интернет");
  });
});

describe("sections of courses and trainings, and a Chinese profile", () => {
  it("reads 'Kursy' in plain text as a section of its own, not more studies", async () => {
    const r = await readResume(
      ["Anna Nowak", "anna.nowak@example.com", "", "Wykształcenie", "", "2014 - 2019 Politechnika Krakowska, Informatyka, magister", "", "Kursy", "", "2020 Kurs Docker dla programistów, Akademia Kodu", "2021 Szkolenie AWS Cloud Practitioner, Chmurex", "", "Umiejętności", "", "Java, Spring, Docker"].join("\n"),
      "text",
    );
    expect(r.education?.map((e) => e.institution)).toEqual(["Politechnika Krakowska"]);
    expect(r.sections?.find((s) => s.title === "Kursy")?.items).toHaveLength(2);
  });

  it("reads '个人简介' as the summary, not as the document's title", async () => {
    const r = await readResume(["# 李明", "", "## 个人简介", "", "五年后端开发经验, 熟悉分布式系统。", "", "## 工作经历", "", "### 星河科技 | 后端工程师 | 2019.07 - 至今"].join("\n"));
    expect(r.basics?.summary).toBe("五年后端开发经验, 熟悉分布式系统。");
  });
});

describe("history rows told as sentences, and a role run into its employer", () => {
  it("reads '株式会社Xに入社。…に従事。' as a job with what follows as its text, and 'Yを卒業。' as a study", async () => {
    const r = await readResume(
      ["# 佐藤 花子", "", "## 経歴", "", "| 時期 | 経歴 |", "| - | - |", "| 2015年3月 | 南港工業高等専門学校 情報工学科を卒業。 |", "| 2015年4月 | 株式会社ソラノネに入社。社内システムの開発に従事。 |", "| 2021年4月 | 株式会社ハナミズキに入社予定。 |"].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.startDate, w.endDate, w.summary])).toEqual([
      ["株式会社ソラノネ", "2015-04", undefined, "社内システムの開発に従事。"],
      ["株式会社ハナミズキ", "2021-04", undefined, undefined],
    ]);
    expect(schools(r)).toEqual([["南港工業高等専門学校", "情報工学科", undefined, undefined, "2015-03"]]);
  });

  it("keeps the word of a job yet to begin ('入社予定') in its dates as written, so that it reads as no job held now", async () => {
    const r = await readResume(["# 佐藤 花子", "", "## 経歴", "", "| 時期 | 経歴 |", "| - | - |", "| 2015年4月 | 株式会社ソラノネに入社。 |", "| 2021年4月 | 株式会社ハナミズキに入社予定。 |"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.startDate, w.endDate, w.period])).toEqual([
      ["株式会社ソラノネ", "2015-04", undefined, "2015年4月"],
      ["株式会社ハナミズキ", "2021-04", undefined, "2021年4月 入社予定"],
    ]);
  });

  it("cuts a role that opens its employer's name with no separator ('Stażysta Zielony Most | Gdańsk')", async () => {
    const r = await readResume(["### JAN KOWALSKI", "", "### DOŚWIADCZENIE ZAWODOWE", "01.2023-05.2023 -", "Stażysta Zielony Most | Gdańsk", "", "09.2024- 10.2024 -", "Praktykant BALTEX Systemy"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Zielony Most", "Stażysta", "Gdańsk"],
      ["BALTEX Systemy", "Praktykant", undefined],
    ]);
  });

  it("keeps a role's grade with it: 'Network Engineer II' under its employer names no employer 'II'", async () => {
    const r = await readResume(["# Dana Whitlock", "", "## Experience", "", "**Corvane Networks** (Mar 2012 - Jan 2016)  ", "Network Engineer II    Jun 2014 - Jan 2016", "", "* Ran the backbone upgrade.", "", "Network Engineer I    Mar 2012 - Jun 2014", "", "* Kept the lab running.", ""].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["Corvane Networks", "Network Engineer II"],
      ["Corvane Networks", "Network Engineer I"],
    ]);
  });
});

describe("a role '@' its employer, dated with Chinese month names", () => {
  it("reads '### 工程師 @_星河科技_' over '> 十月 2018 - 七月 2019' as the role at the employer, from October to July", async () => {
    const r = await readResume(
      ["# 陳小明", "", "## 工作經驗", "", "### 資深工程師 @_海岳網路_", "", "> 十二月 2019 - 至今", "", "- 維護訂單系統", "", "### 工程師 @_星河科技_", "", "> 十月 2018 - 七月 2019", "", "- 開發後台"].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["海岳網路", "資深工程師", "2019-12", undefined],
      ["星河科技", "工程師", "2018-10", "2019-07"],
    ]);
  });
});

describe("spoken languages under a heading that calls them linguistic skills", () => {
  it("reads 'Competenze linguistiche' and 'Competencias lingüísticas' as spoken languages, none of them a skill", async () => {
    for (const title of ["Competenze linguistiche", "Competencias lingüísticas"]) {
      const r = await readResume(`# Giulia Ferri\n\n## ${title}\n\n**Inglese:** B2\n\n**Tedesco:** A2\n\n## Competenze tecniche\n\n**Sviluppo:** Go, Python\n`);
      expect(r.skills?.map((s) => s.name)).toEqual(["Sviluppo"]);
      expect(r.languages?.map((l) => l.language)).toEqual(["Inglese", "Tedesco"]);
    }
  });
});

describe("the terms of a job bracketed after its dates", () => {
  it("reads '2016 - 2018 (remote)' and '_2013 (проектная работа)_' over the employer as the job's dates, the terms no field", async () => {
    const r = await readResume(
      "# Pavel Orlov\n\n## Опыт работы\n_2016 - 2018 (удалённая работа)_  \n**Северный Ветер**  \n[https://example.org](https://example.org)  \nРазработка приложений учёта для сети магазинов и их клиентов.\n\n_2013 (проектная работа)_  \n**Ладога Софт**  \n[https://example.org](https://example.org)  \nРазработка системы управления кадрами для крупного клиента.\n\n_2011 - 2012 (contract)_  \n**Harbor Labs**  \n[https://example.org](https://example.org)  \nBuilt the billing service for the shop and its many clients.\n",
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Северный Ветер", undefined, "2016", "2018"],
      ["Ладога Софт", undefined, "2013", "2013"],
      ["Harbor Labs", undefined, "2011", "2012"],
    ]);
  });
});

describe("CJK schools whose name holds 学院 before 大学, and degrees written before their school", () => {
  it("reads '北辰学院大学' whole, a degree before its school, college and field, and a field before '硕士研究生'", async () => {
    const r = await readResume(
      [
        "# 王芳",
        "",
        "## 教育经历",
        "",
        "### 硕士 东海大学 信息学院(软件学院) 计算机技术<span class=\"right\">2019.09 - 2022.06</span>",
        "### 本科 东海大学 软件工程 2015.09 - 2019.06",
        "",
        "## 教育背景",
        "",
        "### 北辰学院大学",
        "光学工程, 硕士研究生 (2011.9 - 2014.7)",
        "",
        "### 南湖理工大学",
        "通信工程, 工学学士 (2007.9 - 2011.7)",
        "",
        "## 学歴",
        "",
        "### 西山学院大学 文学部 (2007 - 2011)",
      ].join("\n"),
    );
    expect(schools(r)).toEqual([
      ["东海大学", "计算机技术", "硕士", "2019-09", "2022-06"],
      ["东海大学", "软件工程", "本科", "2015-09", "2019-06"],
      ["北辰学院大学", "光学工程", "硕士研究生", "2011-09", "2014-07"],
      ["南湖理工大学", "通信工程", "工学学士", "2007-09", "2011-07"],
      ["西山学院大学", "文学部", undefined, "2007", "2011"],
    ]);
  });
});

describe("a bold label over a job's tools, among them a version's year and a product named 'Manager'", () => {
  it("reads '**開発環境:** Windows Server 2012 R2 / Job Scheduler Manager' as a line of the job, not as another dated role there", async () => {
    const r = await readResume(
      [
        "# 山田 花子",
        "",
        "## 職務経歴",
        "",
        "### 株式会社テスト商事（2018年6月〜2022年1月）",
        "",
        "#### 基盤移行プロジェクト（2018年6月〜2018年12月）",
        "",
        "- ジョブ管理システムの移行を担当",
        "",
        "**開発環境:** Windows Server 2008 R2, Windows Server 2012 R2 / Job Scheduler Manager, HULFT 8 / VBScript",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["株式会社テスト商事", undefined, "2018-06", "2022-01"]]);
  });
});

describe("projects written as headings at their job's own level", () => {
  it("joins to the job above an undated heading that names no employer or role, and one dated within its employer's span", async () => {
    const r = await readResume(
      [
        "# 王芳",
        "",
        "## 工作经历",
        "",
        "#### 1. 星河科技 / 2020.07 ~ 至今",
        "",
        "#### 订单网关 - OrderGate",
        "",
        "**特性：**",
        "- 动态路由",
        "",
        "#### 2. 云帆数据 / 2018.04 ~ 2020.07",
        "",
        "## 職務経歴",
        "",
        "### 株式会社テスト商事 (2019年11月 ~ 2020年11月)",
        "",
        "### 在庫管理システムの開発 (2020年1月 ~ 2020年8月)",
        "  - 開発環境",
        "    - Go",
        "",
        "### 株式会社サンプル (2018年4月 ~ 2019年9月)",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["星河科技", undefined, "2020-07", undefined],
      ["云帆数据", undefined, "2018-04", "2020-07"],
      ["株式会社テスト商事", undefined, "2019-11", "2020-11"],
      ["株式会社サンプル", undefined, "2018-04", "2019-09"],
    ]);
  });
});

describe("a role the vocabulary does not know, beside a company that says so by its form", () => {
  it("reads the company as the employer and the other phrase as the role ('Webentwickler, Falkenried GmbH')", async () => {
    const cv = [
      "# Jonas Brandt",
      "",
      "## Beruflicher Werdegang",
      "",
      "**2019 - heute:** Webentwickler, Falkenried GmbH  ",
      "**2016 - 2019:** Sachbearbeitung Einkauf, Holmvik Handels AG",
      "",
    ].join("\n");
    const resume = await readResume(cv);
    expect(resume.work).toMatchObject([
      { name: "Falkenried GmbH", position: "Webentwickler", startDate: "2019" },
      { name: "Holmvik Handels AG", position: "Sachbearbeitung Einkauf", startDate: "2016", endDate: "2019" },
    ]);
  });
});

describe("a role 'in' or 'bei' a company that says so by its form", () => {
  it("reads the company as the employer, not as where the job was ('HiWi in Lindqvist Robotics GmbH')", async () => {
    const cv = ["# Mara Holt", "", "## Berufserfahrung", "", "- 03/2022 – 09/2023 HiWi in Lindqvist Robotics GmbH", "  - Python, ROS", ""].join("\n");
    const resume = await readResume(cv);
    expect(resume.work).toMatchObject([{ name: "Lindqvist Robotics GmbH", position: "HiWi", startDate: "2022-03", endDate: "2023-09" }]);
    expect(resume.work?.[0]?.location).toBeUndefined();
  });
});

describe("a legal form that is no company's ending", () => {
  it("cuts no role from a place or a role's abbreviation: 'Peace Corps Volunteer, Ghana, West Africa', 'Staff SE, Senior SE3'", async () => {
    const cv = [
      "# Jonas Brandt",
      "",
      "## Experience",
      "",
      "**2018 - 2023:** SALSIFY, Staff SE, Senior SE3  ",
      "**2010 - 2012:** Peace Corps Volunteer, Ghana, West Africa",
      "",
    ].join("\n");
    const resume = await readResume(cv);
    expect(resume.work?.map((w) => w.position)).not.toContain("SALSIFY");
    expect(resume.work?.map((w) => w.name)).not.toContain("Ghana, West Africa");
  });
});

describe("a job's dates bracketed with how long it lasted", () => {
  it("cuts '(2015年3月至今，3年2个月)' and '(Jan 2010 – Jun 2012, 2 yrs 5 mos)' whole from the employer's heading", async () => {
    const r = await readResume(
      [
        "# 李明",
        "",
        "## 工作经历",
        "",
        "### 星河科技有限公司 (2015年3月至今，3年2个月)",
        "",
        "后端开发",
        "",
        "### Harbor Labs (Jan 2010 – Jun 2012, 2 yrs 5 mos)",
        "",
        "Engineer",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.startDate, w.endDate])).toEqual([
      ["星河科技有限公司", "2015-03", undefined],
      ["Harbor Labs", "2010-01", "2012-06"],
    ]);
  });
});

describe("a bold employer with its role bracketed with its dates", () => {
  it("reads '**서해산업연구원** (인턴, 2020.06~2020.08)' as the intern at the institute, the role out of its brackets", async () => {
    const r = await readResume(
      [
        "# 김하늘",
        "",
        "## 경력",
        "",
        "- **서해산업연구원** (인턴, 2020.06~2020.08)",
        "- **Northwind Labs** (Intern, 2019.06~2019.08)",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["서해산업연구원", "인턴", "2020-06", "2020-08"],
      ["Northwind Labs", "Intern", "2019-06", "2019-08"],
    ]);
  });
});

describe("the terms of a job bracketed after its employer in a CJK CV", () => {
  it("reads '(正社員)' and '(パートタイム)' after the company as how the job was held, neither title nor part of the name", async () => {
    const r = await readResume(
      [
        "# 山田花子",
        "",
        "## 職歴",
        "",
        "| 入社 | 退社 | 会社 |",
        "|---|---|---|",
        "| 2018年11月 | 2020年03月 | 株式会社ミドリ工業 (正社員) |",
        "| 2011年04月 | 2014年05月 | ひかり書店 (パートタイム) |",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["株式会社ミドリ工業", undefined, "2018-11", "2020-03"],
      ["ひかり書店", undefined, "2011-04", "2014-05"],
    ]);
  });
});

describe("a role's field after 'em' or 'en' under a heading that names the employer", () => {
  it("keeps 'Especialista em Dados Abertos' and 'Ingeniero en Sistemas Distribuidos' whole as the role, the heading above them the employer", async () => {
    const r = await readResume(
      [
        "# Rita Paiva",
        "",
        "# Experiência profissional",
        "",
        "## **Quintal Digital**",
        "",
        "**Especialista em Dados Abertos** (Porto)<br>",
        "Mar 2019 - Presente",
        "",
        "- Publicação de conjuntos de dados;",
        "",
        "## **Granja Norte**",
        "",
        "**Ingeniero en Sistemas Distribuidos** (Vigo)<br>",
        "Ene 2015 - Feb 2019",
        "",
        "- Migración de servicios;",
        "",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Especialista em Dados Abertos", "Quintal Digital"],
      ["Ingeniero en Sistemas Distribuidos", "Granja Norte"],
    ]);
  });

  it("still cuts the employer off a role after 'en' where the same line names a client beside them", async () => {
    const r = await readResume(["# Rita Paiva", "", "## Experiencia", "", "### Ingeniera de Software en Marisma Tech | Banco Litoral | 2019 - 2021", "", "- Pagos en línea"].join("\n"));
    expect(r.work?.[0]?.position).toBe("Ingeniera de Software");
  });

  it("keeps a field in lower case after 'em' with the role, its word kept, where the line names the employer before it", async () => {
    const r = await readText(["Ana Lima", "", "Experiência Profissional", "", "Acme Sistemas S.A. | Analista de Testes / Líder de Equipe – Testes manuais em software/hardware embarcado e suporte de equipes técnicas em campo (2011 – 2015)."].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.description])).toEqual([["Acme Sistemas S.A.", "Analista de Testes / Líder de Equipe – Testes manuais em software/hardware embarcado e suporte de equipes técnicas em campo", undefined]]);
  });
});

describe("ordinary words the readers of other languages must not take for structure", () => {
  it("keeps a role 'in' a town whole where one-letter words for 'in' follow it ('Programátor v Praze', 'Profesor u Beogradu'), and Turkish 've' ('and') inside names", async () => {
    const cs = await readResume("# Jan Novák\n\njan@example.cz\n\n## Pracovní zkušenosti\n\n**Programátor v Praze**\n2018 - 2023\n\n**Profesor u Beogradu**\n2014 - 2018\n");
    // (naming no organisation, the two roles are the section's items: extract/unnamed-jobs.ts)
    expect(cs.work ?? []).toEqual([]);
    expect(cs.sections?.find((s) => s.title === "Pracovní zkušenosti")?.items.map((i) => i.title)).toEqual(["Programátor v Praze", "Profesor u Beogradu"]);
    const tr = await readResume("# Ayşe Demir\n\n## Deneyim\n\n### Yazılım Uzmanı, Koç Bilgi ve Savunma Teknolojileri\n\n2018 - 2023\n\n### Danışman ve Eğitmen, Bilge Adam\n\n2012 - 2018\n");
    expect(tr.work?.map((w) => [w.name, w.position])).toEqual([["Koç Bilgi ve Savunma Teknolojileri", "Yazılım Uzmanı"], ["Bilge Adam", "Danışman ve Eğitmen"]]);
  });

  it("reads numbered lines as headings only where their numbers count up through the document, not where each entry counts afresh", async () => {
    const text = [
      "John Smith", "john.smith@example.com | +44 20 7946 0000", "", "EXPERIENCE", "", "Acme Ltd, Senior Engineer, 2019 - 2023", "Main achievements:", "1. Leadership",
      "   Mentored five junior engineers.", "2. Projects", "   Delivered the billing migration.", "", "Beta plc, Engineer, 2015 - 2019", "Built the data pipeline.", "",
      "SKILLS", "", "1. Languages", "   Python, Go", "2. Tools", "   Docker, Terraform", "",
    ].join("\n");
    const r = await readResume(text, "text");
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([["Acme Ltd", "Senior Engineer"], ["Beta plc", "Engineer"]]);
  });

  it("keeps a project or field named like a dates label when no colon follows it ('Data | 2020')", async () => {
    const r = await readResume("# Jane Doe\n\n## Projects\n\n### Time | 2021\n\nA clock app.\n\n### Data | 2020\n\nA notebook.\n");
    expect(r.projects?.map((p) => p.name)).toEqual(["Time", "Data"]);
  });
});
