import { toJsonResume } from "../jsonresume/to-jsonresume.js";
import type { Resume } from "../resume/schema.js";
import { writeMarkdown } from "./write-markdown.js";
import { writeText } from "./write-text.js";

/** The text formats that need no theme: strict JSON Resume, Markdown and plain text. */
export type ExportFormat = "jsonresume" | "md" | "txt";

/** Writes a résumé in one of the theme-free formats. */
export function exportResume(format: ExportFormat, resume: Resume): string {
  if (format === "jsonresume") return JSON.stringify(toJsonResume(resume), null, 2) + "\n";
  return format === "md" ? writeMarkdown(resume) : writeText(resume);
}
