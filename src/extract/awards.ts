import { namesHonour } from "./study-honours.js";
import type { Award } from "../resume/schema.js";
import awarders from "./vocabulary/awarder-words.json" with { type: "json" };
import ranks from "./vocabulary/award-ranks.json" with { type: "json" };
import awardNouns from "./vocabulary/award-nouns.json" with { type: "json" };
import { findDates, type DateMatch } from "./dates.js";
import { weighPhrase } from "./evidence/phrase-evidence.js";
import { compact } from "./date-fields.js";
import { isSentence, withoutClosingDate, type Entry } from "./layout/lines.js";
import type { SourceLine } from "../parse/source-line.js";
import { readBody, trimSeparators } from "./entry-parts.js";

const BY_WORDS = Object.values(awarders.by).flat().sort((a, b) => b.length - a.length);
const BY = new RegExp(`^(.+?),?\\s+(?:${BY_WORDS.join("|")})\\s+(.+)$`, "iu");
/**
 * "“Digital Urdu Ghazal Reader,” Language Resource Center Grant ($16,800)": a grant's title in quotes, the comma
 * that ends it inside them as US style sets it, before the scheme that funds it.
 */
const QUOTED_TITLE = /^["“]([^"“”]+?)[,.;]?["”]\s*[,.;]?\s*(.*)$/u;
const RANK_WORDS = new Set(Object.values(ranks.ranks).flat());
const AWARD_NOUNS = new Set(Object.values(awardNouns.nouns).flat());
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|\.)?$/i;

/** "2nd place", "Winner", "First Prize", "2. miejsce": a placing alone, which names no award without the event after it. */
function isRank(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words.length > 3) return false;
  return ORDINAL.test(words[0]!) || RANK_WORDS.has(text.toLowerCase()) || words.every((w) => RANK_WORDS.has(w) || ORDINAL.test(w));
}

/**
 * Reads an award: "**Title**, awarder (2021)", "2015–2017: Title, awarder",
 * "Title 2008–2009", a table row "Title | Awarder | 2020". The title ends at
 * its first comma or a closing parenthetical (awarder, venue and rank
 * details follow it); a year or range before or after it is the date, a
 * range dated by its start. A certificate, read the same way, keeps its
 * parenthetical: "(CKA)" is the short name it is known by.
 */
export function toAward(entry: Entry, kind: "award" | "certificate" = "award"): Award | undefined {
  const [dated, ...others] = [...entry.head, ...entry.body];
  // "2013 & 2014" / "Center for Japanese Studies Summer Grant": the dates on a line of their own over the award
  const datedAbove = !dated!.cells && isOnlyDates(dated!.text) && others[0]?.kind === "text" ? dated : undefined;
  const first = datedAbove ? others[0]! : dated!;
  // "Best Paper Award, ACL 2022" / "Jul 2022": the date alone under the title dates it, whatever year the title names
  const datedBelow = !datedAbove && others[0]?.kind === "text" && isOnlyDates(others[0].text) ? others[0] : undefined;
  // "**Best Student Paper Award**" / "American Statistical Association" / "2019": who gave it, then the date, on lines of their own
  const giverAbove = datedAbove || datedBelow ? undefined : giverOverDate(others);
  const read = first.cells && first.cells.filter(Boolean).length >= 2 ? readRow(first.cells) : readLine(first.text, first.lead, kind === "certificate");
  // "### Travel grant" / "**2014** Larch Foundation": an undated heading over a line that opens with the date, who gave
  // it after, as the same CV's jobs and degrees set their employer and school under a heading
  const datedGiver = read.dates || datedAbove || datedBelow || giverAbove || first.kind !== "subheading" ? undefined : dateThenGiver(others[0]);
  if (datedGiver) Object.assign(read, { dates: datedGiver.dates, awarder: datedGiver.giver ?? read.awarder });
  const body = readBody(giverAbove ? others.slice(2) : datedAbove || datedBelow || datedGiver ? others.slice(1) : others);
  if (giverAbove && !read.dates) {
    read.dates = { ...findDates(giverAbove.date.text)[0]!, period: giverAbove.date.text.trim() };
    if (read.awarder) read.summary = [read.summary, giverAbove.giver.text].filter(Boolean).join(" ");
    else read.awarder = giverAbove.giver.text;
  }
  if (datedAbove && !read.dates) read.dates = { ...findDates(datedAbove.text)[0]!, period: datedAbove.text.trim() };
  if (datedBelow) {
    if (read.dates) read.summary = [read.summary, read.dates.period].filter(Boolean).join(" ");
    read.dates = { ...findDates(datedBelow.text)[0]!, period: datedBelow.text.trim() };
  }
  // "### Udacity" / "Nanodegree in Machine Learning, 2018": under a platform, the course line dates the certificate
  const courseDates = kind === "certificate" && !read.dates && others[0]?.kind === "text" ? findDates(others[0].text) : [];
  if (courseDates.length === 1) read.dates = courseDates[0];
  // a date alone ("May 2019" under a title a PDF put above it) names no award
  if (!read.title) return undefined;
  const summary = [read.summary, body.summary].filter(Boolean).join("\n") || undefined;
  return compact({
    title: read.title,
    awarder: read.awarder,
    date: read.dates?.start,
    period: read.dates?.period,
    summary,
    highlights: body.highlights,
  } as Award);
}

