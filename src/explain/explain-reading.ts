import { groupSections } from "../parse/blocks.js";
import { normalizeText } from "../parse/normalize.js";
import { readRawLines } from "../parse/text-lines.js";
import { markNoise } from "../parse/text-noise.js";
import type { SourceLine } from "../parse/source-line.js";
import type { Resume } from "../resume/schema.js";
import { evidenceDoubts } from "./evidence-doubts.js";
import { placedEntries, type Placed } from "./placed-entries.js";
import { comparable, fieldLabel, valuesInLine, type ValueHit } from "./line-values.js";
import { doubtsByLine, fileDoubts } from "./doubts.js";
import { explainUnread } from "./unread-lines.js";
import type { ExplainedLine, Explanation, LineRole, Reading } from "./explanation.js";

const NAME_CREDIT: Credit = { role: "name", label: "name", paths: ["/basics/name"] };

/** What one logical line became: the values read from it. */
interface Credit {
  role: LineRole;
  label: string;
  paths: string[];
}

/**
 * Explains a source line by line: what each became in the résumé, from the
 * extractor's record of where values came from (entries, the name, the
 * summary), the values themselves found in the lines of their entry, and the
 * extractor's diagnostics (catch-all lines, weighed readings that were close).
 */
export function explainReading(file: string, reading: Reading): Explanation {
  const { documentTitle, blocks } = groupSections(reading.parsed.lines);
  const starts = [...blocks.map((b) => b.position.line), ...(documentTitle ? [documentTitle.position.line] : [])].sort((a, b) => a - b);
  const headings = new Map(blocks.flatMap((b) => (b.title === undefined ? [] : [[b.position.line, b.title] as const])));
  const placed = placedEntries(reading);
  const catchAll = new Set(reading.diagnostics.filter((d) => d.ruleId === "catch-all").map((d) => d.position?.line));
  const sectionOf = sectionLabels(reading.resume, headings);
  const titles = new Set(reading.diagnostics.filter((d) => d.ruleId === "document-title").map((d) => d.position?.line));
  const contents = contentsLines(reading.parsed.lines, linesOf(reading, "contents-list"));
  const stamps = linesOf(reading, "update-stamp");
  const credited = new Map<number, Credit[]>();
  const byBlock = new Map<number, Placed[]>();
  /** The entries whose origin is in a section, found once per section: a long CV has hundreds of each. */
  const placedIn = (block: { from: number; to: number }) => {
    let found = byBlock.get(block.from);
    if (!found) byBlock.set(block.from, (found = placed.filter((p) => p.line >= block.from && p.line < block.to)));
    return found;
  };
  /** The entry the last line of the current section was credited to: a line read with its entry when its origin is elsewhere (a job merged with its row in a table). */
  let lastEntry: { block: number; credit: Credit } | undefined;
  for (const line of reading.parsed.lines) {
    const at = line.position.line;
    const block = blockSpan(starts, at);
    const inBlock = placedIn(block);
    const entry = () => entryCredit(inBlock, line) ?? creditFromValues(placed, line, true) ?? (lastEntry?.block === block.from ? bodyOf(lastEntry.credit) : undefined);
    const credit =
      // a heading that names the person ("JANE DOE" over the sections) is the name, not a section
      (reading.origins.get("/basics/name")?.line === at ? NAME_CREDIT : undefined) ??
      (contents.has(at) ? CONTENTS_CREDIT : undefined) ??
      (stamps.has(at) ? STAMP_CREDIT : undefined) ??
      (headings.get(at) === line.text ? sectionCredit(sectionOf.get(at)) : undefined) ??
      (catchAll.has(at) ? catchAllCredit(reading.resume, line) : undefined) ??
      // (among the entries of its section when one is read at it or above it: "## About Me" may list skills under its summary)
      basicsCredit(reading, line, inBlock.some((p) => !p.path.startsWith("/sections/") && p.line <= at)) ??
      (titles.has(at) ? { role: "title", label: "the document's title", paths: [] } : undefined) ??
      entry() ??
      (line.kind === "heading" ? { role: "title", label: "a heading over the sections below", paths: [] } : undefined) ??
      { role: "dropped", label: "dropped: read as no part of any section or entry", paths: [] };
    if (credit.role === "entry" || credit.role === "highlight" || credit.role === "item") lastEntry = { block: block.from, credit };
    credited.set(at, [...(credited.get(at) ?? []), credit]);
  }
  const doubts = doubtsByLine(reading.diagnostics);
  const physical = reading.text.split("\n");
  const explained: ExplainedLine[] = physical.map((text, i) => {
    const credits = credited.get(i + 1);
    if (!credits) return { line: i + 1, text, role: "blank", label: "", paths: [] };
    const first = credits[0]!;
    return { line: i + 1, text, role: first.role, label: [...new Set(credits.map((c) => c.label))].join("; "), paths: [...new Set(credits.flatMap((c) => c.paths))] };
  });
  explainUnread(explained, reading.parsed.frontMatter, reading.format === "text" ? skippedTextLines(reading.text) : undefined);
  for (const [line, doubt] of evidenceDoubts(reading, placed, explained)) if (!doubts.has(line)) doubts.set(line, doubt);
  for (const line of explained) {
    const doubt = doubts.get(line.line);
    if (doubt) line.doubt = doubt;
  }
  return { file, lines: explained, fileDoubts: fileDoubts(reading.diagnostics) };
}

