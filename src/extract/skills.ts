import { isCopyrightNotice, isReferencesOnRequest } from "./closing-remarks.js";
import { classifyLabel, classifyTitle, type SectionKind } from "../parse/section-titles.js";
import type { Position } from "../diagnostics/diagnostic.js";
import type { SourceLine } from "../parse/source-line.js";
import type { Skill } from "../resume/schema.js";
import { inferSeparator, isShortItem, readLevel, readRating, splitAt, tellsProficiency, type Separator } from "./skill-items.js";
import { skillsDownFirstColumn } from "./skill-attribute-columns.js";
import { readSkillColumns } from "./skill-columns.js";
import { readSkillGroups, type SkillGroup, type SkillText } from "./skill-groups.js";
import { endsWithSpokenLanguage, isSpokenLanguage, namesLanguageLevel } from "./spoken-languages.js";
import { findDates } from "./dates.js";
import { isPlaceLine } from "./entry-parts.js";

// the keyword splitter is shared with the readers of other sections
export { splitKeywords } from "./skill-items.js";

/**
 * Reads a skills section. Grouped lists (`Label: a, b`, `**Label** a, b`, a
 * table row, a `###` or label line over its items, a bullet over short
 * sub-items, a table whose columns are groups) give one skill per group, named by its label, with the items as
 * keywords; a flat list gives one skill per item. Spoken languages, interests
 * and certificates are not skills even when listed here: their labelled groups
 * are returned in `elsewhere`, for the caller to place in their own sections,
 * and any other line that lists no skills in `left`, since nothing written is dropped.
 */
