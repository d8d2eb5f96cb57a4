import { STANDARD_SECTIONS, type StandardSectionKey } from "../resume/schema.js";
import type { Reading } from "./explanation.js";

/** An entry of the résumé and the line the extractor says it came from. */
export interface Placed {
  path: string;
  section: string;
  index: number;
  line: number;
  value: Record<string, unknown>;
}

/** Every entry whose origin the extractor recorded, custom sections' items among them (they share their section's). */
export function placedEntries(reading: Reading): Placed[] {
  const out: Placed[] = [];
  for (const [path, position] of reading.origins) {
    const m = /^\/([a-z]+)\/(\d+)$/.exec(path);
    if (!m) continue;
    const section = m[1]!;
    const index = Number(m[2]);
    if (section === "sections") {
      const custom = reading.resume.sections?.[index];
      custom?.items.forEach((item, k) => out.push({ path: `/sections/${index}/items/${k}`, section: custom.title, index: k, line: position.line, value: item }));
    } else if ((STANDARD_SECTIONS as readonly string[]).includes(section)) {
      const value = (reading.resume[section as StandardSectionKey] as unknown[] | undefined)?.[index];
      if (value) out.push({ path, section, index, line: position.line, value: value as Record<string, unknown> });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

