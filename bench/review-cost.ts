/**
 * What the review page adds to a build: the largest CV of the corpus built to
 * HTML alone and to HTML plus its review page, each a whole `vitae build`
 * process, taken in turns; the median of the pairs' differences is the cost.
 * Run alone with `node dist/bench/review-cost.js` after `npm run compile`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../src/paths.js";
import { middle, pairedMedians, timeProcess } from "./measure.js";

export interface ReviewCost {
  htmlAlone: number;
  withReview: number;
  /** The median of the pairs' differences, in ms. */
  added: number;
}

export async function measureReviewCost(source: string, pairs = 9): Promise<ReviewCost> {
  const out = mkdtempSync(join(tmpdir(), "vitae-review-cost-"));
  const build = async (formats: string) => {
    const run = await timeProcess(process.execPath, [join(PACKAGE_ROOT, "bin/vitae.js"), "build", source, "--out", out, "--format", formats, "--force", "--quiet"]);
    if (run.code !== 0) throw new Error(`vitae build --format ${formats} failed:\n${run.stderr}`);
    return run.ms;
  };
  await build("html,review");
  const [withReview, htmlAlone, measured] = await pairedMedians(pairs, () => build("html,review"), () => build("html"));
  return { htmlAlone, withReview, added: middle(measured.map(([a, b]) => a - b)) };
}

if (process.argv[1]?.endsWith("review-cost.js")) {
  const source = process.argv[2] ?? join(PACKAGE_ROOT, "../shared/corpus/cases/acad-dbindel.md");
  const cost = await measureReviewCost(source);
  process.stdout.write(`${source}: HTML alone ${Math.round(cost.htmlAlone)} ms, HTML and review ${Math.round(cost.withReview)} ms, the review adds ${Math.round(cost.added)} ms (bar: < 100 ms)\n`);
}
