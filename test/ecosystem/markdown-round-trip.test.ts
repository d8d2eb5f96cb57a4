import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeMarkdown } from "../../src/export/write-markdown.js";
import { loadResume } from "../../src/load-resume.js";
import { wordsFor } from "../../src/render/locale.js";
import type { Resume } from "../../src/resume/schema.js";
import { orderSections } from "../../src/resume/section-order.js";
import { REPO, resumeSources } from "../support/paths.js";

const SAMPLE = join(REPO, "node_modules/@jsonresume/schema/sample.resume.json");
const dir = mkdtempSync(join(tmpdir(), "vitae-md-"));

async function parse(path: string): Promise<Resume> {
  const loaded = await loadResume(path);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.value.resume;
}

/** Writes Markdown and reads it back with vitae's own parser. */
async function roundTrip(resume: Resume, name: string): Promise<Resume> {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, writeMarkdown(resume));
  return parse(path);
}

/**
 * The résumé as the Markdown can be expected to give it back exactly. Two
 * things are normalised: a date written back keeps its written form in
 * `period` (which the original may not have had), and a section vitae found
 * without a heading (degrees told in prose) gets its heading in `meta.sections`;
 * neither changes what is rendered.
 */
function normal(resume: Resume): unknown {
  const { meta, ...rest } = structuredClone(resume);
  const order = orderSections(resume, wordsFor(resume.meta?.lang).sections).map((ref) => `${ref.key}:${ref.title}`);
  const { sections: _sections, ...otherMeta } = meta ?? {};
  return JSON.parse(JSON.stringify({ ...rest, meta: otherMeta, order }, (key, value: unknown) => (key === "period" ? undefined : value)));
}

describe("Markdown output", () => {
  for (const source of resumeSources()) {
    it(`of ${basename(source)} parses back to the same résumé, and is a fixed point`, async () => {
      const original = await parse(source);
      const once = await roundTrip(original, `${basename(source)}-1`);
      expect(normal(once)).toEqual(normal(original));
      // the Markdown writer's output is vitae's normal form: writing it again changes nothing
      expect(await roundTrip(once, `${basename(source)}-2`)).toEqual(once);
    });
  }

  it("keeps the JSON Resume sample's header, dates and keywords exactly", async () => {
    const original = await parse(SAMPLE);
    const back = await roundTrip(original, "sample-exact");
    expect(back.basics).toMatchObject({ ...original.basics, url: expect.any(String) });
    expect(back.work?.[0]).toMatchObject({ name: "Pied Piper", position: "CEO/President", startDate: "2013-12-01", endDate: "2014-12-01" });
    expect(back.skills).toEqual(original.skills);
    expect(back.languages).toEqual(original.languages);
    expect(back.projects?.[0]).toMatchObject({ roles: original.projects?.[0]?.roles, entity: original.projects?.[0]?.entity, keywords: original.projects?.[0]?.keywords });
    expect(back.awards?.[0]).toMatchObject({ awarder: original.awards?.[0]?.awarder });
    expect(back.meta).toMatchObject({ canonical: original.meta?.canonical });
    expect(await roundTrip(back, "sample-again")).toEqual(back);
  });
});