/** The two lines under an award's title when they are who gave it (a short name, undated) and its date alone. */
function giverOverDate(lines: readonly SourceLine[]): { giver: SourceLine; date: SourceLine } | undefined {
  const [giver, date] = lines;
  if (giver?.kind !== "text" || date?.kind !== "text" || !isOnlyDates(date.text) || findDates(giver.text).length) return undefined;
  return giver.text.length <= 80 && !isSentence(giver.text) ? { giver, date } : undefined;
}

/** A line that opens with its date, a short name after it or nothing ("**2016** EGU", "2012–2014, Larch Trust"), never a sentence. */
function dateThenGiver(line: SourceLine | undefined): { dates: DateMatch; giver?: string } | undefined {
  if (line?.kind !== "text" || line.cells) return undefined;
  const first = findDates(line.text)[0];
  if (!first || !/^[\s*_`]*$/.test(line.text.slice(0, first.index))) return undefined;
  const giver = trimSeparators(line.text.slice(first.index + first.length));
  if (findDates(giver).length || giver.length > 80 || isSentence(giver)) return undefined;
  return { dates: first, giver: giver || undefined };
}

interface AwardRead {
  title: string;
  awarder?: string;
  dates?: DateMatch;
  summary?: string;
}

/** "Best Paper | ACM | 2020": the first cell that is no date is the title, the next such cell the awarder. */
function readRow(cells: readonly string[]): AwardRead {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  const dateCell = filled.find((c) => isOnlyDates(c));
  const [title, awarder, ...more] = filled.filter((c) => c !== dateCell);
  return { title: title ?? "", awarder, dates: dateCell ? findDates(dateCell)[0] : undefined, summary: more.join(" | ") || undefined };
}

/** A bracket that opens a line, with what it holds: "(2016-2017) ". */
const BRACKETED_DATE = /^\(([^()]{4,40})\)\s+(?=\S)/;

function readLine(text: string, lead: string | undefined, keepParenthetical: boolean): AwardRead {
  let rest = text;
  let dates: DateMatch | undefined;
  // "ACL 2022": a year right after a name is the name's (a venue's), not the award's date set apart
  let yearOfTail = false;
  const all = findDates(text);
  const leading = all[0] && trimSeparators(text.slice(0, all[0].index)) === "" ? all[0] : undefined;
  const bracketed = BRACKETED_DATE.exec(text);
  const opening = bracketed && findDates(bracketed[1]!)[0];
  // "Dean's Award (2024): Awarded for …": the date closes the title, and what the award was for follows its colon
  const dated = !(opening && opening.index === 0) && !leading && all[0] ? datedTitle(text, all[0]) : undefined;
  if (opening && opening.index === 0) {
    // "(2016-2017) Graduate Fellowship, Boston University", "(2010 on) Phi Beta Kappa": the date in brackets that opens
    // the line, as an academic CV sets each prize's year before it
    dates = { ...opening, period: bracketed![1]!.trim() };
    rest = text.slice(bracketed![0].length);
  } else if (leading) {
    dates = leading;
    rest = text.slice(leading.index + leading.length);
  } else if (dated) {
    dates = all[0];
    rest = dated.title;
  } else {
    // "Grants 2009, 2010", "Fellowship (2008–2009)": the dates that end the line, the first of them dating it
    const trailing = trailingDates(text, all);
    if (trailing) {
      dates = trailing.dates;
      rest = text.slice(0, trailing.from);
      yearOfTail = /[\p{L}\p{N}.]\s*$/u.test(rest);
    } else dates = all[0];
  }
  // the bracket a cut date leaves open ("Fellowship (", "Programming in Java (Elite, ")
  rest = trimSeparators(rest.replace(/\(\s*\)/g, "").replace(/[([]\s*$/, "")).replace(/\(([^()]*[^()\s])$/, "($1)");
  if (lead && !leading && rest.startsWith(lead)) return { title: trimSeparators(withoutClosingDate(lead)), dates, summary: trimSeparators(rest.slice(lead.length)) || dated?.summary };
  const quoted = QUOTED_TITLE.exec(rest);
  if (quoted) return { title: quoted[1]!.trim(), dates, summary: trimSeparators(quoted[2]!) || dated?.summary };
  // "Fellowship by Royal Society" names its awarder; "Grant from the Larch Trust" stays whole
  const by = BY.exec(rest);
  if (dated) return { title: by ? trimSeparators(by[1]!) : rest, ...(by && { awarder: trimSeparators(by[2]!) }), dates, summary: dated.summary };
  const { title, tail } = cutTitle(by ? by[1]! : rest, keepParenthetical);
  if (by) return { title, awarder: trimSeparators(by[2]!), dates, summary: tail || undefined };
  // "Society of Applied Things, Young Author Prize, 2019": who gave it first, the award after, as many academic CVs list
  // them ("Dean's List, Merit Scholarship, 2019" are two honours, neither the other's giver)
  if (!keepParenthetical && namesAward(firstPart(tail)) && !namesAward(title) && !namesHonour(title) && namesGiver(title)) {
    const rest = trimSeparators(tail.slice(firstPart(tail).length));
    return { title: firstPart(tail), awarder: title, dates, summary: rest || undefined };
  }
  // "Lean Six Sigma Green Belt, ASQ, 2018", "Eagle Scout, Boy Scouts of America": a name alone after the title gave it
  // (an honour is no giver: "Dean's List, Merit Scholarship")
  return !yearOfTail && !namesHonour(tail) && namesGiver(tail, keepParenthetical) ? { title, awarder: tail, dates } : { title, dates, summary: tail || undefined };
}

/** What `text` holds before its first comma. */
const firstPart = (text: string): string => text.split(/,\s+/)[0]!.trim();

/** "Editor's Prize", "Best Paper Award", "Fellowship for Young Researchers": a phrase whose head noun names an award. */
function namesAward(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8) return false;
  const ofWhat = words.findIndex((w) => /^(?:for|in|of|de|für)$/.test(w));
  const head = ofWhat > 0 ? words[ofWhat - 1]! : words[words.length - 1]!;
  return AWARD_NOUNS.has(head.replace(/[.,;:]+$/, ""));
}

/**
 * "Dean's Award (2024): Awarded for …", "Travel Grant (2019) – for a talk at …", "Travel Grant, 2019: …": a title, its
 * date, then a colon (or a dash after a bracketed date) before what it was given for. Returns the title and that text, or nothing when the line has another shape.
 */
function datedTitle(text: string, date: DateMatch): { title: string; summary: string } | undefined {
  // a bare year before a dash is as often the name's own ("Harbour Cup 2019 – Honourable mention"); in brackets it is not
  const after = /^(?:\)\s*(?::|\s*[–—-]\s)|\s*:)\s*(\S.*)$/su.exec(text.slice(date.index + date.length));
  const title = trimSeparators(text.slice(0, date.index).replace(/\(\s*$/, ""));
  if (!after || !/\p{L}{2}/u.test(title) || findDates(title).length || isSentence(title)) return undefined;
  return { title, summary: after[1]!.trim() };
}

/**
 * A short name with every word capitalised, or an acronym, and nothing more: who gave an award or a certificate. After a
 * certificate's name one capitalised word is its issuer too ("Machine Learning, Coursera, 2019", "…, Google, 2020"):
 * what a certificate line adds after its name is who issued it (not a letter: "Licence category B, C").
 */
function namesGiver(text: string, certificate = false): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6 || /[,;:()\d]/.test(text) || isRank(text)) return false;
  const content = words.filter((w) => !/^(?:of|for|and|the|de|du|des|der|für|y|e|di)$/.test(w));
  return content.every((w) => /^\p{Lu}/u.test(w)) && (words.length > 1 || (certificate && /^\p{Lu}\p{L}{2,}$/u.test(text)) || /^\p{Lu}{2,}$/u.test(text) || weighPhrase(text).org >= 0.5);
}

/** The title before its first comma or closing parenthetical, unless what comes first is only a rank ("2nd place, Hackathon X"). */
function cutTitle(text: string, keepParenthetical: boolean): { title: string; tail: string } {
  const paren = keepParenthetical ? null : /^(.+?)\s*(\([^()]*\))$/u.exec(text);
  const body = paren ? paren[1]! : text;
  const commas = [...body.matchAll(/,\s+/g)];
  let cut = commas[0];
  if (cut && isRank(body.slice(0, cut.index).trim())) cut = commas[1];
  const title = cut ? body.slice(0, cut.index) : body;
  const tail = [cut ? body.slice(cut.index + cut[0].length) : "", paren?.[2] ?? ""].filter(Boolean).join(" ");
  return { title: trimSeparators(title), tail: trimSeparators(tail) };
}

/** The dates that close `text` with nothing but separators between them, and where they start. */
function trailingDates(text: string, all: readonly DateMatch[]): { dates: DateMatch; from: number } | undefined {
  let end = text.length;
  let firstOfRun: DateMatch | undefined;
  for (let i = all.length - 1; i >= 0; i--) {
    const d = all[i]!;
    if (!/^[\s,;/&()–—-]*(?:and|und|et|y|e)?[\s,;/&()–—-]*\.?$/iu.test(text.slice(d.index + d.length, end))) break;
    firstOfRun = d;
    end = d.index;
  }
  // the period keeps every date of the run ("Fall 2023 and Spring 2024"), so no word of the source is lost
  const period = firstOfRun && trimSeparators(text.slice(end).replace(/^[\s(]+|[\s).]+$/g, ""));
  return firstOfRun ? { dates: { ...firstOfRun, period: period || firstOfRun.period }, from: end } : undefined;
}

/** "2019", "2013 & 2014", "2010-11, 09-10": dates and what joins them, nothing else. */
function isOnlyDates(text: string): boolean {
  const all = findDates(text);
  const rest = trimSeparators(all.reduce((t, d) => t.replace(d.period, ""), text));
  return all.length > 0 && /^(?:[\d\s,;&/'’–—-]|\b(?:and|und|et|y|e|i)\b)*$/u.test(rest);
}
