import { loadResume } from "../../src/load-resume.js";
import { wordsFor } from "../../src/render/locale.js";
import type { Resume } from "../../src/resume/schema.js";
import { orderSections } from "../../src/resume/section-order.js";

/** The résumé vitae reads from a file, or the file's errors thrown. */
export async function parseResume(path: string): Promise<Resume> {
  const loaded = await loadResume(path);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  return loaded.value.resume;
}

/**
 * The résumé as a written-out copy (Markdown, Word) can be expected to give it
 * back exactly. Three things are normalised: a date written back keeps its
 * written form in `period` (which the original may not have had); a section
 * vitae found without a heading (degrees told in prose) gets its heading in
 * `meta.sections`; and an entry's start and end dates read from text are dated
 * to the month, as the parser dates jobs, degrees and projects (a JSON Resume
 * source may give the day).
 */
export function roundTripNormal(resume: Resume): unknown {
  const { meta, ...rest } = structuredClone(resume);
  const order = orderSections(resume, wordsFor(resume.meta?.lang).sections).map((ref) => `${ref.key}:${ref.title}`);
  const { sections: _sections, ...otherMeta } = meta ?? {};
  const toMonth = (key: string, value: unknown) => ((key === "startDate" || key === "endDate") && typeof value === "string" ? value.slice(0, 7) : value);
  return JSON.parse(JSON.stringify({ ...rest, meta: otherMeta, order }, (key, value: unknown) => (key === "period" ? undefined : toMonth(key, value))));
}
