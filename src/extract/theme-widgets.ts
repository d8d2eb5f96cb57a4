import type { Position } from "../diagnostics/diagnostic.js";
import type { YamlOverrides } from "../parse/yaml-overrides.js";
import { classifyTitle } from "../parse/section-titles.js";
import type { Education, Work } from "../resume/schema.js";
import { compact, degreeDates, jobDates } from "./date-fields.js";
import { findDates } from "./dates.js";
import { parseDegree } from "./degrees.js";
import { addEntry, listSection, type Draft } from "./draft.js";

/** One item of a theme's experience widget: `title`, `company`, `location`, `date_start`, `date_end`, `description`. */
type WidgetItem = Record<string, unknown>;

interface Widget {
  title: string;
  items: WidgetItem[];
  /** The JSON pointer of its list of items, where each item is written. */
  pointer: string;
}

/**
 * The jobs and studies a Hugo academic theme keeps in a page's front matter, which is the whole page: Hugo Blox's
 * landing page (`sections: - block: experience` with `content: {title: Education, items: […]}`) and the Academic
 * theme's experience widget (`widget = "experience"`, `title = "Experience"`, `[[experience]]`). Each widget's title
 * says whether its items are jobs or studies; a widget titled otherwise ("Teaching") is left alone.
 */
export function readThemeWidgets(draft: Draft, overrides: YamlOverrides | undefined, fallback: Position): void {
  for (const widget of overrides ? widgetsOf(overrides.value) : []) {
    const kind = classifyTitle(widget.title);
    if (kind !== "work" && kind !== "education") continue;
    listSection(draft, { key: kind, title: widget.title }, overrides!.keys.get(widget.pointer) ?? fallback);
    widget.items.forEach((item, i) => {
      const at = overrides!.keys.get(`${widget.pointer}/${i}`) ?? fallback;
      if (kind === "work") addEntry(draft, "work", toJob(item), at);
      else addEntry(draft, "education", toStudy(item), at);
    });
  }
}

function widgetsOf(value: Record<string, unknown>): Widget[] {
  const widgets: Widget[] = [];
  // Hugo Blox: a landing page's blocks
  if (Array.isArray(value.sections)) {
    value.sections.forEach((section, k) => {
      const content = (section as Record<string, unknown> | null)?.content as Record<string, unknown> | undefined;
      if (String((section as Record<string, unknown>).block ?? "").includes("experience") && typeof content?.title === "string" && Array.isArray(content.items)) {
        widgets.push({ title: content.title, items: content.items.filter(isItem), pointer: `/sections/${k}/content/items` });
      }
    });
  }
  // the Academic theme: one widget a file
  if (value.widget === "experience" && typeof value.title === "string" && Array.isArray(value.experience)) widgets.push({ title: value.title, items: value.experience.filter(isItem), pointer: "/experience" });
  // a resume theme's sections as `experience: {enable: true, list: [{title, company, dates}]}`
  widgets.push(...listedSections(value));
  // its "about" widget lists the degrees as `[[education.courses]]` {course, institution, year}
  const courses = themeCourses(value);
  if (courses) widgets.push({ title: "Education", items: courses.map((c) => ({ title: c.course, company: c.institution, ...courseYears(c.year) })), pointer: "/education/courses" });
  return widgets;
}

/** A course's `year`: the year of the degree (`2025`), or the years of study (`2019-2023`). */
function courseYears(year: unknown): { date_start?: string; date_end?: string } {
  const written = typeof year === "number" ? String(year) : year;
  const span = typeof written === "string" ? /^(\d{4})\s*[-–—~]\s*(\d{4})$/.exec(written.trim()) : null;
  return span ? { date_start: span[1], date_end: span[2] } : { date_end: written as string | undefined };
}

/** The Academic theme's `education.courses`, the theme's list of degrees, where vitae's `education` would be a list. */
export function themeCourses(value: Record<string, unknown>): WidgetItem[] | undefined {
  const courses = (value.education as Record<string, unknown> | undefined)?.courses;
  return !Array.isArray(value.education) && Array.isArray(courses) ? courses.filter(isItem) : undefined;
}

export const isItem = (item: unknown): item is WidgetItem => typeof item === "object" && item !== null && !Array.isArray(item);

export const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
/** "2017-09-01" → "2017-09": the theme asks for whole dates; a CV states months. */
export const month = (value: unknown) => (value instanceof Date ? value.toISOString() : text(value))?.slice(0, 7);

function toJob(item: WidgetItem): Work {
  return compact({ name: text(item.company), position: text(item.title), location: text(item.location), url: text(item.company_url), startDate: month(item.date_start), endDate: month(item.date_end), summary: text(item.description) });
}

/** The degree is the item's title ("Ph.D in Computing and Mathematical Sciences"), the school its company. */
export function toStudy(item: WidgetItem): Education {
  const title = text(item.title) ?? "";
  const degree = parseDegree(title);
  const named = degree?.index === 0;
  return compact({
    institution: text(item.company),
    studyType: named ? degree.studyType : undefined,
    area: named ? degree.area : title || undefined,
    location: text(item.location),
    startDate: month(item.date_start),
    endDate: month(item.date_end),
    summary: text(item.description),
  });
}

/**
 * `experience: {enable: true, list: [{title, company, dates: "2009-2018"}]}`, `education: {list: [{degree, university,
 * dates}]}`: a resume theme that keeps each section as a switch and a list, the whole CV in the page's front matter.
 * The section's key says what its items are; a section switched off is not shown, so not read.
 */
function listedSections(value: Record<string, unknown>): Widget[] {
  return Object.entries(value).flatMap(([key, section]): Widget[] => {
    const kind = listedKind(key, section);
    if (!kind) return [];
    const { list, enable } = section as { list: unknown[]; enable?: unknown };
    if (enable === false) return [];
    const items = list.filter(isItem).map((item) => {
      const written = spelled(item.dates) ?? spelled(item.date);
      const d = written ? findDates(written)[0] : undefined;
      const dates = kind === "work" ? jobDates(d) : degreeDates(d);
      return { ...item, title: item.title ?? item.degree, company: item.company ?? item.university ?? item.school ?? item.institution, date_start: dates.startDate, date_end: dates.endDate };
    });
    return [{ title: key, items, pointer: `/${key}/list` }];
  });
}

/** `2015` or `"2015"`: YAML reads a bare year as a number, which a list's dates are as often as text. */
const spelled = (value: unknown) => (typeof value === "number" ? String(value) : text(value));

/** What a front matter's `experience:` or `education:` written as a resume theme's switch and list holds, if so written. */
function listedKind(key: string, section: unknown): "work" | "education" | undefined {
  const kind = classifyTitle(key);
  const listed = !!section && typeof section === "object" && !Array.isArray(section) && Array.isArray((section as Record<string, unknown>).list);
  return listed && (kind === "work" || kind === "education") ? kind : undefined;
}

/** A front matter's `experience:` or `education:` written as a resume theme's switch and list, read here, not as an override. */
export const isListedSection = (key: string, section: unknown): boolean => listedKind(key, section) !== undefined;