/** The lines of a plain-text source its parser set aside as no CV text (page numbers, running headers, directives). */
function skippedTextLines(text: string): Set<number> {
  const raw = readRawLines(normalizeText(text));
  markNoise(raw);
  return new Set(raw.filter((l) => l.kind === "skip").map((l) => l.line));
}

/** The first and last line of the section a line is in. */
function blockSpan(starts: readonly number[], line: number): { from: number; to: number } {
  let from = 1;
  let to = Infinity;
  for (const s of starts) {
    if (s <= line) from = s;
    else {
      to = s;
      break;
    }
  }
  return { from, to };
}

/** Heading line → what its section became ("work", "custom section Talks"), from the sections the résumé lists in source order. */
function sectionLabels(resume: Resume, headings: ReadonlyMap<number, string>): Map<number, string> {
  const refs = [...(resume.meta?.sections ?? [])];
  const out = new Map<number, string>();
  for (const [line, title] of [...headings].sort((a, b) => a[0] - b[0])) {
    const at = refs.findIndex((r) => r.title === title);
    if (at < 0) continue;
    const key = refs.splice(at, 1)[0]!.key;
    out.set(line, key.startsWith("custom:") ? `section → ${title} (a section of its own)` : `section → ${key}`);
  }
  return out;
}

/** A line of the list of the document's own headings near its top ("# 目次", "## Contents", or the items alone under the name). */
const CONTENTS_CREDIT: Credit = { role: "title", label: "the document's table of contents", paths: [] };
/** "Last updated: March 2024": what the document says of itself, printed apart at the end. */
const STAMP_CREDIT: Credit = { role: "title", label: "the date the document was last updated", paths: [] };

/** The lines at which the extractor noted a rule. */
function linesOf(reading: Reading, ruleId: string): Set<number> {
  return new Set(reading.diagnostics.flatMap((d) => (d.ruleId === ruleId && d.position ? [d.position.line] : [])));
}

/** The lines of each table of contents: from the line its note is at (its title, or its first item) through the items below. */
function contentsLines(lines: readonly SourceLine[], noted: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  let open = false;
  for (const line of lines) {
    open = noted.has(line.position.line) || (open && line.kind === "bullet");
    if (open) out.add(line.position.line);
  }
  return out;
}

function sectionCredit(label: string | undefined): Credit {
  return { role: "section", label: label ?? "section heading (its lines were read elsewhere)", paths: [] };
}

