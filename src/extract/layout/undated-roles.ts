import type { SourceLine } from "../../parse/source-line.js";
import { findDates } from "../dates.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isWholePlace } from "../evidence/places.js";
import { namesUnit, titlesDuties } from "../vocabulary.js";
import { hasDate, isHeaderLike, isSentence, isTitleLike, lineWithoutDates, type Entry } from "./lines.js";

/**
 * "### Google, 2011-2019" over "**fs-verity**" / "_Staff Technical Lead Manager_" / bullets, then "**fs-crypt**" /
 * "_Senior Software Engineer_" / bullets: under a dated employer that names no role, paragraphs each opened by a
 * line set wholly in bold or italics, one of whose first two lines is a role, are the roles held there. Each becomes
 * an entry that repeats the employer's lines; the unit or project named beside the role goes first in its body. One
 * such role takes the employer's dates; several share them as the organisation's span, since none is dated of its own.
 */
export function splitUndatedRoles(entry: Entry): Entry[] {
  const headed = splitRoleHeadings(entry) ?? splitListedRoles(entry);
  if (headed) return headed;
  const [first, ...rest] = entry.head;
  if (!first || !entry.head.some(hasDate) || entry.head.some((l) => roleLean(weighPhrase(lineWithoutDates(l).text)) > 0.3)) return [entry];
  const blocks = entry.body.flatMap((_, i) => {
    const role = roleLineAt(entry.body, i);
    return role === undefined ? [] : [{ start: i, role }];
  });
  if (!blocks.length) return [entry];
  const prelude = entry.body.slice(0, blocks[0]!.start);
  const period = entry.head.map((l) => findDates(l.text)[0]?.period).find(Boolean);
  const single = blocks.length === 1;
  const orgLines = single ? entry.head : [lineWithoutDates(first), ...rest.map(lineWithoutDates).filter((l) => l.text)];
  return blocks.map(({ start, role }, k) => {
    const end = blocks[k + 1]?.start ?? entry.body.length;
    const unit = entry.body.slice(start, start + 2).filter((_, j) => start + j !== role);
    const said = entry.body.slice(start + 2, end);
    return {
      head: [...orgLines, entry.body[role]!],
      body: [...(k === 0 ? prelude : []), ...unit, ...said],
      position: entry.body[role]!.position,
      ...(!single && period && { organizationPeriod: period }),
    };
  });
}

/**
 * "* Lindqvist University" over "  * Associate Professor of Sociology", "  * Adjunct Professor of Statistics": an
 * employer's list item, undated and naming no role, whose own items are each a role alone, two or more, lists the
 * appointments held there, as academic CVs list several positions at one university. Each becomes an entry that
 * repeats the employer, with what is nested under the role. "* Visiting positions" over "  * Visiting Professor,
 * Harbour University": a label over roles that name their own employers; each is an entry of its own, the label
 * kept as the first one's text. Undefined where the entry is not so laid out.
 */
function splitListedRoles(entry: Entry): Entry[] | undefined {
  const [org, ...more] = entry.head;
  if (!org || more.length || org.kind !== "bullet" || hasDate(org) || leansToRole(org)) return undefined;
  const depth = org.depth + 1;
  const items = entry.body.flatMap((l, i) => (l.kind === "bullet" && l.depth === depth ? [i] : []));
  // every line is a role's item or nested under one; none is dated, which would make them duties or dated roles
  if (items.length < 2 || items[0] !== 0 || entry.body.some((l, i) => l.depth < depth || (l.depth === depth && !items.includes(i)) || hasDate(l))) return undefined;
  if (!items.every((i) => namesRole(entry.body[i]!))) return undefined;
  const roleAt = (start: number, k: number) => entry.body.slice(start + 1, items[k + 1] ?? entry.body.length);
  if (namesEmployer(org.text) && !items.some((i) => employerAfterRole(entry.body[i]!.text))) {
    return items.map((start, k) => ({ head: [org, entry.body[start]!], body: roleAt(start, k), position: entry.body[start]!.position }));
  }
  if (!items.every((i) => employerAfterRole(entry.body[i]!.text))) return undefined;
  const label: SourceLine = { ...org, kind: "text", depth: 0 };
  return items.map((start, k) => ({ head: [entry.body[start]!], body: [...(k === 0 ? [label] : []), ...roleAt(start, k)], position: entry.body[start]!.position }));
}

/** "Lindqvist University", "Brightwater Partners LLC": an organisation's or a school's words; "Visiting positions" has none. */
function namesEmployer(text: string): boolean {
  const e = weighPhrase(text);
  return Math.max(e.org, e.school) > 0;
}

/**
 * "Visiting Professor, Harbour University": what follows a role's comma, where it names an organisation or a school of
 * its own; a unit of the employer above ("Senior Fellow, Data Institute") does not.
 */
function employerAfterRole(text: string): boolean {
  const after = text.split(/,\s/).slice(1).join(", ");
  return after !== "" && !namesUnit(after) && namesEmployer(after);
}

