import type { SourceLine } from "../parse/source-line.js";
import { findDates } from "./dates.js";
import { hasDate, isSentence } from "./layout/lines.js";
import { pairsRoleAndEmployer } from "./role-at-employer.js";
import { isDocumentTitle } from "../parse/document-title.js";
import { weighPhrase } from "./evidence/phrase-evidence.js";
import { isSkillLabel } from "./skill-labels.js";
import { leadsWithCjkLevel } from "./skill-items.js";
import { listsPersonalDetails } from "./personal-form.js";
import type { SectionKind } from "../parse/section-titles.js";
import columns from "./vocabulary/project-columns.json" with { type: "json" };

const PROJECTS_TABLE = new Set(columns.projectsTable);

/** Where code lives: a link to a repository or a package there names a piece of software. */
const CODE_HOST = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|git\.sr\.ht|sr\.ht|huggingface\.co|npmjs\.com|pypi\.org|crates\.io|pkg\.go\.dev|marketplace\.visualstudio\.com)\/[^/\s]+\/[^/\s#?]+/i;

/**
 * What a section holds when its title says nothing vitae knows ("What I'm
 * Building", "Side quests"): a list whose items each lead with a link to a
 * repository ("**[hetu-chain](https://github.com/…)** — The mainnet…") is a
 * list of projects, and so is a table whose first column is headed "Project";
 * labelled lists of names ("言語 | Python, Go, Java") are skills; under a title that names the whole document ("Resume"),
 * dated jobs are work.
 */
export function kindFromContent(lines: readonly SourceLine[], title = ""): SectionKind | undefined {
  const header = lines.find((l, i) => l.kind === "text" && lines[i + 1]?.kind === "row");
  const firstColumn = header?.text.split("|")[0]!.replace(/[*_]/g, "").trim().toLowerCase();
  if (firstColumn && PROJECTS_TABLE.has(firstColumn) && lines.filter((l) => l.kind === "row").length >= 2) return "projects";
  const items = lines.filter((l) => (l.kind === "bullet" || l.kind === "text" || l.kind === "row") && l.depth === 0);
  const ledByRepository = items.filter((l) => {
    const first = l.links[0];
    return first !== undefined && CODE_HOST.test(first.url) && l.text.trimStart().replace(/^[*_]+/, "").startsWith(first.text);
  });
  if (ledByRepository.length >= 2 && ledByRepository.length >= items.length * 0.6) return "projects";
  if (groupsNames(lines)) return "skills";
  if (isDocumentTitle(title) && !/\s/.test(title.trim()) && saysOnly(lines)) return "summary";
  return isDocumentTitle(title) && listsJobs(lines) ? "work" : undefined;
}

/**
 * "Résumé" over "J'aide les équipes produit à …": under a title that names the document, paragraphs of sentences and
 * nothing else are the summary (LinkedIn's French export titles its summary so, half-way down its text).
 */
function saysOnly(lines: readonly SourceLine[]): boolean {
  return lines.length > 0 && lines.every((l) => l.kind === "text" && !hasDate(l)) && lines.some((l) => isSentence(l.text));
}

/**
 * "### Resume" over "- Lead Engineer at DraftKings (Jul 2019 - Dec 2020)": under a title that names the whole document,
 * as an about page titles the part of it that stands for the CV, entries that each pair a job title with an employer
 * and are dated are jobs (the sub-headings are the entries where there are any, else the items). Under a title of
 * its own ("Editorships" over "Editorial board member, Population, 2025–") they are what that title says.
 */
function listsJobs(lines: readonly SourceLine[]): boolean {
  const subheadings = lines.filter((l) => l.kind === "subheading");
  const heads = subheadings.length ? subheadings : lines.filter((l) => (l.kind === "bullet" || l.kind === "text") && l.depth === 0);
  const jobs = heads.filter((l) => findDates(l.text).some((d) => d.range) && pairsRoleAndEmployer(l.text));
  return jobs.length >= 2 && jobs.length >= heads.length * 0.6;
}

/**
 * "言語 | Python, Go, Java", "Tools: Git, Docker, Make" over "Methods: regression, survival analysis": most items a
 * label over a list of names, one of three names or more, as skills are grouped.
 */
function groupsNames(lines: readonly SourceLine[]): boolean {
  const items = lines.filter((l) => (l.kind === "bullet" || l.kind === "text" || l.kind === "row") && l.depth === 0);
  const most = (lists: readonly number[]) => lists.length >= 2 && lists.length >= items.length * 0.6;
  const counts = items.map(labelledNames);
  if (most(counts.filter((n) => n >= 3))) return true;
  // lists of two names among them only where nothing is dated: a dated "Courses (2024)" lists what was learnt then
  return most(counts.filter((n) => n >= 2)) && counts.some((n) => n >= 3) && !lines.some(hasDate);
}

/** How many names a line lists after its label ("Tools: Git, Docker, Make" → 3); 0 for any other line. */
function labelledNames(l: SourceLine): number {
  const [label, value, ...more] = l.kind === "row" ? (l.cells ?? []) : (/^([^:：]{1,30})[:：]\s*(.+)$/.exec(l.text)?.slice(1) ?? []);
  if (!label?.trim() || !value || more.some((c) => c.trim())) return 0;
  // "Languages: R, Python, and Bash.": the list may close with a full stop, as a sentence would
  const names = value.replace(/(?<!\.)\.$/, "").split(/\s*[,，、;；]\s*/).filter(Boolean);
  return names.every((n) => n.length <= 30 && !/[.。!?]$/.test(n)) ? names.length : 0;
}

/**
 * The kind a section's title gives it, unless its content says otherwise: "Key achievements" over sentences
 * of what was done ("Optimised the API from ~450 ms to ~200 ms…"), none dated, holds no awards, which are
 * named and dated ("Sloan Research Fellowship (2010)"); such a section keeps its title as a section of its own.
 */
export function contentOverrules(kind: SectionKind | undefined, lines: readonly SourceLine[]): SectionKind | undefined {
  if (kind === "summary" && listsPersonalDetails(lines)) return "contact";
  if (kind === "work" && namesTechniques(lines)) return "skills";
  // "Qualifications" over "Programming: Python, R, SQL": groups of skills, not degrees
  if (kind === "education" && groupsNames(lines) && !lines.some(hasDate)) return "skills";
  if (kind === "work" && tellsWhatWasDone(lines, true)) return undefined;
  const told = kind === "work" ? cjkSentences(lines) : undefined;
  if (told) return told.filter(leadsWithCjkLevel).length >= told.length * 0.6 ? "skills" : undefined;
  if (kind !== "awards") return kind;
  return tellsWhatWasDone(lines, false) ? undefined : kind;
}

/**
 * Three items or more, none dated, most of them told in seven words or more. A section of experience whose every line
 * is such an item, each ending as a sentence does ("Led migration of more than 20 web applications to JBoss Portal."),
 * tells what the person did, above the section that lists the jobs ("Work history"); it names no job.
 */
function tellsWhatWasDone(lines: readonly SourceLine[], everyLineASentence: boolean): boolean {
  const items = lines.filter((l) => (l.kind === "bullet" || l.kind === "text") && l.depth === 0);
  // "**Lecturer in Physics** - Example University." over a paragraph of what was done there: the bold head names the
  // job, though it closes with a full stop as the paragraphs under it do
  if (items.some(headsJobInBold)) return false;
  const told = items.filter((l) => l.text.split(/\s+/).length >= 7);
  const sentences = !everyLineASentence || (items.length === lines.length && items.every((l) => /[.!?]$/.test(l.text.trim())));
  return sentences && items.length >= 3 && told.length >= items.length * 0.6 && !lines.some(hasDate);
}

/** A line led by a bold phrase that, with the rest of the line, pairs a job title and an employer. */
const headsJobInBold = (l: SourceLine) => l.lead !== undefined && l.text.trim().length > l.lead.trim().length && pairsRoleAndEmployer(l.text.replace(/\.$/, ""));

/**
 * "工作经验" over "1. 熟练掌握 Java 语言，熟悉多线程与集合框架": three items or more told in CJK sentences, none of them
 * dated and none a heading of its own, name no job: a job is an employer with its dates. Chinese, Japanese and Korean
 * CVs set no spaces between words, so the sentence is told by its letters, not by counting words as
 * tellsWhatWasDone does. The items are returned for the caller to tell what they state (skills, when they lead with
 * a word of proficiency) from what they tell.
 */
function cjkSentences(lines: readonly SourceLine[]): string[] | undefined {
  if (lines.some((l) => l.kind === "subheading" || l.kind === "row" || hasDate(l))) return undefined;
  const items = lines.filter((l) => (l.kind === "bullet" || l.kind === "text") && l.depth === 0).map((l) => l.text);
  const sentence = (text: string) => (text.match(CJK_LETTERS) ?? []).length >= 4 && text.length >= 15 && weighPhrase(text).org < 0.5 && !pairsRoleAndEmployer(text);
  // one item of many that reads like "开发项目类型，网站，商城" (a role word before a comma) is no job in an undated list
  const told = items.filter(sentence);
  return told.length >= 3 && told.length >= items.length - Math.floor(items.length / 5) ? items : undefined;
}

const CJK_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * "Technical experience" over "| Microscopy | Confocal and two-photon
 * microscopy… |" rows: a section of experience whose items are each a short
 * label (no employer, no job title) with what it covers, and none of them
 * dated, lists what the person can do, not jobs.
 */
function namesTechniques(lines: readonly SourceLine[]): boolean {
  if (lines.some(hasDate)) return false;
  if (groupsSkills(lines)) return true;
  const items = lines.filter((l) => (l.kind === "bullet" || l.kind === "text" || l.kind === "row") && l.depth === 0 && !l.tableHeader);
  const labelled = items.filter((l) => {
    const [label, value, ...more] = l.kind === "row" ? (l.cells ?? []).map((c) => c.trim()).filter(Boolean) : (/^([^:：]{1,30})[:：]\s*(.+)$/.exec(l.text)?.slice(1) ?? []);
    if (!label || !value || more.length || label.split(/\s+/).length > 3) return false;
    const e = weighPhrase(label);
    return e.org < 0.5 && e.role < 0.5 && e.school === 0;
  });
  return labelled.length >= 3 && labelled.length >= items.length * 0.8;
}

/**
 * "Technical Experience" over "### Programming languages" and "### Tools & Protocols": undated sub-headings that
 * name no employer, role or school, one of them a label of a group of skills, group skills, not jobs.
 */
function groupsSkills(lines: readonly SourceLine[]): boolean {
  const groups = lines.filter((l) => l.kind === "subheading");
  const naming = (text: string) => {
    const e = weighPhrase(text);
    return Math.max(e.org, e.role, e.school) >= 0.5;
  };
  return groups.length >= 2 && groups.some((g) => isSkillLabel(g.text)) && !groups.some((g) => naming(g.text));
}
