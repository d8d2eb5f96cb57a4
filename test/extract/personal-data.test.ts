import { describe, expect, it } from "vitest";
import type { SectionBlock, SourceLine } from "../../src/parse/source-line.js";
import { greetedName } from "../../src/extract/greeting.js";
import { readLineContacts } from "../../src/extract/line-contacts.js";
import { readPersonalData } from "../../src/extract/personal-data.js";
import { extractSource } from "../support/extract.js";

const at = { line: 1, column: 1 };
const line = (text: string, more: Partial<SourceLine> = {}): SourceLine => ({ kind: "text", text, position: at, depth: 0, links: [], gap: false, ...more });
const block = (title: string | undefined, lines: SourceLine[]): SectionBlock => ({ ...(title && { title }), position: at, lines });

describe("readLineContacts", () => {
  it("reads links whose text only names what they are by their targets, that text as their label", () => {
    const l = line("GitHub | Email | Blog", {
      links: [
        { text: "GitHub", url: "https://github.com/jdoe" },
        { text: "Email", url: "mailto:jdoe@example.org" },
        { text: "Blog", url: "https://jdoe.example.org" },
      ],
    });
    expect(readLineContacts(l)).toEqual([
      { field: "profile", network: "GitHub", username: "jdoe", url: "https://github.com/jdoe", label: "GitHub" },
      { field: "email", value: "jdoe@example.org", label: "Email" },
      { field: "url", value: "https://jdoe.example.org", label: "Blog" },
    ]);
  });

  it("keeps a profile link's own words as its label, but not words that only repeat its address", () => {
    const l = line("stackoverflow's reputation: 5793 | in/jdoe", {
      links: [
        { text: "stackoverflow's reputation: 5793", url: "https://stackoverflow.com/users/1/jdoe" },
        { text: "in/jdoe", url: "https://www.linkedin.com/in/jdoe" },
      ],
    });
    expect(readLineContacts(l).map((c) => c?.label)).toEqual(["stackoverflow's reputation: 5793", undefined]);
  });

  it("reads a table row of a label and its value with the label as written", () => {
    const row = line("Mobil | +49 176 70784300", { kind: "row", cells: ["Mobil", "+49 176 70784300"] });
    expect(readLineContacts(row)).toEqual([{ field: "phone", value: "+49 176 70784300", label: "Mobil" }]);
  });

  it("cuts a line of links with no separators at its links", () => {
    const l = line("jdoe@example.org github.com/jdoe", { links: [{ text: "jdoe@example.org", url: "mailto:jdoe@example.org" }, { text: "github.com/jdoe", url: "https://github.com/jdoe" }] });
    expect(readLineContacts(l).map((c) => c?.field)).toEqual(["email", "profile"]);
  });
});

describe("readPersonalData", () => {
  it("reads a Chinese text CV's labelled name in a row of labelled cells, keeping the row whole, and a level word leading a list of skills", async () => {
    const text = ["个人简历", "", "姓名：李明                    性别：男", "电话：139-1234-5678           邮箱：liming95@163.com", "", "专业技能", "熟练掌握 JavaScript、TypeScript、React", "熟悉 Node.js、Webpack"].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.basics?.name).toBe("李明");
    expect(resume.sections?.flatMap((s) => s.items.map((i) => i.summary))).toContain("姓名:李明\t性别:男");
    expect(resume.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["熟练掌握", ["JavaScript", "TypeScript", "React"]],
      ["熟悉", ["Node.js", "Webpack"]],
    ]);
  });

  it("reads a name with its reading in brackets, unlabelled, as the first line of a 職務経歴書's personal data", async () => {
    const text = "# 職務経歴書\n\n## 個人データ\n\n* 山田 花子(やまだ はなこ)\n* [GitHub](https://github.com/hanako-y)\n\n## 職務経歴\n\n### 株式会社テスト商事 (2018年4月 ~ 現在)\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.name).toBe("山田 花子");
  });

  it("reads the ResumeSample template's personal details: the name before the gender, the studies, the blog by its label", async () => {
    const text = "# 联系方式\n\n- 手机：13812345678\n- Email：zhangwei@example.com\n\n# 个人信息\n\n - 张伟/男/1992\n - 本科/北京邮电大学计算机系\n - 技术博客：http://blog.zhangwei.dev\n\n# 工作经历\n\n## 美团 （ 2019年7月 ~ 至今 ）\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect([resume.basics?.name, resume.basics?.url]).toEqual(["张伟", "http://blog.zhangwei.dev"]);
    expect(resume.education).toEqual([{ institution: "北京邮电大学", area: "计算机系", studyType: "本科" }]);
    // the details stay as written, gender and year of birth with them
    expect(resume.sections?.flatMap((s) => s.items.map((i) => i.summary))).toContain("张伟/男/1992");
  });

  it("reads a labelled name, its reading dropped, and a key/value table", () => {
    const data = readPersonalData(
      [block("基本情報", [line("氏名: 山田 花子（やまだ はなこ）", { kind: "bullet" }), line("Email\tjdoe@example.org", { kind: "row", cells: ["Email", "jdoe@example.org"] })])],
      [undefined],
    );
    expect(data.name?.text).toBe("山田 花子（やまだ はなこ）");
    expect(data.basics.email).toBe("jdoe@example.org");
  });

  it("reads the name under a heading that only says 'Name'", () => {
    expect(readPersonalData([block(undefined, [line("Name", { kind: "heading", depth: 3 }), line("Jan Kowalski")])], [undefined]).name?.text).toBe("Jan Kowalski");
  });

  it("takes the job sought up to the next cell, and keeps its line in the details where it says more than the job", async () => {
    const text = ["# 李明", "## 基本信息", "- 性别：男　　　年龄：28", "- 求职意向：Java开发工程师　　　期望城市：北京", "- 电话：13800001111", "## 工作经历", "### 某某科技有限公司  2019.07-至今"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics?.label).toBe("Java开发工程师");
    expect(resume.sections?.flatMap((s) => s.items.map((i) => i.summary))).toContain("求职意向:Java开发工程师\t期望城市:北京");
  });

  it("reads the town after the job sought in a line of bar-set cells as the owner's", async () => {
    const text = ["# 简历", "## 个人信息", "- 姓名：陈十", "- 电话：13800001111", "- 求职意向：Java开发 | 北京 | 15-20K | 一周内到岗", "## 工作经历", "### 某某科技有限公司  2019.07-至今"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.basics).toMatchObject({ label: "Java开发", location: { city: "北京" } });
  });

  it("leaves the contacts inside entries alone", () => {
    expect(readPersonalData([block("References", [line("Email: referee@example.org")])], ["references"]).basics).toEqual({});
  });
});

