import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import type { SectionKind } from "../../parse/section-titles.js";
import { isSpokenLanguage } from "../spoken-languages.js";
import { isSentence } from "./lines.js";

/**
 * LinkedIn's PDF export sets its sidebar (Top Skills, Languages, Certifications) beside the summary, and pdftotext
 * runs the two columns together: the sidebar's lists go on between the summary's lines ("…die manuelle und" /
 * "Python (Programmiersprache)" / "fehleranfällige Prozesse ersetzen."). Where those lists come before the summary
 * and the owner's header stands after them, a run of short items after a line of the summary's prose belongs to
 * them: a spoken language ("Persian (Native or Bilingual)") to the languages, any other item to the skills.
 */
export function returnSidebarItems(blocks: readonly SectionBlock[], kinds: ReadonlyArray<SectionKind | undefined>): SectionBlock[] {
  const summaryAt = kinds.indexOf("summary");
  const before = (kind: SectionKind) => {
    const at = kinds.indexOf(kind);
    return at < summaryAt ? at : -1;
  };
  const [skillsAt, languagesAt] = [before("skills"), before("languages")];
  if (summaryAt < 0 || (skillsAt < 0 && languagesAt < 0)) return [...blocks];
  const lines = blocks[summaryAt]!.lines;
  const moved = new Map<SourceLine, number>();
  let run = false;
  for (const [i, l] of lines.entries()) {
    run = isSidebarItem(l) && i > 0 && (run || saysSomething(lines[i - 1]!));
    const to = !run ? -1 : isSpokenLanguage(l.text) ? languagesAt : skillsAt;
    if (to >= 0) moved.set(l, to);
  }
  if (!moved.size) return [...blocks];
  return blocks.map((b, i) => {
    if (i === summaryAt) return { ...b, lines: lines.filter((l) => !moved.has(l)) };
    const back = lines.filter((l) => moved.get(l) === i);
    return back.length ? { ...b, lines: [...b.lines, ...back] } : b;
  });
}

/** "Python (Programmiersprache)", "REST-API": a few capitalised words alone on a line, closed by no stop or comma. */
function isSidebarItem(l: SourceLine): boolean {
  const text = l.text.trim();
  return l.kind === "text" && text.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(text) && !/[.,;:!?]$/.test(text) && !isSentence(text);
}

/** A line of the summary's prose: five words or more, or the lower-case end of a sentence ("fehleranfällige Prozesse ersetzen."). */
const saysSomething = (l: SourceLine) => !isSidebarItem(l) && (l.text.trim().split(/\s+/).length >= 5 || /^\p{Ll}/u.test(l.text.trim()) || /[.!?]$/.test(l.text.trim()));