/** "Senior Fellow, Data Institute": a short line that is a role, or opens with one before its comma, the unit after it. */
const namesRole = (l: SourceLine) => isTitleLike(l.text) && (leansToRole(l) || leansToRole({ ...l, text: l.text.split(/,\s/)[0]! }));

/** The line of the role in the paragraph that opens at `i`, when the paragraph opens as a role's does; else undefined. */
function roleLineAt(body: readonly SourceLine[], i: number): number | undefined {
  const l = body[i]!;
  if (!(l.gap || i === 0) || !setApart(l)) return undefined;
  const next = body[i + 1];
  // the role alone, or the unit or project on the first line and the role on the second
  if (leansToRole(l) && (!next || next.gap || next.kind !== "text")) return i;
  if (next && !next.gap && setApart(next) && leansToRole(next) && !leansToRole(l)) return i + 1;
  return undefined;
}

/** A short line of text, undated, set wholly in bold or italics: how such CVs set a role or a unit apart. */
function setApart(l: SourceLine): boolean {
  const spans = l.spans ?? [];
  return l.kind === "text" && l.depth === 0 && isHeaderLike(l) && !hasDate(l) && spans.length > 0 && spans.every((s) => s.strong || s.emphasis || !s.text.trim());
}

/** "**担当業務**", "**【主な業務】**": a title of the duties below it is no role, though a role's word ("担当") is in it. */
export const leansToRole = (l: SourceLine) => !isSentence(l.text) && !titlesDuties(l.text) && roleLean(weighPhrase(l.text)) > 0.3;

/**
 * "### Acme [2019 - now]" over "#### Staff Engineer", bullets, then "#### Engineer", bullets: two or more headings one
 * level under a dated employer's heading, none dated of its own, each a role, are the roles held there, though read
 * in the employer's body they would be its duties. Each becomes an entry that repeats the employer, its span the
 * organisation's. Undefined where the entry is not so laid out.
 */
function splitRoleHeadings(entry: Entry): Entry[] | undefined {
  const [org, ...more] = entry.head;
  // "### Volunteer Coordinator, Red Cross (2012 - 2016)" names its role: headings under it are its parts
  if (!org || more.length || org.kind !== "subheading" || !hasDate(org) || roleLean(weighPhrase(lineWithoutDates(org).text)) > 0.3) return undefined;
  const depth = entry.body.find((l) => l.kind === "subheading")?.depth;
  if (depth === undefined || depth <= org.depth) return undefined;
  const headings = entry.body.flatMap((l, i) => (l.kind === "subheading" && l.depth === depth ? [i] : []));
  if (headings.some((i) => hasDate(entry.body[i]!))) return undefined;
  // "#### Deployment automation system" between "#### Software Engineer, Ingestion" and the next role: a heading that
  // names no role, where three or more name one, the first does and two thirds do, is a part of the role above it.
  // Two role headings are too few to say so: "#### Developer Portal" and "#### Payments API" under "#### Backend
  // Developer" are the parts of one role, the first of them only named with a role's word
  const starts = headings.filter((i) => headsWithRole(entry.body[i]!));
  const othersAreParts = starts.length >= 3 && (headings.length - starts.length) * 3 <= headings.length;
  if (starts.length < 2 || starts[0] !== headings[0] || (starts.length < headings.length && !othersAreParts)) return undefined;
  const period = findDates(org.text)[0]?.period;
  const employer = lineWithoutDates(org);
  const prelude = entry.body.slice(0, starts[0]);
  return starts.map((start, k) => {
    const [role, focus] = roleAndFocus(entry.body[start]!);
    return {
      head: [employer, role],
      body: [...focus, ...(k === 0 ? prelude : []), ...entry.body.slice(start + 1, starts[k + 1] ?? entry.body.length)],
      position: role.position,
      ...(period && { organizationPeriod: period }),
    };
  });
}

/**
 * "Solution Architect - System design, delivery": what a role's heading says after its dash, where the whole heading
 * reads as no role, is what the role was about (kept as the first line of its text), no employer of its own; a place
 * there stays in the heading.
 */
function roleAndFocus(heading: SourceLine): [SourceLine, SourceLine[]] {
  const lead = heading.text.split(/\s+[-–—|]\s+/)[0]!;
  const focus = heading.text.slice(lead.length).replace(/^\s*[-–—|]\s*/, "");
  // "Developer - Lisbon, Portugal": a place after the dash is where, which the job's own reading takes from the heading
  if (leansToRole(heading) || lead === heading.text || isWholePlace(focus)) return [heading, []];
  return [{ ...heading, text: lead, spans: undefined, lead: undefined }, [{ ...heading, kind: "text", depth: 0, text: focus, spans: undefined, lead: undefined }]];
}

/** "Solution Architect (Senior Analyst) - System design, delivery": a heading that is a role, or opens with one before a dash. */
function headsWithRole(l: SourceLine): boolean {
  const lead = l.text.split(/\s+[-–—|]\s+/)[0]!;
  return leansToRole(l) || (lead !== l.text && !isSentence(lead) && roleLean(weighPhrase(lead)) > 0.3);
}
