import { ownContacts } from "../resume/own-contacts.js";
import Handlebars from "handlebars";
import type { Resume } from "../resume/schema.js";
import { escapeHtml, escapeLatex } from "./escape.js";
import { escapeUrlForLatex, renderInline } from "./inline.js";
import { detectLanguage } from "./detect-language.js";
import { resolveLanguage, wordsFor, type LocaleWords } from "./locale.js";
import { orderSections, resumeForSection } from "../resume/section-order.js";
import { buildSection, type SectionView } from "./view-sections.js";
import type { Target } from "./target.js";

/** Markup already escaped for the target; Handlebars prints it as is. */
export type Markup = Handlebars.SafeString;

/** Turns user text into target markup; every string a template prints goes through one of these. */
export interface Escaper {
  target: Target;
  /** Plain text, escaped. */
  text(value: string): Markup;
  /** Text that may hold light inline Markdown (summaries, highlights). */
  rich(value: string): Markup;
  /** A URL for an href. */
  href(value: string): Markup;
}

export interface ContactView {
  /** "email", "phone", "url" or the profile's network as a slug ("github", "google-scholar"): safe in a class name or a TeX macro name. */
  kind: string;
  /** The word the source wrote before the contact ("Telefon", "E-mail"), if any. */
  label?: Markup;
  text: Markup;
  href?: Markup;
}

/** Everything a theme template needs, with every user string already escaped for its target. */
export interface View {
  target: Target;
  /** The résumé's BCP 47 tag as given or detected ("en", "zh-CN"), for `<html lang>`. */
  lang: string;
  /** Written in Chinese, Japanese or Korean: quotes, dashes and ellipses take the CJK font's full-width forms. */
  cjk: boolean;
  words: Record<string, Markup | Record<string, Markup>>;
  name?: Markup;
  altNames: { name: Markup; lang: string }[];
  label?: Markup;
  contacts: ContactView[];
  location?: Markup;
  /** The document's title, printed over the name ("Lebenslauf", "履歴書"). */
  title?: Markup;
  /** The word the source wrote before the place ("Anschrift", "住所"), if any. */
  locationLabel?: Markup;
  sections: SectionView[];
  /** Some publication marks an equal contribution, so the theme should explain `*`. */
  hasEqualContribution: boolean;
}

/** Builds the escaper for a target. */
function escaperFor(target: Target): Escaper {
  const safe = (s: string) => new Handlebars.SafeString(s);
  return target === "html"
    ? { target, text: (v) => safe(escapeHtml(v)), rich: (v) => safe(renderInline(v, "html")), href: (v) => safe(escapeHtml(v)) }
    : { target, text: (v) => safe(escapeLatex(v)), rich: (v) => safe(renderInline(v, "tex")), href: (v) => safe(escapeUrlForLatex(v)) };
}

/** Lays the résumé out as a view for one target: sections in source order, dates formatted, text escaped. */
export function toView(resume: Resume, target: Target): View {
  const esc = escaperFor(target);
  const tag = detectLanguage(resume);
  const lang = resolveLanguage(tag);
  const words = wordsFor(lang);
  const basics = resume.basics ?? {};
  const title = titleOverName(resume);
  const sections = groupedOnce(
    uniqueIds(
      orderSections(resume, words.sections)
        .map((ref) => buildSection(ref, resumeForSection(resume, ref), esc, lang))
        .filter((s): s is SectionView => s !== undefined),
    ),
  );
  return {
    target,
    lang: tag,
    cjk: /^(zh|ja|ko)\b/i.test(tag),
    words: escapeWords(words, esc),
    name: basics.name ? esc.text(basics.name) : undefined,
    altNames: (basics.altNames ?? []).map((a) => ({ name: esc.text(a.name), lang: a.lang ?? guessScriptLang(a.name) })),
    label: basics.label ? esc.text(basics.label) : undefined,
    contacts: contactsOf(resume, esc),
    location: locationOf(resume, esc, tag),
    ...(basics.location && basics.labels?.location ? { locationLabel: esc.text(basics.labels.location) } : {}),
    ...(title ? { title: esc.text(title) } : {}),
    sections,
    hasEqualContribution: sections.some((s) => s.publications?.some((p) => p.authors.some((a) => a.equal))),
  };
}

