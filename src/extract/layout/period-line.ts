import type { SourceLine } from "../../parse/source-line.js";
import { findDates } from "../dates.js";
import entryLabels from "../vocabulary/entry-labels.json" with { type: "json" };

const PERIOD_LABELS = new Set(entryLabels.dates.map((label) => label.toLowerCase()));

/** "【期間】", "[期間]", "期間：", "Period:": the label a line opens with, in lenticular or square brackets or before a colon. */
const OPENING_LABEL = /^\s*(?:[【[]\s*([^】\]]{1,16}?)\s*[】\]]|([^:：【[\]】]{1,20}?)\s*[:：])\s*/u;

/**
 * The line that dates an entry, at `at` among its lines, and its text to read the dates from: the first line that
 * says anything, as most CVs write a job's dates right under its heading; or, when that one holds no range of dates, a
 * line under the label for the period ("【期間】2024/2 ~ 5", "[期間] 2024/10 ~ 2025/3", "Zeitraum: 03/2021 – 05/2022"),
 * its label taken off, as a 職務経歴書 sets the period among an employer's other labelled parts (【概要】, 【業務内容】).
 */
export function datingLine(lines: readonly SourceLine[]): { at: number; text: string } | undefined {
  const first = lines.findIndex((l) => /\S/.test(l.text));
  if (first < 0) return undefined;
  if (findDates(lines[first]!.text)[0]?.range) return { at: first, text: lines[first]!.text };
  for (const [at, line] of lines.entries()) {
    const m = line.depth === 0 ? OPENING_LABEL.exec(line.text) : null;
    const label = m ? (m[1] ?? m[2])!.trim().toLowerCase() : undefined;
    const text = m ? line.text.slice(m[0].length) : "";
    if (label && PERIOD_LABELS.has(label) && findDates(text)[0]?.range) return { at, text };
  }
  return { at: first, text: lines[first]!.text };
}
