import type { Resume } from "../resume/schema.js";
import { explainReading } from "./explain-reading.js";
import type { Reading } from "./explanation.js";
import { renderReviewPage } from "./review-page.js";

/**
 * The review page of a build: the reading explained beside the résumé as
 * read (before a variant filters it, so that every line's values are there).
 * A JSON Resume document has no reading: its page shows the résumé alone.
 */
export function reviewOutput(source: string, resume: Resume, reading: Reading | undefined): string {
  if (!reading) return renderReviewPage({ file: source, lines: [], fileDoubts: [] }, resume);
  return renderReviewPage(explainReading(source, reading), reading.resume);
}
