import { fieldOfLabel } from "../extract/contacts.js";
import { ownContacts } from "../resume/own-contacts.js";
import { wordsFor } from "../render/locale.js";
import { degreeOf, gradeIsStated, isBareGrade, joinCourses, needsGradeName } from "../resume/education-text.js";
import type { Resume, SectionRef } from "../resume/schema.js";
import { orderSections, resumeForSection } from "../resume/section-order.js";

/** One entry as a writer lays it out: a lead (what it is), details, a date, prose and bullets. */
export interface OutlineEntry {
  lead?: string;
  url?: string;
  /** Role, degree, venue, place…: the header's other phrases, in reading order. */
  details: string[];
  when?: string;
  summary?: string;
  bullets: string[];
  /** "Name: a, b, c" lists (skills, interests, languages) instead of a header. */
  keywords?: string[];
  /** Fields the header has no place for, as the labelled lines vitae's parser reads ("Location: Berlin"). */
  fields: Array<[label: string, value: string]>;
  /** The heading of the group of papers this one opens ("Journal articles"), which writers print above it. */
  group?: string;
}

export interface OutlineSection {
  key: SectionRef["key"];
  title: string;
  entries: OutlineEntry[];
  /** Prose instead of entries (the summary). */
  text?: string;
  /** The title of the heading this section sits under with its neighbours that share it ("Work Experience"), which writers print once, above the first. */
  group?: string;
}

/** A résumé in reading order, with every display string made once for all text writers. */
export interface Outline {
  name?: string;
  label?: string;
  /** The owner's contacts; `place` marks where they live, which is no contact to link or call; `label` is the word the source wrote before it ("Fax"). */
  contacts: Array<{ text: string; url?: string; place?: true; label?: string }>;
  sections: OutlineSection[];
}