function catchAllCredit(resume: Resume, line: SourceLine): Credit | undefined {
  for (const [i, section] of (resume.sections ?? []).entries()) {
    const k = section.items.findIndex((item) => item.summary === line.text);
    if (k >= 0 && section.kind === "other") return { role: "catch-all", label: `catch-all → "${section.title}"`, paths: [`/sections/${i}/items/${k}`] };
  }
  return undefined;
}

const CONTACT_FIELDS = ["email", "phone", "url", "label"] as const;

/** The text names the value whole: "github.com/jane" is not named by "github.com/jane/repo". */
function mentions(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) if (!/[\p{L}\p{N}/_-]/u.test(text[at + value.length] ?? "")) return true;
  return false;
}

/** The summary and the contacts a line holds. */
function basicsCredit(reading: Reading, line: SourceLine, amongEntries: boolean): Credit | undefined {
  const basics = reading.resume.basics ?? {};
  // a link's address is part of what the line says, though only its text is in the line's text
  const text = comparable([line.text, ...line.links.map((l) => l.url)].join(" "));
  const found: Array<[string, string]> = [];
  // a place, a link or a headline among entries is an entry's, not the person's
  for (const field of amongEntries ? CONTACT_FIELDS.slice(0, 2) : CONTACT_FIELDS) {
    const value = basics[field];
    if (value && mentions(text, comparable(value))) found.push([`/basics/${field}`, field === "label" ? "headline" : field]);
  }
  basics.otherContacts?.forEach((o, i) => {
    if (mentions(text, comparable(o.value))) found.push([`/basics/otherContacts/${i}`, o.kind]);
  });
  if (!amongEntries) basics.profiles?.forEach((p, i) => {
    const handle = p.url ? comparable(p.url).replace(/^www\./, "") : p.username && `@${comparable(p.username)}`;
    if (handle && mentions(text, handle)) found.push([`/basics/profiles/${i}`, p.network || "profile"]);
  });
  for (const [field, value] of amongEntries ? [] : Object.entries(basics.location ?? {})) {
    if (value && value.length > 1 && text.includes(comparable(value))) found.push([`/basics/location/${field}`, "place"]);
  }
  const summary = basics.summary && comparable(basics.summary);
  const inSummary = Boolean(summary && text && summary.includes(text)) && !amongEntries;
  // "…I decided to become a Code Writer and" in the summary names the headline in passing; it is the summary's line
  if (inSummary && found.length === 1 && found[0]![0] === "/basics/label" && text !== comparable(basics.label!)) found.pop();
  if (inSummary && !found.length) return { role: "summary", label: "summary", paths: ["/basics/summary"] };
  if (!found.length) return undefined;
  return { role: "contact", label: `contact → ${[...new Set(found.map((f) => f[1]))].join(", ")}`, paths: found.map((f) => f[0]) };
}

/**
 * The entry a line belongs to: one whose origin is in the line's section, at
 * the line or before it (the line is part of its head or its body), or just
 * after it (an organisation's line above the roles read as its jobs).
 */
function entryCredit(inBlock: readonly Placed[], line: SourceLine): Credit | undefined {
  const at = line.position.line;
  const before = inBlock.filter((p) => p.line <= at);
  const last = before.length ? before[before.length - 1]!.line : undefined;
  const owners = before.filter((p) => p.line === last);
  const nextLine = inBlock.find((p) => p.line > at)?.line;
  const next = inBlock.filter((p) => p.line === nextLine);
  // an organisation's line over its roles names more of the next entry (its employer, place and span) than a place or
  // a year the entry before happens to share ("Globex Corp., Chicago, IL" under a job in Chicago)
  const [own, following] = [creditFromValues(owners, line), creditFromValues(next, line)];
  const namesOrganisation = (credit: Credit | undefined) => credit?.role === "entry" && credit.paths.some((p) => p.endsWith("/name"));
  if (own && namesOrganisation(following) && !namesOrganisation(own) && own.role === "entry" && following!.paths.length > own.paths.length) return following;
  // an entry further up the section may hold the line too (two degrees read from one block)
  const credit = own ?? following ?? creditFromValues(before, line);
  if (credit) return credit;
  if (!owners.length) return undefined;
  const owner = owners[0]!;
  return { role: "entry", label: `${entryName(owner)} → read with its entry`, paths: [owner.path] };
}

