import { readHead } from "./entry-parts.js";
import { joinStudyRowPairs } from "./study-row-pairs.js";
import { looksLikeName, withoutHonorific } from "./person-names.js";
import type { SourceLine } from "../parse/source-line.js";
import { type SectionKind } from "../parse/section-titles.js";
import type { Resume, StandardSectionKey } from "../resume/schema.js";
import { toAward } from "./awards.js";
import { addCatchAll } from "./custom.js";
import { compact } from "./date-fields.js";
import { addEntry, listSection, type Draft } from "./draft.js";
import { splitDegreeBullets, toEducation } from "./education.js";
import type { Entry, SplitEntries } from "./layout/lines.js";
import { toProject } from "./projects.js";
import { toPublication } from "./publications.js";
import { takeFieldLines, withFields } from "./field-lines.js";
import { splitKeywords } from "./skills.js";
import { isSpokenLanguage, languageAtEnd, languageThenLevel } from "./spoken-languages.js";
import { checkDates } from "./unreadable-dates.js";
import { splitEntries } from "./layout/split-entries.js";
import { DEGREE } from "./degrees.js";
import { CERTIFICATION_WORDS, SCHOOL_WORDS } from "./vocabulary.js";
import { studiesTold } from "./prose-education.js";
import { closesList } from "./list-closers.js";
import { saysOnRequest } from "./closing-remarks.js";
import { namesHonourAlone } from "./study-honours.js";

/**
 * An entry's lines as lines of languages: "Portuguese (native)" over "English (C1)" are two, each led by a
 * language's name; a line led by no language's name goes on with the one above ("English (C1, Cambridge" ⏎ "Advanced)").
 */
function languageLines(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const lead = /^[^:(–—|,-]+/.exec(text)?.[0].trim() ?? "";
    if (!out.length || isSpokenLanguage(lead)) out.push(text);
    else out[out.length - 1] += ` ${text}`;
  }
  return out;
}

type Certificate = NonNullable<Resume["certificates"]>[number];
type Award = NonNullable<Resume["awards"]>[number];
type Language = NonNullable<Resume["languages"]>[number];

export const KEY_OF: Partial<Record<SectionKind, StandardSectionKey>> = {
  work: "work",
  volunteer: "volunteer",
  education: "education",
  awards: "awards",
  certificates: "certificates",
  publications: "publications",
  patents: "publications",
  projects: "projects",
  languages: "languages",
  interests: "interests",
  references: "references",
};

const toCertificate = (award: Award): Certificate =>
  compact({ name: award.title, issuer: award.awarder, date: award.date, period: award.period, summary: award.summary, highlights: award.highlights } as Certificate);

/** An entry whose header names a certification and no school or degree. */
function namesCertification(entry: Entry): boolean {
  const head = entry.head.map((l) => l.text).join(" ");
  return CERTIFICATION_WORDS.test(head) && !DEGREE.test(head) && !SCHOOL_WORDS.test(head);
}

/**
 * "Northvale State University - Eastfield, Ohio" over "* Technical Writing Certificates - School of Continuing Education
 * 2008": under a heading of education and certifications, a school whose one line under it names a certificate and
 * no line a degree gave that certificate, no diploma; the school is its issuer.
 */
function certificateOfSchool(entry: Entry): Award | undefined {
  const head = entry.head.map((l) => l.text).join(" ");
  const [only, ...more] = entry.body;
  if (!only || more.length || !SCHOOL_WORDS.test(head) || [head, only.text].some((t) => DEGREE.test(t)) || !CERTIFICATION_WORDS.test(only.text)) return undefined;
  const award = toAward({ ...entry, head: [only], body: [] }, "certificate");
  return award && { ...award, awarder: award.awarder ?? readHead(entry).parts[0] };
}

/** Splits a section into entries (unless a layout-specific reader already did) and adds each; what reads as no entry goes to a catch-all. */
export function placeEntries(draft: Draft, lines: readonly SourceLine[], kind: SectionKind, title: string, list: boolean, split: SplitEntries = splitEntries(lines)): void {
  const key = KEY_OF[kind]!;
  if (list) listSection(draft, { key, title }, lines[0]?.position);
  const { entries, loose } = split;
  const rest: SourceLine[] = [...loose];
  const studiesBefore = draft.resume.education?.length ?? 0;
  for (const entry of key === "education" ? joinStudyRowPairs(entries).flatMap(splitDegreeBullets) : entries) {
    checkDates(draft, entry);
    // "Dean's List (2010)" under "B.S. in Physics, Northfield College (2011)": an honour is said of the study above it
    const study = key === "education" && namesHonourAlone(entry) ? draft.resume.education?.slice(studiesBefore).at(-1) : undefined;
    if (study) {
      study.highlights = [...(study.highlights ?? []), ...[...entry.head, ...entry.body].map((l) => l.text)];
      continue;
    }
    if (!addOne(draft, key, kind, entry)) rest.push(...entry.head, ...entry.body);
  }
  rest.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  addCatchAll(draft, rest, `${title} (more)`);
}

