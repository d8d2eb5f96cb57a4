import { isGradeValue } from "../resume/education-text.js";
import type { SourceLine } from "../parse/source-line.js";
import type { StandardSectionKey } from "../resume/schema.js";
import type { Entry } from "./layout/lines.js";
import { splitKeywords } from "./skills.js";
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import { trieSource } from "./word-trie.js";
import studyFields from "./vocabulary/study-fields.json" with { type: "json" };

/** How a labelled line's value becomes a field: as it is, or split into a list. */
/** `only`: what a line's value must be to be read as the field. */
/** `secondary`: the value fills the field only where nothing else gave it one; the line stays in the entry's text otherwise. */
type FieldSpec = { field: string; list?: "commas" | "courses"; only?: (value: string) => boolean; secondary?: true };

/** What an entry's labelled lines say, per field; `secondary`, the values (with their lines as written) that fill a field only where it is empty. */
export interface LabelledFields {
  values: Record<string, string | string[]>;
  secondary: Record<string, { value: string; line: string }[]>;
}

const ON_ANY_ENTRY: Record<string, FieldSpec> = {
  location: { field: "location" },
  keywords: { field: "keywords", list: "commas" },
  technologies: { field: "keywords", list: "commas" },
};

/** What a project's tag line may be called: "Tech stack: React, Go", "Built with: Rust". */
const PROJECT_STACK: Record<string, FieldSpec> = Object.fromEntries(
  ["tech", "technology", "tech stack", "stack", "tools", "tags", "built with", "languages", "技术栈", "技术", "使用技术", "技术选型", "选型", "技術スタック", "使用技術", "技術", "기술 스택", "기술스택", "사용 기술"].map((label) => [label, { field: "keywords", list: "commas" }]),
);

/** What a project's description line may be called: "项目描述：…", "概要：…". */
const PROJECT_DESCRIPTION: Record<string, FieldSpec> = Object.fromEntries(
  ["description", "项目描述", "项目简介", "简介", "描述", "概要", "プロジェクト概要", "説明", "설명", "프로젝트 설명"].map((label) => [label, { field: "description" }]),
);

/** Per section, the labels (lower case) a line may start with to set a field of its entry. */
const LABELS: Partial<Record<StandardSectionKey, Record<string, FieldSpec>>> = {
  work: ON_ANY_ENTRY,
  volunteer: ON_ANY_ENTRY,
  education: {
    ...ON_ANY_ENTRY,
    // only the labels themes print back ("Courses: …", "GPA 3.9"), so that no word of the source goes missing
    ...Object.fromEntries(["courses", "主修课程", "主要课程", "相关课程", "核心课程", "履修科目", "주요 과목", "이수 과목"].map((label) => [label, { field: "courses", list: "courses" } as FieldSpec])),
    // "GPA: 3.92/4.00 · Dean's List" says more than the score: that line stays text, its grade still read as the score
    gpa: { field: "score", only: isGradeValue },
    // "Major: Japanese Studies", "Fachbereich: Maschinenbau": the field of study, printed beside the degree
    ...Object.fromEntries(studyFields.labels.map((label) => [label, { field: "area" }])),
    // "Concentration: Machine Learning" under "B.Sc. Computer Science": a part of the field, which the degree's own
    // line or a major names first
    ...Object.fromEntries(studyFields.secondaryLabels.map((label) => [label, { field: "area", secondary: true } as FieldSpec])),
  },
  awards: { ...ON_ANY_ENTRY, awarder: { field: "awarder" }, "awarded by": { field: "awarder" } },
  certificates: { ...ON_ANY_ENTRY, issuer: { field: "issuer" }, "issued by": { field: "issuer" } },
  publications: { ...ON_ANY_ENTRY, publisher: { field: "publisher" }, status: { field: "status" } },
  projects: {
    ...ON_ANY_ENTRY,
    ...PROJECT_STACK,
    ...PROJECT_DESCRIPTION,
    roles: { field: "roles", list: "commas" },
    role: { field: "roles", list: "commas" },
    entity: { field: "entity" },
    type: { field: "type" },
  },
};

const LABELLED = /^([\p{L} ]{2,20}?)\s*[:：]\s*(\S.*)$/u;
/** A line labelled with the field of study ("Major: …", "전공: …", "Kierunek: …"). */
const AREA_LABELLED = new RegExp(`^(${trieSource([...studyFields.labels, ...studyFields.secondaryLabels])})\\s*[:：]\\s*\\S`, "iu");

