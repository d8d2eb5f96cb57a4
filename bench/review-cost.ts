/**
 * What the review page adds to a build: the largest CV of the corpus built,
 * in this process and warm, to HTML alone and to HTML plus its review page,
 * taken in turns; the median of the pairs' differences is the cost. (In this
 * process, because the difference is tens of milliseconds and two whole
 * processes differ by more than that from one run to the next on a busy machine.)
 * Run alone with `node dist/bench/review-cost.js` after `npm run compile`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFile, compileThemeForBuild, type OutputFormat } from "../src/build.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { openPrinter } from "../src/pdf/printer.js";
import { loadTheme } from "../src/render/theme.js";
import { middle, pairedMedians } from "./measure.js";

export interface ReviewCost {
  htmlAlone: number;
  withReview: number;
  /** The median of the pairs' differences, in ms. */
  added: number;
}

export async function measureReviewCost(source: string, pairs = 15): Promise<ReviewCost> {
  const outDir = mkdtempSync(join(tmpdir(), "vitae-review-cost-"));
  const theme = await compileThemeForBuild(loadTheme("classic"), ["html", "review"]);
  // no PDF is asked for: the printer never starts a browser
  const printer = openPrinter({ env: process.env });
  const build = async (formats: OutputFormat[]) => {
    const started = performance.now();
    const report = await buildFile(source, { outDir, formats }, theme, printer, { date: new Date() });
    if (!report.ok) throw new Error(`building ${source} to ${formats.join(",")} failed`);
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) await build(["html", "review"]);
  const [withReview, htmlAlone, measured] = await pairedMedians(pairs, () => build(["html", "review"]), () => build(["html"]));
  await printer.close();
  return { htmlAlone, withReview, added: middle(measured.map(([a, b]) => a - b)) };
}

if (process.argv[1]?.endsWith("review-cost.js")) {
  const source = process.argv[2] ?? join(PACKAGE_ROOT, "../shared/corpus/cases/acad-dbindel.md");
  const cost = await measureReviewCost(source);
  process.stdout.write(`${source}: HTML alone ${Math.round(cost.htmlAlone)} ms, HTML and review ${Math.round(cost.withReview)} ms, the review adds ${Math.round(cost.added)} ms (bar: < 100 ms)\n`);
}
