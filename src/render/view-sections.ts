import { degreeOf, gradeIsStated, joinCourses, needsGradeName } from "../resume/education-text.js";
import type { CustomItem, Education, Resume, SectionRef } from "../resume/schema.js";
import { describeAuthors, ownerPatterns } from "./authors.js";
import { formatDate, formatPeriod, wordsFor } from "./locale.js";
import type { Escaper, Markup } from "./view.js";
import { displayUrl } from "./view.js";

export interface LinkView {
  href: Markup;
  text: Markup;
}

/** One dated entry of any section, laid out the same way in every theme. */
export interface EntryView {
  heading?: Markup;
  role?: Markup;
  location?: Markup;
  dates?: Markup;
  /** What the entry's organisation or post is, as the source put it ("Department of Physics", "Full-time"): JSON Resume's work `description`. */
  description?: Markup;
  link?: LinkView;
  summary?: Markup;
  highlights: Markup[];
  keywords?: Markup;
  /**
   * Too tall to keep on one page without leaving half of one empty: themes let
   * it break between its bullets, never right after its head.
   */
  long: boolean;
  /** The first of several roles at one organisation: the organisation, named once over them, with its own dates and a place all its roles share. */
  group?: { heading: Markup; dates?: Markup; location?: Markup };
  /** One of several roles at one organisation: its heading is the group's, so the entry names only the role. */
  inGroup: boolean;
}

export interface PublicationView {
  number: number;
  title?: Markup;
  /** "." to close the title in a citation, empty when it already ends in punctuation ("Why Not Both?"). */
  titleStop: string;
  /** `after` is what the theme prints after the name: ", ", " and ", or nothing after the last. */
  authors: { name: Markup; isOwner: boolean; equal: boolean; last: boolean; after: Markup }[];
  venue?: Markup;
  status?: Markup;
  year?: Markup;
  isPatent: boolean;
  link?: LinkView;
  summary?: Markup;
  highlights: Markup[];
  keywords?: Markup;
}

/** A run of papers listed under one heading ("Journal articles"), or under none before the first. */
export interface PublicationGroupView {
  heading?: Markup;
  publications: PublicationView[];
}

export interface SkillView {
  name?: Markup;
  level?: Markup;
  keywords?: Markup;
}

export interface SectionView {
  key: string;
  /** A CSS- and anchor-safe id. */
  id: string;
  /** "summary", "entries", "publications" or "skills": which partial lays it out. */
  layout: "summary" | "entries" | "publications" | "skills";
  /** The section's kind for themes that treat some specially (talks, teaching, news…). */
  kind: string;
  title: Markup;
  /** The title of the heading this section sits under with the next ones, on the first of them only: themes print it above its title. */
  groupTitle?: Markup;
  summary?: Markup;
  entries?: EntryView[];
  publications?: PublicationView[];
  /** The same papers in the runs their `group` makes, in order: themes print each run's heading once, above its first paper. */
  publicationGroups?: PublicationGroupView[];
  skills?: SkillView[];
}

type Maybe = string | undefined;

