/**
 * How well the in-page estimate (src/pdf/page-layout.ts) stands in for the
 * prints it replaces: each CV is printed twice in this process, once deciding
 * from the page's own layout (one print, and the prints of old when the print
 * does not measure as planned) and once deciding from prints alone, as vitae
 * did before; the two must give the same pages and the same shrink.
 */
import { readFile } from "node:fs/promises";
import { readShrinkLimits } from "../src/pdf/fit-pages.js";
import { printResume, type ResumePdf } from "../src/pdf/print-resume.js";
import { openPrinter, type Printer } from "../src/pdf/printer.js";

export interface PlanAgreement {
  cvs: number;
  /** CVs printed more than planned (once, or twice for one refused: its page count at the theme's limits is printed to be sure): the estimate missed and prints decided. */
  reprinted: number;
  /** CVs whose page count or shrink differs from what prints alone decide. */
  differing: string[];
  /** CVs that prints alone shrank (a pull-back or a fit): those the estimate saves reprints on. */
  shrunk: number;
}

/** Prints `htmls` (rendered with the built-in theme `theme.json` options) both ways, `maxPages` as `--max-pages` would. */
export async function measurePlanAgreement(htmls: readonly string[], themeOptions: Record<string, unknown> | undefined, maxPages?: number): Promise<PlanAgreement> {
  const printer = openPrinter();
  let prints = 0;
  const counting: Printer = { ...printer, print: (html, options) => (prints++, printer.print(html, options)) };
  // a printer that lays out no page to plan on: the decision falls to prints, as before the estimate
  const printingOnly: Printer = { ...printer, print: (html, options) => printer.print(html, { ...options, arrange: undefined }) };
  const result: PlanAgreement = { cvs: htmls.length, reprinted: 0, differing: [], shrunk: 0 };
  try {
    for (const file of htmls) {
      const input = { html: await readFile(file, "utf8"), resume: {}, name: file, sources: [], date: new Date(0), maxPages, limits: readShrinkLimits(themeOptions) };
      prints = 0;
      const planned = await printResume(input, counting);
      if (prints > (planned.ok ? 1 : 2)) result.reprinted++;
      const printed = await printResume(input, printingOnly);
      if (printed.ok && printed.shrunk) result.shrunk++;
      if (outcome(planned) !== outcome(printed)) result.differing.push(`${file}: ${outcome(planned)} planned, ${outcome(printed)} printed`);
    }
  } finally {
    await printer.close();
  }
  return result;
}

const outcome = (pdf: ResumePdf) => (pdf.ok ? `${pdf.pageCount} page(s) at ${pdf.shrunk ? `${pdf.shrunk.scale}/${pdf.shrunk.spacing}` : "full size"}` : pdf.ruleId);
