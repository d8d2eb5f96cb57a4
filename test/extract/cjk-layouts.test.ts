import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.area, e.studyType, e.endDate]);

/** Layouts of Chinese, Japanese and Korean CVs, each on an invented CV. */
describe("a school named among the personal details", () => {
  it("reads the 最終学歴 row of a 職務経歴書's key/value table as the study, its graduate school and department split off", async () => {
    const r = await readMarkdown([
      "# 職務経歴書", "", "## 基本情報", "", "|項目|内容|", "|---|---|", "|氏名|山田花子|", "|居住地|大阪府|",
      "|最終学歴|北都大学大学院工学研究科（情報工学専攻）修了|", "", "## 職務経歴", "", "### 株式会社サンプル（2020年4月〜現在）", "- バックエンド開発",
    ].join("\n"));
    expect(schools(r)).toEqual([["北都大学大学院", "情報工学専攻", undefined, undefined]]);
  });

  it("splits a labelled Chinese school run together with its degree, field or graduation date", async () => {
    const r = await readMarkdown([
      "## 个人信息", "", "- 姓名：王小明", "- 毕业院校：东江科技大学-硕士-通信工程", "", "## 工作经历", "", "### 某某网络科技有限公司（2019年7月~至今）",
    ].join("\n"));
    expect(schools(r)).toEqual([["东江科技大学", "通信工程", "硕士", undefined]]);
    const dated = await readMarkdown(["# 李华", "", "**毕业学校 :** 南湖交通大学（2016-06毕业）<br>", "**工作年限 :** 5年 <br>", "", "## 工作经历", "", "**2016.7 - 至今 某某信息科技有限公司**"].join("\n"));
    expect(schools(dated)).toEqual([["南湖交通大学", undefined, undefined, "2016-06"]]);
  });

  it("reads a labelled Chinese school's tier, in brackets or after it, as no field", async () => {
    for (const written of ["东江科技大学（985）", "东江科技大学 985 211"]) {
      const r = await readMarkdown(["## 个人信息", "", "- 姓名：王小明", `- 毕业院校：${written}`, "", "## 工作经历", "", "### 某某网络科技有限公司（2019年7月~至今）"].join("\n"));
      expect(schools(r), written).toEqual([["东江科技大学", undefined, undefined, undefined]]);
    }
  });

  it("drops the separator between a Chinese school's college and its field", async () => {
    const r = await readMarkdown(["## 个人信息", "", " - 陈明 / 男 / 1995", " - 本科 / 西岭学院 · 信息工程学院 · 软件工程", "", "## 工作经历", "", "### 某某软件有限公司（2017年8月~2018年2月）"].join("\n"));
    expect(schools(r)).toEqual([["西岭学院", "软件工程", "本科", undefined]]);
  });
});

describe("a Chinese education table", () => {
  it("reads the field after the college in the 专业 column, the college dropped", async () => {
    const r = await readMarkdown([
      "# 赵敏", "", "## 教育背景", "| 学校 | 学历 | 专业 | 时间 |", "| :--- | :--- | :--- | :--- |",
      "| 华中理工大学(985) | 硕士 | 信息学院 软件工程 | 2016.09-2019.07 |", "| 南岭大学 | 本科 | 机电学院 自动化 | 2012.09-2016.07 |",
    ].join("\n"));
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area])).toEqual([["华中理工大学", "硕士", "软件工程"], ["南岭大学", "本科", "自动化"]]);
  });
});

