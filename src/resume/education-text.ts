/**
 * How an education entry's degree, grade and courses read as text. The parser,
 * the renderer and the Markdown writer share these, so that what one writes
 * the other reads back.
 */
import type { Education } from "./schema.js";

/** A grade's value: "3.87/4.00", "9.1", "1,3". */
const GRADE_VALUE = String.raw`\d+(?:[.,]\d+)?(?:\s*\/\s*\d+(?:[.,]\d+)?)?`;
/** A grade stated with its name: "GPA: 3.87/4.00", "CGPA 9.1", "Note 1,3", "Abschlussnote: 1,4", "moyenne : 15", "nota media: 8,5", "IPK: 3,65/4,00", "GNO: 3.4", "Средний балл: 4.8". */
const GRADE = new RegExp(`(?<![\\p{L}\\p{N}])(?:C?GPA|CPI|grade|(?:abschluss|gesamt|durchschnitts|end)?note|moyenne|nota(?:\\s+media|\\s+final)?|voto(?:\\s+di\\s+laurea)?|cijfer|średnia|IPK|A?GNO|not\\s+ortalaması|média|điểm\\s+trung\\s+bình|средний\\s+балл)\\s*[:：]?\\s*(${GRADE_VALUE})`, "iu");
const WHOLE_GRADE = new RegExp(`^${GRADE_VALUE}$`);

/** A grade written with what it counts after it: "92.4%", "8.7 CGPA", "85 percent". */
const GRADE_NAMED_AFTER = new RegExp(`^\\d+(?:[.,]\\d+)?\\s*(?:%|(?:C?GPA|SGPA|CPI|percent(?:age)?)$)`, "i");

/** A British degree's class: "2:1", "2.2", "First Class Honours", "Upper Second". */
const DEGREE_CLASS = /^(?:[12][:.][12]|2:i{1,2}|(?:first|upper second|lower second|third)(?:[- ]class)?(?: honours| degree)?|1st class(?: honours)?)$/i;

/** A grade alone that says what it is, as a table's column of grades holds it: "9.1/10", "92.4%", "8.7 CGPA", "2:1". */
export function isBareGrade(text: string): boolean {
  const t = text.trim();
  return (WHOLE_GRADE.test(t) && t.includes("/")) || GRADE_NAMED_AFTER.test(t) || DEGREE_CLASS.test(t);
}

/** A grade printed under the name themes give grades ("GPA 3.9"): a value alone, not one that names itself ("92.4%") or a degree's class ("2.1"). */
export const needsGradeName = (score: string): boolean => WHOLE_GRADE.test(score.trim()) && !DEGREE_CLASS.test(score.trim());

/** True when a text is a grade's value and nothing else ("3.9/4.0", "9.1"). */
export function isGradeValue(text: string): boolean {
  return WHOLE_GRADE.test(text.trim());
}

/** The grade a text states ("GPA: 3.9/4.0" → "3.9/4.0"), if it states one. */
export function statedGrade(text: string): string | undefined {
  return GRADE.exec(text)?.[1];
}

/** True when the entry's own text already states its grade, which would otherwise be printed twice. */
export function gradeIsStated(e: Pick<Education, "score" | "summary" | "highlights">): boolean {
  return [e.summary, ...(e.highlights ?? [])].some((t) => t !== undefined && statedGrade(t) === e.score);
}

/** A degree and its field as a reader expects them: "B.S. in Physics", "计算机科学与技术 学士". */
export function degreeOf({ studyType, area, degree }: Pick<Education, "studyType" | "area" | "degree">): string | undefined {
  if (degree) return degree;
  // a degree written in Chinese or Japanese follows its field
  if (studyType && area) return /\p{Script=Han}/u.test(studyType) ? `${area} ${studyType}` : `${studyType} in ${area}`;
  return studyType ?? area;
}

/** Courses as one line: commas between them, or semicolons when a course's own name holds a comma. */
export function joinCourses(courses: readonly string[]): string {
  return courses.some((c) => c.includes(",")) ? `${courses.join("; ")};` : courses.join(", ");
}
