import type { SourceLine } from "../../parse/source-line.js";
import entryLabels from "../vocabulary/entry-labels.json" with { type: "json" };
import type { Entry, SplitEntries } from "./lines.js";

/** "Date (da – a)⇥Gennaio 2015 – Dicembre 2018", "Company: Acme": a label, then its value after a colon or a column gap. */
const LABELLED = /^([^\t:：]{2,70}?)\s*(?:[:：]\s*|\t+)(\S.*)$/u;

/** The fields a record's labelled lines name, in the order an entry's header is read: organisation or school, role or degree, dates. */
const HEAD_FIELDS = ["name", "school", "position", "degree", "dates"] as const;
const FIELD_OF = new Map(HEAD_FIELDS.flatMap((field) => (entryLabels[field] as string[]).map((label) => [fold(label), field] as const)));

function fold(label: string): string {
  return label.toLowerCase().replace(/[-–—]/g, "–").replace(/\s+/g, " ").trim();
}

function readLabelled(l: SourceLine): { label: string; value: string } | undefined {
  if ((l.kind !== "text" && l.kind !== "bullet") || l.depth > 0) return undefined;
  const m = LABELLED.exec(l.text);
  return m && m[1]!.split(/\s+/).length <= 10 && !/\d/.test(m[1]!) ? { label: m[1]!.trim(), value: m[2]!.trim() } : undefined;
}

/**
 * Entries written as records of labelled lines, one field a line, each record
 * opening with the same label: the Europass CV of 2004 ("• Date (da – a)",
 * "• Nome e indirizzo del datore di lavoro", "• Tipo di impiego"), and CVs
 * that write "Company: …", "Position: …", "Period: …" for every job. Each
 * record becomes an entry whose header is made of the values its labels say
 * are the organisation or school, the role or degree and the dates, read as
 * any header is; its other lines stay its text. A section whose lines are
 * each labelled otherwise, with labels all different, is one entry a line.
 * Undefined when the section is not written so.
 */
export function splitLabelledRecords(lines: readonly SourceLine[]): SplitEntries | undefined {
  const top = lines.filter((l) => l.depth === 0);
  const labelled = lines.map(readLabelled);
  // the section opens with its first record: a title line above labelled lines ("Project A" / "Role: Lead") heads an entry itself
  const opening = labelled[0];
  if (!opening || labelled.filter(Boolean).length < top.length * 0.6) return undefined;
  const opens = lines.flatMap((_, i) => (labelled[i] && fold(labelled[i]!.label) === fold(opening.label) ? [i] : []));
  // one record will do when two of its labels name fields of an entry
  const known = labelled.filter((p) => p && FIELD_OF.has(fold(p.label))).length;
  if (!known || (opens.length < 2 && known < 2)) return eachLabelledLine(lines, labelled);
  const entries: Entry[] = opens.map((start, k) => {
    const record = lines.slice(start, opens[k + 1] ?? lines.length);
    const fields = record.map((line, i) => ({ line, read: labelled[start + i], field: FIELD_OF.get(fold(labelled[start + i]?.label ?? "")) }));
    const named = HEAD_FIELDS.flatMap((field) => fields.filter((f) => f.field === field).map((f) => ({ ...f.line, text: f.read!.value })));
    const head = named.length ? [{ ...named[0]!, kind: "text" as const, text: named.map((l) => l.text).join(" | "), links: named.flatMap((l) => l.links), lead: undefined, spans: undefined }] : [record[0]!];
    const body = record.filter((l) => !named.some((n) => n.position === l.position) && (named.length || l !== record[0]));
    return { head, body, position: record[0]!.position };
  });
  return { entries, loose: [] };
}

/**
 * "Certifications: CFA Level II" over "Volunteer: Big Brothers mentor (2019 – present)": a section whose every line
 * is labelled, each label its own, says one thing a line.
 */
function eachLabelledLine(lines: readonly SourceLine[], labelled: ReadonlyArray<{ label: string } | undefined>): SplitEntries | undefined {
  // by a colon only: a column gap also parts an entry's name from its dates ("Stanford University⇥2017 – 2019")
  const labels = labelled.filter((p, i) => p && lines[i]!.depth === 0 && /^[^\t:：]+[:：]/.test(lines[i]!.text)).map((p) => fold(p!.label));
  const top = lines.filter((l) => l.depth === 0);
  if (labels.length < 2 || labels.length !== top.length || new Set(labels).size !== labels.length) return undefined;
  const starts = lines.flatMap((l, i) => (l.depth === 0 ? [i] : []));
  return { entries: starts.map((start, k) => ({ head: [lines[start]!], body: lines.slice(start + 1, starts[k + 1]), position: lines[start]!.position })), loose: [] };
}
