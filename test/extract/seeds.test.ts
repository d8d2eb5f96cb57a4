import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";
import type { Resume } from "../../src/resume/schema.js";
import { ResumeSchema } from "../../src/resume/schema.js";
import { detectFormat } from "../../src/source/detect-format.js";

const seeds = join(import.meta.dirname, "../../../shared/seeds");

async function parseSeed(id: string): Promise<Resume> {
  const path = join(seeds, `${id}.txt`);
  const text = readFileSync(path, "utf8");
  const { format, reason } = detectFormat(path, text);
  const { resume } = await extractSource({ path, text, format, formatReason: reason });
  expect(ResumeSchema.safeParse(resume).success).toBe(true);
  return resume;
}

describe("seed CVs", () => {
  it("reads a web-page dump: name beside its CJK form, work from ROLE news, awards from AWARD news, degrees from loose bullets", async () => {
    const r = await parseSeed("000_dcf4b72266c56cf2");
    expect(r.basics?.name).toBe("Xueshen Liu");
    expect(r.basics?.altNames?.[0]?.name).toBe("刘学深");
    expect(r.basics?.location).toEqual({ city: "Ann Arbor", region: "MI" });
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Citadel Securities", "Quantitative Researcher Intern", "2026", undefined],
      ["Systems Research @ Google", "Student Researcher", "2025-05", "2025-12"],
      ["University of Michigan", "Graduate Student Instructor", "2024-09", undefined],
      ["General Motors", "Research Intern", "2024-05", undefined],
    ]);
    expect(r.awards?.map((a) => [a.title, a.date])).toEqual([
      ["Roger King Scholarship", "2021-08"],
      ["Robomaster Final Competition", "2019-08"],
    ]);
    expect(r.education?.map((e) => e.studyType)).toEqual(["Ph.D.", "B.S.", "B.S."]);
    expect(r.projects ?? []).toEqual([]);
    expect(r.publications ?? []).toEqual([]);
  });

  it("reads numbered project cards: every card a project, only cards with a dated venue publications", async () => {
    const r = await parseSeed("001_09f11822f40d5ecd");
    expect(r.basics?.name).toBeUndefined();
    expect(r.projects?.map((p) => p.name)).toEqual(["Foundry", "RLBoost", "HeterMoE", "Plato", "CAKE", "LTE", "mm2-gb"]);
    expect(r.publications?.map((p) => p.releaseDate)).toEqual(["2026", "2025", "2025", "2024", "2024"]);
    expect(r.publications?.[2]?.name).toBe("Compute Or Load KV Cache? Why Not Both?");
  });

  it("reads Markdown in a .txt with inline HTML awards, escaped author markers and Current/Present ends", async () => {
    const r = await parseSeed("002_a18c38b8acdc0481");
    expect(r.basics).toMatchObject({ name: "Shengyu Liu", email: "shengyu.liu@stu.pku.edu.cn", url: "https://interestinglsy.github.io" });
    expect(r.basics?.profiles).toBeUndefined();
    expect(r.work?.[2]).toMatchObject({ name: "Peking University Supercomputing Team", position: "Team Leader", startDate: "2022-03", endDate: "2023-12" });
    expect(r.education?.[0]).toMatchObject({ institution: "Peking University", studyType: "BS", area: "Computer Science", score: "3.872/4.0" });
    expect(r.awards).toHaveLength(10);
    expect(r.publications?.[2]?.authors?.slice(0, 2)).toEqual(["Yinmin Zhong*", "Zili Zhang*"]);
    expect(r.publications?.[2]?.status).toBe("Submitted to NSDI");
    expect(r.projects?.map((p) => p.name)).toContain("Tiny SYSY Compiler");
  });

  it("reads a hard-wrapped PDF text with '|' separated headings and multi-line entries", async () => {
    const r = await parseSeed("003_010d44a0edafcd80");
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Tencent", "Tech Lead, LLM Inference Optimization (Expert)", "Beijing, BJ"],
      ["NIO", "Head of High-Performance Computing Team (Expert)", "Beijing, BJ"],
      ["TuSimple", "High-Performance Computing Engineer", "Beijing, BJ / San Diego, CA"],
    ]);
    expect(r.education?.[0]).toMatchObject({ studyType: "Doctor of Philosophy", area: "High-Performance Computing" });
    expect(r.publications?.filter((p) => p.type === "patent").map((p) => p.releaseDate)).toEqual(["2021-12-28", "2021", "2023-01-19"]);
    expect(r.skills).toHaveLength(7);
    expect(r.projects?.map((p) => p.name)).toEqual(["hpc-ops"]);
  });

  it("reads degrees told in an About-me text and leaves a closing remark out of the projects", async () => {
    const r = await parseSeed("004_71c232b9b4b01ad9");
    expect(r.education?.map((e) => [e.institution, e.studyType, e.endDate])).toEqual([
      ["University of Pennsylvania", "Ph.D.", undefined],
      ["Columbia University", "Master’s", undefined],
      ["Southern University of Science and Technology", "B.S.", "2015"],
    ]);
    expect(r.projects).toHaveLength(3);
    // a range dates an award by its start (corpus rule 9), the whole range kept as its period
    expect(r.awards?.[2]).toMatchObject({ title: "China Merchant Bank Scholarship", date: "2012", period: "2012-2014" });
  });
});
