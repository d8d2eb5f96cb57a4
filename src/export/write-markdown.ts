import { stringify } from "yaml";
import type { Resume } from "../resume/schema.js";
import { opensGroup, outlineResume, type OutlineEntry } from "./outline.js";

/**
 * Writes a résumé as clean Markdown in the conventions vitae's own parser reads:
 * `# Name`, the label and a contact line, `## Section` headings, each entry a
 * bold lead with its details and dates after ` | `, then its prose and bullets.
 * Lists of keywords (skills, interests) are `- **Name**: a, b, c`; a
 * publication is its bold title and date, then its authors and venue. Fields
 * a header has no place for follow it as labelled lines ("Location: Berlin",
 * "Keywords: Go, Rust", "Courses: …"), which the parser reads back. What has
 * no Markdown form (the address, profiles' user names, the name in another script, the image, `meta`) goes
 * in front matter, which vitae reads back over the parsed résumé.
 */
export function writeMarkdown(resume: Resume): string {
  const outline = outlineResume(resume);
  const blocks: string[] = [];
  const front = frontMatter(resume);
  if (front) blocks.push(`---\n${front}---`);
  if (outline.name) blocks.push(`# ${escape(outline.name)}`);
  if (outline.label) blocks.push(escape(outline.label));
  // the place is in the front matter: a contact line holds only what reads as contacts
  const contacts = outline.contacts.filter((c) => !c.place);
  if (contacts.length) blocks.push(contacts.map((c) => `${c.label ? `${escape(c.label)}: ` : ""}${c.url ? link(c.text, c.url) : escape(c.text)}`).join(" · "));
  outline.sections.forEach((section, i) => {
    // a group's sections a level below its title, their papers' groups a level below them
    if (opensGroup(outline.sections, i)) blocks.push(`## ${escape(section.group!)}`);
    const level = section.group === undefined ? "##" : "###";
    blocks.push(`${level} ${escape(section.title)}`);
    if (section.text !== undefined) blocks.push(hardBreaks(section.text));
    for (const entry of section.entries) blocks.push(...(section.key === "publications" ? publicationBlocks(entry, `${level}#`) : entryBlocks(entry)));
  });
  return blocks.join("\n\n") + "\n";
}

/** The fields the Markdown body cannot carry, as YAML; undefined when there are none. (The Word writer keeps them too.) */
export function frontMatter(resume: Resume): string | undefined {
  const b = resume.basics ?? {};
  const basics = {
    ...(b.image !== undefined ? { image: b.image } : {}),
    ...(b.location ? { location: b.location } : {}),
    ...(b.profiles?.length ? { profiles: b.profiles } : {}),
    ...(b.altNames?.length ? { altNames: b.altNames } : {}),
    ...(b.labels ? { labels: b.labels } : {}),
    // the contact line shows them, but a number with no label before it reads back as no one's; one of a kind with no
    // first reads back from the line as the first
    ...(b.otherContacts?.some((o) => b[o.kind]) ? { otherContacts: b.otherContacts.filter((o) => b[o.kind]) } : {}),
  };
  const { sections: _order, ...meta } = resume.meta ?? {};
  const data = {
    ...(resume.$schema ? { $schema: resume.$schema } : {}),
    ...(Object.keys(basics).length ? { basics } : {}),
    ...(Object.keys(meta).length ? { meta } : {}),
  };
  return Object.keys(data).length ? stringify(data, { lineWidth: 0 }) : undefined;
}

function entryBlocks(e: OutlineEntry): string[] {
  const lead = e.lead ? `**${e.url ? link(e.lead, e.url) : escape(e.lead)}**` : undefined;
  // a skill's level follows its name in parentheses: "- **Python** (Expert): NumPy, pandas"
  if (e.keywords) return [`- ${lead ?? ""}${e.details.length ? ` (${e.details.map(escape).join(", ")})` : ""}${e.keywords.length ? `: ${e.keywords.map(escape).join(", ")}` : ""}`];
  // a date the details already say (a venue's year) is not repeated
  const when = e.when && !e.details.some((d) => d.includes(e.when!)) ? e.when : undefined;
  const head = [lead, ...e.details.map(escape), when].filter(Boolean).join(" | ");
  return [head, fieldLines(e), e.summary && hardBreaks(e.summary), e.bullets.length ? e.bullets.map((b) => `- ${b}`).join("\n") : undefined].filter((b): b is string => Boolean(b));
}

/** "Location: Berlin", "Keywords: Go, Rust"…, one to a line. */
function fieldLines(e: OutlineEntry): string | undefined {
  return e.fields.length ? e.fields.map(([label, value]) => `${label}: ${escape(value)}`).join("  \n") : undefined;
}

/** `**Title** Apr 2024`, then the authors and `In Venue` on two lines, as CVs list papers; under `### Group` (at `level`) when it opens one. */
function publicationBlocks(e: OutlineEntry, level: string): string[] {
  const [authors, venue, ...rest] = e.details;
  const group = e.group ? `${level} ${escape(e.group)}` : undefined;
  const title = `**${e.url ? link(e.lead ?? e.url, e.url) : escape(e.lead ?? "")}**${e.when ? ` ${e.when}` : ""}`;
  const byline = [authors && escape(authors), venue && `In ${escape(venue)}`, ...rest.map(escape)].filter(Boolean).join("  \n");
  return [group, title, byline, fieldLines(e), e.summary && hardBreaks(e.summary), e.bullets.length ? e.bullets.map((b) => `- ${b}`).join("\n") : undefined].filter((b): b is string => Boolean(b));
}

/** Keeps the source's line breaks: a Markdown soft break would join the lines. */
function hardBreaks(text: string): string {
  return text.replace(/\n(?!\n|- )/g, "  \n");
}

function link(text: string, url: string): string {
  return `[${escape(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** Backslash-escapes what Markdown would read as markup in plain text. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^([#>+-]|\d+[.)])(\s)/, "\\$1$2");
}
