import { createHash } from "node:crypto";
import type { Resume } from "../resume/schema.js";
import { VERSION } from "../version.js";
import type { Attachment } from "./finish.js";
import { countPages, countTellsPlan, leavesNearlyEmptyPage, planPrint, printedAsPlanned, printWithinPages, type PrintPlan, type Shrink, type ShrinkLimits } from "./fit-pages.js";
import { countPrintedPages, measurePages } from "./last-page-fill.js";
import type { PageSize, Printer } from "./printer.js";

/** The name of the résumé's JSON inside every PDF; `vitae extract` looks for it. */
export const RESUME_ATTACHMENT = "resume.json";

export interface ResumePdfInput {
  html: string;
  resume: Resume;
  /** The output name, the title's last resort. */
  name: string;
  /** The source and its sidecar as they are on disk, carried in the PDF for the round trip. */
  sources: { name: string; bytes: Uint8Array }[];
  date: Date;
  pageSize?: PageSize;
  maxPages?: number;
  limits: ShrinkLimits;
  /** Called once this résumé will print no more, before it is finished: a batch may then close the browser. */
  donePrinting?: () => void;
}

export type ResumePdf =
  | { ok: true; bytes: Uint8Array; pageCount: number; shrunk?: Shrink }
  | { ok: false; ruleId: string; message: string };

/** Prints a résumé's HTML to a finished PDF: within the page limit, with metadata and the résumé attached. */
export async function printResume(input: ResumePdfInput, printer: Printer): Promise<ResumePdf> {
  // pdf-lib takes a third of a second to load: let it load while Chromium prints
  const finishing = import("./finish.js");
  const result = await printWithinLimit(input, printer).finally(() => input.donePrinting?.());
  if (!result.ok) return result;
  const { printed, shrunk } = result;
  const json = new TextEncoder().encode(JSON.stringify(input.resume, null, 2) + "\n");
  const attachments: Attachment[] = [
    { name: RESUME_ATTACHMENT, bytes: json, mimeType: "application/json", description: "The canonical résumé (JSON Resume) this PDF was made from" },
    ...input.sources.map((s) => ({ name: s.name, bytes: s.bytes, mimeType: mimeOf(s.name), description: "The source this résumé was built from" })),
  ];
  const { resume } = input;
  const { finishPdf } = await finishing;
  const finished = await finishPdf(printed, {
    title: pdfTitle(resume) ?? input.name,
    author: resume.basics?.name,
    subject: resume.basics?.label,
    keywords: (resume.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]).filter((k): k is string => Boolean(k)),
    lang: resume.meta?.lang,
    date: input.date,
    creator: `vitae ${VERSION}`,
    fingerprint: createHash("sha256").update(input.html).update(`${input.pageSize ?? ""}:${input.maxPages ?? ""}`).digest("hex"),
    attachments,
  });
  return { ok: true, bytes: finished.bytes, pageCount: finished.pageCount, shrunk };
}

/** The document's title with the owner's name, so that a viewer's tab or a file list tells whose "Lebenslauf" it is. */
function pdfTitle(resume: Resume): string | undefined {
  const title = resume.meta?.title;
  const name = resume.basics?.name;
  if (!name) return title;
  if (!title) return `${name} — CV`;
  return title.toLowerCase().includes(name.toLowerCase()) ? title : `${title} — ${name}`;
}

type Printed = { ok: true; printed: Uint8Array; shrunk?: Shrink };

/**
 * Prints once, at the shrink the page's own layout calls for (planPrint), and keeps that print when it
 * measures as planned; else, or when the printer lays out no page to plan on, prints decide as before.
 */
async function printWithinLimit(input: ResumePdfInput, printer: Printer): Promise<Printed | Extract<ResumePdf, { ok: false }>> {
  const options = { pageSize: input.pageSize, label: input.name };
  const print = (html: string) => printer.print(html, options);
  const planned: { plan?: PrintPlan } = {};
  const printed = await printer.print(input.html, { ...options, arrange: async (layout) => (planned.plan = await planPrint(layout, input.maxPages, input.limits))?.shrink });
  const { plan } = planned;
  if (plan && countTellsPlan(plan) && countPrintedPages(printed) === plan.pageCount) return { ok: true, printed, shrunk: plan.shrink };
  const measured = measurePages(printed);
  if (plan && measured && printedAsPlanned(plan, measured)) return { ok: true, printed, shrunk: plan.shrink };
  const natural = plan?.shrink ? undefined : { bytes: printed, pageCount: measured?.pageCount ?? (await countPages(printed)) };
  return printWithinLimitByPrinting(input, print, natural);
}

/** Prints as it is, or within `maxPages` when that is set; either way without a nearly empty last page when the theme's limits allow. `natural`: the print as it is, if made. */
async function printWithinLimitByPrinting(input: ResumePdfInput, print: Print, natural: { bytes: Uint8Array; pageCount: number } | undefined): Promise<Printed | Extract<ResumePdf, { ok: false }>> {
  if (!input.maxPages) return withoutNearlyEmptyLastPage(input, natural?.bytes ?? (await print(input.html)), print);
  const fit = await printWithinPages(input.html, input.maxPages, input.limits, print, natural);
  if (!fit.ok) {
    const { minScale, minSpacing } = fit.limits;
    return {
      ok: false,
      ruleId: "too-many-pages",
      message:
        `the résumé does not fit in ${input.maxPages} page(s): even at the theme's smallest font size (${pct(minScale)}) and spacing (${pct(minSpacing)}) it takes ${fit.pageCount}; ` +
        `shorten it, allow more pages, or choose a theme with lower options.minScale/minSpacing`,
    };
  }
  if (fit.scale === 1 && fit.spacing === 1) return withoutNearlyEmptyLastPage(input, fit.bytes, print);
  return { ok: true, printed: fit.bytes, shrunk: { scale: fit.scale, spacing: fit.spacing } };
}

/**
 * When the last page would hold less than a third of a page (one short section alone), prints the résumé
 * a page shorter by shrinking it as little as the theme's limits allow; keeps it as it is when even they cannot.
 */
async function withoutNearlyEmptyLastPage(input: ResumePdfInput, printed: Uint8Array, print: Print): Promise<Printed> {
  const measured = measurePages(printed);
  if (!measured || !leavesNearlyEmptyPage(measured)) return { ok: true, printed };
  const fit = await printWithinPages(input.html, measured.pageCount - 1, input.limits, print, { bytes: printed, pageCount: measured.pageCount });
  return fit.ok ? { ok: true, printed: fit.bytes, shrunk: { scale: fit.scale, spacing: fit.spacing } } : { ok: true, printed };
}

type Print = (html: string) => Promise<Uint8Array>;

const pct = (n: number) => `${Math.round(n * 100)}%`;

function mimeOf(name: string): string {
  if (/\.(md|markdown)$/i.test(name)) return "text/markdown";
  if (/\.json$/i.test(name)) return "application/json";
  if (/\.ya?ml$/i.test(name)) return "application/yaml";
  return "text/plain";
}
