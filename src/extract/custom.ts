import type { SourceLine } from "../parse/source-line.js";
import type { CustomItem } from "../resume/schema.js";
import { compact, dateFields } from "./date-fields.js";
import { addCustomSection, note, type Draft } from "./draft.js";
import { isTitleLike, type Entry } from "./layout/lines.js";
import { readBody, readHead, trimSeparators } from "./entry-parts.js";

/** Reads an entry of a section JSON Resume has no place for (talks, teaching, service…). */
export function toCustomItem(entry: Entry): CustomItem {
  const head = readHead(entry);
  const [title, ...rest] = head.lead ? [head.lead, ...head.parts] : head.parts;
  const { startDate, endDate, period } = dateFields(head.dates, "day");
  const single = head.dates && !head.dates.range;
  const body = readBody(entry.body);
  const url = head.links.find((l) => /^https?:/.test(l.url))?.url;
  // "[pgmigrate](…) — schema migrations for Postgres": a link that opens the line names the item; the rest says what it is
  const leading = title ? head.links.find((l) => l.text && title.startsWith(l.text) && /^\s*(?:[–—:]|\s-)\s*\S/.test(title.slice(l.text.length))) : undefined;
  if (leading && !rest.length) {
    const said = trimSeparators(title!.slice(leading.text.length));
    return compact({ title: leading.text, location: head.location, ...(single ? { date: startDate } : { startDate, endDate }), period, url, summary: [said, body.summary].filter(Boolean).join("\n"), highlights: body.highlights });
  }
  // a lone sentence ("Gave a guest lecture on X.") says something rather than names it
  if (title && !head.lead && !rest.length && !head.dates && !body.summary && !body.highlights.length && !isTitleLike(title)) {
    return compact({ location: head.location, url, summary: title });
  }
  return compact({
    title,
    subtitle: [...rest, ...head.aliases].join(" · ") || undefined,
    location: head.location,
    ...(single ? { date: startDate } : { startDate, endDate }),
    period,
    url,
    summary: body.summary,
    highlights: body.highlights,
  });
}

/**
 * Keeps lines no section claimed in a catch-all section, so that nothing of the
 * source is lost, and says where each came from and how to give it a home.
 */
export function addCatchAll(draft: Draft, lines: readonly SourceLine[], title: string): void {
  if (!lines.length) return;
  // the address of a link whose text hides it is kept ("[![Blog](badge)](https://blog.example.org)" under "## Contact");
  // one written out stays in the text, as written
  const hidden = (l: SourceLine) => l.links.find((link) => /^https?:/.test(link.url) && !l.text.includes(link.url))?.url;
  const items: CustomItem[] = lines.map((l) => compact({ summary: l.text, url: hidden(l) }));
  const id = addCustomSection(draft, title, "other", items, lines[0]!.position);
  for (const l of lines) {
    const snippet = l.text.length > 50 ? `${l.text.slice(0, 47)}…` : l.text;
    note(
      draft,
      "info",
      "catch-all",
      `"${snippet}" was placed in catch-all section "${title}" (sections/${id}) because it did not read as part of any entry; give it a heading such as "## Talks" or "## Notes" above it, or move it under the section it belongs to`,
      l.position,
    );
  }
}