/** Lays a résumé out for the Markdown and plain-text writers: sections in the source's order, then any others. */
export function outlineResume(resume: Resume): Outline {
  const b = resume.basics ?? {};
  const place = [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(", ");
  const contacts = [
    ...contactsOfKind(b, "email"),
    ...contactsOfKind(b, "phone"),
    ...(b.url ? [{ text: b.url.replace(/^https?:\/\//, "").replace(/\/$/, ""), url: b.url }] : []),
    // the address itself is the text: parsers recognise contacts by it
    ...(b.profiles ?? []).filter((p) => p.url).map((p) => ({ text: p.url!.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""), url: p.url })),
    ...(place ? [{ text: place, place: true as const }] : []),
  ];
  const refs = orderSections(resume, wordsFor(resume.meta?.lang).sections);
  const sections = refs.flatMap((ref): OutlineSection[] => {
    const group = ref.group !== undefined ? { group: ref.group } : {};
    if (ref.key === "summary") return b.summary ? [{ key: ref.key, title: ref.title, entries: [], text: b.summary, ...group }] : [];
    const entries = entriesOf(resumeForSection(resume, ref), ref.key);
    return entries.length ? [{ key: ref.key, title: ref.title, entries, ...group }] : [];
  });
  return { name: b.name, label: b.label, contacts, sections };
}

/**
 * The owner's addresses or numbers of one kind as the writers print them. Each keeps the label the source wrote where
 * vitae's reader takes it for one of this kind ("Fax", "Work e-mail"), so that a second number reads back as the fax
 * it is; a label it would not ("(Home)", "Email me") is left out, since it would make the value no one's. Unlabelled
 * ones follow the first, whose label they share when read back ("Phone: a | b"), not a "Fax:" they would take.
 */
function contactsOfKind(basics: NonNullable<Resume["basics"]>, kind: "email" | "phone"): Outline["contacts"] {
  const [first, ...others] = ownContacts(basics, kind);
  const ordered = first ? [first, ...others.filter((o) => !o.label), ...others.filter((o) => o.label)] : [];
  return ordered.map((c) => ({ text: c.value, ...(kind === "email" && { url: `mailto:${c.value}` }), ...(c.label && fieldOfLabel(c.label) === kind && { label: c.label }) }));
}

/** A date range as written in the source, else from the ISO dates ("2019-03 – Present"). */
function formatWhen(e: { period?: string; startDate?: string; endDate?: string; date?: string; releaseDate?: string }): string | undefined {
  if (e.period) return e.period;
  const single = e.date ?? e.releaseDate;
  if (single) return single;
  // a range of one day is still a range: written once, it would read back as a start with no end
  if (e.startDate && e.endDate) return `${e.startDate} – ${e.endDate}`;
  if (e.startDate) return `${e.startDate} – Present`;
  return e.endDate;
}

/** The labelled lines of an entry, in a fixed order, for the fields that are set. */
function labelled(...pairs: Array<[string, string | string[] | undefined, string?]>): Array<[string, string]> {
  return pairs.flatMap(([label, value, separator = ", "]) => {
    const text = Array.isArray(value) ? value.join(separator) : value;
    return text ? [[label, text] as [string, string]] : [];
  });
}

function entriesOf(resume: Resume, key: string): OutlineEntry[] {
  const words = (...parts: Array<string | undefined>) => parts.filter((p): p is string => Boolean(p));
  const common = (e: { url?: string; summary?: string; highlights?: string[] }) => ({ url: e.url, summary: e.summary, bullets: e.highlights ?? [], fields: [] });
  const placed = (e: { location?: string; keywords?: string[] }, ...more: Array<[string, string | string[] | undefined, string?]>) =>
    labelled(["Location", e.location], ...more, ["Keywords", e.keywords]);
  switch (key) {
    case "work":
      return underOrganisations(resume.work ?? [], (e) => e.name, (e) => ({ ...common(e), lead: e.name, details: words(e.position, e.description), when: formatWhen(e), fields: placed(e) }));
    case "volunteer":
      return underOrganisations(resume.volunteer ?? [], (e) => e.organization, (e) => ({ ...common(e), lead: e.organization, details: words(e.position), when: formatWhen(e), fields: placed(e) }));
    case "education":
      return (resume.education ?? []).map((e) => {
        const ownGrade = e.score !== undefined && !gradeIsStated(e) && isBareGrade(e.score) && !needsGradeName(e.score);
        return {
          ...common(e),
          lead: e.institution,
          // a grade that names itself ("92.4%", "8.7 CGPA") is a phrase of the header, as a table's grade column
          details: words(degreeOf(e), ownGrade ? e.score : undefined),
          when: formatWhen(e),
          // a grade the text already states (a "GPA: 3.9" bullet) is where the parser finds it again
          fields: placed(e, ["GPA", gradeIsStated(e) || ownGrade ? undefined : e.score], ["Courses", e.courses && joinCourses(e.courses)]),
        };
      });
    case "awards":
      return (resume.awards ?? []).map((e) => ({ ...common(e), lead: e.title, details: [], when: formatWhen(e), fields: placed(e, ["Awarder", e.awarder]) }));
    case "certificates":
      return (resume.certificates ?? []).map((e) => ({ ...common(e), lead: e.name, details: [], when: formatWhen(e), fields: placed(e, ["Issuer", e.issuer]) }));
    case "publications":
      return (resume.publications ?? []).map((e, i, all) => ({
        ...common(e),
        ...(e.group && e.group !== all[i - 1]?.group && { group: e.group }),
        lead: e.name,
        // by position, empty places kept: the Markdown writer puts authors and venue on lines of their own
        details: [(e.authors ?? []).join(", "), e.venue ?? "", ...words(e.status)],
        when: formatWhen(e),
        fields: placed(e, ["Publisher", e.publisher]),
      }));
    case "projects":
      return (resume.projects ?? []).map((e) => ({ ...common(e), lead: e.name, details: [], when: formatWhen(e), summary: e.description, fields: placed(e, ["Roles", e.roles], ["Entity", e.entity], ["Type", e.type]) }));
    case "skills":
      return (resume.skills ?? []).map((e) => ({ lead: e.name, details: words(e.level), keywords: e.keywords ?? [], bullets: [], fields: [] }));
    case "languages":
      return (resume.languages ?? []).map((e) => ({ lead: e.language, details: words(e.fluency), bullets: [], fields: [] }));
    case "interests":
      return (resume.interests ?? []).map((e) => ({ lead: e.name, details: [], keywords: e.keywords ?? [], bullets: [], fields: [] }));
    case "references":
      return (resume.references ?? []).map((e) => ({ lead: e.name, details: [], summary: e.reference, bullets: [], fields: [] }));
    default: {
      const section = (resume.sections ?? []).find((s) => `custom:${s.id}` === key);
      return (section?.items ?? []).map((i) => ({ ...common(i), lead: i.title, details: words(i.subtitle, i.location), when: formatWhen(i) }));
    }
  }
}

/**
 * Roles at one organisation dated on its own ("Upwork: Dec ‘17 – Present" over its roles) are written as
 * CVs write them: the organisation with its dates, then each role without it, as vitae's parser reads them.
 */
function underOrganisations<T extends { organizationPeriod?: string; position?: string; description?: string }>(items: readonly T[], organisation: (e: T) => string | undefined, toEntry: (e: T) => OutlineEntry): OutlineEntry[] {
  return items.flatMap((e, i) => {
    const entry = toEntry(e);
    const name = organisation(e);
    if (!e.organizationPeriod || !name || !e.position) return [entry];
    const before = items[i - 1];
    const opens = !before || organisation(before) !== name || before.organizationPeriod !== e.organizationPeriod;
    // a role written with what its post is ("DevOps Manager | Cloud Infrastructure") names the organisation again, or the description would read as it
    const role = e.description ? entry : { ...entry, lead: undefined };
    return opens ? [{ lead: name, details: [], when: e.organizationPeriod, bullets: [], fields: [] }, role] : [role];
  });
}

/** Whether a section opens a run of sections under a group's title, which is printed above it. */
export const opensGroup = (sections: readonly OutlineSection[], i: number) => sections[i]!.group !== undefined && sections[i]!.group !== sections[i - 1]?.group;