describe("what stands at a CJK CV's top and is no name", () => {
  it("takes a Chinese name with the one English given name after it, under a front matter title that calls the page an online résumé", async () => {
    const r = await readMarkdown([
      "---", 'title: "在线简历"', "---", "", '<h1 style="margin:0">周明远 Kevin</h1>', "", "后端工程师 · 现居成都", "", "## 核心能力", "", "- **分布式系统**：高并发服务设计",
      "", "## 工作经历", "", "### 某某科技有限公司 · 后端工程师", "**2019.03 - 至今**",
    ].join("\n"));
    expect(r.basics?.name).toBe("周明远 Kevin");
    expect(r.skills?.map((s) => s.name)).toContain("分布式系统");
  });

  it("takes a title or a role with one Latin word after it for no name with its English given name", async () => {
    for (const heading of ["# 个人简历 Resume", "# 前端工程师 Frontend", "# 求职 Java", "# 数据分析 Tableau"]) {
      const r = await readMarkdown([heading, "", "## 工作经历", "", "### 某某信息技术有限公司（2016年8月~2018年2月）"].join("\n"));
      expect(r.basics?.name, heading).not.toBe(heading.slice(2));
    }
  });

  it("takes a section title of CJK and Latin capitals (自己 PR, self-promotion) for no name with a given name after it", async () => {
    const r = await readMarkdown(["---", "title: Kenta Sato | 佐藤 健太", "---", "", "## 自己 PR", "", "- バックエンドからインフラまで担当してきました。", "", "## 職務経歴", "", "### 株式会社サンプル（2021/9〜現在）"].join("\n"));
    expect(r.basics?.name).toBe("Kenta Sato");
  });

  it("reads a page's links or accounts section as no name when the CV gives none", async () => {
    const zh = await readMarkdown(["## 我的链接", "", "* GitHub：[@someone](https://github.com/someone)", "", "## 个人信息", "", " - 刘洋 / 男 / 1993", "", "## 工作经历", "", "### 某某信息技术有限公司（2016年8月~2018年2月）"].join("\n"));
    expect(zh.basics?.name).toBe("刘洋");
    const ja = await readMarkdown(["# 職務経歴書", "", "## アカウント", "", "[GitHub](https://github.com/someone)", "", "## 職務経歴詳細", "", "### 株式会社サンプル (2021/4〜)"].join("\n"));
    expect(ja.basics?.name).toBeUndefined();
  });

  it("keeps the address of a badge link in an accounts section that names no known network", async () => {
    const r = await readMarkdown([
      "# 佐藤 健太", "", "## 各種アカウント", "", "[![GitHub](https://img.shields.io/badge/someone-12100E?logo=GitHub)](https://github.com/someone)",
      "[![Blog:雑記帳](https://img.shields.io/badge/blog-242527)](https://notes.example.org/)", "", "## 職務経歴", "", "### 株式会社サンプル（2021/9〜現在）",
    ].join("\n"));
    expect(r.basics?.profiles?.map((p) => p.url)).toEqual(["https://github.com/someone"]);
    expect(r.sections?.flatMap((s) => s.items)).toContainEqual({ summary: "Blog:雑記帳", url: "https://notes.example.org/" });
  });
});

describe("a Chinese or Korean introduction that names its author", () => {
  it("takes the name a Korean profile README's greeting heading closes with the copula, under its banner", async () => {
    const r = await readMarkdown([
      "![header](https://example.com/banner.png)", "", "### 👋 안녕하세요! 백엔드 개발자 김도윤입니다.", "", "데이터 정합성을 개선하는 시니어 개발자입니다.", "",
      "## 경력", "", "## 🔹 샘플랩 | 백엔드 개발자 (2022.01 ~ 현재)",
    ].join("\n"));
    expect(r.basics?.name).toBe("김도윤");
  });

  it("takes the name after 我叫 or 저는, and none from a role closed by the copula", async () => {
    expect((await readMarkdown(["## 关于我", "", "我叫王芳，来自成都，喜欢写代码。", "", "## 工作经历", "", "### 某某科技有限公司（2019年7月~至今）"].join("\n"))).basics?.name).toBe("王芳");
    expect((await readMarkdown(["## 소개", "", "저는 이서연입니다. 프론트엔드를 개발합니다.", "", "## 경력", "", "### 샘플랩 (2021.03 ~ 현재)"].join("\n"))).basics?.name).toBe("이서연");
    expect((await readMarkdown(["## 소개", "", "데이터를 다루는 시니어 개발자입니다.", "", "## 경력", "", "### 샘플랩 (2021.03 ~ 현재)"].join("\n"))).basics?.name).toBeUndefined();
    expect((await readMarkdown(["## 소개", "", "안녕하세요! 데이터 분석가 이사랑입니다.", "", "## 경력", "", "### 샘플랩 (2021.03 ~ 현재)"].join("\n"))).basics?.name).toBe("이사랑");
    for (const said of ["저는 백엔드 개발자입니다.", "저는 항상 배우는 개발자입니다", "안녕하세요, 백엔드 개발자 지망생입니다.", "프론트엔드 개발자 꿈나무입니다"]) {
      expect((await readMarkdown(["# README", "", said, "", "## 경력", "", "### 샘플랩 (2021.03 ~ 현재)"].join("\n"))).basics?.name, said).toBeUndefined();
    }
  });
});

describe("a span of dates written with a doubled hyphen", () => {
  it("reads 2017.01--2017.07 in a tab-aligned work list as the job's dates, not as a number to call", async () => {
    const r = await readMarkdown([
      "## 个人信息", "", "- **姓名**：王小明", "- **电子邮箱**：someone@example.org", "", "## 工作经历", "",
      "- 课程设计 \t\t\t2017.01--2017.07 \t\t网上书城网站", "- 某某科技有限公司 \t\t2017.09--2018.11 \t\t 官网开发",
    ].join("\n"));
    expect(r.basics?.phone).toBeUndefined();
    expect((r.work ?? []).map((w) => [w.startDate, w.endDate])).toEqual([["2017-01", "2017-07"], ["2017-09", "2018-11"]]);
  });
});