/** Builds the view of one section, or nothing when the résumé has nothing in it. */
export function buildSection(ref: SectionRef, resume: Resume, esc: Escaper, lang: string): SectionView | undefined {
  const opt = (v: Maybe) => (hasText(v) ? esc.text(tidySeparators(v)) : undefined);
  const link = (url: Maybe): LinkView | undefined => (url ? { href: esc.href(url), text: esc.text(displayUrl(url)) } : undefined);
  const dates = (e: { startDate?: string; endDate?: string; period?: string }) => opt(unbrokenDates(formatPeriod(e, lang)));
  const single = (date: Maybe, period: Maybe) => opt(unbrokenDates(period ?? (date ? formatDate(date, lang) : undefined)));
  const list = (items: readonly string[] | undefined) => (items ?? []).map((h) => esc.rich(h));
  const joined = (items: readonly string[] | undefined) => (items?.length ? esc.text(items.join(", ")) : undefined);
  const entry = toEntry;
  const base = { key: ref.key, id: ref.key.replace(/^custom:/, "section-"), title: esc.text(ref.title), kind: ref.key, ...(ref.group ? { groupTitle: esc.text(ref.group) } : {}) };
  const entries = (items: EntryView[]): SectionView | undefined => (items.length ? { ...base, layout: "entries", entries: items } : undefined);

  switch (ref.key) {
    case "summary":
      return resume.basics?.summary ? { ...base, layout: "summary", summary: esc.rich(resume.basics.summary) } : undefined;
    case "work":
      return entries(groupRoles((resume.work ?? []).map((w) => entry({ heading: opt(w.name), role: opt(w.position), location: opt(w.location), dates: dates(w), description: opt(w.description), link: link(w.url), summary: prose(w.summary, esc), highlights: list(w.highlights), keywords: joined(w.keywords) })), (resume.work ?? []).map((w) => opt(unbrokenDates(w.organizationPeriod)))));
    case "volunteer":
      return entries(groupRoles((resume.volunteer ?? []).map((w) => entry({ heading: opt(w.organization), role: opt(w.position), location: opt(w.location), dates: dates(w), link: link(w.url), summary: prose(w.summary, esc), highlights: list(w.highlights), keywords: joined(w.keywords) })), (resume.volunteer ?? []).map((w) => opt(unbrokenDates(w.organizationPeriod)))));
    case "education":
      return entries((resume.education ?? []).map((e) => entry({ heading: opt(e.institution), role: opt(degreeOf(e)), location: opt(e.location), dates: dates(e), link: link(e.url), summary: opt([gradeOf(e, lang), e.summary].filter(Boolean).join(" · ") || undefined), highlights: [...list(e.highlights), ...(e.courses?.length ? [esc.text(`${wordsFor(lang).courses}: ${joinCourses(e.courses)}`)] : [])], keywords: joined(e.keywords) })));
    case "awards":
      return entries((resume.awards ?? []).map((a) => entry({ heading: opt(a.title), role: opt(a.awarder), location: opt(a.location), dates: single(a.date, a.period), summary: prose(a.summary, esc), highlights: list(a.highlights), keywords: joined(a.keywords) })));
    case "certificates":
      return entries((resume.certificates ?? []).map((c) => entry({ heading: opt(c.name), role: opt(c.issuer), location: opt(c.location), dates: single(c.date, c.period), link: link(c.url), summary: prose(c.summary, esc), highlights: list(c.highlights), keywords: joined(c.keywords) })));
    case "projects":
      return entries((resume.projects ?? []).map((p) => entry({ heading: opt(p.name), role: opt([p.roles?.join(", "), p.entity, p.type].filter(Boolean).join(", ") || undefined), location: opt(p.location), dates: dates(p), link: link(p.url), summary: prose(p.description, esc), highlights: list(p.highlights), keywords: joined(p.keywords) })));
    case "references":
      return entries((resume.references ?? []).map((r) => entry({ heading: opt(r.name), summary: prose(r.reference, esc) })));
    case "publications":
      return publicationsSection(resume, esc, lang, base);
    case "skills":
      return skillsSection((resume.skills ?? []).map((s) => ({ name: opt(s.name), level: opt(s.level), keywords: joined(s.keywords) })), base);
    case "languages":
      return skillsSection((resume.languages ?? []).map((l) => ({ name: opt(l.language), level: opt(l.fluency) })), base);
    case "interests":
      return skillsSection((resume.interests ?? []).map((i) => ({ name: opt(i.name), keywords: joined(i.keywords) })), base);
    default: {
      const custom = resume.sections?.find((s) => `custom:${s.id}` === ref.key);
      if (!custom) return undefined;
      const view = entries(custom.items.map((item) => customEntry(item, esc, lang)));
      return view && { ...view, kind: custom.kind ?? "other" };
    }
  }
}

