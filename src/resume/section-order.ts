import { STANDARD_SECTIONS, type Resume, type SectionRef, type StandardSectionKey } from "./schema.js";

const isStandardKey = (key: string): key is StandardSectionKey => (STANDARD_SECTIONS as readonly string[]).includes(key);

/** The résumé as one section shows it: where the section names its entries (`items`), its list holds only those. */
export function resumeForSection(resume: Resume, ref: SectionRef): Resume {
  if (!ref.items || !isStandardKey(ref.key)) return resume;
  const list = (resume[ref.key] ?? []) as unknown[];
  return { ...resume, [ref.key]: ref.items.flatMap((i) => (i < list.length ? [list[i]] : [])) };
}

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
