import { classifyTitle, type SectionKind } from "../parse/section-titles.js";
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { findDates, withoutDates } from "./dates.js";
import { isSentence, type Entry } from "./layout/lines.js";

/** Fewer sections titled by a job than this is a page with one odd heading, not a history told so. */
const LEAST = 2;

/** How many of a section's first lines with words may come before its dates: the employer, and a team or place. */
const BEFORE_DATES = 2;

/** The sections read as jobs, each an entry headed by its title and the lines down to its dates. */
export interface RoleSections {
  /** Each block read as a job (or, "## Role" over "### Org – dates", as its first half). */
  used: ReadonlySet<number>;
  /** The first of them, where the jobs are placed. */
  first: number;
  entries: Entry[];
}

/**
 * A personal page may list its jobs with no "Experience" over them, each under its job title: "## Senior UX
 * Designer" over "#### Lantern Software (Boston, MA)" and "August 2021 - September 2023", or "## Consultant
 * technique senior" over "### [Brume](…) – *sept. 2015 à mars 2020*". Untitled sections whose titles read as job
 * titles and whose first lines (or the title of the section right under them) date the job are that work section,
 * when there are two of them or more and the page has no work section of its own. Returns them, or none.
 */
export function roleSections(blocks: readonly SectionBlock[], kinds: ReadonlyArray<SectionKind | string | undefined>): RoleSections | undefined {
  if (kinds.includes("work")) return undefined;
  const used = new Set<number>();
  const entries: Entry[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const job = kinds[i] === undefined ? jobTold(blocks, i) : undefined;
    if (job === "under" && kinds[i + 1] === undefined) {
      // "## Role" with nothing under it but "### Org – dates", which the page set as a section of its own
      const next = blocks[++i]!;
      used.add(i - 1).add(i);
      entries.push({ head: [titleLine(block, 2), titleLine(next, 3)], body: next.lines, position: block.position });
    } else if (job === "within") {
      const dated = datedNearTop(block.lines);
      used.add(i);
      entries.push({ head: [titleLine(block, 2), ...block.lines.slice(0, dated + 1)], body: block.lines.slice(dated + 1), position: block.position });
    }
  }
  return entries.length >= LEAST ? { used, first: Math.min(...used), entries } : undefined;
}

/**
 * "## Senior Product Designer" over "#### Larkspur Analytics" and "March 2021 - Present", where another section
 * after it heads a job so too: the job title heads a job, though it comes right under the name, where a heading
 * that says what the person does is the headline.
 */
export function headsOneOfRoleSections(blocks: readonly SectionBlock[], at: number): boolean {
  // (a page with a work section of its own reads no role sections: the heading under the name stays its headline)
  if (blocks.some((b) => b.title !== undefined && classifyTitle(b.title) === "work")) return false;
  const job = jobTold(blocks, at);
  // (the section right under one that dates the job in its title is that job's other half)
  const last = job === "under" ? at + 1 : at;
  return job !== undefined && blocks.some((_, i) => i > last && jobTold(blocks, i) !== undefined);
}

/**
 * Whether the section at `at` is titled by a job title and dates the job: in its own first lines ("within"), or, with
 * no words of its own, in the title of the section right under it ("under").
 */
function jobTold(blocks: readonly SectionBlock[], at: number): "within" | "under" | undefined {
  const block = blocks[at];
  if (block?.title === undefined || !titlesRole(block.title)) return undefined;
  if (datedNearTop(block.lines) >= 0) return "within";
  const next = blocks[at + 1];
  return !block.lines.some(hasWords) && next?.title !== undefined && datesAJob(next.title) ? "under" : undefined;
}

/** "Senior Software Engineer, UXD", "Consultant technique senior (web, mobile & e-commerce)": a title led by a job title, undated, of no section. */
function titlesRole(title: string): boolean {
  const lead = title.replace(/\([^)]*\)/g, " ").split(/,\s|\s[|·—–-]\s/)[0]!.trim();
  return lead.split(/\s+/).length <= 8 && !findDates(title).length && classifyTitle(title) === undefined && roleLean(weighPhrase(lead)) > 0.3;
}

/**
 * "August 2021 - September 2023", "Lantern Software – 2019 – present": a line that dates a job with a range and is no
 * sentence; a post's day ("March 4, 2023") or a paragraph that mentions a year dates no job.
 */
const datesAJob = (text: string) => findDates(text).some((d) => d.range) && !isSentence(text);

/**
 * Where the first lines with words date a job, after an employer and maybe a team or place, each a name, not a
 * sentence (a PDF's text may set a job's duties under a title it printed large); else -1. The employer may share the
 * dates' line ("Lantern Software – 2019 – present"); a date first names no employer (a blog post's day under its title).
 */
function datedNearTop(lines: readonly SourceLine[]): number {
  const worded = lines.filter(hasWords).slice(0, BEFORE_DATES + 1);
  const at = worded.findIndex((l) => datesAJob(l.text));
  if (at < 0 || !worded.slice(0, at).every(namesOnly)) return -1;
  const employerBefore = at > 0 || /\p{L}{2,}/u.test(withoutDates(worded[at]!.text));
  return employerBefore ? lines.indexOf(worded[at]!) : -1;
}

/** The longest a line naming an employer, its team and its place runs to, in words. */
const NAME_WORDS = 12;

const namesOnly = (l: SourceLine) => l.text.trim().split(/\s+/).length <= NAME_WORDS && !/[.!?]\s+\p{Lu}/u.test(l.text);

const hasWords = (l: SourceLine) => /[\p{L}\p{N}]/u.test(l.text);

/** A section's title as the head line of the entry it now begins, one level under the work section it stands in. */
function titleLine(block: SectionBlock, depth: number): SourceLine {
  return { kind: "subheading", text: block.title!, position: block.position, depth, links: [], gap: true };
}