function customEntry(item: CustomItem, esc: Escaper, lang: string): EntryView {
  const opt = (v: Maybe) => (hasText(v) ? esc.text(tidySeparators(v)) : undefined);
  const when = item.period ?? (item.date ? formatDate(item.date, lang) : formatPeriod(item, lang));
  return toEntry({
    heading: opt(item.title),
    role: opt(item.subtitle),
    location: opt(item.location),
    dates: opt(unbrokenDates(when || undefined)),
    link: item.url ? { href: esc.href(item.url), text: esc.text(displayUrl(item.url)) } : undefined,
    summary: prose(item.summary, esc),
    highlights: (item.highlights ?? []).map((h) => esc.rich(h)),
    keywords: item.keywords?.length ? esc.text(item.keywords.join(", ")) : undefined,
  });
}

/** An entry's view, told whether it is too tall to keep on one page. */
function toEntry(e: Omit<EntryView, "highlights" | "long" | "inGroup"> & { highlights?: Markup[] }): EntryView {
  const highlights = e.highlights ?? [];
  const size = [e.summary, ...highlights].reduce((n, t) => n + (t ? String(t).length : 0), 0);
  return { ...e, highlights, long: highlights.length > LONG_ENTRY.bullets || size > LONG_ENTRY.characters, inGroup: false };
}

/**
 * Roles held one after another at one organisation dated on its own ("Upwork: Dec ‘17 – Present" over
 * four dated roles) are laid out as the source has them: the organisation named once over the first,
 * with the dates of the whole time there (`organizationPeriods`, one per entry) and a place all its
 * roles share.
 */
function groupRoles(entries: EntryView[], organizationPeriods: ReadonlyArray<Markup | undefined>): EntryView[] {
  const out = [...entries];
  for (let start = 0, end = 1; start < out.length; start = end, end = start + 1) {
    const heading = out[start]!.heading;
    const period = organizationPeriods[start];
    // only where the source named the organisation once over its roles: a name it repeats stays with each role
    const sameOrganisation = (e: EntryView, k: number) => String(e.heading) === String(heading) && e.role !== undefined && String(organizationPeriods[k]) === String(period);
    if (!heading || !period || !sameOrganisation(out[start]!, start)) continue;
    while (end < out.length && sameOrganisation(out[end]!, end)) end++;
    const run = out.slice(start, end);
    const location = run.every((e) => String(e.location) === String(run[0]!.location)) ? run[0]!.location : undefined;
    run.forEach((e, k) => {
      out[start + k] = { ...e, heading: undefined, ...(location && { location: undefined }), inGroup: true };
    });
    out[start] = { ...out[start]!, group: { heading, dates: organizationPeriods.slice(start, end).find(Boolean), location } };
  }
  return out;
}

const withoutStop = (text: string) => tidySeparators(text).replace(/\s*\.$/, "");

/**
 * A field without the separators its neighbours left in it when the source was split into fields: the stop
 * or comma that joined it to the one before ("Imperial College London. London, UK." read as a title and
 * ". London, UK."), which after the theme's own separator would print as "London, . London"; and a line
 * break before a stop ("Universidad Nacional Autónoma de México\n."), which prints as a space.
 * ".NET" keeps its dot, and a space the source itself puts before a stop stays.
 */
function tidySeparators(text: string): string {
  return text.replace(/^\s*[.,;:]\s+(?=\S)/u, "").replace(/[ \t]*\n\s*(?=[.,;:](\s|$))/gu, "");
}

/** False for a field holding nothing but separators (a lone "." left where the source ended a line): the theme would print it alone. */
function hasText(text: Maybe): text is string {
  return Boolean(text) && !/^[\s.,;:]*$/u.test(text!);
}

/** A field of prose, with its inline Markdown, as `opt` treats a plain one. */
function prose(text: Maybe, esc: Escaper): Markup | undefined {
  return hasText(text) ? esc.rich(tidySeparators(text)) : undefined;
}