/**
 * Takes out of an entry's body, and its head below the first line, the lines that name one of its fields
 * ("Location: Berlin", "Keywords: Go, Rust", "Courses: Algebra; Topology",
 * "Awarder: ACM"): CVs write them, and vitae's Markdown output uses them for
 * what an entry's header has no place for. Only prose lines count: a bullet
 * such as "- GPA: 3.9, top 5%" stays a highlight.
 */
export function takeFieldLines(entry: Entry, key: StandardSectionKey): { entry: Entry; fields: LabelledFields } {
  const labels = LABELS[key];
  const fields: LabelledFields = { values: {}, secondary: {} };
  if (!labels) return { entry, fields };
  const { values, secondary } = fields;
  /** False for a line that names a field, whose value it takes into `fields`; true for any other, which stays. */
  const staysUntaken = (line: SourceLine) => {
    const labelled = fieldLine(line, labels);
    if (!labelled) return true;
    const [label, value] = labelled;
    const { field, list } = labels[label]!;
    const had = values[field];
    if (labels[label]!.secondary) secondary[field] = [...(secondary[field] ?? []), { value, line: line.text }];
    else if (list) {
      // a course's name may hold a comma ("Quantum Mechanics, Part I"): semicolons separate courses when there are any
      const items = list === "courses" && value.includes(";") ? value.split(/\s*;\s*/).filter(Boolean) : splitKeywords(value);
      values[field] = [...(Array.isArray(had) ? had : []), ...items];
    } else values[field] = typeof had === "string" ? `${had}; ${value}` : value;
    return false;
  };
  // "Northwind University" / "Major: Computer Science" / "2017 – 2021": a labelled line may stand in the entry's head,
  // above the dates that close it; the head's first line names the entry and stays
  const head = entry.head.filter((l, i) => i === 0 || staysUntaken(l));
  const body = entry.body.filter(staysUntaken);
  return { entry: { ...entry, head, body }, fields };
}

/** "City: Munich | Country: Germany": an entry's place written as its labelled parts, as Europass's current form does. */
const PLACE_PARTS = new RegExp(`^(?:${trieSource(entryLabels.city)})\\s*[:：]\\s*([^|]+?)(?:\\s*\\|\\s*(?:${trieSource(entryLabels.country)})\\s*[:：]\\s*(.+))?$`, "iu");

function fieldLine(line: SourceLine, labels: Record<string, FieldSpec>): [string, string] | undefined {
  // "- 명지대학교" / "  - 전공: 컴퓨터공학과": a bullet may name the field of study, which is printed back beside the degree
  const bulleted = line.kind === "bullet" && AREA_LABELLED.test(line.text) && Object.hasOwn(labels, AREA_LABELLED.exec(line.text)![1]!.toLowerCase());
  if ((line.kind !== "text" || line.depth > 0) && !bulleted) return undefined;
  const place = labels.location ? PLACE_PARTS.exec(line.text) : null;
  if (place) return ["location", [place[1], place[2]].filter(Boolean).join(", ")];
  const m = LABELLED.exec(line.text);
  const label = m?.[1]!.toLowerCase();
  if (!label || !Object.hasOwn(labels, label)) return undefined;
  const value = m![2]!.trim();
  return labels[label]!.only?.(value) === false ? undefined : [label, value];
}

/**
 * An entry with the fields its labelled lines gave: a list gains their items, any other value is replaced; a secondary
 * value fills only an empty field, and leaves its line, as written, in the entry's text where the field is not.
 */
export function withFields<T>(value: T, fields: LabelledFields, textField: "summary" | "description" = "summary"): T {
  const out = { ...value } as Record<string, unknown>;
  for (const [field, given] of Object.entries(fields.values)) {
    const had = out[field];
    out[field] = Array.isArray(given) && Array.isArray(had) ? [...new Set([...(had as string[]), ...given])] : given;
    // what the header put in that field ("…, HTBLA, Vöcklabruck." read as the area) stays in the entry's text
    if (typeof had === "string" && had !== given && field !== textField) out[textField] = [had, out[textField]].filter(Boolean).join("\n");
  }
  for (const [field, given] of Object.entries(fields.secondary)) {
    if (!out[field]) out[field] = given.map((g) => g.value).join("; ");
    else out[textField] = [...given.map((g) => g.line), out[textField]].filter(Boolean).join("\n");
  }
  return out as T;
}
