import { escapeHtml } from "../render/escape.js";
import { STANDARD_SECTIONS, type Resume } from "../resume/schema.js";
import { fieldLabel } from "./line-values.js";

/**
 * The résumé as read, for the review page: every value in an element that
 * carries its JSON pointer (`data-path`), so that the page can light up the
 * value a source line became, and the lines a value came from. It shows the
 * reading, not a theme: each field is named, in the order the parser filled it.
 */
export function renderReadResume(resume: Resume): string {
  const out: string[] = [];
  const basics = resume.basics ?? {};
  out.push(`<h2 class="person">${value("/basics/name", basics.name ?? "(no name found)")}</h2>`);
  const contacts: string[] = [];
  for (const field of ["label", "email", "phone", "url"] as const) if (basics[field]) contacts.push(named(field === "label" ? "headline" : field, value(`/basics/${field}`, basics[field]!)));
  basics.otherContacts?.forEach((o, i) => contacts.push(named(o.kind, value(`/basics/otherContacts/${i}`, o.value))));
  for (const [field, text] of Object.entries(basics.location ?? {})) if (text) contacts.push(named(field, value(`/basics/location/${field}`, text)));
  basics.profiles?.forEach((p, i) => contacts.push(named(p.network || "profile", value(`/basics/profiles/${i}`, p.url ?? p.username ?? ""))));
  if (contacts.length) out.push(`<dl class="fields">${contacts.join("")}</dl>`);
  if (basics.summary) out.push(`<section aria-labelledby="h-summary"><h3 id="h-summary">Summary</h3><p>${value("/basics/summary", basics.summary)}</p></section>`);
  for (const key of STANDARD_SECTIONS) {
    const entries = resume[key] as Array<Record<string, unknown>> | undefined;
    if (entries?.length) out.push(section(key, key[0]!.toUpperCase() + key.slice(1), entries.map((e, i) => entry(key, `/${key}/${i}`, e, i))));
  }
  resume.sections?.forEach((s, i) => {
    out.push(section(`custom-${i}`, `${s.title} (${s.kind === "other" ? "kept as written" : s.kind ?? "own section"})`, s.items.map((item, k) => entry(s.title, `/sections/${i}/items/${k}`, item as Record<string, unknown>, k))));
  });
  return out.join("\n");
}

function section(id: string, title: string, entries: string[]): string {
  return `<section aria-labelledby="h-${escapeHtml(id)}"><h3 id="h-${escapeHtml(id)}">${escapeHtml(title)}</h3><ol class="entries">${entries.join("")}</ol></section>`;
}

/** One entry: its fields named and each marked with its path; lists (highlights, keywords) item by item. */
function entry(section: string, path: string, fields: Record<string, unknown>, index: number): string {
  const rows: string[] = [];
  for (const [field, content] of Object.entries(fields)) {
    if (field === "tags" || field === "type" || content === undefined) continue;
    const label = OWN_LABELS[field] ?? fieldLabel(section, field);
    if (Array.isArray(content)) {
      const items = content.map((item, i) => `<li>${value(`${path}/${field}/${i}`, String(typeof item === "object" ? JSON.stringify(item) : item))}</li>`);
      rows.push(named(label, `<ul data-path="${path}/${field}">${items.join("")}</ul>`));
    } else rows.push(named(label, value(`${path}/${field}`, String(content))));
  }
  return `<li class="entry" data-path="${path}" tabindex="0" aria-label="${escapeHtml(`${section} entry ${index + 1}`)}"><dl class="fields">${rows.join("")}</dl></li>`;
}

/** Names that tell apart what an explanation of a line may lump together ("dates"). */
const OWN_LABELS: Record<string, string> = { startDate: "from", endDate: "to", highlights: "highlights", summary: "summary", description: "description", courses: "courses" };

const named = (label: string, html: string) => `<div><dt>${escapeHtml(label)}</dt><dd>${html}</dd></div>`;
const value = (path: string, text: string) => `<span data-path="${escapeHtml(path)}">${escapeHtml(text)}</span>`;