describe("personal details labelled behind an icon or listing two contacts", () => {
  it("reads a label with a GitHub emoji shortcode run into it, as a Chinese README writes :email:邮箱：", async () => {
    const r = await readMarkdown([
      "# 个人简历", "", ":student:姓名：王小明", "", ":email:邮箱：<someone@example.org>", "", ":computer:GitHub 主页：<https://github.com/someone>", "",
      "## 教育背景", "", "2018.09-2022.06 南湖理工大学",
    ].join("\n"));
    expect([r.basics?.name, r.basics?.email, r.basics?.profiles?.[0]?.username]).toEqual(["王小明", "someone@example.org", "someone"]);
  });

  it("takes the first of two addresses or numbers listed under one label, and keeps the second beside it", async () => {
    const r = await readMarkdown([
      "### 个人基本信息", "", "- **姓名**：王小明", "- **移动电话**：13800001111/13900002222", "- **邮箱**：<a@example.org>、<b@example.org>", "",
      "### 工作经历", "", "- 某某科技有限公司 2017.09--2018.11",
    ].join("\n"));
    expect([r.basics?.phone, r.basics?.email]).toEqual(["13800001111", "a@example.org"]);
    expect(r.basics?.otherContacts).toEqual([{ kind: "phone", value: "13900002222" }, { kind: "email", value: "b@example.org" }]);
  });

  it("keeps a number written with a slash after its area code whole ('+49 (0)171/1234567')", async () => {
    const r = await readMarkdown(["# Jonas Weber", "", "Telefon: +49 (0)171/1234567", "", "## Berufserfahrung", "", "- 2019 - 2023 Lindqvist AG, Entwickler"].join("\n"));
    expect(r.basics?.phone).toBe("+49 (0)171/1234567");
  });
});

describe("a school, field and degree with the word that says the study was finished", () => {
  it("reads 졸업 or 卒業 after the degree as no part of the school", async () => {
    const r = await readMarkdown(["# 홍길동", "", "## 학력", "", "- 한빛대학교 경영학 학사 졸업 (2022.02)", "- 北都大学 工学部 学士 卒業 (2012.03)"].join("\n"));
    expect(schools(r)).toEqual([["한빛대학교", "경영학", "학사", "2022-02"], ["北都大学", "工学部", "学士", "2012-03"]]);
  });
});

describe("a bracket the dates were cut out of", () => {
  it("leaves no opening bracket at the end of a project's name or a field", async () => {
    const r = await readMarkdown([
      "# 王小明", "", "## 项目经验", "", "1. **某某科技有限公司（2017.9-2018.11 研发部门）**", "", "   - 官网项目", "", "## 학력", "",
      "- **한빛대학교** - 컴퓨터공학 전공 (2025.04 ~ , 2027년 졸업 예정)",
    ].join("\n"));
    expect(r.projects?.map((p) => p.name)).toEqual(["某某科技有限公司"]);
    expect(r.education?.map((e) => [e.institution, e.area])).toEqual([["한빛대학교", "컴퓨터공학 전공"]]);
  });
});

describe("a labelled line of dates under an entry's heading", () => {
  it("reads the label before the dates ('기간:', 'Period:') as no field of a school or a project", async () => {
    const r = await readMarkdown([
      "# 홍길동", "", "## 프로젝트", "", "### 사내 도구 개발 (React)", "", "> 기간: 2023.02 - 현재", "", "- 빌드 속도 개선", "",
      "## 교육", "", "### 한빛대학교", "", "> 기간: 2019.03 - 2023.02", "", "### Northfield College", "", "Period: 2015 - 2019",
    ].join("\n"));
    expect(schools(r)).toEqual([["한빛대학교", undefined, undefined, "2023-02"], ["Northfield College", undefined, undefined, "2019"]]);
    expect(r.projects?.map((p) => [p.name, p.description, p.startDate])).toEqual([["사내 도구 개발", "(React)", "2023-02"]]);
  });
});

describe("a title of a job's duties under its employer", () => {
  it("reads '**【担当業務】**' or '**担当業務**' over the duties as no role", async () => {
    for (const title of ["**【担当業務】**", "**担当業務**"]) {
      for (const heading of ["### 株式会社サンプル（2020/04 - 現在）", "### 株式会社サンプル\n時期: 2020/04 - 現在<br>"]) {
        const r = await readMarkdown(["# 山田 花子", "", "## 職務経歴", "", heading, "", title, "- テスト設計", "- テスト実施"].join("\n"));
        expect(r.work?.map((w) => [w.name, w.position, w.startDate]), `${heading} ${title}`).toEqual([["株式会社サンプル", undefined, "2020-04"]]);
      }
    }
  });
});

