import { diagnose, type Diagnostic, type Position, type Severity } from "../diagnostics/diagnostic.js";
import type { CustomItem, Resume, SectionRef, StandardSectionKey } from "../resume/schema.js";

/** The résumé being built, with where each value came from and what was noticed on the way. */
export interface Draft {
  file: string;
  resume: Resume;
  origins: Map<string, Position>;
  diagnostics: Diagnostic[];
  /** Every word the source uses in lower case: names and titles never are, which tells them from prose. */
  lowerWords: ReadonlySet<string>;
  /** The source's lines, to point a diagnostic at the exact column of a word the parser saw without markup. */
  sourceLines: readonly string[];
  /** Whether the author drew the headings (Markdown as written), rather than the reader taking them from how lines look (plain text, a PDF). */
  headingsWritten: boolean;
  /** Where each listed section's lines begin, to tell which entries are its own when a list is shared (section-entries.ts). */
  sectionStarts: Map<SectionRef, Position>;
}

/** Starts an empty draft for a source file. */
export function createDraft(file: string, lowerWords: ReadonlySet<string> = new Set(), sourceLines: readonly string[] = [], headingsWritten = false): Draft {
  return { file, resume: {}, origins: new Map(), diagnostics: [], lowerWords, sourceLines, headingsWritten, sectionStarts: new Map() };
}

/** Appends an entry to a standard section and records its origin. */
export function addEntry<K extends StandardSectionKey>(draft: Draft, key: K, entry: NonNullable<Resume[K]>[number], position: Position): void {
  const list = ((draft.resume[key] as unknown[] | undefined) ??= []) as unknown[];
  draft.origins.set(`/${key}/${list.length}`, position);
  list.push(entry);
}

/** Lists a section in `meta.sections`, in source order, with its title as written and where its lines begin. */
export function listSection(draft: Draft, ref: SectionRef, start?: Position): void {
  draft.resume.meta ??= {};
  (draft.resume.meta.sections ??= []).push(ref);
  if (start) draft.sectionStarts.set(ref, start);
}

/** A lowercase slug for a custom section id ("Tech Blogs" → "tech-blogs"), unique in the draft. */
function uniqueSlug(draft: Draft, title: string): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "section";
  const taken = new Set((draft.resume.sections ?? []).map((s) => s.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds a custom section (talks, news, a catch-all…) and lists it; returns its id. */
export function addCustomSection(draft: Draft, title: string, kind: string, items: CustomItem[], position: Position): string {
  const id = uniqueSlug(draft, title);
  draft.origins.set(`/sections/${(draft.resume.sections ?? []).length}`, position);
  (draft.resume.sections ??= []).push({ id, title, kind, items });
  listSection(draft, { key: `custom:${id}`, title });
  return id;
}

/** Records a diagnostic at a place in the source. */
export function note(draft: Draft, severity: Severity, ruleId: string, message: string, position?: Position): void {
  draft.diagnostics.push(diagnose(draft.file, severity, ruleId, message, position));
}
