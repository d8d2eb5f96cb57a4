/**
 * How an education entry's degree, grade and courses read as text. The parser,
 * the renderer and the Markdown writer share these, so that what one writes
 * the other reads back.
 */
import type { Education } from "./schema.js";

/** A grade's value: "3.87/4.00", "9.1", "1,3". */
const GRADE_VALUE = String.raw`\d+(?:[.,]\d+)?(?:\s*\/\s*\d+(?:[.,]\d+)?)?`;
/** A grade stated with its name: "GPA: 3.87/4.00", "CGPA 9.1", "Note 1,3", "moyenne : 15". */
const GRADE = new RegExp(`\\b(?:GPA|CGPA|grade|note|moyenne)\\s*[:：]?\\s*(${GRADE_VALUE})`, "i");
const WHOLE_GRADE = new RegExp(`^${GRADE_VALUE}$`);

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
export function degreeOf(studyType: string | undefined, area: string | undefined): string | undefined {
  // a degree written in Chinese or Japanese follows its field
  if (studyType && area) return /\p{Script=Han}/u.test(studyType) ? `${area} ${studyType}` : `${studyType} in ${area}`;
  return studyType ?? area;
}

/** Courses as one line: commas between them, or semicolons when a course's own name holds a comma. */
export function joinCourses(courses: readonly string[]): string {
  return courses.some((c) => c.includes(",")) ? `${courses.join("; ")};` : courses.join(", ");
}
