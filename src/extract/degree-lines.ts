import type { SourceLine } from "../parse/source-line.js";
import { DEGREE, namesDegree } from "./degrees.js";
import { isSentence, type Entry } from "./layout/lines.js";
import { SCHOOL_WORDS } from "./vocabulary.js";

/**
 * One school over two degrees, each on a line of its own ("**Wake Forest University**" ⏎ "Computer Science B.S." ⏎
 * "Biology B.S."), or a table's cell that names a second degree after a line break ("Bachelors of Science in
 * Chemistry, University of Virginia" ⏎ "Bachelors of Arts in Physics, University of Virginia"): one study per
 * degree, each under the lines that come before the first degree (the school's). An entry with one degree is itself.
 */
export function splitDegreeLines(entry: Entry): Entry[] {
  const lines = [...entry.head, ...entry.body];
  const degrees = lines.filter((l, i) => isDegreeLine(l, i < entry.head.length));
  if (degrees.length < 2) return [entry];
  const first = lines.indexOf(degrees[0]!);
  const shared = lines.slice(0, first);
  return degrees.map((degree, k) => {
    const at = lines.indexOf(degree);
    const until = k + 1 < degrees.length ? lines.indexOf(degrees[k + 1]!) : lines.length;
    return { head: [...shared, degree], body: lines.slice(at + 1, until), position: k === 0 ? entry.position : degree.position };
  });
}

/**
 * A line that names a degree with its field or school and is no sentence: in the entry's head, any such line; in its
 * body, only one that opens with the degree or names a school beside it ("Thesis on the Master's programme" is no
 * study of its own). A level alone ("Высшее" over each school of a job site's export) repeats, naming no second study.
 */
function isDegreeLine(line: SourceLine, inHead: boolean): boolean {
  const degree = DEGREE.exec(line.text);
  if (!degree || !namesDegree(line.text) || isSentence(line.text) || isStateCode(line.text, degree) || !/\p{L}/u.test(line.text.replace(DEGREE, ""))) return false;
  return inHead || degree.index === 0 || SCHOOL_WORDS.test(line.text);
}

/** "Sep 2016 – May 2018 | Boston, MA": two capitals after a town's comma are its state, not a Master of Arts. */
const isStateCode = (text: string, degree: RegExpExecArray) => /^\p{Lu}{2}$/u.test(degree[0]) && /,\s*$/.test(text.slice(0, degree.index));
