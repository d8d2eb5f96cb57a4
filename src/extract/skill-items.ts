import { closesList } from "./list-closers.js";
import type { SourceLine } from "../parse/source-line.js";
import { isSentence } from "./layout/lines.js";
import levels from "./vocabulary/skill-levels.json" with { type: "json" };

/**
 * How a list separates its items, strongest first. A list keeps to one style
 * ("a, b, c", "a; b, c; d", "a · b · c" or "a / b / c"), so the style is
 * read from the whole list and the others stay inside items ("Network design,
 * configuration and troubleshooting" in a list of semicolons, "Apache / Nginx").
 */
export type Separator = "semicolon" | "comma" | "dot" | "slash" | "tab";

const PATTERNS: Record<Separator, RegExp> = {
  semicolon: /\s*[;；]\s*/g,
  comma: /\s*[,，、]\s*/g,
  dot: /\s*[·•|▪∙]\s*/g,
  slash: /\s+\/\s+/g,
  tab: /\s*\t\s*/g,
};
const ORDER: Separator[] = ["semicolon", "comma", "dot", "slash", "tab"];
const OPEN = new Set(["(", "[", "（", "【", "{"]);
const CLOSE = new Set([")", "]", "）", "】", "}"]);
const ANY_BRACKET = /[()[\]（）【】{}]/;

/**
 * Which positions of `text` are inside brackets that pair up (a bracket left open, "editores(canvas", shelters
 * nothing); undefined when it has no brackets, as most items have none.
 */
function shelteredPositions(text: string): Uint8Array | undefined {
  if (!ANY_BRACKET.test(text)) return undefined;
  const pairs: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPEN.has(text[i]!)) open.push(i);
    else if (CLOSE.has(text[i]!) && open.length) pairs.push([open.pop()!, i]);
  }
  const sheltered = new Uint8Array(text.length);
  for (const [from, to] of pairs) sheltered.fill(1, from, to + 1);
  return sheltered;
}

/**
 * The separators of `text` that are not inside brackets, with where each starts and ends. A separator is spaces
 * and marks only, so one that starts outside brackets ends outside them.
 */
function cutsOf(text: string, sep: Separator, sheltered = shelteredPositions(text)): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(PATTERNS[sep])) if (!sheltered?.[m.index]) cuts.push([m.index, m.index + m[0].length]);
  return cuts;
}

/** The separator most used, outside parentheses, by the texts of one list; undefined when they hold none. */
export function inferSeparator(texts: readonly string[]): Separator | undefined {
  let best: Separator | undefined;
  let most = 0;
  const sheltered = texts.map(shelteredPositions);
  for (const sep of ORDER) {
    // " / " separates only when a text holds two of them: "Apache / Nginx" may be one tool's pair
    const count = texts.reduce((n, t, i) => {
      const k = cutsOf(t, sep, sheltered[i]).length;
      return n + (sep === "slash" && k < 2 ? 0 : k);
    }, 0);
    if (count > most) [best, most] = [sep, count];
  }
  return best;
}

/** Splits `text` at `sep` outside parentheses; a closing period and bare numbers ("Python | 9" years) are dropped. */
export function splitAt(text: string, sep: Separator | undefined): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of sep ? cutsOf(text, sep) : []) {
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  const items = parts.map((p) => p.trim().replace(/(?<!\.)[.。;；]$/, "").trim()).filter((p) => p && !/^[\d.,+\s]+$/.test(p));
  return sep === "comma" || sep === "semicolon" ? withoutListClosers(items) : items;
}

/**
 * "R, Python, and Bash.", "Git, SLURM, conda, etc.": of a list of three items or more, the "and" written after the
 * last comma joins the last item, and a word that says the list goes on ("etc.") is no item.
 */
function withoutListClosers(items: string[]): string[] {
  if (items.length < 3) return items;
  if (closesList(items.at(-1)!)) return items.slice(0, -1);
  const joined = /^(?:and|&)\s+(\S.*)$/.exec(items.at(-1)!);
  return joined ? [...items.slice(0, -1), joined[1]!] : items;
}

/** Three items or more on one line, set apart by `sep`: a list, as a wrapped phrase or a pair ("Assembler, C") is not for certain. */
export const listsThree = (text: string | undefined, sep: Separator | undefined) => text !== undefined && splitAt(text, sep).length >= 3;

/** Splits a keyword list at the separator it uses most (commas, semicolons, middle dots…), keeping parentheses whole. */
export function splitKeywords(text: string): string[] {
  return splitAt(text, inferSeparator([text]));
}

/** An item of a list, not a phrase of a sentence: a few words, parentheses aside. */
export function isShortItem(text: string): boolean {
  const bare = text.replace(/[(（][^)）]*[)）]/g, "").trim();
  return bare.length <= 40 && bare.split(/\s+/).length <= 4 && !/[.!?]$/.test(bare);
}

const LEVEL_WORDS = new Set(Object.values(levels.levels).flat());

/** "Advanced", "sehr gute Kenntnisse": words that say how well, not what. */
export const isLevelPhrase = (text: string) => LEVEL_WORDS.has(text.trim().toLowerCase());

