import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeMarkdown } from "../../src/export/write-markdown.js";
import { loadResume } from "../../src/load-resume.js";
import { STANDARD_SECTIONS, type Resume } from "../../src/resume/schema.js";
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
 * What survives Markdown whatever the parser's heuristics: the name, each
 * section's entry count, every bullet (an education's courses come back as
 * "Course: …" bullets: Markdown has no separate list for them).
 */
function skeleton(resume: Resume) {
  return {
    name: resume.basics?.name,
    counts: Object.fromEntries(STANDARD_SECTIONS.map((k) => [k, resume[k]?.length ?? 0])),
    bullets: STANDARD_SECTIONS.flatMap((k) =>
      (resume[k] ?? []).flatMap((e) => [...("highlights" in e ? (e.highlights ?? []) : []), ...("courses" in e ? (e.courses ?? []).map((c) => `Course: ${c}`) : [])]),
    ),
  };
}

describe("Markdown output", () => {
  for (const source of [...resumeSources(), SAMPLE]) {
    it(`of ${basename(source)} parses back to the same name, entries and bullets, and is a fixed point`, async () => {
      const original = await parse(source);
      const once = await roundTrip(original, `${basename(source)}-1`);
      expect(skeleton(once)).toEqual(skeleton(original));
      // the Markdown writer's output is vitae's normal form: writing it again changes nothing
      expect(await roundTrip(once, `${basename(source)}-2`)).toEqual(once);
    });
  }

  it("keeps the JSON Resume sample's header, dates and keywords exactly", async () => {
    const original = await parse(SAMPLE);
    const back = await roundTrip(original, "sample-exact");
    expect(back.basics).toMatchObject({ ...original.basics, url: expect.any(String) });
    expect(back.work?.[0]).toMatchObject({ name: "Pied Piper", position: "CEO/President", startDate: "2013-12-01", endDate: "2014-12-01" });
    // a skill's level has no Markdown convention in vitae's parser
    expect(back.skills).toEqual(original.skills?.map(({ level: _level, ...skill }) => skill));
    expect(back.meta).toMatchObject({ canonical: original.meta?.canonical });
  });
});
