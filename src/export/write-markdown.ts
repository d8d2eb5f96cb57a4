import type { Resume } from "../resume/schema.js";
import { outlineResume, type OutlineEntry } from "./outline.js";

/**
 * Writes a résumé as clean Markdown in the conventions vitae's own parser reads:
 * `# Name`, the label and a contact line, `## Section` headings, each entry a
 * bold lead with its details and dates after ` | `, then its prose and bullets.
 * Lists of keywords (skills, interests) are `- **Name**: a, b, c`.
 */
export function writeMarkdown(resume: Resume): string {
  const outline = outlineResume(resume);
  const blocks: string[] = [];
  if (outline.name) blocks.push(`# ${escape(outline.name)}`);
  if (outline.label) blocks.push(escape(outline.label));
  if (outline.contacts.length) blocks.push(outline.contacts.map((c) => (c.url ? link(c.text, c.url) : escape(c.text))).join(" · "));
  for (const section of outline.sections) {
    blocks.push(`## ${escape(section.title)}`);
    if (section.text !== undefined) blocks.push(section.text);
    for (const entry of section.entries) blocks.push(...entryBlocks(entry));
  }
  return blocks.join("\n\n") + "\n";
}

function entryBlocks(e: OutlineEntry): string[] {
  const lead = e.lead ? `**${e.url ? link(e.lead, e.url) : escape(e.lead)}**` : undefined;
  if (e.keywords) return [`- ${[lead, ...e.details.map(escape)].filter(Boolean).join(" | ")}${e.keywords.length ? `: ${e.keywords.map(escape).join(", ")}` : ""}`];
  const head = [lead, ...e.details.map(escape), e.when].filter(Boolean).join(" | ");
  return [head, e.summary, e.bullets.length ? e.bullets.map((b) => `- ${b}`).join("\n") : undefined].filter((b): b is string => Boolean(b));
}

function link(text: string, url: string): string {
  return `[${escape(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** Backslash-escapes what Markdown would read as markup in plain text. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^([#>+-]|\d+[.)])(\s)/, "\\$1$2");
}
