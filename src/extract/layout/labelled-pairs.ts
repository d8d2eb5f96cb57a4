import type { SourceLine } from "../../parse/source-line.js";
import { hasDate, isSentence, type Entry } from "./lines.js";

/**
 * A term over its value ("Puesto" / ": Bioinformático", a definition list's
 * pair) read as the one labelled line it stands for ("Puesto: Bioinformático").
 */
function asLabelledLine(entry: Entry): SourceLine | undefined {
  const lines = [...entry.head, ...entry.body];
  if (lines.length !== 2) return undefined;
  const [term, value] = lines as [SourceLine, SourceLine];
  const label = term.text.replace(/\s*[:：]$/u, "");
  if (term.kind !== "text" || hasDate(term) || label.length > 40 || label.split(/\s+/).length > 4 || /[.,;]/.test(label)) return undefined;
  if (value.kind !== "text" || isSentence(value.text) || value.text.length > 120) return undefined;
  return { ...term, text: `${label}: ${value.text}`, links: [...term.links, ...value.links] };
}

/**
 * One job told as label/value pairs, each of which the layout cut into an entry
 * of its own ("Puesto" / "Bioinformático", "Organismo" / "Universidad de Oviedo",
 * "Fecha de incorporación" / "2 de Abril de 2012"), then prose about it: the
 * pairs join into one entry of labelled lines, with the prose after them, when
 * at least two of their labels name a field of a job (`isFieldLabel`).
 */
export function joinLabelledPairs(entries: readonly Entry[], isFieldLabel: (label: string) => boolean): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < entries.length; ) {
    const pairs: SourceLine[] = [];
    let j = i;
    for (let pair: SourceLine | undefined; j < entries.length && (pair = asLabelledLine(entries[j]!)); j++) pairs.push(pair);
    const named = pairs.filter((p) => isFieldLabel(p.text.slice(0, p.text.indexOf(":")).toLowerCase())).length;
    if (named < 2) {
      out.push(entries[i]!);
      i++;
      continue;
    }
    const prose: SourceLine[] = [];
    for (; j < entries.length && entries[j]!.head.every((l) => l.kind === "text" && isSentence(l.text)); j++) prose.push(...entries[j]!.head, ...entries[j]!.body);
    out.push({ head: [pairs[0]!], body: [...pairs.slice(1), ...prose], position: pairs[0]!.position });
    i = j;
  }
  return out;
}
