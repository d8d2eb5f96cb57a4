import { classifyTitle } from "../parse/section-titles.js";
import { compact } from "./date-fields.js";
import { isItem, month, text, toStudy } from "./theme-widgets.js";

/**
 * Hugo Blox's author profile (`content/authors/<id>/_index.md`) keeps the owner's jobs, studies, skills and
 * languages in its front matter under vitae's own section names, but with the theme's keys: a job's employer is
 * `company_name`, its dates `date_start` and `date_end`; a study's `area` is the whole degree ("PhD in
 * Architecture"); a skill group lists its skills as `items`, a language is a `name` with a `percent`. Each list
 * is rewritten into résumé fields here, before it overrides the parsed résumé; a list already in résumé fields
 * passes through as it is.
 */
export function fromThemeAuthor(key: string, value: unknown): unknown {
  if (!Array.isArray(value) || !value.every(isItem)) return value;
  if (key === "work" && value.some((item) => "company_name" in item || "date_start" in item)) return value.map(toJob);
  if (key === "education" && value.some((item) => "date_start" in item || "date_end" in item)) return value.map(toDegree);
  if (key === "skills" && value.some((item) => Array.isArray(item.items))) return value.map(toSkillGroup);
  if (key === "languages" && value.some((item) => "percent" in item && !("language" in item))) return value.map((item) => compact({ language: text(item.name) }));
  return value;
}

/** Skill groups that are the owner's pastimes ("Hobbies"): the theme lists them as skills, a CV as interests. */
export function isPastimeGroup(group: unknown): boolean {
  return isItem(group) && typeof group.name === "string" && classifyTitle(group.name) === "interests";
}

type Item = Record<string, unknown>;

/** The item's keys the theme's own names stand for, so they are not also kept (and warned of) as they are. */
const without = (item: Item, keys: string[]) => Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k) && !THEME_ONLY.has(k)));
/** Keys that only style the theme's page: a logo, an icon, a bar's length. */
const THEME_ONLY: ReadonlySet<string> = new Set(["company_logo", "icon", "icon_pack", "percent", "color", "color_border", "button", "certificate_url"]);

function toJob(item: Item): Item {
  const rest = without(item, ["company_name", "company_url", "date_start", "date_end"]);
  return compact({ ...rest, name: text(item.company_name) ?? rest.name, url: text(item.company_url) ?? rest.url, startDate: month(item.date_start) ?? rest.startDate, endDate: month(item.date_end) ?? rest.endDate });
}

/** The degree is written whole in `area` ("MEng in Landscape Architecture"), as the experience widget's title. */
function toDegree(item: Item): Item {
  const rest = without(item, ["area", "institution", "date_start", "date_end", "summary"]);
  return { ...rest, ...toStudy({ title: item.area, company: item.institution, date_start: item.date_start, date_end: item.date_end, description: item.summary }) };
}

function toSkillGroup(group: Item): Item {
  const items = Array.isArray(group.items) ? group.items : [];
  const keywords = items.map((skill) => (isItem(skill) ? text(skill.name) : text(skill))).filter((name): name is string => name !== undefined);
  return compact({ ...without(group, ["items"]), keywords: keywords.length ? keywords : undefined });
}
