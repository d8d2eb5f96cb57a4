import type { SourceLine } from "../../parse/source-line.js";
import { roleBeforeUnit, roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { findDates, withoutDates } from "../dates.js";
import { hasStreet, placeScore } from "../evidence/places.js";
import { hasDate, isDateOnly, isHeaderLike, isSentence, lineWithoutDates, startsWithDate, type Entry } from "./lines.js";
import { splitUndatedRoles } from "./undated-roles.js";
import entryLabels from "../vocabulary/entry-labels.json" with { type: "json" };
import { namesKindOfWork } from "../vocabulary.js";

/**
 * One organisation with several roles, each with its own dates: "### Acme"
 * over "**Senior Engineer**  2022 – now" and "**Engineer**  2019 – 2022". The
 * roles' header lines sit in the entry's body, so each dated role header in
 * the body starts an entry of its own that repeats the organisation's lines.
 */
export function splitRoleGroups(entry: Entry): Entry[] {
  // "* **Avira** - Tettnang" over "  - Researcher / 2019 - 2021": an employer's list item holds its roles as its own items,
  // and so does a definition list's term ("Lindqvist University" / ": Lecturer, 2017–2018." / ": Postdoc, 2016.")
  const itemDepth = entry.head[0]?.kind === "bullet" || entry.head[0]?.kind === "text" ? entry.head[0].depth : undefined;
  const itemKind = entry.head[0]?.kind;
  // "* Industry" over "  * Data Scientist, Spotify, 2019 – 2021": an item that only names a kind of work groups the
  // dated jobs listed under it, each naming its own employer, and is none of theirs
  const grouped = itemKind === "bullet" && entry.head.length === 1 && namesKindOfWork(entry.head[0]!.text) ? entry.body.flatMap((l, i) => (l.kind === "bullet" && l.depth === itemDepth! + 1 && hasDate(l) ? [i] : [])) : [];
  // (the label, and any undated line under it before the first job, are the user's words and stay in the résumé)
  if (grouped.length) return [{ head: entry.head, body: entry.body.slice(0, grouped[0]), position: entry.position, label: true }, ...rowsOfTheirOwn(entry, grouped)];
  // "### Acme" over "- *Senior Engineer*, 2021 – now" and "- *Engineer*, 2019 – 2021": the roles of a promotion, each an
  // item of the employer's list, the first item of which is one; not under a header that names a role itself
  // ("### Lead Engineer" / "**Acme** | 2017 – 2024"), whose first line is no employer to give the items
  const firstItem = itemKind !== "bullet" ? entry.body.find((l) => l.kind === "bullet" && l.depth === 0) : undefined;
  const headNamesRole = entry.head.some((l) => roleLean(weighPhrase(lineWithoutDates(l).text)) > 0.3);
  const rolesListed = firstItem !== undefined && !headNamesRole && isSetRoleItem(firstItem);
  const found = entry.body.flatMap((_, i) => (isRoleHeader(entry.body, i, itemDepth, itemKind, rolesListed) ? [i] : []));
  const starts = withoutYearlyHeadings(entry.body, found, headNamesRole);
  if (!starts.length) return splitUndatedRoles(entry);
  if (starts.every((i) => namesOwnEmployer(entry.body[i]!))) return rowsOfTheirOwn(entry, starts);
  const named = entry.head.filter((l) => !isDateOnly(l.text));
  // the organisation's line without its overall span: that span is no entry of its own
  const org = lineWithoutDates(named[0] ?? entry.head[0]!);
  // "### Acme" / "**Senior Engineer**" / "2022 – now": the header already holds the first role
  const firstRole = [org, ...named.slice(1)].some((l) => roleLean(weighPhrase(l.text)) > 0.3) || (entry.head.some(hasDate) && !hasDate(entry.head[0]!));
  const out: Entry[] = [];
  // "Cisco Systems, Inc." / "117 E. Colorado Blvd., Ste. 300" / "Pasadena, CA 91105" over its roles: where the organisation is, for each role
  // in the header or right under it; any other line of the organisation's header stays with each role too
  const prelude = entry.body.slice(0, starts[0]);
  const headerLines = firstRole ? [] : named.slice(1);
  const addressLines = [...headerLines, ...prelude];
  const address = !firstRole && addressLines.length > 0 && addressLines.length <= 3 && addressLines.every((l) => l.kind === "text" && isAddressLine(l.text));
  const orgLines = address ? [joinLines(addressLines)] : headerLines;
  const headed = firstRole || (starts[0]! > 0 && !address);
  if (headed) out.push({ ...entry, body: prelude });
  // "Upwork: Dec ‘17 – Present" over its roles: the organisation's own span goes with each role, not away
  const organizationPeriod = headed ? undefined : entry.head.map((l) => findDates(l.text)[0]?.period).find(Boolean);
  starts.forEach((start, k) => {
    const role = entry.body[start]!;
    const dateLine = !hasDate(role) && entry.body[start + 1] && datesBelow(entry.body[start + 1]!, role) ? [entry.body[start + 1]!] : [];
    const end = starts[k + 1] ?? entry.body.length;
    out.push({ head: [org, ...orgLines, role, ...dateLine], body: entry.body.slice(start + 1 + dateLine.length, end), position: role.position, ...(organizationPeriod && { organizationPeriod }) });
  });
  return out;
}

/**
 * "### Hanbit Health | 프론트엔드 개발자" over "#### 2024년 - 결제 화면 개편", "#### 2023년 - 검색 속도 개선", …, "#### 2022년 -
 * 주니어 개발자로서의 첫 해": under a header that names the role, where most sub-headings that open with their year name
 * none, they title what was done each year, and the one whose words happen to hold a role word ("개발자") starts no
 * role of its own either. A sub-heading written "Role | dates" is never one of them.
 */
function withoutYearlyHeadings(body: readonly SourceLine[], starts: number[], headNamesRole: boolean): number[] {
  if (!headNamesRole) return starts;
  const yearly = body.flatMap((l, i) => (l.kind === "subheading" && startsWithDate(l.text) ? [i] : []));
  const roles = yearly.filter((i) => starts.includes(i));
  return yearly.length >= 3 && roles.length * 2 < yearly.length ? starts.filter((i) => !yearly.includes(i)) : starts;
}

const EMPLOYER_COLUMNS = new Set(entryLabels.name.map((label) => label.toLowerCase()));

/** A table row under a header that names a column of employers ("| Company | Role | Period |"): the row names its own. */
const namesOwnEmployer = (l: SourceLine) => l.kind === "row" && (l.columnNames ?? []).some((c) => EMPLOYER_COLUMNS.has(c.toLowerCase()));

/**
 * "### Other Employment" over "| Company | Role | Period |" and a row a job: each row is a job at the employer its own
 * cell names, and the heading above the table titles the table, no employer of theirs; it and the header row, which
 * only name the columns, head no job.
 */
function rowsOfTheirOwn(entry: Entry, starts: readonly number[]): Entry[] {
  return starts.map((start, k) => ({ head: [entry.body[start]!], body: entry.body.slice(start + 1, starts[k + 1] ?? entry.body.length), position: entry.body[start]!.position }));
}

/** A street, a town, or a town with its postcode: a line of a postal address. */
const isAddressLine = (text: string) => hasStreet(text) || placeScore(text) >= 0.6;

/** Lines of one address as one line, its parts set apart by commas. */
function joinLines(lines: readonly SourceLine[]): SourceLine {
  return { ...lines[0]!, text: lines.map((l) => l.text.replace(/[,;]\s*$/, "")).join(", ") };
}

/**
 * The line under a role that dates it: the dates alone, or, under a role item of an employer's item, the
 * dates first and a place after them ("**Data Scientist** <br> Aug 2025 - Present • Hyderabad").
 */
function datesBelow(next: SourceLine, role: SourceLine): boolean {
  if (isDateOnly(next.text)) return true;
  if (role.kind !== "bullet" || next.kind !== "text" || next.depth <= role.depth || !startsWithDate(next.text)) return false;
  const rest = withoutDates(next.text).replace(/^[\s•·|,–—-]+/, "");
  return !isSentence(rest) && rest.split(/\s+/).length <= 4;
}

/**
 * An item of an employer's item, or a definition under its employer's term, that names a role and nothing more: a
 * short phrase, no sentence, leaning to a role.
 */
function isRoleItem(l: SourceLine, itemDepth: number | undefined, itemKind: SourceLine["kind"] | undefined): boolean {
  if (itemDepth === undefined || l.kind !== itemKind || l.depth <= itemDepth || isSentence(l.text)) return false;
  // "Lecturer, 2017–2018.": the stop closes the dates, not a sentence
  const named = lineWithoutDates(l).text.replace(/[\s,;]+\.$/, "").replace(/[\s/•·|]+$/, "");
  // "Postdoctoral Appointee in the Mathematics and Computer Science Division": the role's words, not its unit's, are few
  return (roleBeforeUnit(named) ?? named).split(/\s+/).length <= 8 && !/[.!?]$/.test(named);
}

/**
 * "- *Senior Engineer*, Jan 2021 – Present": a top-level item that opens with a role set in italics or bold and is
 * dated on its line, no sentence: a role the employer above it gave, not a duty done there.
 */
function isSetRoleItem(l: SourceLine): boolean {
  // held over a span: "- *Promoted to Senior Engineer*, 2021", "- **Engineer of the Year**, 2019" tell of a day there
  if (l.kind !== "bullet" || l.depth !== 0 || !findDates(l.text).some((d) => d.range) || isSentence(l.text)) return false;
  const opening = l.spans?.[0];
  if (!opening || !(opening.strong || opening.emphasis) || isDateOnly(opening.text)) return false;
  const role = opening.text.trim().replace(/[,:|–—-]+$/u, "").trim();
  return role.split(/\s+/).length <= 8 && roleLean(weighPhrase(role)) > 0.3;
}

/** A line of the body that heads a role: short, set apart (bold or its own paragraph, or an item of an employer's item), dated on it or on the line below. */
function isRoleHeader(body: readonly SourceLine[], i: number, itemDepth?: number, itemKind?: SourceLine["kind"], rolesListed = false): boolean {
  const l = body[i]!;
  const item = isRoleItem(l, itemDepth, itemKind) || (rolesListed && isSetRoleItem(l));
  // "| 2024年8月 - 2026年1月 | Software Engineer |": a table of the roles held there, one row each; a cell that tells
  // of the work ("決済基盤チームのテックリードとして、…を担当") names no role, whatever role word it holds
  if (l.kind === "row") return hasDate(l) && (l.cells ?? []).some((c) => !isSentence(c) && !isDateOnly(c) && roleLean(weighPhrase(withoutDates(c).trim())) > 0.3);
  if (!item && ((l.kind !== "text" && l.kind !== "subheading") || (l.kind === "text" && l.depth > 0) || !isHeaderLike(l))) return false;
  if (isSentence(l.text) || isDateOnly(l.text)) return false;
  if (/[:：]\s*\S/.test(l.text.slice(0, 40)) && !hasDate(l)) return false;
  // "**開発環境:** Windows Server 2012 R2 / … Operation Manager": a bold label over more than dates is a field of the
  // job, though a version's year and a product's "Manager" in it read as a dated role
  if (l.lead && /[:：]$/u.test(l.lead.trim()) && !isDateOnly(l.text.slice(l.text.indexOf(l.lead) + l.lead.length))) return false;
  const next = body[i + 1];
  const dated = hasDate(l) || (next !== undefined && datesBelow(next, l));
  if (!dated) return false;
  // set apart and dated is not enough: a project inside a job is too ("### Billing rewrite (2021–2022)"); a role says it is one
  return roleLean(weighPhrase(lineWithoutDates(l).text)) > 0.3;
}
