import type { Education, Work } from "../resume/schema.js";
import { compact } from "./date-fields.js";
import { ROLE_WORDS, SCHOOL_WORDS, STUDY_ROLE } from "./vocabulary.js";

/**
 * A job whose title says the person studied ("Student Communicatie & Multimedia design")
 * at what its header names as a school ("De Haagse Hogeschool") is a study: students
 * list their degree among their jobs, and it belongs with their education. The field studied must follow the word:
 * "PhD student" alone is the title of a position.
 */
export function studyInWork(work: Work): Education | undefined {
  const title = work.position?.trim();
  const study = title ? STUDY_ROLE.exec(title) : null;
  if (!study || !work.name || !SCHOOL_WORDS.test(work.name)) return undefined;
  const area = title!.slice(study[0].length).replace(/^\s*(?:(?:of|in)\b|[,:–—-])\s*/i, "").trim();
  // "Student Assistant", "Graduate Student Researcher": a job held while studying; "Graduate Student – University of X",
  // "PhD student, University of X" under a work heading: a position at a university that names no field studied, which
  // academics list among their jobs (doctoral students are employed in much of Europe)
  if (!area || ROLE_WORDS.test(area)) return undefined;
  const { name, position, description, summary, ...rest } = work;
  return compact({
    ...rest,
    institution: name,
    area,
    summary: [description, summary].filter(Boolean).join("\n") || undefined,
  });
}