function creditFromValues(entries: readonly Placed[], line: SourceLine, headOnly = false): Credit | undefined {
  // entries that share an origin (a custom section's items) are told apart by how much of the line each holds
  // away from its origin, an entry is credited only with a line that names more than a year of it, or than a
  // keyword, which a job's own list of tools shares with the skills ("Python")
  const named = (hits: readonly ValueHit[]) => !headOnly || hits.some((h) => !h.body && ![DATE_LABEL, "keywords"].includes(fieldLabel("", h.field.replace(/\/\d+$/, ""))));
  const weighed = entries.map((entry) => ({ entry, hits: valuesInLine(entry.value, line.text) })).filter((e) => e.hits.length && named(e.hits));
  const weight = (hits: readonly ValueHit[]) => hits.reduce((sum, h) => sum + (h.body ? 1 : DATE_LABEL === fieldLabel("", h.field) ? 1 : 2), 0);
  const best = weighed.reduce<(typeof weighed)[number] | undefined>((a, b) => (a && weight(a.hits) > weight(b.hits) ? a : b), undefined);
  if (!best) return undefined;
  // a line that is a list of entries ("UX, UI, Sketch" under Skills) is each of them
  const own = weighed.filter((e) => e.entry.line === line.position.line && e.entry.section === best.entry.section && !e.entry.path.startsWith("/sections/"));
  if (own.length > 1) {
    const fields = [...new Set(own.flatMap((e) => e.hits.map((h) => fieldLabel(e.entry.section, h.field.replace(/\/\d+$/, "")))))];
    const numbers = own.map((e) => e.entry.index + 1);
    return { role: "entry", label: `${best.entry.section} entries ${numbers[0]}–${numbers[numbers.length - 1]} → ${fields.join(" / ")}`, paths: own.flatMap((e) => e.hits.map((h) => `${e.entry.path}/${h.field}`)) };
  }
  const { entry, hits } = best;
  // a line found whole in a highlight or the summary is body text, whatever head value it mentions ("… on the Upwork platform")
  const head = hits.some((h) => h.inside) ? [] : hits.filter((h) => !h.body);
  const kind = hits.some((h) => h.field.startsWith("highlights")) ? "highlight" : "summary";
  if (head.length) {
    const fields = [...new Set(head.map((h) => fieldLabel(entry.section, h.field)))];
    if (hits.some((h) => h.body)) fields.push(kind);
    return { role: "entry", label: `${entryName(entry)} → ${fields.join(" / ")}`, paths: hits.map((h) => `${entry.path}/${h.field}`) };
  }
  return { role: entry.path.startsWith("/sections/") ? "item" : "highlight", label: `${entryName(entry)} → ${kind}`, paths: hits.map((h) => `${entry.path}/${h.field}`) };
}

const DATE_LABEL = "dates";

/** A line under an entry's head that holds none of its values: read with the entry. */
function bodyOf(credit: Credit): Credit {
  const path = credit.paths[0]?.replace(/^(\/(?:sections\/\d+\/items|[a-z]+)\/\d+).*$/, "$1");
  return { role: "entry", label: `${credit.label.replace(/ → .*$/, "")} → read with its entry`, paths: path ? [path] : [] };
}

function entryName(entry: Placed): string {
  return entry.path.startsWith("/sections/") ? `"${entry.section}" item ${entry.index + 1}` : `${entry.section} entry ${entry.index + 1}`;
}
