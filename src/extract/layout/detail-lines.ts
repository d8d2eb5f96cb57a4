import type { SourceLine } from "../../parse/source-line.js";
import { type DateMatch } from "../dates.js";
import { cutDates } from "../entry-parts.js";
import { entryLabelsOf } from "../vocabulary.js";
import { trieSource } from "../word-trie.js";
import entryLabels from "../vocabulary/entry-labels.json" with { type: "json" };

/** "Role", "Company", "Ort": labels that say which field of the entry the value after their colon is. */
export const FIELD_LABELS = entryLabelsOf("dates", "start", "position", "name", "city", "country");

const SUPERVISOR_LABEL = trieSource(entryLabels.supervisor);

/**
 * "Seattle, WA · Manager: Vicky Xu", "Advisor: Prof. Kari Nordmann", "…, Sweden. Advisor: Vaughan Hurry": who oversaw
 * the work, labelled at the line's start or after a separator, up to the next strong separator; a value with a year
 * in it is no person ("Project Manager: 2019 – 2021" dates a role).
 */
export const SUPERVISED = new RegExp(
  `(?:^|(?<=[.;,|·•—–(]|\\s{2}|\\t))\\s*(?:${SUPERVISOR_LABEL})\\s*[:：]\\s*(?![^|·•\\t]*?\\b(?:19|20)\\d{2}\\b)[^|·•\\t)]*`,
  "giu",
);

/** "Mentor: Shubho Sen", "Advisor: Dr. Patrick McDaniel": a whole line that says who oversaw the entry's work. */
const SUPERVISOR_LINE = new RegExp(`^\\s*(?:${SUPERVISOR_LABEL})\\s*[:：]\\s*\\S[^|·•\\t]*$`, "iu");

/** Whether `text` is a line that only names who oversaw the work ("Advisor: Prof. Kari Nordmann"), of no field of the entry. */
export const isSupervisorLine = (text: string) => SUPERVISOR_LINE.test(text);

/**
 * "部署: 委託事業推進部", "雇用形態：正社員", "Team size: 4": a line that opens with the label of a fact about the job
 * that is none of its header's fields (department, terms, industry, size) tells of the entry; it names no role.
 */
const DETAIL_LINE = new RegExp(`^\\s*(?:${trieSource(entryLabels.detail)})\\s*[:：]\\s*\\S`, "iu");
export const isDetailLine = (text: string) => DETAIL_LINE.test(text);

/**
 * "`Go`, `gRPC`, `Kafka`": a line of two or more code runs with nothing but separators (and the entry's dates, where
 * the line holds them) between them, a list of tools.
 */
export function isCodeList(l: SourceLine, dates: DateMatch | undefined): boolean {
  const spans = l.spans ?? [];
  // code runs blanked to spaces of their length, so that the dates stand where the line's reading found them
  const plain = spans.map((s) => (s.code ? " ".repeat(s.text.length) : s.text)).join("");
  return spans.filter((s) => s.code).length >= 2 && /^[\s,;/|·]*$/u.test(dates ? cutDates(plain, dates) : plain);
}
