import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/** A label that names the school a value is ("Institution:", "University:", "Hochschule:"), with its colon. */
const SCHOOL_LABEL = new RegExp(`^(?:${trieSource(entryLabels.school)})\\s*[:：]\\s*(?=\\S)`, "iu");

/**
 * "Institution: Kestrel University" → "Kestrel University". A study whose facts are labelled on one line
 * ("**GPA:** 3.9 | **Duration:** 2019 – 2021 | **Institution:** Kestrel University") gives its school as one of
 * the line's phrases, label and all; the label says what the phrase is, it is no part of the school's name.
 */
export function withoutSchoolLabel(school: string): string {
  return school.replace(SCHOOL_LABEL, "");
}
