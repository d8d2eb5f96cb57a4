import type { SourceLine } from "../parse/source-line.js";
import { hasDate, isDateOnly } from "./layout/lines.js";

/**
 * Where an undated entry's body ends on its dates, set apart on a line of their
 * own after the description and its duties, else -1. The Start Bootstrap
 * "Resume" page and its kin lay each entry out as two columns, the role, the
 * employer and the duties on the left and "2016 - 2020" on the right, which
 * come out of the HTML as one block after another: the dates last. Only when
 * no other line of the body is dated, so that a second role's dates, or a
 * duty's, are never taken for the job's.
 */
export function closingDatesAt(body: readonly SourceLine[]): number {
  const last = body.at(-1);
  if (body.length < 2 || !last || last.kind !== "text" || last.depth !== 0 || !last.gap || !isDateOnly(last.text)) return -1;
  return body.slice(0, -1).some(hasDate) ? -1 : body.length - 1;
}
