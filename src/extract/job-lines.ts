import type { SourceLine } from "../parse/source-line.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { findDates, withoutDates } from "./dates.js";
import { isLocation, trimSeparators } from "./entry-parts.js";
import { isDateOnly, isTitleLike, type Entry } from "./layout/lines.js";
import { isDetailLine, isSupervisorLine } from "./layout/detail-lines.js";
import { lineOf, type HeadPhrase } from "./layout/head-phrases.js";

/** A phrase with no evidence of an organisation, a school or a place: what is left of a header beside its employer. */
export const namesNothingElse = (e: ReturnType<typeof weighPhrase>) => e.org <= 0 && e.school <= 0 && e.place < 0.5;

/** A short bullet naming an organisation or a school, and saying nothing of it ("NOAA Geophysical Fluid Dynamics Laboratory"). */
export function namesEmployer(text: string): boolean {
  const e = weighPhrase(text);
  return isTitleLike(text) && !/[:：]/.test(text) && text.split(/\s+/).length <= 8 && Math.max(e.org, e.school) > 0 && roleLean(e) <= 0 && e.place < 0.9;
}

/** Whether the place phrase at `at`, one name alone, stands in a slot where the section names employers, beside roles only. */
export function namesEmployerBesideRoles(phrases: readonly HeadPhrase[], at: number, votes: ReadonlyMap<string, number>): boolean {
  const place = phrases[at]!;
  const others = phrases.filter((p) => p !== place);
  return !/[,(]/.test(place.text) && (votes.get(place.slot) ?? 0) <= -0.3 && others.length > 0 && others.every((p) => roleLean(p.evidence) > 0.3);
}


/** A short title that can name an employer: no place by the gazetteer, no lean to a role. */
export function mayNameEmployer(text: string): boolean {
  const evidence = weighPhrase(text);
  return isTitleLike(text) && evidence.place === 0 && roleLean(evidence) <= 0;
}

/** A line under a job's header that can name its employer, and no list. */
export function employerLineUnder(body: readonly SourceLine[]): boolean {
  const under = body[0];
  return under?.kind === "text" && !under.text.includes(",") && mayNameEmployer(under.text);
}

/**
 * Three phrases of one line, the middle one the role, where the section names its employers in the first phrase's place
 * and its roles in the second's: the first neither leans to a role nor is the section's place for one, and the third,
 * after a dash, is no place.
 */
export function qualifiedRole(candidates: readonly HeadPhrase[], lean: (p: HeadPhrase) => number, votes: ReadonlyMap<string, number>, entry: Entry): boolean {
  if (candidates.length !== 3) return false;
  const [first, role, last] = candidates as [HeadPhrase, HeadPhrase, HeadPhrase];
  // the qualifier follows its role after a dash, as written ("… Engineer _[main position]_" sets a note apart, no qualifier)
  const dashed = entry.head.some((l) => {
    const after = l.text.includes(role.text) ? l.text.slice(l.text.indexOf(role.text) + role.text.length) : "";
    const dash = /^\s+[-–—]\s+/.exec(after);
    return dash !== null && after.slice(dash[0].length).startsWith(last.text);
  });
  if (!dashed) return false;
  const vote = (p: HeadPhrase) => votes.get(p.slot) ?? 0;
  if (lineOf(first) !== lineOf(role) || lineOf(role) !== lineOf(last)) return false;
  return lean(role) > 0 && lean(role) > lean(last) && roleLean(first.evidence) <= 0 && vote(first) <= 0.1 && vote(role) > 0.3 && last.evidence.place < 0.5;
}

/**
 * "Соучредитель, директор, ведущий разработчик.": under a named employer, titles closed by a stop, as a sentence is;
 * each title a few words ("Working closely with business units and engineers." is what was done)
 */
export function stoppedTitle(text: string): boolean {
  const titles = text.slice(0, -1).split(/\s*[,/]\s*/);
  return /^[^.!?]+\.$/u.test(text) && isTitleLike(text.slice(0, -1)) && titles.every((t) => t.split(/\s+/).length <= 4) && titles.some((t) => roleLean(weighPhrase(t)) > 0.3);
}

/** A line whose whole text is the text of one link. */
export const isLinkAlone = (l: SourceLine) => l.links.length === 1 && l.links[0]!.text.trim() === l.text.trim();

/** "Duarte, CA — Dec 2017-Present", "2019 – 2021 | Berlin": a line of one span of dates and where it was, and no more; the place, if any. */
export function datesAndPlace(text: string): { place?: string } | undefined {
  if (isDateOnly(text)) return {};
  if (findDates(text).length !== 1) return undefined;
  const place = trimSeparators(withoutDates(text));
  return place && isLocation(place) ? { place } : undefined;
}

/**
 * "Senior Software Engineer - Call Intelligence" under "### Acme *2021 - Present*": a role, then after a dash the team or
 * product it served, which names no organisation or place; the employer is already named above it.
 */
export function roleWithQualifier(text: string): boolean {
  const m = /^(.+?)\s+[-–—]\s+(.+)$/u.exec(text);
  if (!m) return false;
  const after = weighPhrase(m[2]!);
  return after.org < 0.3 && after.place === 0 && after.school === 0 && roleLean(weighPhrase(m[1]!)) > 0.3;
}

/** "Town, Country, Role": a place of two phrases, then the rest. */
export const PLACE_THEN_ROLE = /^([^,]+,\s*[^,]+),\s+(\S.*)$/u;

/** A phrase, a bar, then more: "Role | what it used". */
export const ROLE_THEN_MORE = /^(.+?)\s+[|｜]\s+(\S.*)$/u;

/** The emphasised words a paragraph opens with, closed by a full stop or colon, when they are a short title ("*Investigador*. …"). */
export function emphasisedOpening(l: SourceLine): { role: string; rest: string } | undefined {
  const run = l.spans?.[0];
  if (!run || !(run.emphasis || run.strong)) return undefined;
  const role = run.text.trim().replace(/[.:：]$/, "");
  const after = l.text.slice(l.text.indexOf(run.text) + run.text.length);
  const closed = /[.:：]$/.test(run.text.trim()) || /^\s*[.:：]/.test(after);
  const rest = after.replace(/^\s*[.:：]?\s*/, "");
  return closed && rest && isTitleLike(role) && role.split(/\s+/).length <= 8 && weighPhrase(role).place === 0 ? { role, rest } : undefined;
}

/** A bullet that is a job title alone: a short capitalised phrase whose last word is a role's. */
export function isRoleBullet(l: SourceLine, depth: number): boolean {
  const e = weighPhrase(l.text);
  // ("Supervisor: Dr. Owen Pratt" names who oversaw the job, not a second role held in it)
  return l.depth === depth && isTitleLike(l.text) && !isDetailLine(l.text) && !isSupervisorLine(l.text) && l.text.split(/\s+/).length <= 6 && !isCjkSentence(l.text) && e.role >= 0.9 && roleLean(e) > 0.3;
}

/**
 * "プラットフォームエンジニアとして共通基盤の設計・運用に従事": CJK, which sets no spaces, says in a run longer than
 * any job title, or set apart by its enumeration comma, what the job was; it does not name it.
 */
function isCjkSentence(text: string): boolean {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return cjk > 20 || (cjk > 0 && /[、，。,]/.test(text));
}
