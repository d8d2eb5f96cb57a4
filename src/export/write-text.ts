import type { Resume } from "../resume/schema.js";
import { opensGroup, outlineResume, type OutlineEntry } from "./outline.js";

/** Plain-text lines are at most this wide: e-mail clients and ATS forms wrap beyond it. */
const TEXT_WIDTH = 78;

/**
 * Writes a résumé as plain text, fixed width: the name and contacts, each
 * section's title underlined, entries as a header line with the dates on the
 * right, prose wrapped, bullets as "- " with hanging indent. No markup at all.
 */
export function writeText(resume: Resume, width = TEXT_WIDTH): string {
  const outline = outlineResume(resume);
  const lines: string[] = [];
  if (outline.name) lines.push(outline.name.toUpperCase());
  if (outline.label) lines.push(...wrap(outline.label, width));
  if (outline.contacts.length) lines.push(...wrapItems(outline.contacts.map((c) => `${c.label ? `${c.label}: ` : ""}${c.url && !c.url.includes(c.text) ? `${c.text} <${c.url}>` : c.text}`), " | ", width));
  for (const [i, section] of outline.sections.entries()) {
    // a group's title over its sections, marked heavier than theirs
    if (opensGroup(outline.sections, i)) lines.push("", section.group!.toUpperCase(), "#".repeat(Math.min(width, [...section.group!].length)));
    lines.push("", section.title.toUpperCase(), "=".repeat(Math.min(width, section.title.length)), "");
    if (section.text !== undefined) for (const para of section.text.split(/\n{2,}/)) lines.push(...wrap(para, width), "");
    for (const entry of section.entries) {
      // a group of papers' heading as written, underlined lighter than the section's title
      if (entry.group) lines.push(...wrap(entry.group, width), "-".repeat(Math.min(width, [...entry.group].length)), "");
      lines.push(...entryLines(entry, width), "");
    }
  }
  while (lines.at(-1) === "") lines.pop();
  return lines.join("\n") + "\n";
}

function entryLines(e: OutlineEntry, width: number): string[] {
  if (e.keywords) return wrap(`${[e.lead, ...e.details].filter(Boolean).join(", ")}${e.keywords.length ? `: ${e.keywords.join(", ")}` : ""}`, width, "  ");
  const title = [e.lead, ...e.details].filter(Boolean).join(", ");
  const out = rightAlign(title, e.when, width);
  if (e.url) out.push(...wrap(e.url, width));
  for (const [label, value] of e.fields) out.push(...wrap(`${label}: ${value}`, width, "  "));
  if (e.summary) out.push(...wrap(e.summary, width));
  for (const b of e.bullets) out.push(...wrap(`- ${b}`, width, "  "));
  return out;
}

/** The title with the dates flush right on the same line when they fit, else on their own line. */
function rightAlign(title: string, when: string | undefined, width: number): string[] {
  if (!when) return wrap(title, width);
  const gap = width - [...title].length - [...when].length;
  if (gap >= 2) return [title + " ".repeat(gap) + when];
  return [...wrap(title, width), " ".repeat(Math.max(0, width - [...when].length)) + when];
}

/** Greedy wrap between whole items: a phone number or "Fax: +1 555 0199" is never broken over two lines. */
function wrapItems(items: string[], separator: string, width: number): string[] {
  const out: string[] = [];
  for (const item of items) {
    const candidate = out.length ? `${out.at(-1)}${separator}${item}` : item;
    if (out.length && [...candidate].length <= width) out[out.length - 1] = candidate;
    else out.push(item);
  }
  return out;
}

/** Greedy word wrap; a word longer than the width (a URL) gets a line of its own. */
function wrap(text: string, width: number, indent = ""): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if ([...candidate].length <= width || !line) line = candidate;
      else {
        out.push(line);
        line = indent + word;
      }
    }
    if (line) out.push(line);
  }
  return out;
}
