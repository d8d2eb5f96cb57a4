import official from "@jsonresume/schema";

/** One place where a document breaks the official JSON Resume schema. */
export interface OfficialIssue {
  /** Path of the offending value, e.g. ["work", 0, "startDate"]. */
  path: Array<string | number>;
  /** What the schema expected, in words. */
  expected: string;
}

const EXPECTED_BY_FORMAT: Record<string, string> = {
  email: "an e-mail address such as ada@example.org",
  uri: "an absolute URL such as https://example.org",
};

/** Validates against the official JSON Resume v1.0.0 schema (the @jsonresume/schema package). */
export function checkOfficialSchema(document: unknown): OfficialIssue[] {
  let issues: OfficialIssue[] = [];
  // the validator's callback runs synchronously
  official.validate(document, (errors) => {
    issues = (errors ?? []).map((e) => ({ path: e.path, expected: describe(e.name, e.argument, e.message) }));
  });
  return issues;
}

function describe(rule: string, argument: unknown, message: string): string {
  if (rule === "format") return EXPECTED_BY_FORMAT[String(argument)] ?? `a value in the "${String(argument)}" format`;
  if (rule === "pattern") return "a date as YYYY, YYYY-MM or YYYY-MM-DD";
  if (rule === "type") return `a value of type ${Array.isArray(argument) ? argument.join(" or ") : String(argument)}`;
  return message;
}
