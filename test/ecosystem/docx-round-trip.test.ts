import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDocx } from "../../src/export/write-docx.js";
import type { Resume } from "../../src/resume/schema.js";
import { REPO, resumeSources } from "../support/paths.js";
import { parseResume as parse, roundTripNormal as normal } from "../support/round-trip.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-docx-"));

/** Writes a Word document and reads it back with vitae's own Word input. */
async function roundTrip(resume: Resume, name: string): Promise<Resume> {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, await writeDocx(resume, { font: "Noto Serif", accent: "#1f3a68" }));
  return parse(path);
}

describe("Word output", () => {
  for (const source of resumeSources()) {
    it(`of ${relative(REPO, source)} reads back through the Word input to the same résumé`, async () => {
      const original = await parse(source);
      const back = await roundTrip(original, relative(REPO, source).replace(/[/.]/g, "-"));
      expect(normal(back)).toEqual(normal(original));
    });
  }
});