/** About a third of an A4 page of bullets or prose, measured generously. */
const LONG_ENTRY = { bullets: 7, characters: 1100 };

/** "May 2025 – Dec 2025" may wrap after its dash, never inside a date ("Dec / 2025"). */
function unbrokenDates(text: string | undefined): string | undefined {
  return text
    ?.split(/(\s+[–—-]\s+)/)
    .map((part, i) => (i % 2 ? part : part.replace(/ /g, "\u00a0")))
    .join("");
}

/** "GPA 3.9", unless the entry's text already states it (a "GPA: 3.9/4.0" bullet). */
function gradeOf(e: Education, lang: string): string | undefined {
  if (!e.score || gradeIsStated(e)) return undefined;
  return needsGradeName(e.score) ? `${wordsFor(lang).grade} ${e.score}` : e.score;
}

/** The publication's date, unless the venue already says it ("NSDI 2026" needs no second "2026"). */
function yearUnlessInVenue(when: Maybe, venue: Maybe, esc: Escaper): Markup | undefined {
  if (!when) return undefined;
  return venue?.includes(when) ? undefined : esc.text(when);
}

function skillsSection(skills: SkillView[], base: Omit<SectionView, "layout">): SectionView | undefined {
  return skills.length ? { ...base, layout: "skills", skills } : undefined;
}

/** What follows the j-th of n authors: ", ", the language's "and" before the last ("A and B", "A, B, and C"), nothing after it. */
function afterAuthor(j: number, n: number, and: string | undefined): string {
  if (j === n - 1) return "";
  if (j < n - 2 || !and) return ", ";
  return n === 2 ? ` ${and} ` : `, ${and} `;
}

function publicationsSection(resume: Resume, esc: Escaper, lang: string, base: Omit<SectionView, "layout">): SectionView | undefined {
  const owner = ownerPatterns(resume.basics?.name);
  const { and } = wordsFor(lang);
  const pubs = (resume.publications ?? []).map((p, i): PublicationView => {
    const authors = describeAuthors(p.authors ?? [], owner);
    return {
      number: i + 1,
      title: p.name ? esc.text(tidySeparators(p.name)) : undefined,
      titleStop: /[.?!…]$/.test(p.name?.trim() ?? "") ? "" : ".",
      authors: authors.map((a, j) => ({ ...a, name: esc.text(a.name), last: j === authors.length - 1, after: esc.text(afterAuthor(j, authors.length, and)) })),
      // themes end the venue and the status with their own full stop
      venue: p.venue ?? p.publisher ? esc.text(withoutStop([p.venue, p.publisher].filter(Boolean).join(", "))) : undefined,
      status: p.status ? esc.text(withoutStop(p.status)) : undefined,
      year: yearUnlessInVenue(p.period ?? (p.releaseDate ? formatDate(p.releaseDate, lang) : undefined), p.venue ?? p.publisher, esc),
      isPatent: p.type === "patent",
      link: p.url ? { href: esc.href(p.url), text: esc.text(displayUrl(p.url)) } : undefined,
      summary: prose(p.summary, esc),
      highlights: (p.highlights ?? []).map((h) => esc.rich(h)),
      keywords: p.keywords?.length ? esc.text(p.keywords.join(", ")) : undefined,
    };
  });
  return pubs.length ? { ...base, layout: "publications", publications: pubs, publicationGroups: runsOfGroups(resume.publications ?? [], pubs, esc) } : undefined;
}

/** Consecutive papers of one group as one run; a paper whose group differs from the one above opens the next. */
function runsOfGroups(papers: readonly { group?: string }[], views: PublicationView[], esc: Escaper): PublicationGroupView[] {
  const runs: PublicationGroupView[] = [];
  views.forEach((view, i) => {
    const group = papers[i]!.group;
    if (i > 0 && group === papers[i - 1]!.group) runs.at(-1)!.publications.push(view);
    else runs.push({ ...(group && { heading: esc.text(group) }), publications: [view] });
  });
  return runs;
}
