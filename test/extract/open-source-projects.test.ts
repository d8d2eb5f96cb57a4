import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A pandoc plain-text CV whose "Open Source" part names each project on a line of its own, dated, with what it is under it. */
const CV = `Robin Calloway

Experience 2015 - Present

Backend Developer, Quarry Lane Software Ltd. 2019 - 2024

-   Built the billing service

Open Source 2020 - Present

Tidewatch 2023 - Present

A monitor for message queue lag with alerts over chat

-   Wrote the exporter for three brokers

Ledgerline 2021

-   Plain-text accounting tool with a terminal interface
`;

describe("an Open Source section", () => {
  it("reads the named projects it lists, each a name line with what it is under it, as projects", async () => {
    const { projects } = await readText(CV);
    expect(projects?.map((p) => [p.name, p.startDate])).toEqual([
      ["Tidewatch", "2023"],
      ["Ledgerline", "2021"],
    ]);
  });

  it("keeps a list of contributions written as sentences as a section of its own", async () => {
    const list = "Robin Calloway\n\nOpen Source Contributions\n\n* Primary contributor to Tidewatch, a queue monitor, 2019-2021\n* Wrote the plugin system of Ledgerline, 2018\n";
    const { projects } = await readText(list);
    expect(projects).toBeUndefined();
  });

  it("reads no undated category over the projects as a project", async () => {
    const grouped = "Robin Calloway\n\nOpen Source\n\nCloud\n\n-   boxkit: builds virtual machine images\n-   shipyard: container images\n\nEditors\n\n-   tidy.el: a mode that formats buffers\n";
    const { projects } = await readText(grouped);
    expect(projects?.map((p) => p.name) ?? []).not.toContain("Cloud");
  });
});
