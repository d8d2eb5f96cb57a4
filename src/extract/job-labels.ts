import workLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import type { Work } from "../resume/schema.js";
import { jobDates } from "./date-fields.js";
import { findDates } from "./dates.js";
import { isTitleLike, type Entry } from "./layout/lines.js";
import { splitTrailingPlace } from "./layout/split-line.js";

/**
 * "| 기간 | 회사 | 역할 | 핵심 내용 |", "| Company | Role | Period |": the fields a table's header names for the columns of
 * the row that heads `entry`, by column, from the labels CVs write before a job's fields.
 */
export function namedColumns(entry: Entry): Map<number, string> {
  const row = entry.head[0];
  const names = row?.kind === "row" ? (row.columnNames ?? []) : [];
  const fields = names.map((cell) => LABEL_OF.get(cell.toLowerCase()));
  // "| 会社名 | ロール | ポジション |": beside a column of the title, the part one played is said of the job, not its title
  const titled = names.some((cell, k) => fields[k] === "position" && !PART_LABELS.has(cell.toLowerCase()));
  names.forEach((cell, k) => {
    if (titled && PART_LABELS.has(cell.toLowerCase())) fields[k] = undefined;
  });
  return new Map(fields.flatMap((field, k) => (field === "name" || field === "position" ? [[k, field] as const] : [])));
}

const PART_LABELS = new Set(workLabels.part.map((label) => label.toLowerCase()));

export const LABEL_OF = new Map(
  (["position", "name", "dates", "start"] as const).flatMap((field) => (workLabels[field] as string[]).map((label) => [label.toLowerCase(), field] as const)),
);

/**
 * "Puesto: Bioinformático", "Organismo: Universidad de Oviedo", "Fecha de
 * incorporación: 2 de Abril de 2012", "Cargo: Estágio": a job written as
 * labelled lines says each field outright, whatever its header suggested.
 * The lines stay in the entry's text: their words are the user's.
 */
export function labelledFields(entry: Entry): Partial<Work> & { employerPlace?: string } {
  const out: Partial<Work> = {};
  let employerPlace: string | undefined;
  for (const l of [...entry.head, ...entry.body]) {
    const m = /^([^:：]{2,30}?)\s*(?:[:：]\s*|\s(?=\d))(\S.{0,120})$/u.exec(l.text.replace(/^[*_]+|[*_]+(?=\s*[:：])/g, ""));
    const field = m ? LABEL_OF.get(m[1]!.replace(/[*_]/g, "").trim().toLowerCase()) : undefined;
    if (!field || !m) continue;
    // "公司名称：某某科技有限公司    2019.07-2021.03": dates across a column gap are the job's, no part of the name
    const [written, across] = m[2]!.trim().split(/\t+|\s{2,}/, 2) as [string, string | undefined];
    const value = field !== "dates" && field !== "start" && across && findDates(across).length ? written : m[2]!.trim();
    if (field === "dates") Object.assign(out, jobDates(findDates(value)[0]));
    else if (field === "start") out.startDate ??= jobDates(findDates(value)[0]).startDate;
    else if (field === "name" && out.name === undefined) {
      // "Company: Vistara Softech Pvt. Ltd., Bangalore": the town after the employer's comma is where the job was
      const [name, place] = splitTrailingPlace(value);
      out.name = name!;
      employerPlace = place;
    } else out[field] ??= value;
  }
  // "Deycon comércio e distribuição ltda, 12 anos, cargo: Conferente.": the role labelled among a line's phrases,
  // its value maybe wrapped onto the next line ("…, cargo:" ⏎ "Conferente.")
  const lines = [...entry.head, ...entry.body];
  lines.forEach((l, i) => {
    const last = l.text.split(/,\s+/).at(-1)!;
    const labelled = /^([^:：]{2,30}?)\s*[:：]\s*(.{0,80}?)\.?$/u.exec(last);
    if (out.position || l.text === last || !labelled || LABEL_OF.get(labelled[1]!.trim().toLowerCase()) !== "position") return;
    const value = labelled[2] || (lines[i + 1] && isTitleLike(lines[i + 1]!.text.replace(/\.$/, "")) ? lines[i + 1]!.text.replace(/\.$/, "") : "");
    if (value) out.position = value.trim();
  });
  return employerPlace ? { ...out, employerPlace } : out;
}
