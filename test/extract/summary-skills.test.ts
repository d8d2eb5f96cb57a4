import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const profile = (title: string, ...lines: string[]) => readMarkdown(["# Jane Doe", "", `## ${title}`, "", "Nurse with ten years in intensive care.", "", ...lines].join("\n"));

/** Labelled lists under an about section's introduction, each on an invented CV. */
describe("labelled lists under an introduction", () => {
  it("leaves lists labelled only by catch-all or language words in the summary", async () => {
    const en = await profile("Profile", "Languages: English, French", "Other: driving licence, first aid instructor");
    expect(en.skills).toBeUndefined();
    expect(en.basics?.summary).toContain("Other: driving licence, first aid instructor");
    const de = await profile("Profil", "Sprachen: Deutsch, Englisch", "Sonstiges: Führerschein B, Ersthelfer");
    expect(de.skills).toBeUndefined();
    const uk = await profile("Про мене", "Мови: українська, англійська", "Інше: водійське посвідчення, перша допомога");
    expect(uk.skills).toBeUndefined();
  });

  it("leaves an office's towns and a site's addresses in the summary", async () => {
    const r = await profile("About", "Office: Berlin, Hamburg", "Web: janedoe.art, instagram.com/janedoe");
    expect(r.skills).toBeUndefined();
    expect(r.basics?.summary).toContain("Office: Berlin, Hamburg");
  });

  it("reads the run as skills when one label names a specific kind of skill", async () => {
    const r = await profile("About", "Languages: Go, Python", "Other: Kafka, Redis", "Databases: PostgreSQL, Redis");
    expect(r.skills?.map((s) => s.name)).toEqual(["Languages", "Other", "Databases"]);
  });
});
