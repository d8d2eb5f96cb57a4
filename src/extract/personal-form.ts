import type { SourceLine } from "../parse/source-line.js";
import { fieldOfLabel, foldLabel } from "./contacts.js";
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };

/** The labels a form of personal details may give a school ("毕业院校", "대학교"), beside those of contacts and details. */
const SCHOOL_LABELS = new Set(entryLabels.school.map((label) => label.toLowerCase()));

/** "姓名: 李明", "나이 : 32세": a short label, a colon and its value. */
const LABELLED = /^([^:：]{1,12}?)\s*[:：]\s*\S/u;

/**
 * "# 简介" over "姓名: 李明", "性别: 男", "坐标: 杭州", "手机: …": a section titled as an introduction whose every line
 * is a label and its value, some labels the name, a contact or a detail of the person, holds the personal details a
 * form gives, not prose about the person.
 */
export function listsPersonalDetails(lines: readonly SourceLine[]): boolean {
  const items = lines.filter((l) => /[\p{L}\p{N}]/u.test(l.text));
  const labels = items.map((l) => LABELLED.exec(l.text)?.[1]);
  if (items.length < 3 || labels.some((label) => label === undefined)) return false;
  const known = labels.filter((label) => fieldOfLabel(label!) !== undefined || SCHOOL_LABELS.has(foldLabel(label!)));
  return known.length >= 2 && known.length >= items.length / 3;
}
