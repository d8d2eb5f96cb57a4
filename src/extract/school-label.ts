import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/**
 * A label that names the school a value is ("Institution:", "University:", "Hochschule:"), with its colon; or the
 * organisation, where a CV writes its studies as records of the same labels as its jobs (":organization: Kestrel
 * University" under ":organization: Acme" in a reStructuredText field list).
 */
const SCHOOL_LABEL = new RegExp(`^(?:${trieSource([...entryLabels.school, ...entryLabels.name])})\\s*[:：]\\s*(?=\\S)`, "iu");

/**
 * "Institution: Kestrel University" → "Kestrel University"; "Kestrel University:" → "Kestrel University". A study whose facts are labelled on one line
 * ("**GPA:** 3.9 | **Duration:** 2019 – 2021 | **Institution:** Kestrel University") gives its school as one of
 * the line's phrases, label and all; the label says what the phrase is, it is no part of the school's name. A list of
 * studies set as "- **Kestrel University:** B.Sc. in Physics (2019)" labels each degree with its school, whose colon
 * is the label's, not the name's.
 */
export function withoutSchoolLabel(school: string): string {
  return school.replace(SCHOOL_LABEL, "").replace(/\s*[:：]$/u, "");
}
