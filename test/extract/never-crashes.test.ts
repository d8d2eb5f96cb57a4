import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";
import { ResumeSchema } from "../../src/resume/schema.js";
import type { SourceFormat } from "../../src/source/source-file.js";

const seedDir = join(import.meta.dirname, "../../../shared/seeds");
const seedLines = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(seedDir, f), "utf8").split("\n"));

async function check(text: string, format: SourceFormat): Promise<void> {
  const { resume } = await extractSource({ path: "random.txt", text, format, formatReason: "test" });
  const parsed = ResumeSchema.safeParse(resume);
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 2))).toBe(true);
}

/** Seed lines dropped, shuffled, duplicated and re-wrapped. */
const mutatedSeed = fc
  .tuple(fc.integer({ min: 0, max: seedLines.length - 1 }), fc.array(fc.nat(), { maxLength: 30 }), fc.integer({ min: 10, max: 120 }))
  .map(([which, edits, width]) => {
    const lines = [...seedLines[which]!];
    edits.forEach((e, k) => {
      const i = e % Math.max(1, lines.length);
      if (k % 4 === 0) lines.splice(i, 1);
      else if (k % 4 === 1) lines.splice(i, 0, lines[(e * 7) % lines.length] ?? "");
      else if (k % 4 === 2) [lines[i], lines[0]] = [lines[0] ?? "", lines[i] ?? ""];
      else lines[i] = (lines[i] ?? "").replace(new RegExp(`(.{${width}})`, "g"), "$1\n");
    });
    return lines.join("\n");
  });

const cvish = fc.array(
  fc.oneof(
    fc.constantFrom("# Jane Doe", "## Experience", "EDUCATION", "- item", "**Org** Jan 2020 – Present", "|", "===", "<b>x</b>\t2021", "1. Paper. Venue 2020.", "Email: a@b.co", "| a | b |", "|---|---|", "---"),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
  ),
  { maxLength: 40 },
);

describe("extractResume on arbitrary input", () => {
  it("never throws and always returns a résumé the schema accepts, for random and mutated text", { timeout: 20000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedSeed, cvish.map((l) => l.join("\n")), fc.string({ maxLength: 300 })), fc.constantFrom<SourceFormat>("markdown", "text"), (text, format) => check(text, format)),
      { numRuns: 100 },
    );
  });

  // CPU time, not wall time, so a machine shared with other jobs does not fail it. Plain text
  // takes ~0.5 s of CPU and Markdown a few seconds, nearly all of it in micromark; the bounds
  // guard against quadratic blow-up, which would take minutes.
  it("parses a 1 MB CV without blowing up", { timeout: 120000 }, async () => {
    const big = seedLines.map((l) => l.join("\n")).join("\n\n").repeat(40).slice(0, 1_000_000);
    for (const [format, bound] of [["text", 4000], ["markdown", 20000]] as const) {
      const started = process.cpuUsage();
      await check(big, format);
      const used = process.cpuUsage(started);
      expect((used.user + used.system) / 1000).toBeLessThan(bound);
    }
  });
});
