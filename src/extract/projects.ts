import type { Project } from "../resume/schema.js";
import { compact, dateFields } from "./date-fields.js";
import type { Entry } from "./entries.js";
import { readBody, readHead, trimSeparators } from "./entry-parts.js";

/** Reads a project: its name (bold lead, title line, or "Name: what it is"), description, link, dates. */
export function toProject(entry: Entry): Project {
  const head = readHead(entry);
  let name = head.lead;
  const parts = head.parts.map((p) => head.links.reduce((t, l) => (l.text && t.includes(l.text) && l.text !== name ? t.replace(l.text, "") : t), p)).map(trimSeparators).filter(Boolean);
  if (!name) {
    const first = parts.shift() ?? "";
    const named = /^([^:–—]{2,60}?)\s*(?::|\s[–—]\s|\s-\s)\s*(.+)$/.exec(first);
    if (named && entry.head[0]!.kind === "bullet") {
      name = named[1]!;
      parts.unshift(named[2]!);
    } else name = first;
  }
  const body = readBody(entry.body);
  const url = head.links.find((l) => /^https?:/.test(l.url))?.url;
  const urlText = head.links.find((l) => l.url === url)?.text;
  const description = [...parts, ...(body.summary ? [body.summary] : [])].join("\n");
  return compact({
    name,
    description: description || undefined,
    ...dateFields(head.dates),
    url,
    // the link text is kept when it is not the address itself, so no word of the source is lost
    keywords: urlText && !url?.includes(urlText.replace(/^https?:\/\//, "")) ? [urlText] : undefined,
    highlights: body.highlights,
  });
}