function addOne(draft: Draft, key: StandardSectionKey, kind: SectionKind, written: Entry): boolean {
  const { entry, fields } = takeFieldLines(written, key);
  const at = entry.position;
  // what a labelled line says wins over what the header suggested; lists gain its items
  const add = <K extends StandardSectionKey>(k: K, value: NonNullable<Resume[K]>[number]) => addEntry(draft, k, withFields(value, fields, k === "projects" ? "description" : "summary"), at);
  switch (key) {
    case "education": {
      // "Associate Chartered Accountant (ACA), ICAN, 2017" under "Professional Qualifications": a certification listed
      // beside the degrees, naming no school and no degree
      const certificate = namesCertification(entry) ? toAward(entry, "certificate") : certificateOfSchool(entry);
      const told = certificate ? undefined : studiesTold(entry);
      if (certificate) add("certificates", toCertificate(certificate));
      else if (told) told.forEach((study) => add("education", study));
      else add("education", toEducation(entry));
      return told?.length !== 0;
    }
    case "awards": {
      const award = toAward(entry);
      if (award) add("awards", award);
      return !!award;
    }
    case "projects":
      // "- etc" after the projects: the list goes on, no project of that name
      if (!entry.body.length && entry.head.length === 1 && closesList(entry.head[0]!.text)) return false;
      add("projects", toProject(entry));
      return true;
    case "publications": {
      const pub = toPublication(entry, kind === "patents" ? "patent" : "paper", draft.lowerWords);
      if (pub) add("publications", pub);
      return !!pub;
    }
    case "certificates": {
      const award = toAward(entry, "certificate");
      if (award) add("certificates", toCertificate(award));
      return !!award;
    }
    case "languages": {
      // "German (native), English (C1), French (B1)" on one line is three languages; so are lines each led by one
      const texts = languageLines([...entry.head, ...entry.body].map((l) => l.text));
      for (const text of texts.flatMap(languageItems)) {
        // "Inglés: C1 (Cambridge Advanced)", "German (native)": the fluency after a separator, or in brackets
        // "Italian Mother tongue", "Français Langue maternelle", "English C1": a language's name, then its level, the
        // column between them lost
        const spaced = languageThenLevel(text);
        if (spaced) {
          add("languages", { language: spaced.language, fluency: spaced.level });
          continue;
        }
        const m = /^([^:(–—|-]+?)\s*(?:[:–—|-]\s*(.+)|\(\s*([^)]+)\))?$/.exec(text);
        const after = m?.[2] ?? m?.[3];
        // "Fluent in Spanish", "conversational French": the fluency written before the language
        const led = after === undefined ? languageAtEnd(text) : undefined;
        const fluency = led?.before.replace(/\s+(?:in|en|auf|in der)$/i, "");
        if (led && fluency) add("languages", { language: led.language, fluency });
        else add("languages", compact({ language: m?.[1] ?? text, fluency: after } as Language));
      }
      return true;
    }
    case "interests": {
      const text = [...entry.head, ...entry.body].map((l) => l.text).join(", ");
      const m = /^([^:]{1,40}):\s*(.+)$/.exec(text);
      if (m) add("interests", { name: m[1]!, keywords: splitKeywords(m[2]!) });
      else for (const name of listItems(text)) add("interests", { name });
      return true;
    }
    case "references": {
      const [written, ...more] = [...entry.head, ...entry.body].map((l) => l.text);
      // "Available upon request.": no referee, what the CV says of them
      if (!more.length && saysOnRequest(written!)) {
        add("references", { reference: written!.trim() });
        return true;
      }
      // "Dr. Jana Roth, Head of Design, Zalando — jana.roth@zalando.de": a referee on one line, the name before its first comma or dash
      const cut = more.length ? undefined : /^([^,–—|]+?)\s*(?:,|\s[–—|-])\s*(\S.*)$/u.exec(written!);
      const named = cut && looksLikeName(withoutHonorific(cut[1]!), draft.lowerWords) ? cut : undefined;
      add("references", compact({ name: named ? named[1]! : written, reference: named ? named[2]! : more.join("\n") }));
      return true;
    }
    default:
      return false;
  }
}

/**
 * The languages of a line: "Portuguese (native) · English (C1)" set apart by dots or bars when each piece names a
 * language, else the line's list ("Español · nativo" is one language and its fluency).
 */
export function languageItems(text: string): string[] {
  const pieces = text.split(/\s+[·•|]\s+/);
  return pieces.length > 1 && pieces.every(isSpokenLanguage) ? pieces : listItems(text);
}

/** The items of a one-line list ("Bouldering, analog photography"), or the text whole when it reads as a sentence. */
function listItems(text: string): string[] {
  // commas and semicolons only: "Español · nativo" is one language and its fluency
  // and the ideographic enumeration comma ("唱歌、游泳、骑行")
  const items = text.split(/\s*[,;、]\s*(?![^()]*\))/).filter(Boolean);
  const short = items.length > 1 && !/[.!?]$/.test(text) && items.every((i) => i.replace(/\([^)]*\)/g, "").trim().split(/\s+/).length <= 4);
  return short ? items : [text];
}