export function toSkills(
  lines: readonly SourceLine[],
  sourceLines: readonly string[] = [],
  headingsWritten = false,
): { skills: Array<{ skill: Skill; position: Position }>; elsewhere: Elsewhere[]; left: SourceLine[] } {
  // "| 言語 | バージョン | 年数 |" over "| Python | 3.4 | 3年 |": a table whose other columns say of the first column's skills
  const downFirst = skillsDownFirstColumn(lines);
  lines = downFirst.lines;
  const columns = readSkillColumns(lines, sourceLines);
  // a table's header row names its columns: the groups' names when the columns are groups, else words for the catch-all
  const headers = lines.filter((l) => l.tableHeader);
  const read = readSkillGroups(lines.filter((l) => !l.tableHeader && !(columns && l.kind === "row")), sourceLines, headingsWritten);
  const groups = columns ? [...read.groups, ...columns] : read.groups;
  const sep = inferSeparator(groups.flatMap((g) => g.items.filter((i) => i.split).map((i) => i.text)));
  const skills: Array<{ skill: Skill; position: Position }> = [];
  const elsewhere: Elsewhere[] = [];
  // the sub-bullets that describe an item are kept in the section's catch-all
  const leftAt = new Set<Position>([...read.details, ...(columns ? [] : headers.map((l) => l.position))]);
  const ratings = groups.map((g) => (g.name !== undefined && g.items.length === 1 ? readRating(g.items[0]!.text) : undefined));
  for (const [k, g] of groups.entries()) {
    const itemsOf = (i: SkillText) => {
      // the list's own style first ("Cloud: AWS / Git" among " / " lists); a text that never uses it keeps its own
      const own = splitAt(i.text, sep).length > 1 ? sep : inferSeparator([i.text]);
      const items = i.labelled ? splitAt(i.text, own) : i.split ? splitList(i.text, own) : [i.text];
      // "Go, Java, TypeScriptでのバックエンド開発": the list is the object of a Japanese phrase, which says one skill;
      // "熟悉 Knative、Fission 等 Serverless 框架": so is what a word of proficiency leads in Chinese words
      return items.length > 1 && !i.labelled && (items.some(runsIntoJapanese) || tellsProficiency(i.text)) ? splitAt(i.text, undefined) : items;
    };
    if (g.name === undefined) {
      const remark = opensWithRemark(g.items, k === 0 && groups.length > 1) ? g.items[0] : undefined;
      for (const i of g.items) {
        // "具備優秀的團隊合作與領導能力。", "I believe I can pick up any new platform quickly": prose about skills, no list of
        // them; "München, 15.01.2025", "References available upon request.", "Copyright 2017 Jane Doe": where and when
        // the CV was signed, what it says of itself, under the section that happens to come last
        // ("熟练使用 Java，掌握 Java8 新特性；熟悉 Python。": a sentence told with words of proficiency names what is known,
        // its full stop aside, as its siblings without one do)
        const toldSkill = tellsProficiency(i.text.trim().replace(/[。．]$/u, ""));
        if (!i.labelled && ((isProse(i.text) && !toldSkill) || i === remark || isSignOff(i.text) || isClosingRemark(i.text))) {
          leftAt.add(i.position);
          continue;
        }
        const items = itemsOf(i);
        // "Fluent in English, Spanish, and Hebrew.": a line mostly of spoken languages goes whole
        if (items.filter((item) => isSpokenLanguage(item) || endsWithSpokenLanguage(item)).length * 2 >= items.length) {
          leftAt.add(i.position);
          continue;
        }
        for (const item of items) skills.push({ skill: compactSkill(readLevel(item)), position: i.position });
      }
      continue;
    }
    // "Python | 9", "Go  ★★★★☆": the group's one item rates the skill its label names
    const rating = ratings[k];
    if (rating) {
      skills.push({ skill: { name: g.name, level: rating }, position: g.position });
      continue;
    }
    // "Technology  Years of experience" over rated rows: the table's header; "1: 有稍微了解" under "分數 1–8 說明": a rating's key
    const header = g.items.length === 1 && ratings[k + 1] && ratings[k + 2];
    const ratingKey = isNumbered(g) || (groups[k + 1] !== undefined && isNumbered(groups[k + 1]!) && g.items.every(isNumberedNote));
    // "### Other" / "Driving licence (B)" / "References available on request.": the CV's closing line, under the last
    // group of the last section, is no item of that group
    const closing = g.items.filter((i) => !i.labelled && isClosingRemark(i.text));
    for (const i of closing) leftAt.add(i.position);
    const items = g.items.filter((i) => !closing.includes(i)).flatMap(itemsOf);
    if (isSpokenLanguages(items) || namesLanguageLevel(g.name, items)) {
      elsewhere.push({ kind: "languages", group: g });
      continue;
    }
    const kind = classifyTitle(g.name);
    if (kind === "interests" || kind === "certificates") {
      elsewhere.push({ kind, group: g });
      continue;
    }
    if (header || ratingKey || toldAtLength(g)) {
      for (const at of [g.position, ...g.items.map((i) => i.position)]) leftAt.add(at);
      continue;
    }
    // "**Web Development** (Master): HTML, CSS": a group's level follows its label
    const named = readLevel(g.name);
    skills.push({ skill: items.length ? { ...compactSkill(named), keywords: items } : compactSkill(named), position: g.position });
  }
  // the versions and years beside a table's skills are kept as written, where nothing holds them
  const said = new Map(downFirst.said.map((l) => [l.position, l]));
  return { skills, elsewhere, left: lines.flatMap((l) => (leftAt.has(l.position) ? [l] : said.has(l.position) ? [said.get(l.position)!] : [])) };
}

/**
 * A sentence that ends as CJK prose ends ("具備優秀的團隊合作與領導能力。", Korean's "…분류하였습니다."): it tells of skills, it lists none. A Latin
 * sentence is kept ("Hacking on the Linux Kernel including…"): CVs write their skills so; a paragraph of several
 * ("Since the very beginning of my career I mainly worked with open source software, which… I am passionate about…")
 * tells of them.
 */
const isProse = (text: string) => /[。．！？]$|[\uac00-\ud7af][.!?]$/.test(text.trim()) || isParagraph(text) || toldInFirstPerson(text);

/**
 * "Those tools I use daily are marked with a dagger symbol." over "- Python", "- Go" or over the section's groups: a
 * long sentence closed by its full stop, not a list cut by commas, opening a list of names says something of the list
 * (a key to its marks, how it is ordered) and names no skill. Among sentences of its kind, it is one of the skills told so.
 */
const opensWithRemark = (items: readonly SkillText[], groupsFollow: boolean) =>
  isLongSentence(items[0]!.text) && (items.length > 1 ? !isLongSentence(items[1]!.text) : groupsFollow);
