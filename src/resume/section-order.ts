import { STANDARD_SECTIONS, type Resume, type SectionRef } from "./schema.js";

/**
 * The sections to show, in order: those the source listed (meta.sections), then
 * any filled section it did not list, as JSON Resume input lists none. Unlisted
 * standard sections take their title from `titles` (the language's words).
 */
export function orderSections(resume: Resume, titles: Readonly<Record<string, string>>): SectionRef[] {
  const listed = resume.meta?.sections ?? [];
  const seen = new Set(listed.map((s) => s.key));
  const extra: SectionRef[] = [];
  const add = (key: SectionRef["key"], title: string) => {
    if (!seen.has(key)) extra.push({ key, title });
  };
  if (resume.basics?.summary) add("summary", titles.summary ?? "Summary");
  for (const key of STANDARD_SECTIONS) if (resume[key]?.length) add(key, titles[key] ?? key);
  for (const custom of resume.sections ?? []) add(`custom:${custom.id}`, custom.title);
  return [...listed, ...extra];
}
