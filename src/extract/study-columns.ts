import type { Education } from "../resume/schema.js";
import type { Entry } from "./layout/lines.js";
import { splitTrailingPlace } from "./layout/split-line.js";
import { parseDegree } from "./degrees.js";
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import studyFields from "./vocabulary/study-fields.json" with { type: "json" };

const SCHOOL_COLUMNS = new Set(entryLabels.school.map((label) => label.toLowerCase()));
const DEGREE_COLUMNS = new Set(entryLabels.degree.map((label) => label.toLowerCase()));
const FIELD_COLUMNS = new Set([...studyFields.labels, ...studyFields.secondaryLabels].map((label) => label.toLowerCase()));
const plain = (cell: string) => cell.replace(/\*\*|__|[*_`]/g, "").trim();

/** What a table's named columns say of a study: the school, with the place after its name, the qualification and the field. */
export interface StudyColumns {
  school: string;
  place?: string;
  degree?: Pick<Education, "studyType" | "area">;
  /** The field, where a column of its own names it ("| Time | School | Major |"). */
  area?: string;
  /** What the qualification's cell adds in brackets ("(Lehre, abgeschlossen)"). */
  remark?: string;
}

/**
 * "| Zeitraum | Ausbildung | Institution |" over "| 2013 | **Dipl. Qualitätsmanager FA** | Nordschule, St. Gallen |": where
 * the table's header names the school's column (and the qualification's), each row's cells say those fields outright,
 * whatever the words in them, which a school known by its initials or a qualification no degree vocabulary holds
 * would not tell. Undefined for a row whose header names no school's column.
 */
export function readStudyColumns(entry: Entry): StudyColumns | undefined {
  const row = entry.head[0];
  if (row?.kind !== "row" || !row.cells || !row.columnNames) return undefined;
  const names = row.columnNames.map((name) => plain(name).toLowerCase());
  const at = names.findIndex((name) => SCHOOL_COLUMNS.has(name));
  const cell = at >= 0 ? plain(row.cells[at] ?? "") : "";
  if (!cell) return undefined;
  const [school, place] = splitTrailingPlace(cell) as [string, string | undefined];
  const degreeAt = names.findIndex((name) => DEGREE_COLUMNS.has(name));
  const written = degreeAt >= 0 ? plain(row.cells[degreeAt] ?? "") : "";
  // "Polymechaniker EFZ (Lehre, abgeschlossen)": the bracket closing the cell says how it was taken, not what
  const remark = /\s*(\([^()]*\))$/u.exec(written);
  const qualification = remark ? written.slice(0, remark.index).trim() : written;
  const parsed = qualification ? parseDegree(qualification) : undefined;
  const degree = !qualification ? undefined : parsed?.index === 0 && parsed.area ? { studyType: parsed.studyType, area: parsed.area } : { studyType: qualification };
  const fieldAt = names.findIndex((name) => FIELD_COLUMNS.has(name));
  const area = fieldAt >= 0 ? plain(row.cells[fieldAt] ?? "") : "";
  return { school, ...(place && { place }), ...(degree && { degree }), ...(area && { area }), ...(remark && { remark: remark[1]! }) };
}
