import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { looksLikeName, personName, withoutHonorific } from "./person-names.js";
import { readHeader, type HeaderRead } from "./basics.js";
import { isDateOnly } from "./layout/lines.js";

/**
 * LinkedIn's PDF export, and résumés laid out like it, print a sidebar first
 * (Contact, Top Skills, Languages…) and only then the name, the headline and
 * the place, just above the Summary or Experience. When the top named no one,
 * the last lines of the section above the first of those are the header if
 * they read as a name followed only by what a header holds.
 */
export function headerAfterSidebar(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>, lowerWords: ReadonlySet<string>): { header: HeaderRead; block: number; from: number } | undefined {
  // the sidebar may hold the education too: each main section in turn may be the main column's first
  for (let main = 1; main < blocks.length; main++) {
    if (kinds[main] !== "summary" && kinds[main] !== "work" && kinds[main] !== "education") continue;
    const found = headerAtEnd(blocks[main - 1]!, lowerWords);
    if (found) return { ...found, block: main - 1 };
  }
  return undefined;
}

/** The header a titled section ends with: a name in its last lines, and under it only what a header holds. */
function headerAtEnd(above: SectionBlock, lowerWords: ReadonlySet<string>): { header: HeaderRead; from: number } | undefined {
  if (above.title === undefined) return undefined;
  const lines = above.lines;
  // LinkedIn wraps a long headline over as many as four lines, between the name and the place
  for (let from = Math.max(0, lines.length - 6); from < lines.length; from++) {
    const candidate = lines[from]!;
    // "Nazionalità⇥Italiana": a label beside its value is no name
    if (candidate.kind !== "text" || candidate.text.includes("\t") || !looksLikeName(withoutHonorific(personName(candidate.text)), lowerWords)) continue;
    const header = readHeader(lines.slice(from), undefined, lowerWords);
    if (header.nameLine !== candidate) continue;
    const headline = headlineUnder(lines.slice(from + 1), header, lowerWords);
    if (!lines.slice(from).every((l) => header.used.has(l) || headline.includes(l))) continue;
    if (headline.length) header.basics.label = headline.map((l) => l.text).join(" ");
    return { header, from };
  }
  return undefined;
}

/**
 * The headline under a name that no reader took ("Research Fellow @ Sapienza | PhD in …"), wrapped over up to four
 * lines: they come straight under the name, none is a date or another name, and only a one-line headline is read
 * where the header reader already found a label.
 */
function headlineUnder(under: readonly SourceLine[], header: HeaderRead, lowerWords: ReadonlySet<string>): SourceLine[] {
  const headline: SourceLine[] = [];
  for (const line of under) {
    if (header.used.has(line) || line.kind !== "text" || headline.length === 4) break;
    if (isDateOnly(line.text) || looksLikeName(withoutHonorific(personName(line.text)), lowerWords)) return [];
    headline.push(line);
  }
  if (header.basics.label && headline.length) return [];
  // a one-line headline with digits may be a date or a count the readers left; a wrapped one is prose, figures and all
  if (headline.length === 1) return /\d/.test(headline[0]!.text) ? [] : headline;
  // and it is wrapped only over the place the header read under it: a job's last lines ("Concession Crew" over
  // "Cashier") end a section without one
  return headline.length && header.used.has(under[headline.length]!) ? headline : [];
}