const isLongSentence = (text: string) => /[.!?]["”’)]?$/.test(text.trim()) && text.split(/\s+/).length >= 12 && (text.match(/[,;、]/g)?.length ?? 0) <= 1;

/**
 * "Last year I undertook the 'Introduction to Computational Statistics' module in which I learnt how to code in R…": a
 * long sentence in which the writer says "I" and what they did, closed by its full stop, tells of a skill, as a cover
 * letter would, and names none (a line that runs on into a column of skills beside it is no such sentence).
 */
const toldInFirstPerson = (text: string) => /[.!?]["”’)]?$/.test(text.trim()) && /(?:^|[\s,;:])I\s+\p{Ll}/u.test(text) && text.split(/\s+/).length >= 12;

/** Two sentences or more, closed by a full stop: one ends and the next begins with a capital inside the text. */
const isParagraph = (text: string) => /[.!?]$/.test(text.trim()) && /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text) && text.split(/\s+/).length >= 25;

/** Splits a line of items, unless it reads as a sentence whose commas are its own ("Skilled with Linux, Fedora, and Ubuntu."). */
function splitList(text: string, sep: Separator | undefined): string[] {
  const parts = splitAt(text, sep);
  // four phrases or more with no closing period list things, however long each is; six or more do even with one
  const list = parts.every(isShortItem) || (parts.length >= 4 && !/[.!?。]$/.test(text.trim())) || parts.length >= 6;
  return parts.length > 1 && list ? parts : splitAt(text, undefined);
}

/**
 * Sections whose entries a label inside a skills section may introduce ("**开源项目**" over what was built); a skill
 * group's label may name them too ("Project Management: Jira"), so only entries told at length count.
 */
const ENTRY_KINDS = new Set<SectionKind>(["projects", "open-source", "work", "education", "publications", "patents", "awards", "volunteer", "references"]);

/** "**开源项目**" over a paragraph on what was built: another section's entries, told at length as skills never are. */
function toldAtLength(group: SkillGroup): boolean {
  const kind = classifyLabel(group.name!);
  return kind !== undefined && ENTRY_KINDS.has(kind) && !group.items.every((i) => isShortItem(i.text));
}

/** A labelled group among the skills that belongs to another section: spoken languages, interests, certificates. */
export interface Elsewhere {
  kind: "languages" | "interests" | "certificates";
  group: SkillGroup;
}

/**
 * A group of spoken languages ("Sprachen: Deutsch (Muttersprache), Englisch", "Languages: Fluent in Spanish,
 * conversational French"): most of its items suffice ("English, Hindi, Japanese (learning)"), whatever its label says, since "Languages: Java, Go" lists programming languages.
 */
function isSpokenLanguages(items: readonly string[]): boolean {
  return items.length > 0 && items.filter((item) => isSpokenLanguage(item) || endsWithSpokenLanguage(item)).length * 2 >= items.length;
}

/**
 * "1: 有稍微了解": a group whose label is only a number is a numbered note, not a skill named "1"; so is a label
 * over such notes ("分數 1–8 說明：" over "1：…", "2：…"), the key to the ratings that follow.
 */
const isNumbered = (g: SkillGroup) => (g.name !== undefined && /^\d{1,2}$/.test(g.name.trim())) || (g.items.length >= 2 && g.items.every(isNumberedNote));
const isNumberedNote = (i: SkillText) => /^\d{1,2}\s*[:：.)]/.test(i.text);

function compactSkill({ name, level }: { name: string; level?: string }): Skill {
  return level ? { name, level } : { name };
}

/** "München, 15.01.2025", "Paris, le 3 mars 2025": a place and a date, as a CV is signed at its end. */
function isSignOff(text: string): boolean {
  const m = /^(.+?),\s*(?:(?:den|le|el|il|dnia|em)\s+)?(.+)$/u.exec(text.trim());
  const date = m ? findDates(m[2]!)[0] : undefined;
  return date !== undefined && date.length === m![2]!.length && isPlaceLine(m![1]!);
}

/** A name in Latin letters that a Japanese phrase goes on from ("TypeScriptでのバックエンド開発"). */
const runsIntoJapanese = (item: string) => /[A-Za-z0-9+#.]\p{Script=Hiragana}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,}/u.test(item);

/** What the CV says of itself at its end: that references are given on request, or whose copyright it is. */
const isClosingRemark = (text: string) => isCopyrightNotice(text) || isReferencesOnRequest(text);