describe("a degree written with the word for degree after it", () => {
  it("reads '学士学位', '碩士學位' or '석사학위' before the school as the degree, the school after it kept", async () => {
    const r = await readMarkdown([
      "# 张伟", "", "## 教育", "", "* 2002 to 2006: 学士学位 华东农业大学 计算机科学与技术专业", "* 2006 - 2008 碩士學位 南港科技大學 資訊工程", "* 2010.03 ~ 2012.02 석사학위 한빛대학교 경영학",
    ].join("\n"));
    expect(schools(r)).toEqual([
      ["华东农业大学", "计算机科学与技术专业", "学士学位", "2006"],
      ["南港科技大學", "資訊工程", "碩士學位", "2008"],
      ["한빛대학교", "경영학", "석사학위", "2012-02"],
    ]);
  });
});

describe("a role and its employer joined by an '@' with no space", () => {
  it("reads '**검색 개발@Acme Corp (Sep 2021 - Present)**' under 이력사항 as the role at the employer", async () => {
    const r = await readMarkdown([
      "# 김하늘", "", "## 이력사항", "", "- **검색 개발@Acme Corp (Sep 2021 - Present)**", "  - 백엔드 개발", "- **Web 개발@Globex(Jul 2020 - Aug 2021 · 1 yr 2 mos)**",
      "", "## Contact", "", "- kim.haneul@example.org",
    ].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Acme Corp", "검색 개발", "2021-09", undefined],
      ["Globex", "Web 개발", "2020-07", "2021-08"],
    ]);
    expect(r.basics?.email).toBe("kim.haneul@example.org");
  });
});

describe("a section's title in bold where a name might stand", () => {
  it("takes no name from '**핵심 역량**' under a 경력기술서 title, and keeps a Korean name in bold", async () => {
    const lines = (first: string) => [
      "# 경력기술서", "", "**프론트엔드 개발자 · 총 경력 9년** (2016.09 ~ 2026.04)", "", first, "", "- React 기반 웹 서비스 설계", "", "---", "",
      "## 주식회사 보이저 · 플랫폼실 · 프론트엔드 개발자", "", "**2025.08 ~ 2026.04 (9개월)**", "", "- 홈페이지 리뉴얼",
    ].join("\n");
    expect((await readMarkdown(lines("**핵심 역량**"))).basics?.name).toBeUndefined();
    expect((await readMarkdown(lines("**김하늘**"))).basics?.name).toBe("김하늘");
  });
});

describe("a staff role in bold under its employer's heading", () => {
  it("reads '**門市人員**', '**ホールスタッフ**' or '**매장 직원**' under a dated employer as the role", async () => {
    const r = await readMarkdown([
      "# 陳小華", "", "## 工作經歷", "### **某某批發店** (2025/2~)  ", "**包裝與配貨人員**  ", "- **依訂單進行商品分類**  ", "",
      "### **某某便利超商** (2023/9~2025/1)  ", "**門市人員**  ", "- **結帳與補貨**  ", "",
      "### 株式会社サンプル（2020年4月〜2021年3月）", "**ホールスタッフ**", "- 接客", "", "### 한빛마트 (2019.03 ~ 2020.02)", "**매장 직원**", "- 재고 관리",
    ].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["某某批發店", "包裝與配貨人員"], ["某某便利超商", "門市人員"], ["株式会社サンプル", "ホールスタッフ"], ["한빛마트", "매장 직원"],
    ]);
  });
});

describe("staffing firms and titles the CJK readers must not take for roles or names", () => {
  it("reads a staffing firm named with スタッフ, and an organisation named with 직원, as the employer, the bold line under it the role", async () => {
    const ja = await readMarkdown("# 山田 花子\n\n## 職歴\n\n### スタッフサービス\n\n2015年4月 - 2018年3月\n\n**営業事務**\n\n- 受発注業務\n");
    expect(ja.work?.map((w) => [w.name, w.position])).toEqual([["スタッフサービス", "営業事務"]]);
    const ko = await readMarkdown("# 김민수\n\n## 경력\n\n### 한국교직원공제회\n\n2018.03 - 현재\n\n**자산운용팀 대리**\n");
    expect(ko.work?.map((w) => [w.name, w.position])).toEqual([["한국교직원공제회", "자산운용팀 대리"]]);
  });

  it("takes no title the vocabulary holds whole for the name, though it opens with a family name's syllable ('기술 스택')", async () => {
    const r = await readMarkdown("# 경력기술서\n\n**기술 스택**\n\n- Java, Spring\n\n## 경력\n\n### 한빛소프트\n\n2019.03 - 현재\n");
    expect(r.basics?.name).toBeUndefined();
  });
});
