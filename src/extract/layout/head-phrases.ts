import type { Link, SourceLine } from "../../parse/source-line.js";
import { findDates, headerLineDates, presentAlone, type DateMatch } from "../dates.js";
import { isDurationLine } from "../date-pattern.js";
import { cutDates, leadRange, splitDuration } from "../entry-parts.js";
import { weighPhrase, type Evidence } from "../evidence/phrase-evidence.js";
import { isWholePlace } from "../evidence/places.js";
import { entryLabelsOf, labelsDates, labelsValue } from "../vocabulary.js";
import { type Entry } from "./lines.js";
import { trieSource } from "../word-trie.js";
import entryLabels from "../vocabulary/entry-labels.json" with { type: "json" };
import { FIELD_LABELS, SUPERVISED, isDetailLine, isCodeList } from "./detail-lines.js";
import { DESCRIBED_AFTER_TOWN, isTermsAlone, splitLine } from "./split-line.js";
import { isDatesRemark } from "./date-remarks.js";

const TENURE_LABELS = entryLabelsOf("tenure");

/** One phrase of an entry's header, where it stands (its slot) and what it reads as. */
export interface HeadPhrase {
  text: string;
  /** "line.index" among the header's phrases, so that a section can vote on what each slot holds. */
  slot: string;
  /** Set in bold (a bold lead), which CVs use for one field throughout a section. */
  strong: boolean;
  evidence: Evidence;
}

/** The header line a phrase stands on (its slot is "line.index"). */
export const lineOf = (phrase: HeadPhrase) => phrase.slot.split(".")[0];

export interface HeadReading {
  phrases: HeadPhrase[];
  dates?: DateMatch;
  aliases: string[];
  links: Link[];
  /** Running text after a bold header ("**Acme/Engineer；** Built the order system…"): it says rather than names, so it belongs to the entry's text. */
  prose: string[];
  /** "Stripe" / "6 years 4 months" / "Staff Engineer" / "January 2023 - Present": how long the whole time at the organisation lasted, over the first of its roles. */
  organizationPeriod?: string;
  /** "**Ingénieur chez Contoso** à Lyon": the town a phrase of its own says the job was in. */
  place?: string;
}

/**
 * "à Montbonnot (6 mois)", "in Boston": a phrase that opens with the word for "in" before a town. French writes "à"
 * before a town only (a company takes "chez", a school "à l'…"), so any capitalised name after it is one; English "in"
 * stands before a department or a field as well ("in Marketing"), so there the gazetteer must know the place.
 */
const IN_TOWN = /^(?:(?<fr>à)|in)\s+(?<town>\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)?)(?:\s*\((?<said>[^()]+)\))?$/u;

function townInPhrase(text: string): { town: string; said?: string } | undefined {
  const m = IN_TOWN.exec(text.trim());
  if (!m || (!m.groups!.fr && !isWholePlace(m.groups!.town!))) return undefined;
  return { town: m.groups!.town!, ...(m.groups!.said && { said: m.groups!.said }) };
}

/** "**1. Kepala Seksi - Pemerintah Desa (2022 – Sekarang)**": the number a job is given in the CV's list only orders it. */
const LIST_NUMBER = /^\d{1,2}[.)]\s+(?=\p{L})/u;

function withoutListNumber(l: SourceLine): SourceLine {
  const number = LIST_NUMBER.exec(l.text)?.[0];
  if (!number) return l;
  let left = number.length;
  const spans = l.spans?.flatMap((s) => {
    const take = Math.min(left, s.text.length);
    left -= take;
    return take === s.text.length ? [] : [{ ...s, text: s.text.slice(take) }];
  });
  const lead = l.lead?.startsWith(number) ? l.lead.slice(number.length) : l.lead;
  return { ...l, text: l.text.slice(number.length), lead: lead || undefined, spans };
}

/**
 * "职位：测试工程师", "(职位-Golang工程师->研发经理)", "宁波海岳网络有限公司（职位-安卓开发）", "星河科技 职位：测试": the job title
 * under its label, glued to it with no space, alone, in brackets or after the employer's name; a CJK label may take a hyphen.
 */
const LABELLED_POSITION = new RegExp(
  `^(?:(?<before>.*?\\S)\\s*[(（]\\s*|(?<spaced>.*?\\S)\\s+|[(（]?\\s*)(?:${trieSource(entryLabels.position)})\\s*(?:[:：]|(?<=\\p{Script=Han})-)\\s*(?<value>[^()（）]+?)\\s*[)）]?$`,
  "iu",
);

function withoutPositionLabel<T extends { text: string }>(p: T): T[] {
  const m = LABELLED_POSITION.exec(p.text);
  if (!m || (m.groups!.before && !/[)）]$/.test(p.text)) || (m.groups!.spaced && /[)）]$/.test(p.text))) return [p];
  const before = m.groups!.before ?? m.groups!.spaced;
  const value = m.groups!.value!;
  return before ? [{ ...p, text: before }, { ...p, text: value }] : [{ ...p, text: value }];
}