describe("greetedName", () => {
  it("reads the name a greeting introduces, in several languages", () => {
    expect(greetedName("Hi, I'm Sam.")).toBe("Sam");
    expect(greetedName("Hoi, ik ben Roy van Dijk. Designer.")).toBe("Roy van Dijk");
    expect(greetedName("Software engineer since 2010")).toBeUndefined();
  });
});

describe("headingName", () => {
  const none = new Set<string>(["research"]);
  it("takes the person's part of a heading that also says what the document is", async () => {
    const { headingName } = await import("../../src/extract/header-names.js");
    expect(headingName("Jana Nováková – Lebenslauf", none)).toBe("Jana Nováková");
    expect(headingName("Jana Nováková's CV", none)).toBe("Jana Nováková");
    expect(headingName("김민준 · Backend Engineer", none)).toBe("김민준");
    expect(headingName("Maria da Costa", new Set(["da"]))).toBe("Maria da Costa");
    expect(headingName("John St. Clair", new Set(["st"]))).toBe("John St. Clair");
  });

  it("finds no name in a headline or a title made of ordinary words", async () => {
    const { headingName } = await import("../../src/extract/header-names.js");
    expect(headingName("Research Engineer / Team Lead", none)).toBeUndefined();
  });
});

describe("linePhrases", () => {
  it("labels every value after a label alone and cuts an address off the words before it", async () => {
    const { linePhrases } = await import("../../src/extract/line-contacts.js");
    expect(linePhrases(line("Teléfono :\t612 345 678 / 912 345 678")).map((p) => p.text)).toEqual(["Teléfono : 612 345 678", "Teléfono : 912 345 678"]);
    expect(linePhrases(line("Lima, Peru linkedin.com/in/jdoe")).map((p) => p.text)).toEqual(["Lima, Peru", "linkedin.com/in/jdoe"]);
  });
});

describe("readPersonalData on run-on lines", () => {
  it("ends a labelled name before the next label the line runs into", () => {
    expect(readPersonalData([block(undefined, [line("name: Ana Petrova keywords: go, rust")])], [undefined]).name?.text).toBe("Ana Petrova");
  });
});

describe("readPersonalData and profile links", () => {
  it("takes a link named after its network for the owner's account wherever it stands, but not a project's link", () => {
    const links = [
      { text: "SoundCloud", url: "https://soundcloud.com/jdoe" },
      { text: "tinyq", url: "https://github.com/jdoe" },
    ];
    const data = readPersonalData([block("Interests", [line("Music (SoundCloud), tinyq", { kind: "bullet", links })])], ["interests"]);
    expect(data.basics.profiles).toEqual([{ network: "SoundCloud", username: "jdoe", url: "https://soundcloud.com/jdoe" }]);
  });
});

describe("lists in a section of personal details", () => {
  it("reads 'Languages Known' and 'Hobbies' there as the languages and interests they list, the rest kept under the section's title", async () => {
    const text = "# Rohan Iyer\n\nrohan@example.com\n\n## Personal Details\n\n- Date of Birth: 14/02/1997\n- Languages Known: English, Hindi, Tamil\n- Hobbies: Cricket, Chess\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.languages?.map((l) => l.language)).toEqual(["English", "Hindi", "Tamil"]);
    expect(resume.interests?.map((i) => i.name)).toEqual(["Cricket", "Chess"]);
    expect(JSON.stringify(resume.sections)).toContain("Date of Birth: 14/02/1997");
  });
});

describe("a link to an account said in prose", () => {
  const about = (sentence: string, section = "About") => ["# Lio Brant", "", `## ${section}`, "", sentence, ""].join("\n");
  const profiles = async (text: string) => (await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" })).resume.basics?.profiles ?? [];

  it("takes no organisation's account said as 'our' for the owner's", async () => {
    expect(await profiles(about("I lead the platform team at Globex; our code is on [our GitHub page](https://github.com/globex)."))).toEqual([]);
    expect(await profiles(about("Mapkit: a tile server, see [our GitHub account](https://github.com/mapkit-team).", "Projects"))).toEqual([]);
  });

  it("reads the owner's account where the noun comes first or is joined by a hyphen", async () => {
    for (const [sentence, network] of [
      ["Plus de détails sur [mon profil LinkedIn](https://www.linkedin.com/in/liobrant/).", "LinkedIn"],
      ["Mon code est sur [ma page GitHub](https://github.com/liobrant).", "GitHub"],
      ["Más detalles en [mi perfil de LinkedIn](https://www.linkedin.com/in/liobrant/).", "LinkedIn"],
      ["Mehr dazu in [meinem XING-Profil](https://www.xing.com/profile/Lio_Brant).", "XING"],
    ]) {
      expect((await profiles(about(sentence))).map((p) => p.network)).toEqual([network]);
    }
  });
});
