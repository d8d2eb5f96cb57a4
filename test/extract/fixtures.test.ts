import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";
import { ResumeSchema } from "../../src/resume/schema.js";
import { detectFormat } from "../../src/source/detect-format.js";

const root = join(import.meta.dirname, "../fixtures/parse");
const update = process.env.UPDATE === "1";

/** What a fixture pins down: the résumé and each diagnostic's rule and line. */
async function snapshot(dir: string) {
  const name = readdirSync(dir).find((f) => f.startsWith("input."))!;
  const path = join(dir, name);
  // raw text on purpose: BOM, CRLF and NBSP must be handled by the parser itself
  const text = readFileSync(path, "utf8");
  const { format, reason } = detectFormat(path, text);
  const { resume, diagnostics } = await extractSource({ path: name, text, format, formatReason: reason });
  return { resume, diagnostics: diagnostics.map((d) => `${d.position?.line}:${d.position?.column} ${d.severity} ${d.ruleId}`) };
}

describe("golden parse fixtures", () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    it(`parses ${name} into its reviewed expected.json`, async () => {
      const actual = await snapshot(dir);
      expect(ResumeSchema.safeParse(actual.resume).success).toBe(true);
      const expectedPath = join(dir, "expected.json");
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
