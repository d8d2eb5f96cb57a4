import type { SourceLine } from "../parse/source-line.js";
import type { Basics } from "../resume/schema.js";

/** A capitalised word of a name, Latin or not. */
const WORD = /^\p{Lu}[\p{Ll}'’-]{2,}$/u;

/**
 * When nothing named the owner, a name a PDF's sidebar split over lines
 * ("Yugant" / "Hadiyal") is known by the owner's own addresses: two or three
 * capitalised words, on one line or on consecutive ones, that all occur in
 * one e-mail name or handle ("hadiyalyugant@…", "linkedin.com/in/yuganthadiyal").
 */
export function nameFromHandles(lines: readonly SourceLine[], basics: Basics): { name: string; line: SourceLine } | undefined {
  const handles = [basics.email?.split("@")[0], ...(basics.profiles ?? []).map((p) => p.username)]
    .filter((h): h is string => Boolean(h))
    .map((h) => h.toLowerCase().replace(/[^\p{L}]/gu, ""));
  if (!handles.length) return undefined;
  for (const [i, line] of lines.entries()) {
    if (line.kind !== "text") continue;
    const words = line.text.trim().split(/\s+/);
    const next = lines[i + 1];
    // a word alone on its line may be a first name whose last name the PDF put on the next line
    const joined = words.length === 1 && next?.kind === "text" && next.text.trim().split(/\s+/).length <= 2 ? [...words, ...next.text.trim().split(/\s+/)] : words;
    if (joined.length < 2 || joined.length > 3 || !joined.every((w) => WORD.test(w))) continue;
    if (handles.some((h) => joined.every((w) => h.includes(w.toLowerCase())))) return { name: joined.join(" "), line };
  }
  return undefined;
}
