import { ResumeSchema, type Resume } from "../resume/schema.js";
import { withScheme } from "./contacts.js";
import { note, type Draft } from "./draft.js";

/**
 * Gives bare domains a scheme wherever the schema wants a URL ("example.com" →
 * "https://example.com"). Overrides may have any shape, so nothing is assumed.
 */
export function addUrlSchemes(resume: Resume): void {
  const fix = (o: unknown) => {
    if (!o || typeof o !== "object") return;
    const entry = o as { url?: unknown };
    if (typeof entry.url === "string" && !/^(https?:\/\/|mailto:)/i.test(entry.url) && /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(entry.url)) entry.url = withScheme(entry.url);
  };
  const each = (list: unknown, f: (o: unknown) => void) => Array.isArray(list) && list.forEach(f);
  fix(resume.basics);
  each(resume.basics?.profiles, fix);
  for (const key of ["work", "volunteer", "education", "certificates", "publications", "projects"] as const) each(resume[key], fix);
  each(resume.sections, (s) => each((s as { items?: unknown } | null)?.items, fix));
}

/**
 * Removes whatever still breaks the schema (an override of the wrong type, a
 * URL without a scheme) and says so, so the résumé returned is always valid.
 */
export function dropInvalid(draft: Draft): void {
  for (let round = 0; round < 5; round++) {
    const parsed = ResumeSchema.safeParse(draft.resume);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (!path.length) {
        draft.resume = {};
        continue;
      }
      let parent: unknown = draft.resume;
      for (const k of path.slice(0, -1)) parent = (parent as Record<string, unknown> | undefined)?.[k];
      if (parent && typeof parent === "object") {
        const last = path[path.length - 1]!;
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete (parent as Record<string, unknown>)[last];
      }
      const pointer = "/" + path.join("/");
      note(draft, "warning", "invalid-value", `${pointer} was left out: ${issue.message}; correct it in the source or in the overrides`, draft.origins.get(pointer));
    }
  }
}
