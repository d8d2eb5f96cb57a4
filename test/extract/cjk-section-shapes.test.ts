import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Sections of Chinese, Japanese and Korean CVs whose items say what they hold, whatever their title says; invented CVs. */
describe("a CJK section read from its items' shape", () => {
  it("reads numbered sentences of proficiency under a work title as skills, not as jobs named by the sentences", async () => {
    const r = await readMarkdown([
      "# 王小明", "", "## 工作经验", "",
      "1. 熟练掌握 Go 语言，熟悉并发编程与内存模型", "2. 熟悉 Gin、GORM 等常用框架", "3. 熟练使用 PostgreSQL、Kafka 消息队列", "4. 了解 Terraform 与云原生部署",
    ].join("\n"));
    expect(r.work).toBeUndefined();
    expect(r.skills?.map((s) => s.name)).toHaveLength(4);
  });

  it("reads numbered sentences typed without a space after the number, one of them no proficiency, as skills whole", async () => {
    const r = await readMarkdown([
      "# 李小华", "", "## 职业经验", "",
      "1.熟练掌握HTML，CSS，javascript，能够解决浏览器兼容性问题；", "",
      "2.熟练掌握页面布局方式，栅格布局，弹性布局；", "",
      "3.熟练掌握Vue，vue-router，vuex等相关类库；", "",
      "4.了解Node.js以及Express框架；", "",
      "5.开发项目类型，官网，后台系统，小程序；", "",
      "## 工作经历", "", "公司名称：某某科技有限公司    2019.07-2021.03",
    ].join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["某某科技有限公司"]);
    expect(r.skills?.slice(0, 4).map((s) => s.name)).toEqual([
      "熟练掌握HTML, CSS, javascript, 能够解决浏览器兼容性问题",
      "熟练掌握页面布局方式, 栅格布局, 弹性布局",
      "熟练掌握Vue, vue-router, vuex等相关类库",
      "了解Node.js以及Express框架",
    ]);
  });

  it("keeps undated sentences of what was done under a Korean work title as the section's text, not as jobs", async () => {
    const r = await readMarkdown([
      "# 박하늘", "", "## 경력", "",
      "1. 대규모 주문을 처리하는 정산 시스템을 설계하고 운영했습니다", "2. 사내 배포 파이프라인을 구축하여 배포 시간을 줄였습니다", "3. 신입 개발자 교육 과정을 기획하고 진행했습니다",
    ].join("\n"));
    expect(r.work).toBeUndefined();
    expect(r.sections?.[0]?.items).toHaveLength(3);
  });

  it("still reads dated jobs under a Chinese work title as jobs", async () => {
    const r = await readMarkdown([
      "# 王小明", "", "## 工作经验", "",
      "- 某某网络科技有限公司 后端工程师 2019.07 - 至今", "- 某某信息技术有限公司 开发工程师 2016.07 - 2019.06", "- 某某软件有限公司 实习生 2015.07 - 2016.06",
    ].join("\n"));
    expect(r.work).toHaveLength(3);
  });

  it("reads research projects under a Korean title of project experience as projects", async () => {
    const r = await readMarkdown([
      "# 박하늘", "", "## 연구 프로젝트 경력", "",
      "### 차세대 전지 소재 분석 플랫폼", "- 기간: 2021.03 ~ 2022.12", "- 역할: 데이터 파이프라인 설계", "",
      "### 의료 영상 분할 알고리즘", "- 기간: 2019.09 ~ 2021.02", "- 역할: 모델 개발",
    ].join("\n"));
    expect(r.work).toBeUndefined();
    expect(r.projects?.map((p) => p.name)).toEqual(["차세대 전지 소재 분석 플랫폼", "의료 영상 분할 알고리즘"]);
  });

  it("reads a Chinese title of project work experience as projects, not jobs", async () => {
    const r = await readMarkdown([
      "# 王小明", "", "## 工作经历", "", "### 某某网络科技有限公司 | 前端工程师 | 2019.07 - 至今", "", "- 负责官网开发", "",
      "## 项目工作经验", "", "### 电商后台管理系统 | 2020.03 - 2020.12", "", "- 使用 Vue 开发后台", "", "### 微信小程序商城 | 2019.08 - 2020.02", "", "- 负责小程序前端开发",
    ].join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["某某网络科技有限公司"]);
    expect(r.projects?.map((p) => p.name)).toEqual(["电商后台管理系统", "微信小程序商城"]);
  });

  it("reads a Japanese section of OSS developed as projects, the list's closing 'etc' no project", async () => {
    const r = await readMarkdown([
      "# 佐藤 健", "", "## OSS の開発", "",
      "- [kumo-cli](https://github.com/example/kumo-cli): クラウド設定を検証する CLI", "- [hoshi-action](https://github.com/example/hoshi-action): 差分を通知する GitHub Action", "- etc",
    ].join("\n"));
    expect(r.projects?.map((p) => p.name)).toEqual(["kumo-cli", "hoshi-action"]);
  });

  it("reads entries headed by the label of a project's name under a career title as projects, not as jobs named by the label", async () => {
    const r = await readMarkdown([
      "# 김하늘", "", "## 대표 경력", "",
      "### 1. 프로젝트명 : 재고 관리 시스템 구축", "- 설 명 : 물류 창고의 재고 관리", "- 업무기간 : 2019년 03월 ~ 현재", "",
      "### 2. 프로젝트명 : 사내 메신저 개발", "- 설 명 : 사내 메신저", "- 업무기간 : 2018년 01월 ~ 2018년 12월",
    ].join("\n"));
    expect(r.work).toBeUndefined();
    expect(r.projects?.map((p) => p.name)).toEqual(["재고 관리 시스템 구축", "사내 메신저 개발"]);
  });
});
