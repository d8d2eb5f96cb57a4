/**
 * Which of an entry's values a line of the source holds: the text of each
 * value is looked for in the line's text, as the parser saw it (markup
 * removed), so that a line is credited with what was read from it.
 */

/** What each field of an entry is called in an explanation; fields not named here are shown by their key. */
const FIELD_LABELS: Record<string, string> = {
  position: "role",
  institution: "institution",
  organization: "organisation",
  area: "area",
  studyType: "degree",
  publisher: "publisher",
  venue: "venue",
  authors: "authors",
  awarder: "awarder",
  issuer: "issuer",
  entity: "entity",
  roles: "roles",
  keywords: "keywords",
  level: "level",
  language: "language",
  fluency: "fluency",
  reference: "reference",
  title: "title",
  subtitle: "subtitle",
  location: "place",
  url: "link",
  startDate: "dates",
  endDate: "dates",
  date: "dates",
  releaseDate: "dates",
};

/** `name` means a different thing in each section. */
const NAME_LABELS: Record<string, string> = { work: "organisation", publications: "title", skills: "skill", interests: "interest", references: "name" };

/** Fields that hold an entry's running text rather than its head. */
const BODY_FIELDS = new Set(["summary", "description", "highlights", "courses"]);
const DATE_FIELDS = new Set(["startDate", "endDate", "date", "releaseDate"]);
/** Fields that say nothing a line of the source wrote. */
const SKIPPED_FIELDS = new Set(["tags", "type", "period", "status"]);

/** Texts already reduced: the same values are compared with every line of their section. */
const reduced = new Map<string, string>();

/** A line's text reduced to what two spellings of one value share. */
export function comparable(text: string): string {
  let out = reduced.get(text);
  if (out !== undefined) return out;
  if (reduced.size > 20_000) reduced.clear();
  out = reduce(text);
  reduced.set(text, out);
  return out;
}

function reduce(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[*_`~]/g, "")
    .replace(/^(?:https?:\/\/|mailto:)/, "")
    .replace(/\/+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function fieldLabel(section: string, field: string): string {
  return field === "name" ? (NAME_LABELS[section] ?? "name") : (FIELD_LABELS[field] ?? field);
}

export interface ValueHit {
  /** The field's key ("position"), or "highlights/2" for an item of a list. */
  field: string;
  body: boolean;
  /** The whole line is inside the value: a line of a highlight or summary made of several. */
  inside?: boolean;
}

/** The values of `entry` that `line` holds, head fields and body text alike. */
export function valuesInLine(entry: Record<string, unknown>, line: string): ValueHit[] {
  const text = comparable(line);
  const hits: ValueHit[] = [];
  for (const [field, value] of Object.entries(entry)) {
    if (SKIPPED_FIELDS.has(field)) continue;
    const body = BODY_FIELDS.has(field);
    if (DATE_FIELDS.has(field)) {
      if (typeof value === "string" && text.includes(value.slice(0, 4))) hits.push({ field, body });
    } else if (typeof value === "string") {
      const held = holds(text, comparable(value), body);
      if (held) hits.push({ field, body, inside: held === "inside" });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const held = typeof item === "string" && holds(text, comparable(item), body);
        if (held) hits.push({ field: body ? `${field}/${i}` : field, body, inside: held === "inside" });
      });
    }
  }
  return hits.filter((h, i) => hits.findIndex((o) => o.field === h.field) === i);
}

/** A head value is found in the line; a body value may be made of several lines, so the line may be found in it. */
function holds(line: string, value: string, body: boolean): "holds" | "inside" | false {
  if (!value || !line) return false;
  if (line.includes(value)) return "holds";
  return body && value.includes(line) ? "inside" : false;
}
