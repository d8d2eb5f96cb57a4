import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** A line of business beside a role where no employer is named, on invented CVs. */
describe("a line of business beside a role", () => {
  it("names no employer when it stands alone under the role", async () => {
    const r = await readMarkdown(["# Nino Sala", "", "## Esperienze", "", "### Cuoco", "**Ristorazione**", "**2015 – 2021**", "", "- Gestione della cucina."].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([[undefined, "Cuoco", "2015"]]);
  });

  it("names no employer when a sector is set beside the role", async () => {
    const r = await readMarkdown(["# Nino Sala", "", "## Experiencia", "", "### Desarrollador Backend · Sector bancario", "Marzo 2019 – Presente"].join("\n"));
    expect(r.work?.[0]?.name).toBeUndefined();
    expect(r.work?.[0]?.position).toBe("Desarrollador Backend");
  });

  it("keeps the employer a header names beside its line of business", async () => {
    const r = await readMarkdown(["# Nino Sala", "", "## Experiencia", "", "### Analista - Banco Andino – Seguros y Fianzas", "Marzo 2019 – Presente"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([["Banco Andino", "Analista"]]);
  });

  it("keeps an employer whose name ends in a word for a sector", async () => {
    const r = await readMarkdown(["# Nino Sala", "", "## Experience", "", "### Policy Analyst", "**Ministry of Industry**", "2019 - 2022"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([["Ministry of Industry", "Policy Analyst"]]);
    for (const name of ["Confederation of Rivian Industry", "Grupo Ramo", "Kestrel Industry"]) {
      const other = await readMarkdown(["# Nino Sala", "", "## Experience", "", "### Policy Analyst", `**${name}**`, "2019 - 2022"].join("\n"));
      expect(other.work?.[0]?.name).toBe(name);
    }
  });

  it("names no employer where a trade closes with 'industry'", async () => {
    const r = await readMarkdown(["# Nino Sala", "", "## Experience", "", "### Analyst · Banking industry", "2019 - 2022"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([[undefined, "Analyst"]]);
  });
});


/** An employer's line under a dated role's heading, its team and trade set after its name, on invented CVs. */
describe("an employer's line that names its team and trade after a bar", () => {
  it("takes the first phrase as the employer and says the team and the trade of the job", async () => {
    const r = await readMarkdown(
      ["# 王小明", "", "## 工作经历", "", "### 2023年09月 - 至今 - 后端开发工程师", "**星云科技 | 数据平台团队 | 金融科技行业**", "", "- 负责后端系统开发"].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.description])).toEqual([["星云科技", "后端开发工程师", "数据平台团队; 金融科技行业"]]);
  });

  it("does so in English, the team named by its closing word", async () => {
    const r = await readMarkdown(["# Jo Park", "", "## Experience", "", "### Backend Engineer · 2021 – Present", "**Lumen Labs | Data Platform Team**", "", "- Built the ingestion service"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([["Lumen Labs", "Backend Engineer"]]);
  });
});
