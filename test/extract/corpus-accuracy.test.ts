import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ResumeSchema } from "../../src/resume/schema.js";
import { detectFormat } from "../../src/source/detect-format.js";
import { extractSource } from "../support/extract.js";
import { REPO, SEEDS_DIR } from "../support/paths.js";

const SHARED = resolve(REPO, "../shared");
const SCORER = join(SHARED, "eval/score.mjs");
/** The figures the parser has reached; it may only do better (raise them when it does). */
const FLOORS: { overall: number; kinds: Record<string, number>; seeds: number } = JSON.parse(readFileSync(join(import.meta.dirname, "corpus-floors.json"), "utf8"));

interface Scored {
  cases: Array<{ id: string; tp: number; fp: number; fn: number }>;
  total: { F1: number };
}

/** Parses every CV of a folder as `vitae parse` would and scores the résumés against the gold labels. */
async function score(cases: string, gold: string): Promise<Scored> {
  const out = mkdtempSync(join(tmpdir(), "vitae-accuracy-"));
  for (const file of readdirSync(cases).filter((f) => /\.(md|txt)$/.test(f))) {
    const path = join(cases, file);
    const text = readFileSync(path, "utf8");
    const { format, reason } = detectFormat(path, text);
    const { resume } = await extractSource({ path, text, format, formatReason: reason });
    expect(ResumeSchema.safeParse(resume).success, file).toBe(true);
    writeFileSync(join(out, `${basename(file).replace(/\.(md|txt)$/, "")}.json`), JSON.stringify(resume));
  }
  return JSON.parse(execFileSync(process.execPath, [SCORER, gold, out, "--json"], { maxBuffer: 1 << 26 }).toString());
}

const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

// CI runs beside ../shared; a clone without it has no corpus to score
const present = existsSync(join(SHARED, "corpus/cases")) && existsSync(SCORER);

describe.skipIf(!present && !process.env.CI)("accuracy on real CVs (../shared/corpus, scored by ../shared/eval/score.mjs)", () => {
  it("holds the corpus's overall F1 and every kind's at or above the figures reached", async () => {
    const scored = await score(join(SHARED, "corpus/cases"), join(SHARED, "corpus/gold"));
    const kinds = new Map<string, { tp: number; fp: number; fn: number }>();
    for (const c of scored.cases) {
      const kind = c.id.split("-")[0]!;
      const sum = kinds.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
      kinds.set(kind, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
    }
    const reached = Object.fromEntries([...kinds].map(([kind, sums]) => [kind, Number(f1(sums).toFixed(3))]));
    expect(Object.keys(reached).sort()).toEqual(Object.keys(FLOORS.kinds).sort());
    for (const [kind, floor] of Object.entries(FLOORS.kinds)) expect(reached[kind], `F1 of the ${kind} CVs`).toBeGreaterThanOrEqual(floor);
    expect(scored.total.F1, "overall F1").toBeGreaterThanOrEqual(FLOORS.overall);
  });

  it("keeps the user's seed CVs at or above their figure", async () => {
    const scored = await score(SEEDS_DIR, join(SEEDS_DIR, "gold"));
    expect(scored.total.F1).toBeGreaterThanOrEqual(FLOORS.seeds);
  });
});