/** A group's title on the first section of each run that shares it, so that themes print it once, over that run. */
function groupedOnce(sections: SectionView[]): SectionView[] {
  return sections.map((s, i) => {
    if (s.groupTitle === undefined || String(s.groupTitle) !== String(sections[i - 1]?.groupTitle)) return s;
    const { groupTitle: _shown, ...rest } = s;
    return rest;
  });
}

/** Two sections of one list ("Current Positions", "Previous Positions") are anchors of their own: "work", "work-2". */
function uniqueIds(sections: SectionView[]): SectionView[] {
  const seen = new Map<string, number>();
  return sections.map((s) => {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    return n === 1 ? s : { ...s, id: `${s.id}-${n}` };
  });
}

function escapeWords(words: LocaleWords, esc: Escaper): View["words"] {
  const sections: Record<string, Markup> = {};
  for (const [k, v] of Object.entries(words.sections)) sections[k] = esc.text(v);
  return {
    present: esc.text(words.present),
    page: esc.text(words.page),
    contact: esc.text(words.contact),
    equalContribution: esc.text(words.equalContribution),
    sections,
  };
}

function contactsOf(resume: Resume, esc: Escaper): ContactView[] {
  const b = resume.basics ?? {};
  const out: ContactView[] = [];
  const label = (written: string | undefined) => (written ? { label: esc.text(written) } : {});
  const email = (value: string, written?: string): ContactView => ({ kind: "email", ...label(written), text: esc.text(value), href: esc.href(`mailto:${value}`) });
  const phone = (value: string, written?: string): ContactView => ({ kind: "phone", ...label(written), text: esc.text(value), href: esc.href(`tel:${value.replace(/[^\d+]/g, "")}`) });
  for (const c of ownContacts(b, "email")) out.push(email(c.value, c.label));
  for (const c of ownContacts(b, "phone")) out.push(phone(c.value, c.label));
  if (b.url) out.push({ kind: "url", ...label(b.labels?.url), text: esc.text(displayUrl(b.url)), href: esc.href(b.url) });
  for (const p of b.profiles ?? []) {
    const text = p.url ? displayUrl(p.url) : p.label && p.username ? p.username : [p.network, p.username].filter(Boolean).join(": ");
    if (text) out.push({ kind: slug(p.network ?? "") || "profile", ...label(p.label), text: esc.text(text), href: p.url ? esc.href(p.url) : undefined });
  }
  return out;
}

/**
 * The document's title as the source wrote it over the name ("Lebenslauf"). Where it names the owner or their
 * headline ("Jane Doe – Lebenslauf", "张三简历"), only the rest is printed: the heading under it says the name.
 */
function titleOverName(resume: Resume): string | undefined {
  let title = resume.meta?.title?.trim() ?? "";
  for (const said of [resume.basics?.name, resume.basics?.label]) if (said?.trim()) title = title.replace(said.trim(), " ");
  title = title.replace(/^[\s\p{P}]+|[\s\p{Pd}|:,]+$/gu, "").trim();
  return /\p{L}/u.test(title) ? title : undefined;
}

function locationOf(resume: Resume, esc: Escaper, lang: string): Markup | undefined {
  const l = resume.basics?.location;
  if (!l) return undefined;
  // the address as written names its town already ("Mühlstraße 22, 74080 Heilbronn"): only what it leaves out follows it
  // (a country the address spells out, "Germany", needs no code after it)
  const country = l.address || !l.countryCode ? undefined : countryName(l.countryCode, lang);
  const text = [l.address, ...[l.city, l.region, l.postalCode, country].filter((p) => !p || !l.address?.includes(p))].filter(Boolean).join(", ");
  return text ? esc.text(text) : undefined;
}

/** "Italy" for IT in an English résumé, "Italien" in a German one: people write their country's name, not its code. */
function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang || "en", "en"], { type: "region", fallback: "code" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A URL as people write it on paper: no scheme, no "www.", no trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^mailto:/i, "").replace(/^https?:\/\//i, "").replace(/^www\./i, "").replace(/\/+$/, "");
}

/** The BCP 47 tag for a name in another script, so browsers and xeCJK pick the right glyphs. */
function guessScriptLang(text: string): string {
  if (/[\u3040-\u30ff]/.test(text)) return "ja";
  if (/[\uac00-\ud7af]/.test(text)) return "ko";
  if (/[\u4e00-\u9fff]/.test(text)) return "zh";
  return "";
}

/** The network is user text; as a contact's kind it reaches templates unescaped, so it keeps only [a-z0-9-]. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
