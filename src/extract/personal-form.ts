import type { SourceLine } from "../parse/source-line.js";
import { fieldOfLabel, foldLabel, LABEL_AND_VALUE } from "./contacts.js";
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };

/** The labels a form of personal details may give a school ("毕业院校", "대학교"), beside those of contacts and details. */
const SCHOOL_LABELS = new Set(entryLabels.school.map((label) => label.toLowerCase()));


/**
 * "Experience: 8 years building distributed systems at scale.", "工作年限：5年Java后端开发经验，熟悉…": a value that ends as
 * a sentence does, or is longer than a detail's few words, or (under a label no detail has; "Location: Berlin, Germany"
 * is a detail's) runs on past a comma, is prose under a label.
 */
function isProse(value: string, known: boolean): boolean {
  const text = value.trim();
  return /[.。!?！？]$/u.test(text) || text.split(/\s+/).length > 8 || (!known && /[,，;；]/u.test(text));
}

/**
 * "# 简介" over "姓名: 李明", "性别: 男", "坐标: 杭州", "手机: …": a section titled as an introduction whose every line
 * is a label and a value of a few words, half the labels or more the name, a contact or a detail of the person, holds
 * the personal details a form gives, not prose about the person.
 */
export function listsPersonalDetails(lines: readonly SourceLine[]): boolean {
  const items = lines.filter((l) => /[\p{L}\p{N}]/u.test(l.text));
  // "姓名: 李明": a form's labels are a word or two
  const labelled = items.map((l) => LABEL_AND_VALUE.exec(l.text)).map((m) => (m && [...m[1]!].length <= 12 ? m : null));
  if (items.length < 3 || labelled.some((m) => !m)) return false;
  const read = labelled.map((m) => ({ known: fieldOfLabel(m![1]!) !== undefined || SCHOOL_LABELS.has(foldLabel(m![1]!)), value: m![2]! }));
  const known = read.filter((r) => r.known).length;
  return known >= 2 && known >= items.length / 2 && !read.some((r) => isProse(r.value, r.known));
}