const CJK_LEVELS = [...LEVEL_WORDS].filter((w) => /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Katakana}/u.test(w)).sort((a, b) => b.length - a.length);
const LEVEL_LEAD = new RegExp(`^(${CJK_LEVELS.join("|")})\\s*(?=[\\p{Script=Latin}\\d])`, "u");

/** Letters of CJK scripts, not their punctuation ("、", "，"), which parts a list of names. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * "熟练掌握 JavaScript、TypeScript": a CJK word of proficiency before a list of skills in Latin letters, the level they
 * share. "精通 API 网关、内网穿透等相关技术", "了解 Prometheus、Loki 等可观测性组件": what it leads told in CJK words is
 * a phrase of what is known, one item whole, not a list its level labels.
 */
export function leadingLevel(text: string): { level: string; rest: string } | undefined {
  const m = LEVEL_LEAD.exec(text);
  const rest = m ? text.slice(m[0].length) : "";
  return m && !CJK_LETTER.test(rest) ? { level: m[1]!, rest } : undefined;
}

/** "熟练掌握 Java 语言，熟悉多线程": a sentence that opens with a CJK word of proficiency, whatever follows it. */
export const leadsWithCjkLevel = (text: string) => CJK_LEVELS.some((w) => text.trimStart().startsWith(w));

/**
 * "精通 API 网关、内网穿透等相关技术", "熟练掌握页面布局方式，rem布局，弹性布局": a CJK word of proficiency that leads a phrase
 * in CJK words, which its commas do not cut.
 */
export const isToldProficiency = (text: string) => leadsWithCjkLevel(text) && !leadingLevel(text);

/**
 * "具备良好的数学基础，熟悉计算机图形学，熟悉 OpenGL、Vulkan 等图形接口": a sentence of phrases that each open with CJK words,
 * a later one with a word of proficiency, is told proficiency too, though its first phrase opens otherwise; cut at
 * its commas, it would be read item by item where the bullets beside it, opening with "熟悉", are kept whole. A list of
 * names ("JavaWeb开发，HTML、CSS，JQuery，了解BootStrap") opens its phrases with them, and is cut.
 */
export function tellsProficiency(text: string): boolean {
  if (isToldProficiency(text)) return true;
  const phrases = text.split(/\s*[,，]\s*/u).filter(Boolean);
  return phrases.every((p) => CJK_OPENING.test(p)) && phrases.slice(1).some(leadsWithCjkLevel);
}

/** A phrase that opens with a letter of a CJK script. */
const CJK_OPENING = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LEVEL = /^(.+?)\s*[(（]([^()（）]{1,30})[)）]$/u;

/**
 * "9", "4/5", "80%", "★★★★☆", "Expert", "3 years": all a skill table's second column says of the skill in its
 * first ("Python | 9"), so it is the skill's level, kept as written. A table's bar may lead it.
 */
export function readRating(text: string): string | undefined {
  const rating = text.replace(/^\s*[|:：–—-]\s*/, "").trim();
  const scored = /^\d{1,3}(?:[.,]\d)?(?:\s*\/\s*\d{1,3}|\s*%|\+?\s*(?:years?|yrs?\.?|jahre|ans|años|anos|anni|лет|года?|年))?$/iu.test(rating);
  const marks = /^[★☆●○◉◯■□◆◇▰▱⬤⚫⚪]+(?:\s*[★☆●○◉◯■□◆◇▰▱⬤⚫⚪]+)*$/u.test(rating);
  return scored || marks || isLevelPhrase(rating) ? rating : undefined;
}

/**
 * "Python (Expert)", "QuickBooks (5 years)": a proficiency word, or the years of use job boards' exports write, in
 * parentheses after a skill's name is its level.
 */
export function readLevel(text: string): { name: string; level?: string } {
  const m = LEVEL.exec(text);
  return m && (isLevelPhrase(m[2]!) || isYearsOfUse(m[2]!)) ? { name: m[1]!, level: m[2]!.trim() } : { name: text };
}

/** "5 years", "10+ years", "Less than 1 year": how long a skill was used. */
const isYearsOfUse = (text: string) => /^(?:less than\s+)?\d{1,2}\+?\s*(?:years?|yrs?\.?)$/i.test(text.trim());

/**
 * The lines of text right under a labelled list that go on with it: each after a line that ends on the list's own
 * separator, as a list hard-wrapped in the Markdown source does ("Java, Python," ⏎ "  Perl, Bash"). A line under one
 * that ends otherwise ("Git, Docker, Kubernetes;" ⏎ "used daily in production"), or a sentence, says something of
 * the group, and stays whole.
 */
export function wrapsOf(text: string, children: readonly SourceLine[]): SourceLine[] {
  const sep = inferSeparator([text]);
  const endsOnSeparator = sep && new RegExp(`(?:${PATTERNS[sep].source})$`, "u");
  const wraps: SourceLine[] = [];
  let last = text;
  for (const child of children) {
    if (!endsOnSeparator || child.kind !== "text" || !endsOnSeparator.test(last.trim()) || saysSomething(child.text, sep)) break;
    wraps.push(child);
    last = child.text;
  }
  return wraps;
}

/** A sentence that lists nothing: the last line of a wrapped list ("Perl, Bash, and Ansible.") may end as one. */
const saysSomething = (text: string, sep: Separator) => isSentence(text) && !listsThree(text, sep);