/** Reads an entry's header lines into dated phrases. */
export function readHeadPhrases(entry: Entry): HeadReading {
  const reading: HeadReading = { phrases: [], aliases: [], links: entry.head.flatMap((l) => l.links), prose: [] };
  const head = entry.head.map((l, i) => (i === 0 ? withoutListNumber(l) : l));
  let datesLine = -1;
  head.forEach((l, i) => {
    const d = leadRange(l) ?? pairedDates(l.text) ?? headerLineDates(l.text) ?? presentAlone(l.text);
    if (d && (!reading.dates || (d.range && !reading.dates.range))) {
      reading.dates = d;
      datesLine = i;
    }
  });
  let lineNo = 0;
  head.forEach((l, i) => {
    const dated = i === datesLine && reading.dates ? cutDates(l.text, reading.dates) : l.text;
    // a fact about the job (department, terms, size) on a line of its own tells of the entry: its text, no phrase of the header
    if (!l.cells && isDetailLine(dated)) return void reading.prose.push(dated.trim());
    // and so does a line of tools set as code ("`C`, `Linux`, `CAN`"): a stack names no employer and no role
    if (isCodeList(l, i === datesLine ? reading.dates : undefined)) return void reading.prose.push(dated.trim());
    // and so does who oversaw the work
    const [unsupervised, duration] = l.cells ? [dated] : splitDuration(dated.replace(SUPERVISED, (m) => (reading.prose.push(m.trim()), "")));
    if (duration) reading.aliases.push(duration);
    if (i === datesLine && !l.cells && isDatesRemark(unsupervised)) return void reading.prose.push(unsupervised.trim());
    // "Alpari, Москва (alpari.com, ведущий брокер)", "Acme, Boston (a fintech start-up)": what the employer does, in
    // brackets after its town, is said of the entry, no phrase of the header (the town ends the name's phrases)
    const described = l.cells ? null : DESCRIBED_AFTER_TOWN.exec(unsupervised);
    let text = unsupervised;
    if (described && isWholePlace(described[2]!) && !isWholePlace(described[3]!)) {
      reading.aliases.push(`(${described[3]!})`);
      text = described[1]!;
    }
    const kept = splitLine(l, text, reading.prose).filter((p) => {
      // "Stripe" / "6 years 4 months" / "Staff Engineer" / dates, "Shopify" / "Full-time · 5 yrs 3 mos": a time between
      // the organisation and the role over the role's dates is the whole time there (LinkedIn's several roles at one
      // employer); "4 года 2 месяца" under the dates (hh.ru) is how long the job lasted, said in its text
      if (isDurationLine(p.text) && lineNo > 0 && i + 1 < datesLine) reading.organizationPeriod = p.text;
      // "時期: 2023/01 - 現在", "Zeitraum: 01/2019 – 12/2022": the label of the dates names nothing of the entry, nor does
      // it alone on the line over them ("**[所属期間]**" over "2018年4月〜2020年10月")
      else if ((i === datesLine || (i + 1 === datesLine && p.text === l.text.trim())) && labelsDates(p.text)) return false;
      // "role: 数据分析实习生", "Company: Acme": the label before its value's colon is no phrase of the entry
      else if (FIELD_LABELS.has(p.text.toLowerCase()) && labelsValue(p.text, l.text)) return false;
      // "現職: Contoso株式会社", "Current: Acme": a label that says the job is the one held now, or a past one
      else if (TENURE_LABELS.has(p.text.toLowerCase()) && labelsValue(p.text, l.text)) return false;
      // the terms say what the job was, not who gave it
      else if (!/^\((?:as|aka|a\.k\.a\.)\s[^)]+\)$/i.test(p.text) && !isTermsAlone(p.text) && !isDurationLine(p.text)) return true;
      else reading.aliases.push(p.text);
      return false;
    });
    // a phrase with no letter or digit ("." left after cut-out dates), or a template's placeholder ("{$CAL}"), names nothing
    kept.flatMap(withoutPositionLabel).forEach((p, k) => {
      const inTown = k > 0 || lineNo > 0 ? townInPhrase(p.text) : undefined;
      if (inTown && !reading.place) {
        reading.place = inTown.town;
        if (inTown.said) reading.aliases.push(`(${inTown.said})`);
        return;
      }
      // "**OutSystems** (Lisbon) — …": a place in brackets of its own is the place
      const text = /^\((.+)\)$/.exec(p.text)?.[1] ?? "";
      const phrase = isWholePlace(text) ? text : p.text;
      if (/[\p{L}\p{N}]/u.test(phrase) && !/^\{[^}]*\}$/.test(phrase)) reading.phrases.push({ text: phrase, slot: `${lineNo}.${p.column ?? k}`, strong: p.strong, evidence: weighPhrase(phrase) });
    });
    if (kept.length) lineNo++;
  });
  return reading;
}

/**
 * A table row or columns with a start and an end date in cells of their own
 * ("2011年04月 | 2014年05月 | Acme", "Joined | Left"): one range from both.
 */
function pairedDates(text: string): DateMatch | undefined {
  const all = findDates(text);
  if (all.length !== 2 || all.some((d) => d.range)) return undefined;
  const [a, b] = all as [DateMatch, DateMatch];
  const between = text.slice(a.index + a.length, b.index);
  if (!/^\s*(?:\t|[|｜]|\s{2,})\s*$/.test(between) || !a.start || !b.start || a.start > b.start) return undefined;
  return { start: a.start, end: b.start, present: false, period: text.slice(a.index, b.index + b.length), index: a.index, length: b.index + b.length - a.index, range: true };
}

/**
 * What each slot of a section's headers leans to, from all its entries: the
 * mean role-versus-organisation lean of the phrases in that slot, and of bold
 * phrases. A section writes its entries alike, so a slot that holds job titles
 * in most entries holds one in an entry whose title has no tell-tale word.
 */
export function voteSlots(readings: readonly HeadReading[], lean: (e: Evidence) => number): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  const add = (key: string, v: number) => {
    const s = sums.get(key) ?? { sum: 0, n: 0 };
    s.sum += v;
    s.n++;
    sums.set(key, s);
  };
  for (const r of readings) {
    for (const p of r.phrases) {
      const v = lean(p.evidence);
      add(p.slot, v);
      if (p.strong) add("strong", v);
    }
  }
  return new Map([...sums].map(([k, { sum, n }]) => [k, sum / n]));
}
