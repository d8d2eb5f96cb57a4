import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const sectionLines = (r: Resume) => (r.sections ?? []).flatMap((s) => s.items.map((i) => i.summary ?? i.title));

/** Chinese, Japanese and Korean CVs: the personal details a form lists, label by label. */
describe("a form of personal details", () => {
  it("reads labels spaced out to line up their colons, as a Chinese form pads its two-character labels", async () => {
    const r = await readMarkdown(
      ["# 简历", "", "## 基本信息", "", "- 姓   名\t：王小明           ", "- 出生年月\t：1999.05", "- 电   话\t：13800001111", "- 住   址\t：浙江省湖州市", "", "## 工作经历", "", "- 青禾数据有限公司 2020.03-至今"].join("\n"),
    );
    expect(r.basics?.name).toBe("王小明");
    expect(r.basics?.phone).toBe("13800001111");
    expect(r.basics?.location).toMatchObject({ city: "湖州市", region: "浙江省" });
    expect(sectionLines(r)).not.toContain("姓名:王小明");
  });

  it("reads Korean labels spaced out syllable by syllable, but keeps the space between two Korean words", async () => {
    const r = await readMarkdown(["경력 기술서", "===", "", "## 기본 정보", "- 이 름 : 김하늘", "- 연락처 : 010-1234-5678", "", "## 자격증", "", "- 정보 처리 : 합격"].join("\n"));
    expect(r.basics?.name).toBe("김하늘");
    expect(JSON.stringify(r)).toContain("정보 처리");
  });

  it("reads a school named under the label of the degree as the institution, with its dates", async () => {
    const r = await readMarkdown(["# 김하늘", "", "## 기본 정보", "- 이 름 : 김하늘", "- 학 력 : 한빛대학교(2011.03 ~ 2015.02)", "- 연락처 : 010-1234-5678"].join("\n"));
    expect(r.education).toEqual([expect.objectContaining({ institution: "한빛대학교", startDate: "2011-03", endDate: "2015-02" })]);
    expect(r.education?.[0]?.studyType).toBeUndefined();
  });

  it("reads the one employer a form names under the label of a career, with its open dates and the title labelled beside it", async () => {
    const form = ["# 김하늘", "", "## 기본 정보", "- 이 름 : 김하늘", "- 경 력 : 한빛전자 (2018.02 ~ )", "- 직 무 : 생산관리 시스템 개발", "- 연락처 : 010-1234-5678"];
    const r = await readMarkdown(form.join("\n"));
    expect(r.work).toEqual([expect.objectContaining({ name: "한빛전자", position: "생산관리 시스템 개발", startDate: "2018-02" })]);
    expect(r.work?.[0]?.endDate).toBeUndefined();
    // a count of the years worked names no employer, and a section of jobs lists them itself
    expect((await readMarkdown(["# 김하늘", "", "## 기본 정보", "- 이 름 : 김하늘", "- 경 력 : 4년", "- 연락처 : 010-1234-5678"].join("\n"))).work).toBeUndefined();
    expect((await readMarkdown(["# 김하늘", "", "## 기본 정보", "- 이 름 : 김하늘", "- 경 력 : 4년 (2021.03 ~ 2025.02)", "- 연락처 : 010-1234-5678"].join("\n"))).work).toBeUndefined();
    const listed = await readMarkdown([...form, "", "## 경력", "", "### 한빛전자 (2018.02 ~ 현재)", "- 생산관리 시스템 개발"].join("\n"));
    expect(listed.work).toHaveLength(1);
  });

  it("reads the city of a Chinese postal address under the name, a district and a house number after it", async () => {
    const r = await readMarkdown(["# 王小明", "", "华东大学经济学院", "", "上海市徐汇区漕溪路 12 号（ 200030 ）", "", "## 教育经历", "", "2016-2020 华东大学：经济学学士"].join("\n"));
    expect(r.basics?.location?.city).toBe("上海市");
  });

  it("keeps the space between two words of a Japanese label, which is no padding", async () => {
    const r = await readMarkdown(["# 山田 花子", "", "## 資格", "", "- 工事担任者 総合種: 合格"].join("\n"));
    expect(JSON.stringify(r)).toContain("工事担任者 総合種");
  });

  it("takes the job a details section says is sought as the headline, and leaves its line out of the details", async () => {
    const r = await readMarkdown(
      ["# 简历", "", "# 个人信息", "", " - 李四/男/1993", " - 工作年限：5年", " - 期望职位：Android开发工程师", " - 期望薪资：面议", "", "# 工作经历", "", "## 某某网络科技有限公司 （ 2016年10月 ~ 2018年1月 ）"].join("\n"),
    );
    expect(r.basics?.label).toBe("Android开发工程师");
    expect(sectionLines(r).some((t) => t?.includes("期望职位"))).toBe(false);
    expect(sectionLines(r).some((t) => t?.includes("期望薪资"))).toBe(true);
  });

  it("reads one study from a form that gives its school, field and degree a line each", async () => {
    const r = await readMarkdown(
      ["# 简历", "", "## 基本信息", "", "- 姓名：赵六", "- 专业：软件工程", "- 邮箱：zhaoliu@example.com", "- 毕业院校：东湖师范大学", "- 学历：本科", "", "## 项目经验", "", "- 图书管理系统"].join("\n"),
    );
    expect(r.education).toEqual([{ institution: "东湖师范大学", area: "软件工程", studyType: "本科" }]);
  });

  it("reads the degree, school and class year packed after the degree's label, without the word for full-time study", async () => {
    const r = await readMarkdown(
      ["# 求职简历", "", "# 个人信息", "", "- 姓名：钱七", "- 学历：全日制本科/江北工程学院/2020届应届生", "- 专业：计算机科学与技术", "", "# 联系方式", "", "- 手机：13900002222"].join("\n"),
    );
    expect(r.education).toEqual([{ institution: "江北工程学院", area: "计算机科学与技术", studyType: "本科", endDate: "2020" }]);
  });

  it("reads a section titled as an introduction whose every line is a labelled detail as the personal details", async () => {
    const r = await readMarkdown(
      ["# 简介", "姓名: 孙八 <br>", "性别: 男<br>", "坐标: 杭州<br>", "职业: 前端工程师<br>", "邮箱: sunba@example.com<br>", "", "# 技能", "* 熟悉react"].join("\n"),
    );
    expect(r.basics).toMatchObject({ name: "孙八", label: "前端工程师", email: "sunba@example.com", location: { city: "杭州" } });
    expect(r.basics?.summary).toBeUndefined();
  });

  it("reads the school under a Korean self-introduction's labelled details", async () => {
    const r = await readMarkdown(["### 이력서", "", "# 자기소개", "", "* 태어난곳 : 대전", "* 대학교 : 한빛대학교 컴퓨터공학과", "* 나이 : 30세", "* MBTI : ENTP"].join("\n"));
    expect(r.education).toEqual([{ institution: "한빛대학교", area: "컴퓨터공학과" }]);
  });

  it("keeps a name's line in the details where it says more than the name: its reading, or the name in Latin letters", async () => {
    const r = await readMarkdown(["# 職務経歴書", "", "## 個人データ", "", "* 氏名: 山田 花子 / YAMADA Hanako", "* ID: `hanako`", "", "## 職務要約", "", "インフラの開発と運用に携わってきました。"].join("\n"));
    expect(r.basics?.name).toBe("山田 花子");
    expect(sectionLines(r)).toContain("氏名: 山田 花子 / YAMADA Hanako");
  });
});

describe("a 職務経歴書's facts about an employer", () => {
  it("takes neither what the employer does nor the label over the dates for the job's title", async () => {
    const r = await readMarkdown(
      ["# 職務経歴書", "", "## ■ 職務経歴", "", "### 株式会社山川広告", "", "  事業内容 : 広告代理業", "", "  **[所属期間]**", "", "  2018年4月〜2020年10月", "", "  **[担当業務]**", "", "  屋外広告物の営業。"].join("\n"),
    );
    expect(r.work?.[0]).toMatchObject({ name: "株式会社山川広告", startDate: "2018-04", endDate: "2020-10" });
    expect(r.work?.[0]?.position).toBeUndefined();
  });
});
